import type { i18n as I18n, TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmResetForm, type ConfirmResetFormProps, type PartialMessages } from '../../../src';

type Params = Record<string, string | number>;

// i18next picks a plural form (`minLength_one`, `minLength_other`…) from `count`; the kit
// names its counts, so whichever one a message has is passed on as `count` as well.
const COUNTS = ['seconds', 'min', 'max', 'length'];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * The kit's `messages` from an i18next namespace laid out like the kit's catalogue
 * (`codeLabel`, `errors.codeMismatch`, `rules.minLength_one`…), interpolating the kit's
 * parameter names (`{{seconds}}`, `{{destination}}`). Keys the namespace lacks stay English.
 */
export function messagesFromI18next(t: TFunction, i18n: I18n, ns = 'reset'): PartialMessages {
  const walk = (node: Record<string, unknown>, prefix: string) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(node)) {
      const key = name.replace(PLURAL_SUFFIX, '');
      const path = prefix + key;
      out[key] =
        typeof value === 'object' && value !== null
          ? walk(value as Record<string, unknown>, `${path}.`)
          : (params: Params) => {
              const count = COUNTS.find((name) => typeof params[name] === 'number');
              return t(path, count ? { ...params, count: params[count] } : params);
            };
    }
    return out;
  };
  const language = i18n.resolvedLanguage ?? i18n.language;
  return { ...walk(i18n.getResourceBundle(language, ns) ?? {}, ''), dir: i18n.dir(language) };
}

/** The drop-in in the app's current i18next language; it follows `changeLanguage`. */
export function ResetPasswordForm(props: ConfirmResetFormProps) {
  // `t` changes identity when the language changes, so the messages are rebuilt then.
  const { t, i18n } = useTranslation('reset');
  const messages = useMemo(() => messagesFromI18next(t, i18n), [t, i18n]);
  return <ConfirmResetForm {...props} messages={messages} />;
}
