import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { type CodeDelivery, CognitoError, createMemoryTransport, type ResetTransport } from '../../src/core';
import {
  type ConfirmForgotPasswordResult,
  type ResetEvent,
  type UseConfirmForgotPasswordOptions,
  useConfirmForgotPassword,
} from '../../src/headless';
import * as harness from './harness';
import { Harness } from './harness';

const NEW = 'Brand-new2?';

async function pool(latencyMs = 0, fail?: Parameters<typeof createMemoryTransport>[0]['fail']) {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
    latencyMs,
    fail,
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Verification code'), '123456');
  await user.type(screen.getByLabelText('New password'), NEW);
  await user.type(screen.getByLabelText('Confirm new password'), NEW);
}

const confirms = (t: { calls: readonly { operation: string }[] }) =>
  t.calls.filter((c) => c.operation === 'ConfirmForgotPassword').length;

describe('one request at a time', () => {
  it('a double click sends one request', async () => {
    const transport = await pool(600);
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    await fill(user);
    await user.dblClick(screen.getByRole('button', { name: 'Reset password' }));
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(confirms(transport)).toBe(1);
  });

  it('Enter pressed again and again sends one request', async () => {
    const transport = await pool(600);
    const user = userEvent.setup();
    render(<Harness transport={transport} username="alice" />);
    await fill(user);
    await user.keyboard('{Enter}{Enter}{Enter}{Enter}');
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(confirms(transport)).toBe(1);
  });

  it('unmounting mid-request aborts the request and ignores the late answer', async () => {
    const memory = await pool(200);
    let signal: AbortSignal | undefined;
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const transport: ResetTransport = {
      forgotPassword: (i, o) => memory.forgotPassword(i, o),
      confirmForgotPassword: (i, o) => {
        signal = o?.signal;
        return memory.confirmForgotPassword(i, o);
      },
    };
    const user = userEvent.setup();
    const view = render(
      <Harness transport={transport} username="alice" onSuccess={onSuccess} onError={onError} />,
    );
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(signal).toBeDefined());
    view.unmount();
    expect(signal!.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('isolation from the app', () => {
  it('ignores the app QueryClient defaults and global callbacks', async () => {
    const transport = await pool(0, (op) =>
      op === 'ConfirmForgotPassword'
        ? new CognitoError({ code: 'InternalErrorException', status: 500 })
        : undefined,
    );
    const cacheSpy = vi.fn();
    const app = new QueryClient({
      defaultOptions: { mutations: { retry: 3, retryDelay: 0 } },
      mutationCache: new MutationCache({ onError: cacheSpy, onMutate: cacheSpy, onSuccess: cacheSpy }),
    });
    const user = userEvent.setup();
    let last: ConfirmForgotPasswordResult | undefined;
    render(
      <QueryClientProvider client={app}>
        <Harness transport={transport} username="alice" spy={(r) => (last = r)} />
      </QueryClientProvider>,
    );
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(last?.status).toBe('error'));
    await new Promise((r) => setTimeout(r, 50));
    expect(confirms(transport)).toBe(1);
    expect(cacheSpy).not.toHaveBeenCalled();
    expect(app.getMutationCache().getAll()).toHaveLength(0);
  });

  it('a new transport object on every render still works', async () => {
    const memory = await pool();
    const user = userEvent.setup();
    function App() {
      const [, force] = useState(0);
      // A fresh object each render, as an app that creates it inline would pass.
      const transport: ResetTransport = {
        forgotPassword: (i, o) => memory.forgotPassword(i, o),
        confirmForgotPassword: (i, o) => memory.confirmForgotPassword(i, o),
      };
      return (
        <Harness
          transport={transport}
          username="alice"
          extra={
            <button type="button" onClick={() => force((n) => n + 1)}>
              rerender
            </button>
          }
        />
      );
    }
    render(<App />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'rerender' }));
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(memory.signIn('alice', NEW)).toBe(true);
  });
});

describe('secrets', () => {
  it('no password or code ever sits in a DOM attribute: typing, error, success', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { container } = render(<Harness transport={transport} username="alice" />);
    const scan = () => {
      for (const el of container.querySelectorAll('*')) {
        for (const attr of Array.from(el.attributes)) {
          expect(attr.value).not.toContain(NEW);
          expect(attr.value).not.toContain('123456');
          expect(attr.value).not.toContain('654321');
        }
      }
    };
    await user.type(screen.getByLabelText('Verification code'), '654321');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    scan();
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true'),
    );
    scan();
    await user.clear(screen.getByLabelText('Verification code'));
    await user.type(screen.getByLabelText('Verification code'), '123456');
    scan();
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('status');
    scan();
  });
});

describe('prop getters', () => {
  it('merge consumer props and handlers instead of replacing them', async () => {
    const transport = await pool();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    const onSubmit = vi.fn();
    function Custom() {
      const r = useConfirmForgotPassword({ transport, username: 'alice' });
      return (
        <form {...r.getFormProps({ onSubmit, className: 'mine' })} aria-label="custom">
          <input
            {...r.getCodeProps({ onChange, onBlur, className: 'code', 'aria-describedby': 'hint' })}
            aria-label="Code"
          />
          <p id="hint">hint</p>
          <button {...r.getSubmitProps()}>go</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Custom />);
    const code = screen.getByLabelText('Code');
    await user.type(code, '12 3');
    expect(onChange).toHaveBeenCalled();
    expect(code).toHaveValue('123');
    expect(code).toHaveClass('code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    await user.tab();
    expect(onBlur).toHaveBeenCalled();
    expect(code).toHaveAccessibleDescription(expect.stringContaining('hint'));
    await user.click(screen.getByRole('button', { name: 'go' }));
    expect(onSubmit).toHaveBeenCalled();
    const form = screen.getByRole('form', { name: 'custom' });
    expect(form).toHaveClass('mine');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('novalidate');
    // The kit's own submit still ran: the code is too short, so the field is now invalid.
    expect(code).toHaveAttribute('aria-invalid', 'true');
  });

  it('password fields never go to spell check or autocorrect', async () => {
    const transport = await pool();
    render(<Harness transport={transport} username="alice" />);
    for (const name of ['New password', 'Confirm new password']) {
      const input = screen.getByLabelText(name);
      expect(input).toHaveAttribute('type', 'password');
      expect(input).toHaveAttribute('autocomplete', 'new-password');
      expect(input).toHaveAttribute('spellcheck', 'false');
      expect(input).toHaveAttribute('autocapitalize', 'none');
      expect(input).toHaveAttribute('autocorrect', 'off');
    }
    const username = screen.getByLabelText('Username');
    expect(username).toHaveAttribute('autocomplete', 'username');
    expect(username).toHaveValue('alice');
  });
});

describe('types', () => {
  it('options and result are typed', () => {
    expectTypeOf<UseConfirmForgotPasswordOptions['transport']>().toEqualTypeOf<ResetTransport>();
    expectTypeOf<UseConfirmForgotPasswordOptions['delivery']>().toEqualTypeOf<CodeDelivery | undefined>();
    expectTypeOf<ConfirmForgotPasswordResult['status']>().toEqualTypeOf<
      'idle' | 'submitting' | 'success' | 'error'
    >();
    expectTypeOf<ConfirmForgotPasswordResult['error']>().toEqualTypeOf<CognitoError | null>();
    expectTypeOf<ConfirmForgotPasswordResult['resend']>().returns.resolves.toBeVoid();
    expectTypeOf<ResetEvent>().toHaveProperty('type');
    expectTypeOf<Extract<ResetEvent, { type: 'failed' }>>().not.toHaveProperty('password' as never);
    expectTypeOf(useConfirmForgotPassword).parameter(0).toEqualTypeOf<UseConfirmForgotPasswordOptions>();
  });
});

describe('render cost', () => {
  it('a keystroke in the password field re-renders the checklist, not the form', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    let formRenders = 0;
    render(<Harness transport={transport} username="alice" spy={() => formRenders++} />);
    const password = screen.getByLabelText('New password');
    await user.click(password);
    const before = formRenders;
    harness.resetChecklistRenders();
    await user.keyboard('abcdefgh');
    expect(formRenders - before).toBe(0);
    // One render per key; a key that flips a rule ("a": lowercase, "h": length) runs the checklist
    // once more within the same render, to keep its announcement in state (no extra commit).
    expect(harness.checklistRenders).toBe(8 + 2);
  });

  it('once both password fields were left, a keystroke that changes no verdict still spares the form', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    let formRenders = 0;
    render(<Harness transport={transport} username="alice" spy={() => formRenders++} />);
    const password = screen.getByLabelText('New password');
    const confirm = screen.getByLabelText('Confirm new password');
    await user.type(password, 'abc');
    await user.type(confirm, 'xyz');
    await user.click(password);
    // Both fields are touched and invalid; typing more keeps the same errors on screen.
    const before = formRenders;
    await user.keyboard('def');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(formRenders - before).toBe(0);
  });
});
