import { useMemo } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { ConfirmResetForm, type ConfirmResetFormProps, type PartialMessages } from '../../../src';

// FormatJS has no writing-direction API; these languages are written right to left.
const RTL = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/i;

/**
 * The kit's `messages` from every FormatJS message whose id starts with `prefix`
 * (`reset.codeLabel`, `reset.errors.codeMismatch`…), ICU arguments named as the kit names
 * them: `{seconds, plural, one {# second} other {# seconds}}`. Ids not given stay English.
 */
export function messagesFromIntl(intl: IntlShape, prefix = 'reset.'): PartialMessages {
  const out: Record<string, any> = { dir: RTL.test(intl.locale) ? 'rtl' : 'ltr' };
  for (const id of Object.keys(intl.messages)) {
    if (!id.startsWith(prefix)) continue;
    const [group, key] = id.slice(prefix.length).split('.') as [string, string | undefined];
    const message = (params: Record<string, string | number>) => intl.formatMessage({ id }, params);
    out[group] = key === undefined ? message : { ...out[group], [key]: message };
  }
  return out;
}

/** The drop-in in the `<IntlProvider>`'s language. */
export function ResetPasswordForm(props: ConfirmResetFormProps) {
  const intl = useIntl();
  const messages = useMemo(() => messagesFromIntl(intl), [intl]);
  return <ConfirmResetForm {...props} messages={messages} />;
}
