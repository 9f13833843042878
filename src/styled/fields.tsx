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
 * Renders one field part: label, optional hint, the `input`, and the field's error. The part's name
 * in errors and its label key both follow from the field (`code` → `Code`, `codeLabel`). A hook each
 * part calls rather than a component of its own, so a field costs one component render, not two.
 */
function useFieldPart(
  { label, className, inputProps, ...props }: FieldPartProps,
  field: ResetField,
  input: (
    r: ConfirmForgotPasswordResult,
    inputProps: FieldPartProps['inputProps'],
    cx: ClassJoiner,
  ) => ReactNode,
) {
  const [r, cx, slot] = usePart(field[0]!.toUpperCase() + field.slice(1));
  const error = r.fieldErrors[field];
  // Known username: still a real input (visually hidden) so the browser saves the new password
  // under the right account.
  const hidden = field === 'username' && !r.asksUsername;
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
        <p {...r.getDescriptionProps('code')} className={cx('hint')}>
          {r.t('codeHint', { length: r.codeLength ?? '' })}
        </p>
      )}
      {input(r, inputProps, cx)}
      {error && (
        <p {...r.getFieldErrorProps(field)} {...slot('field-error')}>
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The username: a visible field when the form asks for it, else the hidden input password managers need. */
export function Username(props: FieldPartProps) {
  return useFieldPart(props, 'username', (r, inputProps, cx) => (
    <input
      {...r.getUsernameProps({
        ...inputProps,
        className: cx(r.asksUsername ? 'input' : 'sr-only', inputProps?.className),
      })}
    />
  ));
}

/** The verification code, drawn as slots when its length is known. */
export function Code(props: FieldPartProps) {
  return useFieldPart(props, 'code', (r, inputProps) => (
    <CodeInput {...r.getCodeProps(inputProps)} length={r.codeLength} />
  ));
}

/** The new password with show/hide and the Caps Lock hint. */
export function Password(props: FieldPartProps) {
  return useFieldPart(props, 'password', (r, inputProps) => (
    <PasswordInput {...r.getPasswordProps(inputProps)} />
  ));
}

/** The confirmation of the new password; renders nothing when `confirmPassword={false}`. */
export function ConfirmPassword(props: FieldPartProps) {
  return useFieldPart(props, 'confirmPassword', (r, inputProps) => (
    <PasswordInput {...r.getConfirmPasswordProps(inputProps)} />
  ));
}
