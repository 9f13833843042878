import {
  type ConfirmForgotPasswordResult,
  type ResetField,
  useConfirmForgotPassword,
  usePasswordChecklist,
} from '../../src';
import type { ResetTransport } from '../../src/core';

export function Reset({ transport, username }: { transport: ResetTransport; username: string }) {
  const r = useConfirmForgotPassword({ transport, username, onSuccess: () => console.info('go to sign-in') });
  if (r.status === 'success') return <p role="status">Your password has been reset.</p>;
  const error = (name: ResetField) =>
    r.fieldErrors[name] && <p id={`${r.ids[name]}-error`}>{r.fieldErrors[name].message}</p>;
  return (
    <form {...r.getFormProps()}>
      <input {...r.getUsernameProps()} aria-label="Username" className="visually-hidden" />
      <label {...r.getLabelProps('code')}>Verification code</label>
      <input {...r.getCodeProps()} />
      {error('code')}
      <label {...r.getLabelProps('password')}>New password</label>
      <input {...r.getPasswordProps()} />
      {error('password')}
      <Checklist reset={r} />
      <label {...r.getLabelProps('confirmPassword')}>Confirm new password</label>
      <input {...r.getConfirmPasswordProps()} />
      {error('confirmPassword')}
      <div {...r.getErrorProps()}>{r.errorMessage}</div>
      <button {...r.getSubmitProps()}>Reset password</button>
      <button {...r.getResendProps()}>
        {r.resendAvailableIn ? `Resend code in ${r.resendAvailableIn} s` : 'Resend code'}
      </button>
    </form>
  );
}

function Checklist({ reset }: { reset: ConfirmForgotPasswordResult }) {
  const { items } = usePasswordChecklist(reset); // only this re-renders on each keystroke
  return (
    <ul id={reset.ids.policy}>
      {items.map((i) => (
        <li key={i.id}>
          {i.met ? '✓' : '○'} {i.label}
        </li>
      ))}
    </ul>
  );
}
