import type { ReactNode } from 'react';
import {
  ConfirmForgotPasswordProvider,
  type ConfirmForgotPasswordResult,
  type UseConfirmForgotPasswordOptions,
  useConfirmForgotPassword,
  useCountdown,
  usePasswordChecklist,
} from '../../src/headless';

/** The hook wired to plain inputs, the way a design-system team would. No styled layer. */
export function Harness(
  props: UseConfirmForgotPasswordOptions & {
    spy?: (r: ConfirmForgotPasswordResult) => void;
    extra?: ReactNode;
  },
) {
  const { spy, extra, ...options } = props;
  const r = useConfirmForgotPassword(options);
  spy?.(r);
  if (r.status === 'success') return <p role="status">Password reset for {r.username ?? 'you'}</p>;
  return (
    <ConfirmForgotPasswordProvider value={r}>
      <form {...r.getFormProps()} aria-label="reset">
        {r.asksUsername ? (
          <>
            <label {...r.getLabelProps('username')}>Username</label>
            <input {...r.getUsernameProps()} />
            {r.fieldErrors.username && (
              <p {...r.getFieldErrorProps('username')}>{r.fieldErrors.username.message}</p>
            )}
          </>
        ) : (
          <input {...r.getUsernameProps()} aria-label="Username" />
        )}
        <label {...r.getLabelProps('code')}>Verification code</label>
        <input {...r.getCodeProps()} />
        {r.fieldErrors.code && <p {...r.getFieldErrorProps('code')}>{r.fieldErrors.code.message}</p>}
        <label {...r.getLabelProps('password')}>New password</label>
        <input {...r.getPasswordProps()} />
        {r.fieldErrors.password && (
          <p {...r.getFieldErrorProps('password')}>{r.fieldErrors.password.message}</p>
        )}
        <Checklist />
        {r.asksConfirmPassword && (
          <>
            <label {...r.getLabelProps('confirmPassword')}>Confirm new password</label>
            <input {...r.getConfirmPasswordProps()} />
            {r.fieldErrors.confirmPassword && (
              <p {...r.getFieldErrorProps('confirmPassword')}>{r.fieldErrors.confirmPassword.message}</p>
            )}
          </>
        )}
        <div {...r.getErrorProps()}>{r.errorMessage}</div>
        <Wait until={r.waitUntil} />
        <button {...r.getSubmitProps()}>Reset password</button>
        <ResendButton r={r} />
        {extra}
      </form>
    </ConfirmForgotPasswordProvider>
  );
}

/** The live count of a throttle's wait, ticking in this component only. */
function Wait({ until }: { until: number }) {
  const seconds = useCountdown(until);
  return seconds > 0 ? <p data-testid="wait">{seconds}</p> : null;
}

export let resendRenders = 0;

/** The resend button with its live cooldown; a tick re-renders this component only. */
function ResendButton({ r }: { r: ConfirmForgotPasswordResult }) {
  const seconds = useCountdown(r.resendAvailableAt);
  resendRenders++;
  return <button {...r.getResendProps()}>{seconds > 0 ? `Resend code in ${seconds}` : 'Resend code'}</button>;
}

export let checklistRenders = 0;
export function resetChecklistRenders() {
  checklistRenders = 0;
}

function Checklist() {
  const { items, announcement } = usePasswordChecklist();
  checklistRenders++;
  return (
    <>
      <ul aria-label="Password rules">
        {items.map((i) => (
          <li key={i.id} data-met={i.met ? '' : undefined}>
            {i.label}
          </li>
        ))}
      </ul>
      <p aria-live="polite" data-testid="announce">
        {announcement}
      </p>
    </>
  );
}
