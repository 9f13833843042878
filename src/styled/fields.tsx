import { Slot } from '@radix-ui/react-slot';
import {
  type ForwardedRef,
  forwardRef,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import { dataFlag } from '../headless/merge-props';
import type { ConfirmForgotPasswordResult, ResetField } from '../headless/types';
import { CodeInput } from './CodeInput';
import { PasswordInput } from './PasswordInput';
import { type ClassJoiner, usePart, VISUALLY_HIDDEN } from './styled-context';

/** Props every field part takes: its root `<div>`'s props, plus the input's and a label override. */
export interface FieldPartProps extends HTMLAttributes<HTMLDivElement> {
  /** Replaces the catalogue's label. */
  label?: ReactNode;
  /** Props for the `<input>` itself, merged with the kit's (handlers both run; refs both set). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> & {
    ref?: Ref<HTMLInputElement>;
  };
  /**
   * Use your own input component (the part's one child element) for the `<input>`: the kit's
   * input props, handlers and ref are merged into it (Radix's Slot; yours win, handlers both run).
   * The field's wrapper, label, hint and error stay the kit's, and the part's own props and ref
   * still go to the wrapper. Your component must pass its props and ref on to an `<input>`.
   * @default false
   */
  asChild?: boolean;
  /** With `asChild`: your input element. Otherwise unused. */
  children?: ReactNode;
}

/** The input props a field hands to its input, with `asChild` and the consumer's element. */
type InputSlot = NonNullable<FieldPartProps['inputProps']> & { asChild?: boolean; children?: ReactNode };

/**
 * Renders one field part: label, optional hint, the `input`, and the field's error. The part's name
 * in errors and its label key both follow from the field (`code` → `Code`, `codeLabel`). A hook each
 * part calls rather than a component of its own, so a field costs one component render, not two.
 */
function useFieldPart(
  { label, className, inputProps, asChild, children, ...props }: FieldPartProps,
  ref: ForwardedRef<HTMLDivElement>,
  field: ResetField,
  input: (r: ConfirmForgotPasswordResult, inputProps: InputSlot, cx: ClassJoiner) => ReactNode,
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
      ref={ref}
      className={cx(hidden ? 'sr-only' : 'field', className)}
      style={hidden ? { ...VISUALLY_HIDDEN, ...props.style } : props.style}
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
      {input(r, { ...inputProps, asChild, children }, cx)}
      {error && (
        <p {...r.getFieldErrorProps(field)} {...slot('field-error')}>
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The username: a visible field when the form asks for it, else the hidden input password managers need. */
export const Username = forwardRef<HTMLDivElement, FieldPartProps>(function Username(props, ref) {
  return useFieldPart(props, ref, 'username', (r, { asChild, children, ...inputProps }, cx) => {
    const own = r.getUsernameProps(
      r.asksUsername ? { ...inputProps, className: cx('input', inputProps.className) } : inputProps,
    );
    return asChild ? <Slot {...own}>{children}</Slot> : <input {...own} />;
  });
});

/** The verification code, drawn as slots when its length is known. */
export const Code = forwardRef<HTMLDivElement, FieldPartProps>(function Code(props, ref) {
  return useFieldPart(props, ref, 'code', (r, inputProps) => (
    <CodeInput {...r.getCodeProps(inputProps)} length={r.codeLength} />
  ));
});

/** The new password with show/hide and the Caps Lock hint. */
export const Password = forwardRef<HTMLDivElement, FieldPartProps>(function Password(props, ref) {
  return useFieldPart(props, ref, 'password', (r, inputProps) => (
    <PasswordInput {...r.getPasswordProps(inputProps)} />
  ));
});

/** The confirmation of the new password; renders nothing when `confirmPassword={false}`. */
export const ConfirmPassword = forwardRef<HTMLDivElement, FieldPartProps>(
  function ConfirmPassword(props, ref) {
    return useFieldPart(props, ref, 'confirmPassword', (r, inputProps) => (
      <PasswordInput {...r.getConfirmPasswordProps(inputProps)} />
    ));
  },
);
