import type { ChangeEvent, MutableRefObject, RefCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { cleanCode } from './code-field';
import type { ResetFormValues } from './form-schema';
import { dataFlag, mergeProps, tokens } from './merge-props';
import type {
  ConfirmForgotPasswordResult,
  ElementGetterProps,
  ElementGetterResult,
  InputGetterProps,
  ResetField,
} from './types';

/** What the getters need beyond the hook's public result. */
interface Internals {
  form: UseFormReturn<ResetFormValues>;
  inputMode: 'numeric' | 'text';
  /** A request is in flight: fields are read-only, buttons busy. */
  pending: boolean;
  /** Submit cannot be pressed at all (before hydration, during a throttle, after success). */
  submitBlocked: boolean;
  submit: (event?: { preventDefault?: () => void }) => void;
  /** The user changed a field: its server error clears. */
  edited: (field: ResetField) => void;
  /** The alert's ref: a stable callback, so the element is not detached and re-attached each render. */
  alertRef: RefCallback<HTMLElement>;
  /** The ids of the rendered elements a field may point at, by slot (`policy`, `code-error`…). */
  slots: Readonly<Record<string, string>>;
  /** A slot's stable ref, which reports whether its element is rendered. */
  slotRef: (slot: string) => RefCallback<HTMLElement>;
  /** Which status the status region reports. */
  statusKind: 'submitting' | 'resending' | 'resent' | undefined;
  submitted: MutableRefObject<boolean>;
  /** The schema's message key for the confirmation as the form stands, or undefined when valid. */
  confirmVerdict: () => string | undefined;
}

type Getters = Pick<
  ConfirmForgotPasswordResult,
  | 'getFormProps'
  | 'getUsernameProps'
  | 'getCodeProps'
  | 'getPasswordProps'
  | 'getConfirmPasswordProps'
  | 'getSubmitProps'
  | 'getResendProps'
  | 'getErrorProps'
  | 'getLabelProps'
  | 'getFieldErrorProps'
  | 'getDescriptionProps'
  | 'getPolicyProps'
  | 'getStatusProps'
>;

// Attributes every secret field shares: a revealed password must never reach a spell-check or
// autocorrect service, and the value stays uncontrolled so React never mirrors it into `value=""`.
const SECRET_FIELD = { spellCheck: false, autoCapitalize: 'none', autoCorrect: 'off' } as const;

/** The prop getters, read from the hook's result (`r`) and its internals (`s`). */
export function buildPropGetters(r: Omit<ConfirmForgotPasswordResult, keyof Getters>, s: Internals): Getters {
  const { form } = s;
  const { ids, fieldErrors } = r;

  const { slots } = s;
  // A field names an element only while it is rendered (its getter's ref says so): its description,
  // the policy list for the new password, and its error message while it has an error.
  const described = (field: ResetField) =>
    tokens(
      slots[`${field}-description`],
      field === 'password' && slots.policy,
      fieldErrors[field] && slots[`${field}-error`],
    );
  const invalid = (field: ResetField) => (fieldErrors[field] ? true : undefined);
  // The element a field may point at: a hook-owned id and the ref that reports it rendered.
  // `slot` names it for the hook (`code-error`, `policy`); `id` is the id it carries unless yours wins.
  const slotted = (slot: string, id: string, props?: ElementGetterProps) =>
    mergeProps({ id, ref: s.slotRef(slot) }, props) as ElementGetterResult;

  const field = (name: ResetField, ours: InputGetterProps, theirs?: InputGetterProps): InputGetterProps => {
    const { onChange, ...rest } = ours;
    const registered = form.register(name);
    return mergeProps(
      {
        ...registered,
        id: ids[name],
        // What a request sends is fixed when it starts: the fields wait until it is answered.
        readOnly: s.pending || undefined,
        ...rest,
        onChange: (event: ChangeEvent<HTMLInputElement>) => {
          s.edited(name);
          return (onChange ?? registered.onChange)(event);
        },
        'aria-invalid': invalid(name),
        'aria-describedby': described(name),
        'data-invalid': dataFlag(fieldErrors[name]),
      },
      theirs,
    );
  };

  // Re-check the confirmation while the password changes, but only once the confirmation has been
  // left or the form submitted, so "doesn't match" never appears before the user got there.
  const recheckConfirm = () => {
    // Not form.formState.isSubmitted: reading react-hook-form's formState proxy subscribes the whole
    // form to it. And trigger() re-renders the whole form even when nothing changed, so it runs
    // only when the schema's verdict on the confirmation differs from the one on screen.
    if (!form.getFieldState('confirmPassword').isTouched && !s.submitted.current) return;
    if (s.confirmVerdict() !== form.getFieldState('confirmPassword').error?.message) {
      void form.trigger('confirmPassword');
    }
  };

  return {
    getFormProps: (props) =>
      mergeProps(
        {
          id: ids.form,
          // A press of Enter before hydration posts to the page instead of putting the password in a URL.
          method: 'post',
          noValidate: true,
          onSubmit: s.submit,
          'data-state': r.status,
          'aria-busy': s.pending || undefined,
        },
        props,
        // A consumer's onSubmit that calls preventDefault() (as forms usually do) must not turn
        // the kit off: the kit prevents the native submit itself and always runs.
        ['onSubmit'],
      ),
    getLabelProps: (name, props) => mergeProps({ htmlFor: ids[name], id: `${ids[name]}-label` }, props),
    getUsernameProps: (props) =>
      r.asksUsername
        ? field(
            'username',
            {
              type: 'text',
              autoComplete: 'username',
              autoCapitalize: 'none',
              spellCheck: false,
              enterKeyHint: 'next',
            },
            props,
          )
        : // Known username: still a real text input so password managers file the new password under it.
          mergeProps(
            {
              id: ids.username,
              name: 'username',
              type: 'text',
              autoComplete: 'username',
              readOnly: true,
              tabIndex: -1,
              value: r.username,
              'data-hidden': '',
            },
            props,
          ),
    getCodeProps: (props) =>
      field(
        'code',
        {
          type: 'text',
          autoComplete: 'one-time-code',
          inputMode: s.inputMode,
          enterKeyHint: 'next',
          translate: 'no',
          ...SECRET_FIELD,
          // No maxLength: it would cut a pasted "123 456" before normalisation.
          onChange: (event: { target: HTMLInputElement }) => {
            const input = event.target;
            const clean = cleanCode(input.value, r.codeLength);
            if (clean !== input.value) input.value = clean;
            return form.register('code').onChange(event);
          },
          'data-length': r.codeLength ?? undefined,
        },
        props,
      ),
    getPasswordProps: (props) =>
      field(
        'password',
        {
          type: 'password',
          autoComplete: 'new-password',
          enterKeyHint: 'next',
          ...SECRET_FIELD,
          onChange: (event: { target: HTMLInputElement }) => {
            const done = form.register('password').onChange(event);
            recheckConfirm();
            return done;
          },
        },
        props,
      ),
    getConfirmPasswordProps: (props) =>
      field(
        'confirmPassword',
        { type: 'password', autoComplete: 'new-password', enterKeyHint: 'done', ...SECRET_FIELD },
        props,
      ),
    getSubmitProps: (props) =>
      mergeProps(
        {
          type: 'submit',
          // Disabled until hydrated: before that a click would submit the native form.
          disabled: s.submitBlocked,
          // While a request runs the button stays focusable; the in-flight guard ignores presses.
          'aria-disabled': s.pending || undefined,
          'data-pending': dataFlag(s.pending),
        },
        props,
      ),
    getResendProps: (props) =>
      mergeProps(
        {
          type: 'button',
          disabled: !r.canResend,
          onClick: () => void r.resend(),
          'data-pending': dataFlag(r.resending),
        },
        props,
      ),
    getErrorProps: (props) =>
      mergeProps(
        {
          id: ids.error,
          role: 'alert',
          tabIndex: -1,
          ref: s.alertRef,
          'data-invalid': dataFlag(r.formError),
        },
        props,
      ) as ElementGetterResult,
    getFieldErrorProps: (name, props) => slotted(`${name}-error`, `${ids[name]}-error`, props),
    getDescriptionProps: (name, props) => slotted(`${name}-description`, `${ids[name]}-description`, props),
    getPolicyProps: (props) => slotted('policy', ids.policy, props),
    getStatusProps: (props) =>
      mergeProps(
        { id: ids.status, role: 'status', ref: s.slotRef('status'), 'data-status': s.statusKind },
        props,
      ) as ElementGetterResult,
  };
}
