// The parts' public surface: refs (React 18 and 19: this file runs in both projects), one root
// element per part that takes the consumer's props, asChild composition, visually-hidden text that
// holds without the theme, and compound mode (children once, no silently dropped props).

import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type ButtonHTMLAttributes,
  createRef,
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  useEffect,
  version,
} from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeInput, ConfirmResetForm } from '../../src';
import { CognitoError, createMemoryTransport } from '../../src/core';
import { en } from '../../src/i18n/en';

const NEW = 'Brand-new2?';
const react19 = version.startsWith('19');

async function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
    ...extra,
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

// What every part is given, and where it must land.
function probe(name: string, ref: RefObject<HTMLElement | null>) {
  return {
    id: `mine-${name}`,
    className: `mine-${name}`,
    style: { outlineColor: 'rgb(1, 2, 3)' },
    'data-probe': name,
    'aria-label': `probe ${name}`,
    ref,
  } as const;
}

function expectLanded(el: Element | null, name: string, ref: RefObject<HTMLElement | null>) {
  expect(el, name).not.toBeNull();
  expect(el!.id, name).toBe(`mine-${name}`);
  expect(el, name).toHaveClass(`mine-${name}`);
  expect((el as HTMLElement).style.outlineColor, name).toBe('rgb(1, 2, 3)');
  expect(el, name).toHaveAttribute('data-probe', name);
  expect(el, name).toHaveAttribute('aria-label', `probe ${name}`);
  expect(ref.current, name).toBe(el);
}

describe('every part takes id, className, style, data-*, aria-* and ref on its one root element', () => {
  it('the root and each part of the form', async () => {
    const refs = Object.fromEntries(
      [
        'root',
        'username',
        'code',
        'password',
        'confirm',
        'policy',
        'error',
        'submit',
        'resend',
        'delivery',
      ].map((n) => [n, createRef<HTMLElement>()]),
    ) as Record<string, RefObject<HTMLElement | null>>;
    const p = (n: string) => probe(n, refs[n]!) as any;
    const { container } = render(
      <ConfirmResetForm transport={await pool()} {...p('root')}>
        <ConfirmResetForm.Username {...p('username')} />
        <ConfirmResetForm.DeliveryHint {...p('delivery')} />
        <ConfirmResetForm.Code {...p('code')} />
        <ConfirmResetForm.Password {...p('password')} />
        <ConfirmResetForm.Policy {...p('policy')} />
        <ConfirmResetForm.ConfirmPassword {...p('confirm')} />
        <ConfirmResetForm.Error {...p('error')} />
        <ConfirmResetForm.Submit {...p('submit')} />
        <ConfirmResetForm.Resend {...p('resend')} />
      </ConfirmResetForm>,
    );
    const at = (slot: string) => container.querySelector(`[data-slot="${slot}"]`);
    expectLanded(at('root'), 'root', refs.root!);
    expectLanded(at('username-field'), 'username', refs.username!);
    expectLanded(at('delivery'), 'delivery', refs.delivery!);
    expectLanded(at('code-field'), 'code', refs.code!);
    expectLanded(at('password-field'), 'password', refs.password!);
    expectLanded(at('policy'), 'policy', refs.policy!);
    expectLanded(at('confirmPassword-field'), 'confirm', refs.confirm!);
    expectLanded(at('error-box'), 'error', refs.error!);
    expectLanded(at('submit'), 'submit', refs.submit!);
    expectLanded(at('resend'), 'resend', refs.resend!);
    // Nothing of the consumer's leaks onto a second element.
    for (const name of Object.keys(refs)) {
      expect(container.querySelectorAll(`[data-probe="${name}"]`), name).toHaveLength(1);
      expect(container.querySelectorAll(`.mine-${name}`), name).toHaveLength(1);
    }
  });

  it('the root element stays the same through the success view', async () => {
    const rootRef = createRef<HTMLDivElement>();
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={await pool()} username="alice" ref={rootRef} confirmPassword={false}>
        <ConfirmResetForm.Code />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Submit />
      </ConfirmResetForm>,
    );
    const root = rootRef.current;
    expect(root).toHaveAttribute('data-slot', 'root');
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('heading', { name: en.successHeading });
    expect(rootRef.current).toBe(root);
    expect(root).toHaveAttribute('data-state', 'success');
  });

  it('the Success part itself', async () => {
    const ref = createRef<HTMLElement>();
    const user = userEvent.setup();
    // A layout of the app's own around the hook's context: Success is a part like the others.
    const { ConfirmForgotPasswordProvider, useConfirmForgotPassword } = await import('../../src');
    const transport = await pool();
    function Shell() {
      const r = useConfirmForgotPassword({ transport, username: 'alice', confirmPassword: false });
      return (
        <ConfirmForgotPasswordProvider value={r}>
          <form {...r.getFormProps()}>
            <ConfirmResetForm.Code />
            <ConfirmResetForm.Password />
            <ConfirmResetForm.Submit />
          </form>
          <ConfirmResetForm.Success {...(probe('success', ref) as any)} />
        </ConfirmForgotPasswordProvider>
      );
    }
    const { container } = render(<Shell />);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('heading', { name: en.successHeading });
    expectLanded(container.querySelector('[data-slot="success"]'), 'success', ref);
  });

  it('Policy keeps the consumer id', async () => {
    render(
      <ConfirmResetForm transport={await pool()} username="alice">
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Policy id="my-policy" />
      </ConfirmResetForm>,
    );
    expect(document.getElementById('my-policy')).toHaveAttribute('data-slot', 'policy');
    // And the password is described by the list under the id it really carries.
    expect(screen.getByLabelText('New password').getAttribute('aria-describedby')?.split(' ')).toContain(
      'my-policy',
    );
  });
});

describe('the root', () => {
  it.each([
    ['no id (control)', undefined],
    ['an id', 'my-reset'],
    ['an id shaped like the kit’s', 'form'],
  ])('with %s, "Try again" still submits the form', async (_, id) => {
    let calls = 0;
    const transport = await pool({
      fail: (op) =>
        op === 'ConfirmForgotPassword' && calls++ === 0
          ? new CognitoError({ code: 'InternalErrorException', status: 500 })
          : undefined,
    });
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    const { container } = render(
      <ConfirmResetForm transport={transport} username="alice" id={id} onSuccess={onSuccess} />,
    );
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const retry = await screen.findByRole('button', { name: en.retry });
    if (id) expect(container.querySelector('[data-slot="root"]')).toHaveAttribute('id', id);
    // "Try again" names the form by the hook's id: the form must carry it.
    expect(document.getElementById(retry.getAttribute('form')!)?.tagName).toBe('FORM');
    await user.click(retry);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' }));
  });

  it.each([
    ['without .Resend', false],
    ['with .Resend', true],
  ])('announces the submit in progress in a layout %s', async (_, withResend) => {
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={await pool({ latencyMs: 200 })} username="alice" confirmPassword={false}>
        <ConfirmResetForm.Code />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Submit />
        {withResend && <ConfirmResetForm.Resend />}
      </ConfirmResetForm>,
    );
    // The status region is in the document before it speaks.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(screen.getByRole('status')).toHaveTextContent(en.submitting);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await screen.findByRole('heading', { name: en.successHeading });
  });
});

describe('refs', () => {
  it('a CodeInput ref is attached once, not on every render', async () => {
    const ref = vi.fn();
    const user = userEvent.setup();
    render(<CodeInput ref={ref} aria-label="code" />);
    // Each character re-renders the slots.
    await user.type(screen.getByLabelText('code'), '1234');
    expect(ref).toHaveBeenCalledTimes(1);
    expect(ref).toHaveBeenCalledWith(screen.getByLabelText('code'));
  });

  it('(control) an object ref and a callback ref both see the CodeInput, and let go on unmount', () => {
    const object = createRef<HTMLInputElement>();
    const seen: (HTMLInputElement | null)[] = [];
    function Both() {
      return (
        <>
          <CodeInput ref={object} aria-label="a" />
          <CodeInput ref={(el) => void seen.push(el)} aria-label="b" />
        </>
      );
    }
    const { unmount } = render(<Both />);
    expect(object.current).toBe(screen.getByLabelText('a'));
    expect(seen).toEqual([screen.getByLabelText('b')]);
    unmount();
    expect(object.current).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });

  it.skipIf(!react19)('honours a React 19 ref cleanup: it runs once, and the ref never sees null', () => {
    const calls: (HTMLInputElement | null)[] = [];
    const cleanup = vi.fn();
    const ref = (el: HTMLInputElement | null) => {
      calls.push(el);
      return cleanup;
    };
    const { rerender, unmount } = render(<CodeInput ref={ref} aria-label="c" />);
    rerender(<CodeInput ref={ref} aria-label="c" placeholder="x" />);
    expect(cleanup).not.toHaveBeenCalled();
    unmount();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeInstanceOf(HTMLInputElement);
  });

  it('a part ref is attached once while the form re-renders', async () => {
    const submit = vi.fn();
    const field = vi.fn();
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={await pool()} username="alice">
        <ConfirmResetForm.Code ref={field} />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Error />
        <ConfirmResetForm.Submit ref={submit} />
      </ConfirmResetForm>,
    );
    await user.type(screen.getByLabelText('Verification code'), '12');
    await user.type(screen.getByLabelText('New password'), 'ab');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit).toHaveBeenCalledWith(screen.getByRole('button', { name: 'Reset password' }));
    expect(field).toHaveBeenCalledTimes(1);
  });
});

// A shadcn/ui-style Button and Input: forwardRef components with their own classes and handlers.
const Button = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { variant?: string }>(
  function Button({ className, variant = 'default', ...props }, ref) {
    return <button ref={ref} className={`btn btn-${variant} ${className ?? ''}`} {...props} />;
  },
);
const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, ...props },
  ref,
) {
  return <input ref={ref} className={`app-input ${className ?? ''}`} {...props} />;
});

describe('asChild: the app’s own button and input stand in for a part’s element', () => {
  it('Submit and Resend as the app’s Button, fields as the app’s Input, through a whole reset', async () => {
    const transport = await pool({ latencyMs: 100 });
    const spy = vi.spyOn(transport, 'forgotPassword');
    const appClick = vi.fn();
    const submitRef = createRef<HTMLButtonElement>();
    const codeRef = createRef<HTMLInputElement>();
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm transport={transport} resendCooldownSeconds={0}>
        <ConfirmResetForm.Username asChild>
          <Input />
        </ConfirmResetForm.Username>
        <ConfirmResetForm.Code asChild inputProps={{ ref: codeRef }}>
          <Input />
        </ConfirmResetForm.Code>
        <ConfirmResetForm.Password asChild>
          <Input data-own="pw" />
        </ConfirmResetForm.Password>
        <ConfirmResetForm.ConfirmPassword asChild>
          <Input />
        </ConfirmResetForm.ConfirmPassword>
        <ConfirmResetForm.Submit asChild ref={submitRef}>
          <Button variant="primary" onClick={appClick}>
            Save
          </Button>
        </ConfirmResetForm.Submit>
        <ConfirmResetForm.Resend asChild>
          <Button variant="link" />
        </ConfirmResetForm.Resend>
      </ConfirmResetForm>,
    );
    for (const label of ['Username', 'Verification code', 'New password', 'Confirm new password']) {
      expect(screen.getByLabelText(label), label).toHaveClass('app-input');
    }
    const code = screen.getByLabelText('Verification code');
    expect(codeRef.current).toBe(code);
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByLabelText('New password')).toHaveAttribute('data-own', 'pw');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveClass('btn', 'btn-primary', 'rcr-submit');
    expect(save).toHaveAttribute('type', 'submit');
    expect(save).toHaveAttribute('data-slot', 'submit');
    expect(submitRef.current).toBe(save);
    // No label given to the app's Button: the catalogue's.
    const resend = screen.getByRole('button', { name: en.resend });
    expect(resend).toHaveClass('btn-link');
    // Typed into the app's inputs, submitted by the app's button: the kit reads it all.
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.click(resend);
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    await screen.findByText(en.resent({ destination: 'a***@e***' }));
    await user.type(code, '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    // The show/hide toggle still drives the app's input.
    await user.click(screen.getByRole('button', { name: `${en.showPassword} (${en.passwordLabel})` }));
    expect(screen.getByLabelText('New password')).toHaveAttribute('type', 'text');
    await user.click(save);
    expect(appClick).toHaveBeenCalledTimes(1);
    // The kit's spinner goes inside the app's button while the request runs.
    expect(save).toHaveAttribute('data-pending');
    expect(save.querySelector('.rcr-spinner')).not.toBeNull();
    expect(save).toHaveTextContent('Save');
    await screen.findByRole('heading', { name: en.successHeading });
    expect(transport.signIn('alice', NEW)).toBe(true);
    expect(container.querySelector('form')).toBeNull();
  });

  it('the app’s onClick calling preventDefault keeps the kit’s resend (both handlers run)', async () => {
    const transport = await pool();
    const spy = vi.spyOn(transport, 'forgotPassword');
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={transport} username="alice" resendCooldownSeconds={0}>
        <ConfirmResetForm.Resend asChild>
          <Button onClick={(e) => e.preventDefault()}>Another code</Button>
        </ConfirmResetForm.Resend>
      </ConfirmResetForm>,
    );
    await user.click(screen.getByRole('button', { name: 'Another code' }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  });

  it('asChild without one element says so', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const silence = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', silence);
    const transport = await pool();
    try {
      expect(() =>
        render(
          <ConfirmResetForm transport={transport} username="alice">
            <ConfirmResetForm.Submit asChild>text is no element</ConfirmResetForm.Submit>
          </ConfirmResetForm>,
        ),
      ).toThrow();
    } finally {
      window.removeEventListener('error', silence);
    }
  });
});

describe('unstyled keeps visually-hidden things hidden', () => {
  const hiddenStyle = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' };
  it.each([
    ['styled', false],
    ['unstyled', true],
  ])('%s: the known username, the checklist’s "(not yet)", the announcers', async (_, unstyled) => {
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm
        transport={await pool({ latencyMs: 100 })}
        username="alice"
        unstyled={unstyled}
        confirmPassword={false}
      />,
    );
    // The username's whole field (label and input) is hidden, not only its input.
    const username = screen.getByLabelText('Username');
    expect(username.closest('[data-slot="username-field"]')).toHaveStyle(hiddenStyle);
    const notYet = screen.getAllByText(`(${en.ruleUnmet})`, { exact: false })[0]!;
    expect(notYet).toHaveStyle(hiddenStyle);
    expect(container.querySelector('[data-slot="policy-announcer"]')).toHaveStyle(hiddenStyle);
    // The visible parts are not hidden.
    expect(screen.getByLabelText('New password').closest('[data-slot="password-field"]')).not.toHaveStyle({
      position: 'absolute',
    });
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    // The submit's progress is said, not shown (the button's spinner shows it).
    expect(screen.getByRole('status')).toHaveTextContent(en.submitting);
    expect(screen.getByRole('status')).toHaveStyle(hiddenStyle);
    await screen.findByRole('heading', { name: en.successHeading });
  });

  it('a consumer style on the hidden username field adds to the hiding', async () => {
    render(
      <ConfirmResetForm transport={await pool()} username="alice" unstyled>
        <ConfirmResetForm.Username style={{ color: 'red' }} />
      </ConfirmResetForm>,
    );
    const field = screen.getByLabelText('Username').closest('[data-slot="username-field"]');
    expect(field).toHaveStyle({ ...hiddenStyle, color: 'rgb(255, 0, 0)' });
  });
});

describe('compound mode', () => {
  it('renders the children once: inside the form, never again on success', async () => {
    const mounts = vi.fn();
    function Tracker({ children }: { children: ReactNode }) {
      useEffect(() => mounts(), []);
      return <p data-testid="app-note">{children}</p>;
    }
    const user = userEvent.setup();
    const onContinue = vi.fn();
    const { container } = render(
      <ConfirmResetForm
        transport={await pool()}
        username="alice"
        confirmPassword={false}
        onContinue={onContinue}
      >
        <Tracker>Need help? Call us.</Tracker>
        <ConfirmResetForm.Code />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Submit />
      </ConfirmResetForm>,
    );
    expect(screen.getByTestId('app-note').closest('form')).not.toBeNull();
    expect(mounts).toHaveBeenCalledTimes(1);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('heading', { name: en.successHeading });
    expect(mounts).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('app-note')).toBeNull();
    expect(container.querySelector('form')).toBeNull();
    // onContinue is honoured in compound mode: the success view is the root's.
    await user.click(screen.getByRole('button', { name: en.continue }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  it('honours continueHref in compound mode', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmResetForm
        transport={await pool()}
        username="alice"
        confirmPassword={false}
        continueHref="/sign-in"
      >
        <ConfirmResetForm.Code />
        <ConfirmResetForm.Password />
        <ConfirmResetForm.Submit />
      </ConfirmResetForm>,
    );
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await act(() => user.click(screen.getByRole('button', { name: 'Reset password' })));
    expect(await screen.findByRole('link', { name: en.continue })).toHaveAttribute('href', '/sign-in');
  });

  it('the types reject heading with children (checked by tsc)', async () => {
    const transport = await pool();
    const el = (
      // @ts-expect-error heading is rejected in compound mode: place your own heading
      <ConfirmResetForm transport={transport} heading="Reset">
        <ConfirmResetForm.Code />
      </ConfirmResetForm>
    );
    expect(el).toBeTruthy();
    // The whole step takes a heading (or null for none).
    const whole = <ConfirmResetForm transport={transport} heading={null} />;
    expect(whole).toBeTruthy();
  });
});
