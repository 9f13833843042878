// useForgotPassword: the request step, headless, wired to plain inputs against the memory pool.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type CodeDelivery, CognitoError, createMemoryTransport, type ResetTransport } from '../../src/core';
import {
  type ForgotPasswordResult,
  type UseForgotPasswordOptions,
  useForgotPassword,
} from '../../src/headless';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/messages';

const t = createTranslator(en);

function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  return createMemoryTransport({
    users: [
      { username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' },
      { username: 'pat', password: 'Old-pass1!', phone: '+15555550123' },
    ],
    ...extra,
  });
}

function Request(props: UseForgotPasswordOptions & { spy?: (r: ForgotPasswordResult) => void }) {
  const { spy, ...options } = props;
  const r = useForgotPassword(options);
  spy?.(r);
  return (
    <form {...r.getFormProps()} aria-label="request">
      <label {...r.getLabelProps()}>Username</label>
      <input {...r.getUsernameProps()} />
      {r.fieldErrors.username && <p id={`${r.ids.username}-error`}>{r.fieldErrors.username.message}</p>}
      <div {...r.getErrorProps()}>{r.errorMessage}</div>
      <button {...r.getSubmitProps()}>Send code</button>
      <output data-testid="status">{r.status}</output>
      <output data-testid="delivery">{JSON.stringify(r.delivery)}</output>
    </form>
  );
}

const field = () => screen.getByLabelText('Username') as HTMLInputElement;
const send = () => screen.getByRole('button', { name: 'Send code' });

describe('useForgotPassword', () => {
  it('sends a code for the typed username and reports where it went', async () => {
    const transport = pool();
    const onSuccess = vi.fn();
    const onEvent = vi.fn();
    const user = userEvent.setup();
    render(<Request transport={transport} onSuccess={onSuccess} onEvent={onEvent} />);
    expect(field()).toHaveAttribute('autocomplete', 'username');
    expect(field()).toHaveAttribute('type', 'text');
    await user.type(field(), '  alice ');
    await user.click(send());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('success'));
    const delivery = { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' };
    expect(JSON.parse(screen.getByTestId('delivery').textContent!)).toEqual(delivery);
    expect(onSuccess).toHaveBeenCalledWith({ username: 'alice', delivery });
    expect(transport.pendingCode('alice')).toMatch(/^\d{6}$/);
    expect(onEvent.mock.calls.map((c) => c[0])).toEqual([
      { type: 'requested' },
      { type: 'codeSent', medium: 'EMAIL' },
    ]);
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain('alice');
  });

  it('sends on Enter in the field (enterkeyhint="send")', async () => {
    const transport = pool();
    const user = userEvent.setup();
    render(<Request transport={transport} />);
    expect(field()).toHaveAttribute('enterkeyhint', 'send');
    await user.type(field(), 'pat{Enter}');
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('success'));
    expect(JSON.parse(screen.getByTestId('delivery').textContent!)).toMatchObject({ medium: 'SMS' });
  });

  it.each([
    ['empty', '', 'validation.usernameRequired'],
    ['blank', '   ', 'validation.usernameRequired'],
    ['with a space inside', 'al ice', 'validation.usernameInvalid'],
    ['of 129 characters', 'a'.repeat(129), 'validation.usernameInvalid'],
  ])('checks a username that is %s before sending, at the field', async (_, typed, key) => {
    const transport = pool();
    const user = userEvent.setup();
    render(<Request transport={transport} />);
    if (typed) await user.type(field(), typed);
    await user.click(send());
    expect(await screen.findByText(t(key as never))).toBeInTheDocument();
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveFocus();
    expect(transport.calls).toHaveLength(0);
  });

  it('words an unknown username like a sent code: success with an empty delivery, no error', async () => {
    const transport = pool();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const user = userEvent.setup();
    render(<Request transport={transport} onSuccess={onSuccess} onError={onError} />);
    await user.type(field(), 'ghost');
    await user.click(send());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('success'));
    expect(screen.getByTestId('delivery')).toHaveTextContent('{}');
    expect(onSuccess).toHaveBeenCalledWith({ username: 'ghost', delivery: {} });
    expect(onError).not.toHaveBeenCalled();
    expect(transport.calls.at(-1)).toMatchObject({ operation: 'ForgotPassword' });
  });

  it('an unknown username with PreventUserExistenceErrors (a simulated delivery) also succeeds', async () => {
    const transport = pool({ preventUserExistenceErrors: true });
    const user = userEvent.setup();
    render(<Request transport={transport} />);
    await user.type(field(), 'ghost');
    await user.click(send());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('success'));
  });

  it.each([
    ['InvalidParameterException', 'form', 'errors.cannotSendCode'],
    ['CodeDeliveryFailureException', 'form', 'errors.codeNotSent'],
    ['InvalidSmsRoleAccessPolicyException', 'form', 'errors.misconfigured'],
    ['InvalidEmailRoleAccessPolicyException', 'form', 'errors.misconfigured'],
    ['NotAuthorizedException', 'form', 'errors.resetNotAllowed'],
    ['LimitExceededException', 'form', 'errors.tooManyCodes'],
    ['NetworkError', 'form', 'errors.network'],
  ])('places %s by describeError(…, { operation: "forgotPassword" })', async (code, _target, key) => {
    const transport = pool({ fail: () => new CognitoError({ code, status: 400, requestId: 'req-7' }) });
    const onError = vi.fn();
    const user = userEvent.setup();
    render(<Request transport={transport} onError={onError} retryAfterMs={30_000} />);
    await user.type(field(), 'alice');
    await user.click(send());
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/\w/));
    const params = { requestId: 'req-7', seconds: 30 };
    expect(alert).toHaveTextContent(t(key as never, params));
    expect(alert).toHaveFocus();
    expect(screen.getByTestId('status')).toHaveTextContent('error');
    expect(onError.mock.calls[0]?.[0].code).toBe(code);
    if (code === 'LimitExceededException') expect(send()).toBeDisabled();
  });

  it('keeps what was typed after an error and sends again once fixed', async () => {
    let failures = 1;
    const inner = pool();
    const transport: ResetTransport = {
      forgotPassword: (input, o) =>
        failures-- > 0
          ? Promise.reject(new CognitoError({ code: 'NetworkError' }))
          : inner.forgotPassword(input, o),
      confirmForgotPassword: (input, o) => inner.confirmForgotPassword(input, o),
    };
    const user = userEvent.setup();
    render(<Request transport={transport} />);
    await user.type(field(), 'alice');
    await user.click(send());
    await screen.findByText(t('errors.network'));
    expect(field().value).toBe('alice');
    await user.click(send());
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('success'));
  });

  it('sends one request for a double click, and is busy meanwhile', async () => {
    let release!: (d: CodeDelivery) => void;
    const forgotPassword = vi.fn(() => new Promise<CodeDelivery>((resolve) => (release = resolve)));
    const transport = { forgotPassword, confirmForgotPassword: vi.fn() } as unknown as ResetTransport;
    const user = userEvent.setup();
    render(<Request transport={transport} />);
    await user.type(field(), 'alice');
    await user.dblClick(send());
    expect(forgotPassword).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('status')).toHaveTextContent('submitting');
    expect(send()).toHaveAttribute('aria-disabled', 'true');
    expect(field()).toHaveAttribute('readonly');
    await act(async () => release({}));
    expect(screen.getByTestId('status')).toHaveTextContent('success');
  });

  it('starts with defaultUsername and reset() returns to it', async () => {
    let r!: ForgotPasswordResult;
    const user = userEvent.setup();
    render(
      <Request
        transport={pool()}
        defaultUsername=" pat "
        spy={(x) => {
          r = x;
        }}
      />,
    );
    expect(field().value).toBe('pat');
    await user.click(send());
    await waitFor(() => expect(r.status).toBe('success'));
    expect(r.username).toBe('pat');
    act(() => r.reset());
    expect(r.status).toBe('idle');
    expect(r.delivery).toBeNull();
    expect(field().value).toBe('pat');
  });

  it('passes clientMetadata and aborts the request on unmount', async () => {
    let signal!: AbortSignal;
    const forgotPassword = vi.fn((_input: unknown, o?: { signal?: AbortSignal }) => {
      signal = o!.signal!;
      return new Promise<CodeDelivery>(() => {});
    });
    const transport = { forgotPassword, confirmForgotPassword: vi.fn() } as unknown as ResetTransport;
    const user = userEvent.setup();
    const { unmount } = render(<Request transport={transport} clientMetadata={{ source: 'web' }} />);
    await user.type(field(), 'alice');
    await user.click(send());
    expect(forgotPassword).toHaveBeenCalledWith(
      { username: 'alice', clientMetadata: { source: 'web' } },
      expect.anything(),
    );
    unmount();
    expect(signal.aborted).toBe(true);
  });
});
