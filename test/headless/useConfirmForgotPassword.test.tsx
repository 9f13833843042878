import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  CognitoError,
  createMemoryTransport,
  describeError,
} from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/messages';
import { Harness } from './harness';

const OLD = 'Old-pass1!';
const NEW = 'Brand-new2?';
const t = createTranslator(en);

async function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }],
    generateCode: () => '123456',
    ...extra,
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

async function fill(user: ReturnType<typeof userEvent.setup>, code = '123456', password = NEW) {
  await user.type(screen.getByLabelText('Verification code'), code);
  await user.type(screen.getByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Confirm new password'), password);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useConfirmForgotPassword', () => {
  it('resets the password and calls onSuccess with the username', async () => {
    const transport = await pool();
    const onSuccess = vi.fn();
    const onEvent = vi.fn();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" onSuccess={onSuccess} onEvent={onEvent} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Password reset for alice');
    expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' });
    expect(transport.signIn('alice', NEW)).toBe(true);
    expect(transport.signIn('alice', OLD)).toBe(false);
    expect(onEvent.mock.calls.map((c) => c[0].type)).toEqual(['submitted', 'succeeded']);
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain(NEW);
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain('123456');
  });

  it('asks for the username when none is given and normalises a pasted code', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    const code = screen.getByLabelText('Verification code') as HTMLInputElement;
    await user.click(code);
    await user.paste(' 123-456 ');
    expect(code.value).toBe('123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('shows validation errors only after a field is left or the form submitted', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    const password = screen.getByLabelText('New password');
    await user.type(password, 'abc');
    expect(password).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(t('validation.passwordPolicy')));
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(screen.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
    // Focus goes to the first problem.
    expect(screen.getByLabelText('Verification code')).toHaveFocus();
    expect(transport.calls.filter((c) => c.operation === 'ConfirmForgotPassword')).toHaveLength(0);
  });

  it('reports a mismatched confirmation at the confirmation field', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), `${NEW}x`);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription(
      t('validation.passwordMismatch'),
    );
  });

  it('re-checks a touched confirmation live while the password changes', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    const password = screen.getByLabelText('New password');
    const confirm = screen.getByLabelText('Confirm new password');
    await user.type(password, NEW);
    await user.type(confirm, NEW);
    await user.tab();
    expect(confirm).not.toHaveAttribute('aria-invalid');
    await user.type(password, 'x');
    expect(confirm).toHaveAccessibleDescription(t('validation.passwordMismatch'));
    await user.type(password, '{Backspace}');
    expect(confirm).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the checklist live from the first keystroke and announces only changes', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    const rules = screen.getByRole('list', { name: 'Password rules' });
    await user.type(screen.getByLabelText('New password'), 'a');
    expect(rules.querySelectorAll('[data-met]')).toHaveLength(1);
    expect(screen.getByTestId('announce')).toHaveTextContent(`${t('rules.lowercase')}: done.`);
    await user.type(screen.getByLabelText('New password'), 'b');
    // Nothing flipped: the last announcement stands, nothing new is said.
    expect(screen.getByTestId('announce')).toHaveTextContent(`${t('rules.lowercase')}: done.`);
    await user.type(screen.getByLabelText('New password'), '1');
    expect(screen.getByTestId('announce')).toHaveTextContent(`${t('rules.number')}: done.`);
  });
});

describe('server errors', () => {
  const codes = [...CONFIRM_FORGOT_PASSWORD_ERRORS, ...CLIENT_ERRORS.filter((c) => c !== 'AbortError')];
  it.each(codes)(
    '%s reaches the right field with the right action and keeps what was typed',
    async (code) => {
      // The developer hint for a pool whose policy differs from the page's: expected for that code only.
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      onTestFinished(() => {
        expect(warn).toHaveBeenCalledTimes(code === 'InvalidPasswordException' ? 1 : 0);
        warn.mockRestore();
      });
      const transport = await pool({
        fail: (op) =>
          op === 'ConfirmForgotPassword'
            ? new CognitoError({ code, status: 400, requestId: 'req-1' })
            : undefined,
      });
      const onError = vi.fn();
      let last: any;
      const user = userEvent.setup();
      render(
        <Harness
          transport={transport}
          username="alice"
          resendCooldownSeconds={0}
          onError={onError}
          spy={(r) => (last = r)}
        />,
      );
      await fill(user);
      await user.click(screen.getByRole('button', { name: 'Reset password' }));
      await waitFor(() => expect(last.status).toBe('error'));
      // NEW meets every rule the page shows, so an InvalidPasswordException says the pool's differ.
      const expected = describeError(new CognitoError({ code, status: 400, requestId: 'req-1' }), {
        passwordMetPolicy: true,
      });
      expect(last.errorDescription).toMatchObject({ field: expected.field, action: expected.action });
      expect(last.formError?.message ?? last.fieldErrors[expected.field]?.message).toBe(
        t(`errors.${expected.messageKey}` as any, { ...expected.params, seconds: 60 }),
      );
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]![0].code).toBe(code);
      const text = t(`errors.${expected.messageKey}` as any, { ...expected.params, seconds: 60 });
      if (expected.field === 'code' || expected.field === 'password') {
        const input = screen.getByLabelText(expected.field === 'code' ? 'Verification code' : 'New password');
        expect(input).toHaveAttribute('aria-invalid', 'true');
        expect(input).toHaveAccessibleDescription(expect.stringContaining(text));
        expect(input).toHaveFocus();
      } else {
        expect(screen.getByRole('alert')).toHaveTextContent(text.slice(0, 20));
        expect(screen.getByRole('alert')).toHaveFocus();
      }
      if (expected.action === 'wait') {
        expect(screen.getByRole('button', { name: 'Reset password' })).toBeDisabled();
        expect(last.waitSeconds).toBeGreaterThan(0);
      }
      // Nothing typed is lost.
      expect(screen.getByLabelText('Verification code')).toHaveValue('123456');
      expect(screen.getByLabelText('New password')).toHaveValue(NEW);
      expect(screen.getByLabelText('Confirm new password')).toHaveValue(NEW);
    },
  );

  it('a real wrong code from the pool marks the code field and typing a new code clears it', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    await fill(user, '654321');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const code = screen.getByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await user.clear(code);
    await user.type(code, '123456');
    expect(code).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
  });
});

describe('timers', () => {
  it('counts the resend cooldown down and resends', async () => {
    // Only the countdown's interval and clock are faked; user-event and waitFor keep real timeouts.
    const transport = await pool();
    // The clock also moves with real time (shouldAdvanceTime): Testing Library drains microtasks
    // with a real-looking setTimeout(0) that a frozen clock would never fire.
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
      shouldAdvanceTime: true,
    });
    const onEvent = vi.fn();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    let last: any;
    render(
      <Harness
        transport={transport}
        username="alice"
        resendCooldownSeconds={5}
        onEvent={onEvent}
        spy={(r) => (last = r)}
      />,
    );
    const resend = screen.getByRole('button', { name: /Resend code/ });
    expect(resend).toBeDisabled();
    expect(resend).toHaveTextContent('Resend code in 5');
    await act(async () => vi.advanceTimersByTime(2000));
    expect(resend).toHaveTextContent('Resend code in 3');
    await act(async () => vi.advanceTimersByTime(3000));
    expect(resend).toBeEnabled();
    await user.click(resend);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(last.resent).toBe(true);
    expect(last.delivery).toMatchObject({ medium: 'EMAIL', destination: 'a***@e***' });
    expect(resend).toHaveTextContent('Resend code in 5');
    expect(onEvent).toHaveBeenCalledWith({ type: 'resent', medium: 'EMAIL' });
    expect(transport.calls.filter((c) => c.operation === 'ForgotPassword')).toHaveLength(2);
  });

  it('waits retryAfterMs after LimitExceeded before submit comes back; resend stays usable', async () => {
    const transport = await pool({
      fail: (op) =>
        op === 'ConfirmForgotPassword'
          ? new CognitoError({ code: 'LimitExceededException', status: 400 })
          : undefined,
    });
    // The clock also moves with real time (shouldAdvanceTime): Testing Library drains microtasks
    // with a real-looking setTimeout(0) that a frozen clock would never fire.
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
      shouldAdvanceTime: true,
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    let last: any;
    render(
      <Harness
        transport={transport}
        username="alice"
        retryAfterMs={10_000}
        resendCooldownSeconds={0}
        spy={(r) => (last = r)}
      />,
    );
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(last.waitSeconds).toBe(10);
    expect(screen.getByRole('alert')).toHaveTextContent('10');
    expect(screen.getByRole('button', { name: 'Reset password' })).toBeDisabled();
    // The throttle blocks the operation that was throttled: a new code can still be asked for.
    expect(screen.getByRole('button', { name: /Resend code/ })).toBeEnabled();
    await act(async () => vi.advanceTimersByTime(4000));
    expect(screen.getByTestId('wait')).toHaveTextContent('6');
    // The alert keeps the words it arrived with (announced once); the countdown lives apart from it.
    expect(screen.getByRole('alert')).toHaveTextContent('Try again in 10 seconds');
    await act(async () => vi.advanceTimersByTime(6000));
    expect(last.waitSeconds).toBe(0);
    expect(screen.queryByTestId('wait')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset password' })).toBeEnabled();
    // "Try again in 10 seconds" no longer holds once the wait is over.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(last.status).toBe('idle');
  });
});
