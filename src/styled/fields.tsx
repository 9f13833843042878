import type { HTMLAttributes, InputHTMLAttributes, ReactNode } from 'react';
import { useConfirmForgotPasswordContext } from '../headless/context';
import type { ResetField } from '../headless/types';
import { CodeInput } from './CodeInput';
import { PasswordInput } from './PasswordInput';
import { useClass } from './styled-context';

/** Props every field part takes: its root `<div>`'s props, plus the input's and a label override. */
export interface FieldPartProps extends HTMLAttributes<HTMLDivElement> {
  /** Replaces the catalogue's label. */
  label?: ReactNode;
  /** Props for the `<input>` itself, merged with the kit's (handlers both run). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'>;
}

function Field({
  part,
  field,
  label,
  className,
  hint,
  children,
  ...props
}: HTMLAttributes<HTMLDivElement> & { part: string; field: ResetField; label: ReactNode; hint?: ReactNode }) {
  const r = useConfirmForgotPasswordContext(part);
  const error = r.fieldErrors[field];
  const rootClass = useClass('field', className);
  const labelClass = useClass('label');
  const errorClass = useClass('field-error');
  const hintClass = useClass('hint');
  if (r.status === 'success') return null;
  return (
    <div {...props} className={rootClass} data-slot={`${field}-field`} data-invalid={error ? '' : undefined}>
      <label {...r.getLabelProps(field)} className={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={`${r.ids[field]}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${r.ids[field]}-error`} className={errorClass} data-slot="field-error">
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The username: a visible field when the form asks for it, else the hidden input password managers need. */
export function Username({ label, inputProps, className, ...props }: FieldPartProps) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Username');
  const inputClass = useClass('input', inputProps?.className);
  const hiddenClass = useClass('sr-only', inputProps?.className);
  const hiddenRootClass = useClass('sr-only', className);
  if (r.status === 'success') return null;
  if (!r.asksUsername) {
    // Known username: still a real input (visually hidden) so the browser saves the new password
    // under the right account.
    return (
      <div {...props} className={hiddenRootClass} data-slot="username-field">
        <label {...r.getLabelProps('username')}>{label ?? r.t('usernameLabel')}</label>
        <input {...r.getUsernameProps({ ...inputProps, className: hiddenClass })} />
      </div>
    );
  }
  return (
    <Field
      {...props}
      className={className}
      part="ConfirmResetForm.Username"
      field="username"
      label={label ?? r.t('usernameLabel')}
    >
      <input {...r.getUsernameProps({ ...inputProps, className: inputClass })} />
    </Field>
  );
}

/** The verification code, drawn as slots when its length is known. */
export function Code({ label, inputProps, ...props }: FieldPartProps) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Code');
  const hintId = `${r.ids.code}-hint`;
  return (
    <Field
      {...props}
      part="ConfirmResetForm.Code"
      field="code"
      label={label ?? r.t('codeLabel')}
      hint={r.t('codeHint', { length: r.codeLength ?? '' })}
    >
      <CodeInput {...r.getCodeProps({ ...inputProps, 'aria-describedby': hintId })} length={r.codeLength} />
    </Field>
  );
}

/** The new password with show/hide and the Caps Lock hint. */
export function Password({ label, inputProps, ...props }: FieldPartProps) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Password');
  return (
    <Field {...props} part="ConfirmResetForm.Password" field="password" label={label ?? r.t('passwordLabel')}>
      <PasswordInput
        {...r.getPasswordProps(inputProps)}
        showLabel={r.t('showPassword')}
        hideLabel={r.t('hidePassword')}
        capsLockLabel={r.t('capsLockOn')}
      />
    </Field>
  );
}

/** The confirmation of the new password; renders nothing when `confirmPassword={false}`. */
export function ConfirmPassword({ label, inputProps, ...props }: FieldPartProps) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.ConfirmPassword');
  if (!r.asksConfirmPassword) return null;
  return (
    <Field
      {...props}
      part="ConfirmResetForm.ConfirmPassword"
      field="confirmPassword"
      label={label ?? r.t('confirmPasswordLabel')}
    >
      <PasswordInput
        {...r.getConfirmPasswordProps(inputProps)}
        showLabel={r.t('showPassword')}
        hideLabel={r.t('hidePassword')}
        capsLockLabel={r.t('capsLockOn')}
      />
    </Field>
  );
}
