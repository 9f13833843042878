import { type HTMLAttributes, type ReactNode, useContext, useState } from 'react';
import type { ForgotPasswordEvent } from '../headless/forgot-password-types';
import { PostedContext, withPostedForms } from '../headless/form-action';
import { useHydrated } from '../headless/react-utils';
import { type TransportSource, useTransportSource } from '../headless/transport-source';
import type { ResetEvent, UseConfirmForgotPasswordOptions } from '../headless/types';
import { useLocaleMessages } from '../headless/useLocaleMessages';
import { type UsePasswordResetOptions, usePasswordReset } from '../headless/usePasswordReset';
import type { LocaleTag } from '../i18n/locale-loaders';
import { createTranslator, mergeMessages } from '../i18n/messages';
import { ConfirmResetForm } from './ConfirmResetForm';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { classes } from './styled-context';

/** What every `<PasswordReset>` takes besides how it reaches Cognito. */
interface PasswordResetBaseProps
  extends Omit<UseConfirmForgotPasswordOptions, 'username' | 'delivery' | 'onEvent' | 'transport'>,
    UsePasswordResetOptions {
  /**
   * The language of both steps, as a tag a Server Component can pass (`"fr"`); its catalogue is
   * loaded as its own chunk, and `messages` are merged over it. @default English (built in)
   */
  locale?: LocaleTag;
  /** Analytics events of both steps, without secrets or the username. */
  onEvent?: (event: ResetEvent | ForgotPasswordEvent) => void;
  /** Class name added to each step's root element. */
  className?: string;
  /** Render no kit class names at all. @default false */
  unstyled?: boolean;
  /** Forces a colour scheme; `auto` follows `prefers-color-scheme`. @default 'auto' */
  theme?: 'auto' | 'light' | 'dark';
  /** Called by the success view's continue button. */
  onContinue?: () => void;
  /** Renders the success view's continue action as a link (e.g. the sign-in page). */
  continueHref?: string;
}

/**
 * Props of `<PasswordReset>`: the confirm form's options, the flow's, presentation, and exactly
 * one of `transport`, `proxyUrl` or `actions` (React 19). With only serialisable props (`proxyUrl`
 * or `actions`, `locale`, `passwordPolicy`, `continueHref`…) a Server Component renders it directly.
 */
export type PasswordResetProps = PasswordResetBaseProps & TransportSource;

/**
 * The whole reset in one drop-in: request a code (`<ForgotPasswordForm>`), confirm it with a new
 * password (`<ConfirmResetForm>`, told where the code went), success. "I already have a code" goes
 * straight to the second step; "Use a different username" goes back with the field filled. Focus
 * moves to each step's heading, which announces the change. The step is its own unless `step` and
 * `onStepChange` are passed (a router owns it then).
 */
export function PasswordReset(props: PasswordResetProps): ReactNode {
  return withPostedForms(props, 'PasswordReset', <Flow {...props} />);
}

function Flow(props: PasswordResetProps) {
  const {
    step: _s,
    onStepChange: _c,
    defaultStep: _d,
    defaultUsername: _u,
    proxyUrl: _p,
    actions: _a,
    locale: _l,
    onEvent,
    onSuccess,
    ...rest
  } = props;
  const messages = useLocaleMessages(props.locale, props.messages);
  const transport = useTransportSource(props, 'PasswordReset');
  // A posted form's answer (before hydration, or without JavaScript) says where the flow is: the
  // confirm form's state starts as the request's, so it is always the latest.
  const forms = useContext(PostedContext);
  const posted = forms?.confirmForgotPassword.state;
  const flow = usePasswordReset({
    ...props,
    defaultStep: posted?.step ?? props.defaultStep,
    defaultUsername: posted?.username ?? props.defaultUsername,
  });
  // Once the flow moves on in the browser, what the page was posted no longer describes it.
  const [moved, setMoved] = useState(false);
  if (posted && flow.step !== posted.step && !moved) setMoved(true);
  const t = createTranslator(mergeMessages(messages));
  const [cx] = classes(props.unstyled ?? false);
  // These steps happen in the browser only: until hydrated (or without JavaScript) the buttons say
  // so by being disabled, as "Resend code" does, instead of doing nothing when pressed.
  const hydrated = useHydrated();
  const link = (label: ReactNode, onClick: () => void, slot: string) => (
    <button type="button" className={cx('link')} data-slot={slot} onClick={onClick} disabled={!hydrated}>
      {label}
    </button>
  );
  const common = {
    transport,
    clientMetadata: props.clientMetadata,
    retryAfterMs: props.retryAfterMs,
    messages,
    onError: props.onError,
    onEvent,
    className: props.className,
    unstyled: props.unstyled,
    theme: props.theme,
  };
  return (
    <PostedContext.Provider value={moved ? null : forms}>
      <div {...(flow.getRootProps() as HTMLAttributes<HTMLDivElement>)} data-slot="password-reset">
        {flow.step === 'request' ? (
          <ForgotPasswordForm
            {...common}
            defaultUsername={flow.username}
            onSuccess={flow.requested}
            footer={link(t('haveCode'), flow.haveCode, 'have-code')}
          />
        ) : (
          <ConfirmResetForm
            {...rest}
            {...common}
            username={flow.username}
            delivery={flow.delivery ?? (moved ? undefined : posted?.delivery)}
            onSuccess={(result) => {
              flow.confirmed();
              onSuccess?.(result);
            }}
            footer={
              flow.step === 'confirm' && link(t('changeUsername'), flow.changeUsername, 'change-username')
            }
          />
        )}
      </div>
    </PostedContext.Provider>
  );
}
