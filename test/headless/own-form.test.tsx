// Bring your own form (issue 15 item 9): an app's own react-hook-form `useForm` with the kit's
// `passwordSchema`, `checkPassword`, `describeError`, `normalizeCode` and a transport, as the README
// shows it, against the kit's memory pool.
import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CognitoError, createMemoryTransport } from '../../src/core';
import { en } from '../../src/i18n/en';
import { OwnResetForm } from '../../stories/composition/OwnForm';

const NEW = 'Brand-new2?';
type Fail = Parameters<typeof createMemoryTransport>[0]['fail'];

async function pool(fail?: { operation: string; code: string }) {
  let armed = false;
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
    fail: ((op: string) =>
      armed && op === fail?.operation
        ? new CognitoError({ code: fail.code, status: 400 })
        : undefined) as Fail,
  });
  await transport.forgotPassword({ username: 'alice' });
  armed = true;
  return transport;
}
const confirms = (t: { calls: readonly { operation: string }[] }) =>
  t.calls.filter((c) => c.operation === 'ConfirmForgotPassword').length;

async function setup(fail?: { operation: string; code: string }, policy?: object) {
  const transport = await pool(fail);
  const onDone = vi.fn();
  const user = userEvent.setup();
  render(<OwnResetForm transport={transport} username="alice" policy={policy} onDone={onDone} />);
  return { transport, onDone, user };
}

describe('bring your own form', () => {
  it('is the README’s', () => {
    const source = readFileSync('stories/composition/OwnForm.tsx', 'utf8');
    const body = source.slice(source.indexOf('type Props'));
    expect(readFileSync('README.md', 'utf8')).toContain(body.trim());
  });

  it.each(['123 456', '123-456', '１２３４５６'])(
    'resets with a code typed as "%s" (normalizeCode) and the pool’s rules met',
    async (typed) => {
      const { transport, onDone, user } = await setup();
      await user.type(screen.getByLabelText('Verification code'), typed);
      await user.type(screen.getByLabelText('New password'), NEW);
      expect(screen.getAllByRole('listitem').every((li) => li.hasAttribute('data-met'))).toBe(true);
      await user.type(screen.getByLabelText('Confirm new password'), NEW);
      await user.click(screen.getByRole('button', { name: 'Reset password' }));
      await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
      expect(transport.signIn('alice', NEW)).toBe(true);
    },
  );

  it.each([
    [{}, 'abc', 'At least 8 characters'],
    [{ minimumLength: 12 }, 'Brand-new2?', 'At least 12 characters'],
    [{ RequireSymbols: false, MinimumLength: 6 }, 'abcdef', 'An uppercase letter (A–Z)'],
  ])(
    'passwordSchema(%j) stops "%s" before anything is sent; checkPassword lists what is missing',
    async (policy, password, unmet) => {
      const { transport, user } = await setup(undefined, policy);
      await user.type(screen.getByLabelText('Verification code'), '123456');
      await user.type(screen.getByLabelText('New password'), password);
      await user.type(screen.getByLabelText('Confirm new password'), password);
      expect(screen.getByText(unmet, { exact: false }).closest('li')).not.toHaveAttribute('data-met');
      await user.click(screen.getByRole('button', { name: 'Reset password' }));
      const input = screen.getByLabelText('New password');
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Meet every rule above.'));
      expect(confirms(transport)).toBe(0);
    },
  );

  it.each([
    ['CodeMismatchException', 'Verification code', en.errors.codeMismatch],
    ['ExpiredCodeException', 'Verification code', /expired/],
    ['PasswordHistoryPolicyViolationException', 'New password', /used this password before/],
  ])('describeError puts %s at the field it belongs to, focused', async (code, label, text) => {
    const { user, onDone } = await setup({ operation: 'ConfirmForgotPassword', code });
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const input = screen.getByLabelText(label);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(
      typeof text === 'string' ? expect.stringContaining(text) : text,
    );
    expect(input).toHaveFocus();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('describeError with operation forgotPassword words a failed resend as a resend', async () => {
    const { user } = await setup({ operation: 'ForgotPassword', code: 'CodeDeliveryFailureException' });
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).not.toBeEmptyDOMElement());
    expect(alert.textContent).not.toMatch(/password/i);
    expect(alert).toHaveTextContent(/code/i);
  });
});
