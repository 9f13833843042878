import type { HTMLAttributes, ReactNode } from 'react';
import type { ForgotPasswordEvent } from '../headless/forgot-password-types';
import type { ResetEvent, UseConfirmForgotPasswordOptions } from '../headless/types';
import { type UsePasswordResetOptions, usePasswordReset } from '../headless/usePasswordReset';
import { createTranslator, mergeMessages } from '../i18n/messages';
import { ConfirmResetForm } from './ConfirmResetForm';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { classes } from './styled-context';

/** Props of `<PasswordReset>`: the confirm form's options, the flow's, and presentation. */
export interface PasswordResetProps
  extends Omit<UseConfirmForgotPasswordOptions, 'username' | 'delivery' | 'onEvent'>,
    UsePasswordResetOptions {
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
 * The whole reset in one drop-in: request a code (`<ForgotPasswordForm>`), confirm it with a new
 * password (`<ConfirmResetForm>`, told where the code went), success. "I already have a code" goes
 * straight to the second step; "Use a different username" goes back with the field filled. Focus
 * moves to each step's heading, which announces the change. The step is its own unless `step` and
 * `onStepChange` are passed (a router owns it then).
 */
export function PasswordReset(props: PasswordResetProps): ReactNode {
  const { step: _s, onStepChange: _c, defaultStep: _d, defaultUsername, onEvent, onSuccess, ...rest } = props;
  const flow = usePasswordReset(props);
  const t = createTranslator(mergeMessages(props.messages));
  const [cx] = classes(props.unstyled ?? false);
  const link = (label: ReactNode, onClick: () => void, slot: string) => (
    <button type="button" className={cx('link')} data-slot={slot} onClick={onClick}>
      {label}
    </button>
  );
  const common = {
    transport: props.transport,
    clientMetadata: props.clientMetadata,
    retryAfterMs: props.retryAfterMs,
    messages: props.messages,
    onError: props.onError,
    onEvent,
    className: props.className,
    unstyled: props.unstyled,
    theme: props.theme,
  };
  return (
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
          delivery={flow.delivery}
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
  );
}
