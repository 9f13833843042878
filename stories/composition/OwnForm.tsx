import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/v4/mini';
import { englishMessages } from '../../src';
import {
  checkPassword,
  describeError,
  type ErrorOperation,
  normalizeCode,
  type PasswordPolicyInput,
  passwordSchema,
  type ResetTransport,
} from '../../src/core';

type Props = {
  transport: ResetTransport;
  username: string;
  policy?: PasswordPolicyInput;
  onDone: () => void;
};

// A catalogue entry is a string or a function of its parameters.
const say = (entry: string | ((params: never) => string), params: object = {}) =>
  typeof entry === 'function' ? entry(params as never) : entry;

export function OwnResetForm({ transport, username, policy, onDone }: Props) {
  const id = useId();
  const schema = z
    .object({
      code: z.string().check(z.regex(/^\d{6}$/, 'Enter the 6-digit code from the e-mail.')),
      password: passwordSchema(policy), // the pool's rules, one issue per unmet rule
      confirm: z.string(),
    })
    .check(
      z.refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords differ.' }),
    );
  const { register, handleSubmit, setError, clearErrors, control, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { code: '', password: '', confirm: '' },
  });
  const password = useWatch({ control, name: 'password' });
  const { errors, isSubmitting } = formState;

  // One table decides where a Cognito error belongs and what it says, per operation.
  const fail = (error: unknown, operation: ErrorOperation) => {
    const d = describeError(error, { operation });
    const message = say(englishMessages.errors[d.messageKey], d.params);
    if (d.field === 'code' || d.field === 'password') {
      setError(d.field, { type: 'server', message }, { shouldFocus: true });
    } else setError('root', { message });
  };
  const onSubmit = handleSubmit(async ({ code, password }) => {
    try {
      await transport.confirmForgotPassword({ username, code, password });
      onDone();
    } catch (error) {
      fail(error, 'confirmForgotPassword');
    }
  });
  const resend = () => {
    clearErrors();
    transport.forgotPassword({ username }).catch((error) => fail(error, 'forgotPassword'));
  };

  const passwordError =
    errors.password?.type === 'server'
      ? errors.password.message
      : errors.password && 'Meet every rule above.';
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Choose a new password">
      <label htmlFor={`${id}code`}>Verification code</label>
      <input
        id={`${id}code`}
        autoComplete="one-time-code"
        inputMode="numeric"
        // "123 456", "123-456" and full-width digits become what Cognito expects.
        {...register('code', { setValueAs: normalizeCode })}
        aria-invalid={!!errors.code}
        aria-describedby={`${id}code-error`}
      />
      <p id={`${id}code-error`}>{errors.code?.message}</p>
      <label htmlFor={`${id}password`}>New password</label>
      <input
        id={`${id}password`}
        type="password"
        autoComplete="new-password"
        {...register('password')}
        aria-invalid={!!errors.password}
        aria-describedby={`${id}rules ${id}password-error`}
      />
      <ul id={`${id}rules`}>
        {checkPassword(password, policy).map((rule) => (
          <li key={rule.id} data-met={rule.met ? '' : undefined}>
            {rule.met ? '✓' : '○'} {say(englishMessages.rules[rule.id], rule.params)}
          </li>
        ))}
      </ul>
      <p id={`${id}password-error`}>{passwordError}</p>
      <label htmlFor={`${id}confirm`}>Confirm new password</label>
      <input
        id={`${id}confirm`}
        type="password"
        autoComplete="new-password"
        {...register('confirm')}
        aria-invalid={!!errors.confirm}
        aria-describedby={`${id}confirm-error`}
      />
      <p id={`${id}confirm-error`}>{errors.confirm?.message}</p>
      <div role="alert">{errors.root?.message}</div>
      <button type="submit" disabled={isSubmitting}>
        Reset password
      </button>
      <button type="button" onClick={resend}>
        Resend code
      </button>
    </form>
  );
}
