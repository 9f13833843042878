import { type ReactNode, useMemo } from 'react';
import type { PasswordPolicyInput } from '../../src/core';
import {
  ConfirmForgotPasswordProvider,
  type ConfirmForgotPasswordResult,
  type ResetField,
  useConfirmForgotPassword,
  useCountdown,
  usePasswordChecklist,
} from '../../src/headless';
import { createDemoPool, DEMO_USER } from '../support/demo-pool';
import './headless.css';

/** Props of the headless demo. */
export interface HeadlessDemoProps {
  /** The pool's and the checklist's policy. */
  passwordPolicy?: PasswordPolicyInput;
}

/**
 * `useConfirmForgotPassword` wired to plain inputs and the app's own markup and CSS (`hl-*`): what a
 * team with its own design system writes. The prop getters bring ids, ARIA and handlers.
 */
export function HeadlessDemo({ passwordPolicy }: HeadlessDemoProps) {
  const policyKey = JSON.stringify(passwordPolicy ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pool only when the policy's value changes
  const transport = useMemo(() => createDemoPool({ passwordPolicy }), [policyKey]);
  const r = useConfirmForgotPassword({ transport, username: DEMO_USER.username, passwordPolicy });
  if (r.status === 'success') {
    return (
      <div className="hl-card" role="status">
        <h2 className="hl-title">All set</h2>
        <p>The password for {r.username} has been changed.</p>
      </div>
    );
  }
  return (
    <ConfirmForgotPasswordProvider value={r}>
      <form {...r.getFormProps({ className: 'hl-card', 'aria-labelledby': 'hl-title' })}>
        <h2 id="hl-title" className="hl-title">
          Choose a new password
        </h2>
        <input {...r.getUsernameProps({ className: 'hl-hidden' })} aria-label="Username" />
        <Field r={r} field="code" label="Code from the e-mail">
          <input {...r.getCodeProps({ className: 'hl-input' })} />
        </Field>
        <Field r={r} field="password" label="New password">
          <input {...r.getPasswordProps({ className: 'hl-input' })} />
        </Field>
        <Checklist r={r} />
        <Field r={r} field="confirmPassword" label="Confirm new password">
          <input {...r.getConfirmPasswordProps({ className: 'hl-input' })} />
        </Field>
        <div {...r.getErrorProps({ className: 'hl-alert' })}>{r.errorMessage}</div>
        <p {...r.getStatusProps({ className: 'hl-hidden' })}>{r.statusMessage}</p>
        <div className="hl-actions">
          <button {...r.getSubmitProps({ className: 'hl-button' })}>
            {r.status === 'submitting' ? 'Saving…' : 'Reset password'}
          </button>
          <ResendButton r={r} />
        </div>
      </form>
    </ConfirmForgotPasswordProvider>
  );
}

function Field({
  r,
  field,
  label,
  children,
}: {
  r: ConfirmForgotPasswordResult;
  field: ResetField;
  label: string;
  children: ReactNode;
}) {
  const error = r.fieldErrors[field];
  return (
    <div className="hl-field">
      <label {...r.getLabelProps(field, { className: 'hl-label' })}>{label}</label>
      {children}
      {error && <p {...r.getFieldErrorProps(field, { className: 'hl-error' })}>{error.message}</p>}
    </div>
  );
}

// Its own component: the checklist subscribes to the password, so a keystroke re-renders it alone.
function Checklist({ r }: { r: ConfirmForgotPasswordResult }) {
  const { items, announcement } = usePasswordChecklist(r);
  return (
    <div {...r.getPolicyProps()}>
      <ul className="hl-rules" aria-label="Password rules">
        {items.map((item) => (
          <li key={item.id} data-met={item.met ? '' : undefined}>
            <span aria-hidden="true">{item.met ? '✓' : '○'}</span> {item.label}
            <span className="hl-hidden">{item.met ? ' (done)' : ' (not yet)'}</span>
          </li>
        ))}
      </ul>
      <p className="hl-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Resend with its live cooldown: the count ticks here, so a tick re-renders this button only. */
function ResendButton({ r }: { r: ConfirmForgotPasswordResult }) {
  const seconds = useCountdown(r.resendAvailableAt);
  return (
    <button {...r.getResendProps({ className: 'hl-link' })}>
      {seconds > 0 ? `Resend code in ${seconds} s` : 'Resend code'}
    </button>
  );
}
