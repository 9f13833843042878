import {
  type ConfirmForgotPasswordResult,
  type InputGetterProps,
  type ResetField,
  useConfirmForgotPassword,
  useCountdown,
  usePasswordChecklist,
} from '../../src';
import type { ResetTransport } from '../../src/core';

export function Reset({ transport, username }: { transport: ResetTransport; username: string }) {
  const r = useConfirmForgotPassword({ transport, username, onSuccess: () => console.info('go to sign-in') });
  if (r.status === 'success') return <p role="status">Your password has been reset.</p>;
  return (
    <form {...r.getFormProps()}>
      <input {...r.getUsernameProps()} aria-label="Username" className="visually-hidden" />
      <Field r={r} name="code" label="Verification code" input={r.getCodeProps()} hint="From the e-mail" />
      <Field r={r} name="password" label="New password" input={r.getPasswordProps()} />
      <Checklist r={r} />
      <Field r={r} name="confirmPassword" label="Confirm new password" input={r.getConfirmPasswordProps()} />
      <div {...r.getErrorProps()}>{r.errorMessage}</div>
      <button {...r.getSubmitProps()}>Reset password</button>
      <Resend r={r} />
      <p {...r.getStatusProps()}>{r.statusMessage}</p>
    </form>
  );
}

function Resend({ r }: { r: ConfirmForgotPasswordResult }) {
  const seconds = useCountdown(r.resendAvailableAt); // only this re-renders once a second
  return <button {...r.getResendProps()}>{seconds ? `Resend in ${seconds} s` : 'Resend code'}</button>;
}

type Props = {
  r: ConfirmForgotPasswordResult;
  name: ResetField;
  label: string;
  input: InputGetterProps;
  hint?: string;
};
function Field({ r, name, label, input, hint }: Props) {
  const error = r.fieldErrors[name];
  return (
    <>
      <label {...r.getLabelProps(name)}>{label}</label>
      {hint && <p {...r.getDescriptionProps(name)}>{hint}</p>}
      <input {...input} />
      {error && <p {...r.getFieldErrorProps(name)}>{error.message}</p>}
    </>
  );
}

function Checklist({ r }: { r: ConfirmForgotPasswordResult }) {
  const { items } = usePasswordChecklist(r); // only this re-renders on each keystroke
  return (
    <ul {...r.getPolicyProps()}>
      {items.map((i) => (
        <li key={i.id}>
          {i.met ? '✓' : '○'} {i.label}
        </li>
      ))}
    </ul>
  );
}
