import type { HTMLAttributes, InputHTMLAttributes, ReactNode } from 'react';
import { dataFlag } from '../headless/merge-props';
import type { ConfirmForgotPasswordResult, ResetField } from '../headless/types';
import { CodeInput } from './CodeInput';
import { PasswordInput } from './PasswordInput';
import { type ClassJoiner, usePart } from './styled-context';

/** Props every field part takes: its root `<div>`'s props, plus the input's and a label override. */
export interface FieldPartProps extends HTMLAttributes<HTMLDivElement> {
  /** Replaces the catalogue's label. */
  label?: ReactNode;
  /** Props for the `<input>` itself, merged with the kit's (handlers both run). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'>;
}

/**
 * One field part: label, optional hint, the input `render` returns, and the field's error. The
 * part's name in errors and its label key both follow from the field (`code` → `Code`, `codeLabel`).
 */
function Field({
  field,
  label,
  className,
  render,
  ...props
}: Omit<FieldPartProps, 'inputProps'> & {
  field: ResetField;
  render: (r: ConfirmForgotPasswordResult, cx: ClassJoiner) => ReactNode;
}) {
  const [r, cx] = usePart(field[0]!.toUpperCase() + field.slice(1));
  const error = r.fieldErrors[field];
  // Known username: still a real input (visually hidden) so the browser saves the new password
  // under the right account.
  const hidden = field === 'username' && !r.asksUsername;
  const id = r.ids[field];
  if (r.status === 'success' || (field === 'confirmPassword' && !r.asksConfirmPassword)) return null;
  return (
    <div
      {...props}
      className={cx(hidden ? 'sr-only' : 'field', className)}
      data-slot={`${field}-field`}
      data-invalid={dataFlag(error)}
    >
      <label {...r.getLabelProps(field)} className={cx('label')}>
        {label ?? r.t(`${field}Label`)}
      </label>
      {field === 'code' && (
        <p id={`${id}-hint`} className={cx('hint')}>
          {r.t('codeHint', { length: r.codeLength ?? '' })}
        </p>
      )}
      {render(r, cx)}
      {error && (
        <p id={`${id}-error`} className={cx('field-error')} data-slot="field-error">
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The username: a visible field when the form asks for it, else the hidden input password managers need. */
export function Username({ inputProps, ...props }: FieldPartProps) {
  return (
    <Field
      {...props}
      field="username"
      render={(r, cx) => (
        <input
          {...r.getUsernameProps({
            ...inputProps,
            className: cx(r.asksUsername ? 'input' : 'sr-only', inputProps?.className),
          })}
        />
      )}
    />
  );
}

/** The verification code, drawn as slots when its length is known. */
export function Code({ inputProps, ...props }: FieldPartProps) {
  return (
    <Field
      {...props}
      field="code"
      render={(r) => (
        <CodeInput
          {...r.getCodeProps({ ...inputProps, 'aria-describedby': `${r.ids.code}-hint` })}
          length={r.codeLength}
        />
      )}
    />
  );
}

/** The new password with show/hide and the Caps Lock hint. */
export function Password({ inputProps, ...props }: FieldPartProps) {
  return <Field {...props} field="password" render={(r) => secret(r, r.getPasswordProps(inputProps))} />;
}

/** The confirmation of the new password; renders nothing when `confirmPassword={false}`. */
export function ConfirmPassword({ inputProps, ...props }: FieldPartProps) {
  return (
    <Field
      {...props}
      field="confirmPassword"
      render={(r) => secret(r, r.getConfirmPasswordProps(inputProps))}
    />
  );
}

function secret(
  r: ConfirmForgotPasswordResult,
  props: ReturnType<ConfirmForgotPasswordResult['getPasswordProps']>,
) {
  return (
    <PasswordInput
      {...props}
      showLabel={r.t('showPassword')}
      hideLabel={r.t('hidePassword')}
      capsLockLabel={r.t('capsLockOn')}
    />
  );
}
