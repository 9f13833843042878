// The hook's life cycle (issue 14): where errors go, one request per intent, isolated callbacks,
// the inputs an app passes, the code field, the form's props, and React correctness.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CognitoError, createMemoryTransport, type ResetTransport } from '../../src/core';
import {
  type ConfirmForgotPasswordResult,
  type ResetEvent,
  useConfirmForgotPassword,
} from '../../src/headless';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/messages';
import { Harness } from './harness';

const NEW = 'Brand-new2?';
const t = createTranslator(en);
type Fail = Parameters<typeof createMemoryTransport>[0]['fail'];

async function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  // Failures are armed after the first code is sent, so a test's injected error hits its own calls.
  let armed = false;
  const transport = createMemoryTransport({
    users: [
      { username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' },
      { username: 'émile', password: 'Old-pass1!', email: 'emile@example.com' },
    ],
    generateCode: () => '123456',
    ...extra,
    fail: (op, input) => (armed ? extra.fail?.(op, input) : undefined),
  });
  await transport.forgotPassword({ username: 'alice' });
  armed = true;
  return transport;
}
const failing = (operation: string, code: string, requestId = 'req-1'): Fail =>
  ((op: string) =>
    op === operation ? new CognitoError({ code, status: 400, requestId }) : undefined) as Fail;

async function fill(user: ReturnType<typeof userEvent.setup>, code = '123456', password = NEW) {
  await user.type(screen.getByLabelText('Verification code'), code);
  await user.type(screen.getByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Confirm new password'), password);
}
const count = (t: { calls: readonly { operation: string }[] }, operation: string) =>
  t.calls.filter((c) => c.operation === operation).length;
const submitButton = () => screen.getByRole('button', { name: 'Reset password' });
const resendButton = () => screen.getByRole('button', { name: /Resend code/ });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('1. an error is placed once, when it arrives', () => {
  it.each<[string, 'Verification code' | 'New password', string]>([
    ['CodeMismatchException', 'Verification code', 'codeMismatch'],
    ['ExpiredCodeException', 'Verification code', 'codeExpired'],
    ['PasswordHistoryPolicyViolationException', 'New password', 'passwordReused'],
    ['InvalidPasswordException', 'New password', 'passwordPolicyMismatch'],
  ])(
    '%s stays at its field, clears when that field is edited, and never moves to the alert',
    async (code, label, key) => {
      // The developer hint for a pool whose policy differs from the page's: expected for that code only.
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const transport = await pool({ fail: failing('ConfirmForgotPassword', code) });
      const user = userEvent.setup();
      render(<Harness transport={transport} username="alice" resendCooldownSeconds={0} />);
      await fill(user);
      await user.click(submitButton());
      const input = screen.getByLabelText(label);
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      expect(warn).toHaveBeenCalledTimes(code === 'InvalidPasswordException' ? 1 : 0);
      expect(input).toHaveAccessibleDescription(t(`errors.${key}` as never));
      const alert = screen.getByRole('alert');
      expect(alert).toBeEmptyDOMElement();
      // Editing another field leaves it alone.
      const other = screen.getByLabelText(
        label === 'New password' ? 'Verification code' : 'Confirm new password',
      );
      await user.type(other, '{Backspace}');
      expect(input).toHaveAccessibleDescription(
        expect.stringContaining(t(`errors.${key}` as never).slice(0, 20)),
      );
      // One Backspace in the field itself: the server's verdict no longer describes it.
      await user.type(input, '{Backspace}');
      expect(alert).toBeEmptyDOMElement();
      expect(input).not.toHaveAccessibleDescription(
        expect.stringContaining(t(`errors.${key}` as never).slice(0, 20)),
      );
      await user.type(input, label === 'New password' ? '?' : '6');
      expect(alert).toBeEmptyDOMElement();
    },
  );

  it('a form-level error is announced once and not re-worded while the user types', async () => {
    const transport = await pool({
      fail: failing('ConfirmForgotPassword', 'InternalErrorException', 'req-9'),
    });
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    await fill(user);
    await user.click(submitButton());
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('req-9'));
    const text = alert.textContent;
    await user.type(screen.getByLabelText('Verification code'), '{Backspace}7');
    expect(alert.textContent).toBe(text);
  });
});

describe('2. errors are described for the operation that failed', () => {
  it.each<[string, RegExp]>([
    ['LimitExceededException', /Too many new codes were requested\. You can request another in 60 seconds\./],
    ['NetworkError', /We couldn’t connect/],
    [
      'InvalidParameterException',
      /We can’t send a code to this account\. Please contact support\. \(Reference: req-r\)/,
    ],
    ['CodeDeliveryFailureException', /We couldn’t send a code just now/],
  ])(
    'a resend failing with %s shows its own message in the alert, beside a code error',
    async (code, text) => {
      const memory = await pool({ fail: failing('ConfirmForgotPassword', 'CodeMismatchException') });
      const transport: ResetTransport = {
        confirmForgotPassword: (i, o) => memory.confirmForgotPassword(i, o),
        forgotPassword: async () => {
          throw new CognitoError({ code, requestId: 'req-r' });
        },
      };
      const user = userEvent.setup();
      let last!: ConfirmForgotPasswordResult;
      const { container } = render(
        <Harness transport={transport} username="alice" resendCooldownSeconds={0} spy={(r) => (last = r)} />,
      );
      await fill(user);
      await user.click(submitButton());
      await waitFor(() =>
        expect(screen.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true'),
      );
      await user.click(resendButton());
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
      expect(screen.getByRole('alert')).not.toHaveTextContent('password');
      // The code error stays where it was; the resend has its own status and error.
      expect(screen.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
      expect(last.resendStatus).toBe('error');
      expect(last.resendError?.code).toBe(code);
      expect(last.error?.code).toBe('CodeMismatchException');
      expect(container.querySelector('form')).toHaveAttribute('data-state', 'error');
      // A throttled resend blocks the resend only: the code already delivered still works.
      expect(submitButton()).toBeEnabled();
    },
  );

  it('a throttled resend leaves submit working: the delivered code still resets the password', async () => {
    const transport = await pool({ fail: failing('ForgotPassword', 'LimitExceededException') });
    const user = userEvent.setup();
    let last!: ConfirmForgotPasswordResult;
    render(
      <Harness transport={transport} username="alice" resendCooldownSeconds={0} spy={(r) => (last = r)} />,
    );
    await user.click(resendButton());
    await waitFor(() => expect(last.resendStatus).toBe('error'));
    expect(resendButton()).toBeDisabled();
    expect(last.resendAvailableIn).toBe(60);
    expect(last.status).toBe('idle');
    await fill(user);
    expect(submitButton()).toBeEnabled();
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Password reset for alice');
  });

  it('a resend that fails with UserNotFoundException marks the username the user typed', async () => {
    const transport = await pool({ fail: failing('ForgotPassword', 'UserNotFoundException') });
    const user = userEvent.setup();
    render(<Harness transport={transport} resendCooldownSeconds={0} />);
    await user.type(screen.getByLabelText('Username'), 'nobody');
    await user.click(resendButton());
    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(username).toHaveAccessibleDescription(t('errors.cannotSendToUsername'));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('onEvent reports a failed resend with its field and action', async () => {
    const transport = await pool({ fail: failing('ForgotPassword', 'InvalidParameterException') });
    const onEvent = vi.fn();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" resendCooldownSeconds={0} onEvent={onEvent} />);
    await user.click(resendButton());
    await waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith({
        type: 'resendFailed',
        code: 'InvalidParameterException',
        field: 'form',
        action: 'contactSupport',
      }),
    );
  });
});

describe('3. one request per intent', () => {
  it('two resend() calls in one task send one ForgotPassword, when the form asks for the username', async () => {
    const transport = await pool({ latencyMs: 50 });
    const user = userEvent.setup();
    let last!: ConfirmForgotPasswordResult;
    render(<Harness transport={transport} resendCooldownSeconds={0} spy={(r) => (last = r)} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    const before = count(transport, 'ForgotPassword');
    await act(async () => {
      await Promise.all([last.resend(), last.resend()]);
    });
    expect(count(transport, 'ForgotPassword') - before).toBe(1);
  });

  it.each([2, 30])('%i clicks dispatched in one task send one ForgotPassword', async (clicks) => {
    const transport = await pool({ latencyMs: 50 });
    const user = userEvent.setup();
    let last!: ConfirmForgotPasswordResult;
    render(<Harness transport={transport} resendCooldownSeconds={0} spy={(r) => (last = r)} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    const before = count(transport, 'ForgotPassword');
    const button = resendButton();
    act(() => {
      for (let i = 0; i < clicks; i++) button.click();
    });
    await waitFor(() => expect(last.resendStatus).toBe('sent'));
    expect(count(transport, 'ForgotPassword') - before).toBe(1);
  });

  it('a username that fails validation releases the guard: the next resend goes out', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    let last!: ConfirmForgotPasswordResult;
    render(<Harness transport={transport} resendCooldownSeconds={0} spy={(r) => (last = r)} />);
    const before = count(transport, 'ForgotPassword');
    await act(() => last.resend());
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Username'), 'alice');
    await act(() => last.resend());
    expect(count(transport, 'ForgotPassword') - before).toBe(1);
  });

  it('never a resend and a submit at once', async () => {
    const transport = await pool({ latencyMs: 80 });
    const user = userEvent.setup();
    let last!: ConfirmForgotPasswordResult;
    render(
      <Harness transport={transport} username="alice" resendCooldownSeconds={0} spy={(r) => (last = r)} />,
    );
    await fill(user);
    const before = transport.calls.length;
    act(() => {
      submitButton().click();
      resendButton().click();
      void last.resend();
    });
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(transport.calls.slice(before).map((c) => c.operation)).toEqual(['ConfirmForgotPassword']);
    // And the other order: a resend in flight ignores a submit.
  });

  it('a resend in flight ignores a submit', async () => {
    const transport = await pool({ latencyMs: 80 });
    const user = userEvent.setup();
    let last!: ConfirmForgotPasswordResult;
    render(
      <Harness transport={transport} username="alice" resendCooldownSeconds={0} spy={(r) => (last = r)} />,
    );
    await fill(user);
    const before = transport.calls.length;
    act(() => {
      resendButton().click();
      submitButton().click();
    });
    await waitFor(() => expect(last.resendStatus).toBe('sent'));
    expect(transport.calls.slice(before).map((c) => c.operation)).toEqual(['ForgotPassword']);
  });

  it.each(['unmount', 'reset'] as const)(
    '%s aborts every request in flight, each with its own signal',
    async (how) => {
      const signals: AbortSignal[] = [];
      const never = (signal?: AbortSignal) =>
        new Promise<never>((_, reject) => {
          signals.push(signal!);
          signal!.addEventListener('abort', () => reject(new CognitoError({ code: 'AbortError' })));
        });
      const transport: ResetTransport = {
        forgotPassword: (_, o) => never(o?.signal),
        confirmForgotPassword: (_, o) => never(o?.signal),
      };
      const onError = vi.fn();
      const user = userEvent.setup();
      let last!: ConfirmForgotPasswordResult;
      const view = render(
        <Harness transport={transport} resendCooldownSeconds={0} onError={onError} spy={(r) => (last = r)} />,
      );
      await user.type(screen.getByLabelText('Username'), 'alice');
      await fill(user);
      // A resend (which validates the username first) and a submit in the same task.
      act(() => {
        void last.resend();
        submitButton().click();
      });
      await waitFor(() => expect(signals.length).toBeGreaterThan(0));
      await act(() => new Promise((r) => setTimeout(r, 20)));
      if (how === 'unmount') view.unmount();
      else act(() => last.reset());
      expect(signals.map((s) => s.aborted)).toEqual([true]);
      if (how === 'reset') {
        // A new request after reset gets a fresh signal; the old answer is nobody's.
        await user.type(screen.getByLabelText('Username'), 'alice');
        await fill(user);
        await user.click(submitButton());
        await waitFor(() => expect(signals).toHaveLength(2));
        expect(signals[1]!.aborted).toBe(false);
        view.unmount();
        expect(signals[1]!.aborted).toBe(true);
      }
      await new Promise((r) => setTimeout(r, 0));
      expect(onError).not.toHaveBeenCalled();
    },
  );
});

describe('4. app callbacks cannot break a reset', () => {
  it.each(['submitted', 'succeeded'])(
    'an onEvent that throws on %s changes nothing; the throw is reported',
    async (type) => {
      const reported = vi.fn();
      vi.stubGlobal('reportError', reported);
      const transport = await pool();
      const boom = new Error('analytics down');
      const onEvent = vi.fn((e: ResetEvent) => {
        if (e.type === type) throw boom;
      });
      const onSuccess = vi.fn();
      const onError = vi.fn();
      const user = userEvent.setup();
      render(
        <Harness
          transport={transport}
          username="alice"
          onEvent={onEvent}
          onSuccess={onSuccess}
          onError={onError}
        />,
      );
      await fill(user);
      await user.click(submitButton());
      expect(await screen.findByRole('status')).toHaveTextContent('Password reset for alice');
      expect(count(transport, 'ConfirmForgotPassword')).toBe(1);
      expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' });
      expect(onError).not.toHaveBeenCalled();
      expect(reported).toHaveBeenCalledWith(boom);
    },
  );

  it('an onSuccess that throws (or rejects) after a real reset fires no failure', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    for (const onSuccess of [
      () => {
        throw new Error('router broke');
      },
      async () => {
        throw new Error('async router broke');
      },
    ]) {
      const transport = await pool();
      const onEvent = vi.fn();
      const onError = vi.fn();
      const user = userEvent.setup();
      const view = render(
        <Harness
          transport={transport}
          username="alice"
          onEvent={onEvent}
          onSuccess={onSuccess}
          onError={onError}
        />,
      );
      await fill(user);
      await user.click(submitButton());
      expect(await screen.findByRole('status')).toBeInTheDocument();
      await waitFor(() => expect(reported).toHaveBeenCalled());
      expect(onError).not.toHaveBeenCalled();
      expect(onEvent.mock.calls.map(([e]) => e.type)).toEqual(['submitted', 'succeeded']);
      view.unmount();
      reported.mockClear();
    }
  });

  it('an onError that throws still shows the error in place', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const transport = await pool({ fail: failing('ConfirmForgotPassword', 'CodeMismatchException') });
    const user = userEvent.setup();
    render(
      <Harness
        transport={transport}
        username="alice"
        onError={() => {
          throw new Error('logger down');
        }}
      />,
    );
    await fill(user);
    await user.click(submitButton());
    await waitFor(() =>
      expect(screen.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(reported).toHaveBeenCalledTimes(1);
  });
});

describe('5. inputs the app passes in', () => {
  it.each(['', '   ', '\n'])('username=%j asks for the username', async (username) => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username={username} />);
    const field = screen.getByLabelText('Username');
    expect(field).not.toHaveAttribute('readonly');
    await user.type(field, 'alice');
    await fill(user);
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Password reset for you');
    expect(transport.calls.at(-1)).toMatchObject({
      operation: 'ConfirmForgotPassword',
      username: 'alice',
      outcome: 'ok',
    });
  });

  it.each([
    ['alice ', 'alice'],
    ['alice\n', 'alice'],
    ['\talice', 'alice'],
    ['e\u0301mile', 'émile'],
  ])('username=%j is sent as %j, as the same text typed would be', async (given, sent) => {
    const transport = await pool();
    await transport.forgotPassword({ username: sent });
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const view = render(<Harness transport={transport} username={given} onSuccess={onSuccess} />);
    await fill(user);
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledWith({ username: sent });
    view.unmount();
    // Typed into the form's own field: the same cleaning.
    const typed = await pool();
    await typed.forgotPassword({ username: sent });
    render(<Harness transport={typed} />);
    fireEvent.input(screen.getByLabelText('Username'), { target: { value: given } });
    await fill(user);
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(typed.calls.at(-1)).toMatchObject({ username: sent, outcome: 'ok' });
  });

  it.each(['al ice', 'bob\u0000', 'x'.repeat(129)])(
    'a given username the kit finds unusable (%j) is a username problem, and nothing is sent',
    async (username) => {
      const transport = await pool();
      const user = userEvent.setup();
      let last!: ConfirmForgotPasswordResult;
      render(
        <Harness
          transport={transport}
          username={username}
          resendCooldownSeconds={0}
          spy={(r) => (last = r)}
        />,
      );
      await fill(user);
      const before = transport.calls.length;
      await user.click(submitButton());
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(t('validation.usernameInvalid')),
      );
      expect(screen.getByRole('alert')).not.toHaveTextContent(/password/i);
      await user.click(resendButton());
      expect(transport.calls.length).toBe(before);
      expect(last.status).toBe('idle');
    },
  );

  it('follows the delivery prop when it arrives after mount', async () => {
    const transport = await pool();
    let last!: ConfirmForgotPasswordResult;
    const view = render(<Harness transport={transport} username="alice" spy={(r) => (last = r)} />);
    expect(last.delivery).toBeUndefined();
    const delivery = { destination: 'a***@e***', medium: 'EMAIL' as const };
    view.rerender(
      <Harness transport={transport} username="alice" delivery={delivery} spy={(r) => (last = r)} />,
    );
    expect(last.delivery).toEqual(delivery);
  });

  it('onSuccess reports the username that was sent; fields are read-only while a request runs', async () => {
    const transport = await pool({ latencyMs: 80 });
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(<Harness transport={transport} onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await fill(user);
    await user.click(submitButton());
    for (const label of ['Username', 'Verification code', 'New password', 'Confirm new password']) {
      await waitFor(() => expect(screen.getByLabelText(label)).toHaveAttribute('readonly'));
    }
    // Even a programmatic change while in flight does not change what is reported.
    fireEvent.input(screen.getByLabelText('Username'), { target: { value: 'mallory' } });
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' });
  });

  it.each([null, undefined])(
    'a transport whose forgotPassword resolves %s has sent a code',
    async (answer) => {
      const memory = await pool();
      const transport: ResetTransport = {
        confirmForgotPassword: (i, o) => memory.confirmForgotPassword(i, o),
        forgotPassword: async () => answer as never,
      };
      const onError = vi.fn();
      const user = userEvent.setup();
      let last!: ConfirmForgotPasswordResult;
      render(
        <Harness
          transport={transport}
          username="alice"
          resendCooldownSeconds={0}
          onError={onError}
          spy={(r) => (last = r)}
        />,
      );
      await user.click(resendButton());
      await waitFor(() => expect(last.resendStatus).toBe('sent'));
      expect(last.resent).toBe(true);
      expect(last.resendError).toBeNull();
      expect(onError).not.toHaveBeenCalled();
      expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    },
  );
});

describe('6. the code field', () => {
  it.each<[string, number | null, string]>([
    ['1234567', 6, '123456'],
    ['123 456 789', 6, '123456'],
    ['１２３４５６７８', 6, '123456'],
    ['12345678', 8, '12345678'],
    ['1234567890123', null, '1234567890123'],
  ])('%j with length %s becomes %j', async (typed, length, value) => {
    const transport = await pool();
    render(<Harness transport={transport} username="alice" code={{ length }} />);
    const code = screen.getByLabelText('Verification code');
    fireEvent.input(code, { target: { value: typed } });
    expect(code).toHaveValue(value);
  });

  it('a seventh typed digit is not accepted', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    const code = screen.getByLabelText('Verification code');
    await user.type(code, '1234567');
    expect(code).toHaveValue('123456');
    await user.click(code);
    await user.paste('654321999');
    expect(code).toHaveValue('123456');
  });

  it.each([/^[0-9]+$/g, /^[0-9]+$/y, /^[0-9]+$/gy])(
    'a pattern with flags (%s) answers the same every time',
    async (pattern) => {
      const transport = await pool({ fail: failing('ConfirmForgotPassword', 'CodeMismatchException') });
      const user = userEvent.setup();
      render(<Harness transport={transport} username="alice" code={{ pattern }} />);
      await fill(user);
      for (let i = 1; i <= 3; i++) {
        await user.click(submitButton());
        await waitFor(() => expect(count(transport, 'ConfirmForgotPassword')).toBe(i));
        await waitFor(() => expect(submitButton()).not.toHaveAttribute('aria-disabled'));
      }
      expect(screen.getByLabelText('Verification code')).not.toHaveAccessibleDescription(
        t('validation.codeFormat'),
      );
    },
  );

  it.each<[object, string]>([
    [{}, 'numeric'],
    [{ characters: 'digits' }, 'numeric'],
    [{ characters: 'alphanumeric' }, 'text'],
    [{ pattern: /^[0-9]{6}$|^[A-Z]{8}$/ }, 'text'],
    [{ pattern: /^[0-9]+$/ }, 'text'],
    [{ pattern: /^[0-9]+$/, inputMode: 'numeric' }, 'numeric'],
    [{ characters: 'alphanumeric', inputMode: 'numeric' }, 'numeric'],
  ])('code %j gets inputMode %s, never guessed from the regex text', async (code, mode) => {
    const transport = await pool();
    render(<Harness transport={transport} username="alice" code={code} />);
    expect(screen.getByLabelText('Verification code')).toHaveAttribute('inputmode', mode);
  });

  it('characters: alphanumeric accepts letters', async () => {
    const transport = await pool({ generateCode: () => 'AB12CD' });
    await transport.forgotPassword({ username: 'alice' });
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" code={{ characters: 'alphanumeric' }} />);
    await fill(user, 'AB12CD');
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toBeInTheDocument();
  });
});

describe('7. props passed to the form', () => {
  it("a consumer's onSubmit that calls preventDefault() does not disable the kit", async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    function App() {
      const r = useConfirmForgotPassword({ transport, username: 'alice', confirmPassword: false });
      if (r.status === 'success') return <p role="status">done</p>;
      return (
        <form {...r.getFormProps({ onSubmit })}>
          <label {...r.getLabelProps('code')}>Verification code</label>
          <input {...r.getCodeProps()} />
          <label {...r.getLabelProps('password')}>New password</label>
          <input {...r.getPasswordProps()} />
          <button {...r.getSubmitProps()}>Reset password</button>
        </form>
      );
    }
    render(<App />);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it.each(['NetworkError', 'LimitExceededException'])(
    'a resend failing with %s leaves status idle',
    async (code) => {
      const transport = await pool({ fail: failing('ForgotPassword', code) });
      const user = userEvent.setup();
      let last!: ConfirmForgotPasswordResult;
      const { container } = render(
        <Harness transport={transport} username="alice" resendCooldownSeconds={0} spy={(r) => (last = r)} />,
      );
      await user.click(resendButton());
      await waitFor(() => expect(last.resendStatus).toBe('error'));
      expect(last.status).toBe('idle');
      expect(last.error).toBeNull();
      expect(container.querySelector('form')).toHaveAttribute('data-state', 'idle');
    },
  );
});

describe('9. React correctness', () => {
  it('knows in its first client render that it is hydrated: no effect, no render of its own', async () => {
    const transport = await pool();
    const seen: ConfirmForgotPasswordResult[] = [];
    render(<Harness transport={transport} username="alice" spy={(r) => seen.push(r)} />);
    expect(seen[0]!.hydrated).toBe(true);
    expect(seen[0]!.canSubmit).toBe(true);
    // The first render, and react-hook-form's own "isReady" update (a layout effect in useForm).
    expect(seen).toHaveLength(2);
    expect(submitButton()).toBeEnabled();
  });

  it('keeps resend, reset and the submit handler stable across renders', async () => {
    const transport = await pool();
    const seen: ConfirmForgotPasswordResult[] = [];
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" spy={(r) => seen.push(r)} />);
    await fill(user, '12');
    await user.click(submitButton());
    await waitFor(() => expect(seen.length).toBeGreaterThan(2));
    const first = seen[0]!;
    for (const r of seen) {
      expect(r.resend).toBe(first.resend);
      expect(r.reset).toBe(first.reset);
      expect(r.getFormProps().onSubmit).toBe(first.getFormProps().onSubmit);
    }
  });

  it('the resend cooldown ticks without re-rendering the form', async () => {
    const transport = await pool();
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
      shouldAdvanceTime: true,
    });
    try {
      let renders = 0;
      render(
        <Harness transport={transport} username="alice" resendCooldownSeconds={5} spy={() => renders++} />,
      );
      expect(resendButton()).toHaveTextContent('Resend code in 5');
      const before = renders;
      await act(async () => vi.advanceTimersByTime(3000));
      expect(resendButton()).toHaveTextContent('Resend code in 2');
      expect(renders).toBe(before);
      await act(async () => vi.advanceTimersByTime(2000));
      expect(resendButton()).toBeEnabled();
      // One render when the cooldown ends (the button enables), not one per second.
      expect(renders).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('completes the whole flow under StrictMode: one request each, errors in place, success', async () => {
    const transport = await pool({ latencyMs: 20 });
    const onEvent = vi.fn();
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Harness
          transport={transport}
          username="alice"
          resendCooldownSeconds={0}
          onEvent={onEvent}
          onSuccess={onSuccess}
        />
      </StrictMode>,
    );
    const before = transport.calls.length;
    await fill(user, '654321');
    await user.click(submitButton());
    const code = screen.getByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await user.click(resendButton());
    await waitFor(() => expect(code).not.toHaveAttribute('aria-invalid'));
    await waitFor(() => expect(code).toHaveFocus());
    await user.clear(code);
    await user.type(code, '123456');
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Password reset for alice');
    expect(transport.calls.slice(before).map((c) => [c.operation, c.outcome])).toEqual([
      ['ConfirmForgotPassword', 'CodeMismatchException'],
      ['ForgotPassword', 'ok'],
      ['ConfirmForgotPassword', 'ok'],
    ]);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onEvent.mock.calls.map(([e]) => e.type)).toEqual([
      'submitted',
      'failed',
      'resent',
      'submitted',
      'succeeded',
    ]);
  });
});

describe('issue 16: error wording', () => {
  it('InvalidPasswordException while every rule is green says the policies differ, and warns the developer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const transport = await pool({ fail: failing('ConfirmForgotPassword', 'InvalidPasswordException') });
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    await fill(user);
    await user.click(submitButton());
    const password = screen.getByLabelText('New password');
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        expect.stringContaining(t('errors.passwordPolicyMismatch')),
      ),
    );
    expect(password).not.toHaveAccessibleDescription(expect.stringContaining('doesn’t meet'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`passwordPolicy`'));
  });

  it('InvalidPasswordException for a password that breaks a shown rule keeps the usual wording', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const transport = await pool({ fail: failing('ConfirmForgotPassword', 'InvalidPasswordException') });
    const user = userEvent.setup();
    // The page shows a weaker policy than the password typed would need for "all green" to fail:
    // here the page's own rules are met by NEW, so pass a stricter page policy to break one.
    render(<Harness transport={transport} username="alice" passwordPolicy={{ minimumLength: 8 }} />);
    await fill(user);
    await user.click(submitButton());
    await waitFor(() =>
      expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    [30, 30],
    [90, 90],
  ])(
    'an expired code while resend cools down (%i s) says when a new code can be requested',
    async (cooldown, seconds) => {
      const transport = await pool({ fail: failing('ConfirmForgotPassword', 'ExpiredCodeException') });
      const user = userEvent.setup();
      render(<Harness transport={transport} username="alice" resendCooldownSeconds={cooldown} />);
      await fill(user);
      await user.click(submitButton());
      const code = screen.getByLabelText('Verification code');
      await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
      const description = code.getAttribute('aria-describedby')!;
      const text = document.getElementById(description.split(' ').find((id) => id.endsWith('-error'))!)!
        .textContent!;
      expect(text).toMatch(
        /^This code has expired\. You can request a new code in (\d+) (seconds|minutes?), then enter it here\.$/,
      );
      const shown = Number(text.match(/in (\d+)/)![1]);
      if (seconds < 120) expect(shown).toBeLessThanOrEqual(seconds);
      expect(shown).toBeGreaterThan(0);
    },
  );
});
