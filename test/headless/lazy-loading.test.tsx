// The passwordChecks runner and the WebOTP request are modules the hook loads with import() only
// when it needs them. The real modules run here; vi.mock only counts when each is first loaded
// (a module is evaluated once per file, so the tests that expect no load come first).
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ConfirmResetForm } from '../../src';
import { type CodeDelivery, createMemoryTransport, type PasswordCheckDefinition } from '../../src/core';
import { Harness } from './harness';

const loaded = vi.hoisted(() => ({ runner: 0, webOtp: 0 }));
vi.mock('../../src/headless/password-checks', async (importOriginal) => {
  loaded.runner++;
  return importOriginal();
});
vi.mock('../../src/headless/web-otp', async (importOriginal) => {
  loaded.webOtp++;
  return importOriginal();
});

const NEW = 'Brand-new2?';
const SMS: CodeDelivery = { destination: '+*******1234', medium: 'SMS', attributeName: 'phone_number' };
const EMAIL: CodeDelivery = { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' };

async function pool() {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

/** navigator.credentials with WebOTP; each `get` waits, and rejects when its signal aborts. */
function stubWebOtp({ supported = true }: { supported?: boolean } = {}) {
  const signals: AbortSignal[] = [];
  const get = vi.fn(
    (options: CredentialRequestOptions) =>
      new Promise((_, reject) => {
        signals.push(options.signal!);
        options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
  if (supported) Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
  onTestFinished(() => {
    Reflect.deleteProperty(navigator, 'credentials');
    Reflect.deleteProperty(window, 'OTPCredential');
  });
  return { get, signals };
}

/** Types a reset through, so every field, the checklist and submit have run. */
async function typeAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Verification code'), '123456');
  await user.type(screen.getByLabelText('New password'), NEW);
  await user.type(screen.getByLabelText('Confirm new password'), NEW);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
  await screen.findByRole('status');
}

describe('loaded only when used', () => {
  it.each([
    ['the code went by e-mail', { delivery: EMAIL }, true],
    ['the code went by SMS but the browser has no WebOTP', { delivery: SMS }, false],
    ['the app turned WebOTP off', { delivery: SMS, webOtp: false }, true],
    ['no delivery is known', {}, true],
  ])('a whole reset without passwordChecks, where %s, loads neither module', async (_, props, supported) => {
    stubWebOtp({ supported });
    render(<Harness transport={await pool()} username="alice" {...props} />);
    await typeAndSubmit();
    expect(loaded).toEqual({ runner: 0, webOtp: 0 });
  });

  it('loads the WebOTP request where it asks (SMS, OTPCredential), once, under StrictMode', async () => {
    const { get, signals } = stubWebOtp();
    const { unmount } = render(
      <StrictMode>
        <Harness transport={await pool()} username="alice" delivery={SMS} />
      </StrictMode>,
    );
    await waitFor(() => expect(get).toHaveBeenCalled());
    expect(loaded.webOtp).toBe(1);
    // StrictMode's extra mount and unmount aborted its request before the module came: one ask.
    await act(async () => {});
    expect(get).toHaveBeenCalledTimes(1);
    expect(signals[0]!.aborted).toBe(false);
    unmount();
    expect(signals[0]!.aborted).toBe(true);
    expect(loaded.runner).toBe(0);
  });

  it('loads the runner for passwordChecks, and its verdicts show under StrictMode', async () => {
    const noName: PasswordCheckDefinition = {
      id: 'noName',
      message: 'Does not contain your username',
      test: (password) => !password.toLowerCase().includes('alice'),
    };
    render(
      <StrictMode>
        <Harness transport={await pool()} username="alice" passwordChecks={[noName]} />
      </StrictMode>,
    );
    const rule = () => screen.getByText('Does not contain your username');
    expect(rule()).not.toHaveAttribute('data-met');
    await waitFor(() => expect(loaded.runner).toBe(1));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New password'), NEW);
    await waitFor(() => expect(rule()).toHaveAttribute('data-met'));
    await user.type(screen.getByLabelText('New password'), 'alice');
    await waitFor(() => expect(rule()).not.toHaveAttribute('data-met'));
    expect(loaded.runner).toBe(1);
  });

  it('checks given after the password was typed answer for it, without another keystroke', async () => {
    const transport = await pool();
    const noName: PasswordCheckDefinition = {
      id: 'noName',
      message: 'Does not contain your username',
      test: (password) => !password.toLowerCase().includes('alice'),
    };
    const { rerender } = render(<ConfirmResetForm transport={transport} username="alice" />);
    await userEvent.setup().type(screen.getByLabelText('New password'), `alice-${NEW}`);
    rerender(<ConfirmResetForm transport={transport} username="alice" passwordChecks={[noName]} />);
    const rule = () => document.querySelector('[data-rule="noName"]');
    expect(rule()).toHaveAttribute('data-pending');
    // The verdict on the password already there: unmet, not "checking…" for ever.
    await waitFor(() => expect(rule()).not.toHaveAttribute('data-pending'));
    expect(rule()).not.toHaveAttribute('data-met');
  });
});
