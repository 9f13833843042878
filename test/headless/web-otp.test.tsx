import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { type CodeDelivery, createMemoryTransport, type ResetTransport } from '../../src/core';
import type { ConfirmForgotPasswordResult } from '../../src/headless';
import { Harness } from './harness';

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

interface Request {
  options: CredentialRequestOptions & { otp?: { transport: string[] } };
  resolve: (credential: unknown) => void;
}

/** navigator.credentials with WebOTP, as Chrome on Android has it; each `get` waits for the test. */
function stubWebOtp({ supported = true }: { supported?: boolean } = {}) {
  const requests: Request[] = [];
  const get = vi.fn(
    (options: Request['options']) =>
      new Promise((resolve, reject) => {
        requests.push({ options, resolve });
        options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
  if (supported) Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
  onTestFinished(() => {
    Reflect.deleteProperty(navigator, 'credentials');
    Reflect.deleteProperty(window, 'OTPCredential');
  });
  return { get, requests };
}

const codeInput = () => screen.getByLabelText('Verification code') as HTMLInputElement;
const confirms = (t: { calls: readonly { operation: string }[] }) =>
  t.calls.filter((c) => c.operation === 'ConfirmForgotPassword').length;

describe('WebOTP: the code of an SMS fills in', () => {
  it.each([
    ['123456', '123456'],
    [' 123-456 ', '123456'],
    ['１２３４５６', '123456'],
    ['12345678', '123456'],
  ])(
    'asks for an SMS code and fills %j as %j, normalised and capped, without submitting',
    async (sent, shown) => {
      const { get, requests } = stubWebOtp();
      const transport = await pool();
      const onEvent = vi.fn();
      render(<Harness transport={transport} username="alice" delivery={SMS} onEvent={onEvent} />);
      await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
      expect(requests[0]!.options.otp).toEqual({ transport: ['sms'] });
      expect(requests[0]!.options.signal).toBeInstanceOf(AbortSignal);
      await act(async () => requests[0]!.resolve({ type: 'otp', id: '', code: sent }));
      await waitFor(() => expect(codeInput().value).toBe(shown));
      expect(confirms(transport)).toBe(0);
      expect(onEvent).not.toHaveBeenCalledWith({ type: 'submitted' });
    },
  );

  it('aborts the request on unmount', async () => {
    const { get, requests } = stubWebOtp();
    const { unmount } = render(<Harness transport={await pool()} username="alice" delivery={SMS} />);
    await waitFor(() => expect(get).toHaveBeenCalled());
    unmount();
    expect(requests.every((r) => r.options.signal?.aborted)).toBe(true);
  });

  it('aborts the request on submit and does not ask again', async () => {
    const { get, requests } = stubWebOtp();
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" delivery={SMS} />);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    await user.type(codeInput(), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('status');
    expect(requests[0]!.options.signal?.aborted).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('aborts the request on resend, then asks for the new code', async () => {
    const { get, requests } = stubWebOtp();
    const memory = await pool();
    const transport: ResetTransport = {
      forgotPassword: (input, o) => memory.forgotPassword(input, o).then(() => SMS),
      confirmForgotPassword: (input, o) => memory.confirmForgotPassword(input, o),
    };
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" delivery={SMS} resendCooldownSeconds={0} />);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
    expect(requests[0]!.options.signal?.aborted).toBe(true);
    expect(requests[1]!.options.signal?.aborted).toBe(false);
    await act(async () => requests[1]!.resolve({ code: '654321' }));
    await waitFor(() => expect(codeInput().value).toBe('654321'));
  });

  it('aborts the request on reset()', async () => {
    const { get, requests } = stubWebOtp();
    let r!: ConfirmForgotPasswordResult;
    render(<Harness transport={await pool()} username="alice" delivery={SMS} spy={(x) => (r = x)} />);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    act(() => r.reset());
    expect(requests[0]!.options.signal?.aborted).toBe(true);
    // A late answer to the aborted request fills nothing.
    await act(async () => requests[0]!.resolve({ code: '123456' }));
    expect(codeInput().value).toBe('');
  });

  it('asks nothing where the browser has no OTPCredential (control: passes before WebOTP too)', async () => {
    const { get } = stubWebOtp({ supported: false });
    render(<Harness transport={await pool()} username="alice" delivery={SMS} webOtp />);
    await screen.findByLabelText('Verification code');
    await act(async () => {});
    expect(get).not.toHaveBeenCalled();
  });

  it('asks nothing and does not throw where navigator.credentials is missing (control)', async () => {
    Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(window, 'OTPCredential');
    });
    render(<Harness transport={await pool()} username="alice" delivery={SMS} />);
    expect(await screen.findByLabelText('Verification code')).toBeInTheDocument();
  });

  it.each([
    ['e-mail delivery', { delivery: EMAIL }],
    ['e-mail delivery, even when the app opts in', { delivery: EMAIL, webOtp: true }],
    ['no delivery known', {}],
    ['SMS delivery with webOtp: false', { delivery: SMS, webOtp: false }],
  ])('asks nothing for %s (control)', async (_, props) => {
    const { get } = stubWebOtp();
    render(<Harness transport={await pool()} username="alice" {...props} />);
    await screen.findByLabelText('Verification code');
    await act(async () => {});
    expect(get).not.toHaveBeenCalled();
  });

  it('asks when the app opts in without knowing the medium', async () => {
    const { get } = stubWebOtp();
    render(<Harness transport={await pool()} username="alice" webOtp />);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
  });
});
