import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ConfirmResetForm } from '../../src';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  CognitoError,
  createMemoryTransport,
  describeError,
  FORGOT_PASSWORD_ERRORS,
} from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/messages';

const NEW = 'Brand-new2?';
const t = createTranslator(en);

async function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
    ...extra,
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

async function fill(user: ReturnType<typeof userEvent.setup>, code = '123456') {
  await user.type(screen.getByLabelText('Verification code'), code);
  await user.type(screen.getByLabelText('New password'), NEW);
  await user.type(screen.getByLabelText('Confirm new password'), NEW);
}

async function noViolations(node: Element) {
  // jsdom has no layout, so contrast is checked in the browser tests, not here. Inside act: axe
  // takes real time, in which the resend countdown ticks and react-query settles; outside act,
  // React would warn about each of those updates.
  let result!: axe.AxeResults;
  await act(async () => {
    result = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

function scanAttributes(container: Element, secrets: string[]) {
  for (const el of container.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      for (const s of secrets) expect(`${attr.name}=${attr.value}`).not.toContain(s);
    }
  }
}

describe('<ConfirmResetForm> drop-in', () => {
  it('completes the happy path and replaces the form with a focused success view', async () => {
    const transport = await pool();
    const onSuccess = vi.fn();
    const onContinue = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm
        transport={transport}
        username="alice"
        delivery={{ destination: 'a***@e***', medium: 'EMAIL' }}
        onSuccess={onSuccess}
        onContinue={onContinue}
      />,
    );
    expect(screen.getByRole('heading', { name: t('heading') })).toBeInTheDocument();
    expect(screen.getByText('We sent a code by email to a***@e***.')).toBeInTheDocument();
    await noViolations(container);
    await fill(user);
    scanAttributes(container, [NEW, '123456']);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const heading = await screen.findByRole('heading', { name: t('successHeading') });
    expect(heading).toHaveFocus();
    expect(container.querySelector('form')).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' });
    scanAttributes(container, [NEW, '123456']);
    await noViolations(container);
    await user.click(screen.getByRole('button', { name: t('continue') }));
    expect(onContinue).toHaveBeenCalled();
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('keeps a known username in a hidden autocomplete=username input', async () => {
    render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const input = screen.getByLabelText('Username');
    expect(input).toHaveAttribute('autocomplete', 'username');
    expect(input).toHaveValue('alice');
    // Visually hidden by an inline style (behaviour, not theme: see the unstyled tests).
    expect(input.closest('[data-slot="username-field"]')).toHaveStyle({ position: 'absolute', width: '1px' });
  });

  it('asks for the username when none is given', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={transport} />);
    await user.type(screen.getByRole('textbox', { name: 'Username' }), 'alice');
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('heading', { name: t('successHeading') })).toBeInTheDocument();
  });

  it('fills the code from a pasted "123 456" and "123-456"', async () => {
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const code = screen.getByLabelText('Verification code') as HTMLInputElement;
    await user.click(code);
    await user.paste('123 456');
    expect(code.value).toBe('123456');
    const slots = code.parentElement!.querySelectorAll('[data-slot="code-slot"]');
    expect(Array.from(slots, (s) => s.textContent).join('')).toBe('123456');
    await user.clear(code);
    await user.paste('123-456');
    expect(code.value).toBe('123456');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('translate', 'no');
    expect(code).not.toHaveAttribute('maxlength');
  });

  it('draws a plain input for codes of unknown length', async () => {
    render(
      <ConfirmResetForm
        transport={await pool()}
        username="alice"
        code={{ length: null, pattern: /^[A-Za-z0-9]+$/ }}
      />,
    );
    const code = screen.getByLabelText('Verification code');
    expect(code.parentElement!.querySelector('[data-slot="code-slot"]')).toBeNull();
    expect(code).toHaveAttribute('inputmode', 'text');
  });

  it('shows and hides the password with a pressed toggle; a click leaves focus in the field', async () => {
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const password = screen.getByLabelText('New password');
    await user.type(password, 'secret');
    const toggle = screen.getByRole('button', { name: `${en.showPassword} (${en.passwordLabel})` });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(password).toHaveAttribute('type', 'text');
    expect(password).toHaveFocus();
    expect(password).not.toHaveAttribute('value');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'password');
  });

  it.each([
    ['Space', ' '],
    ['Enter', '{Enter}'],
  ])('keeps focus on the toggle after %s, so pressing it again toggles back', async (_, key) => {
    const onSubmit = vi.fn();
    const transport = await pool();
    const spy = vi.spyOn(transport, 'confirmForgotPassword');
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={transport} username="alice" onSubmitCapture={onSubmit} />);
    await fill(user);
    const password = screen.getByLabelText('New password');
    const toggle = screen.getByRole('button', { name: `${en.showPassword} (${en.passwordLabel})` });
    toggle.focus();
    await user.keyboard(key);
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(toggle).toHaveFocus();
    await user.keyboard(key);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // Nothing typed into the password, nothing submitted.
    expect(password).toHaveValue(NEW);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(spy).not.toHaveBeenCalled();
  });

  it('names the two toggles after their fields', async () => {
    render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const names = screen
      .getAllByRole('button', { name: new RegExp(`^${en.showPassword}`) })
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      `${en.showPassword} (${en.passwordLabel})`,
      `${en.showPassword} (${en.confirmPasswordLabel})`,
    ]);
    // The fields' own labels still find only the inputs.
    expect(screen.getByLabelText(en.passwordLabel).tagName).toBe('INPUT');
    expect(screen.getByLabelText(en.confirmPasswordLabel).tagName).toBe('INPUT');
  });

  it.each([
    ['••••••', ['•', '•', '•', '•', '•', '•']],
    ['123456', ['1', '2', '3', '4', '5', '6']],
    ['ab', ['a', 'b', '', '', '', '']],
  ])('draws the placeholder %s in the empty slots, never in the input', async (placeholder, drawn) => {
    const user = userEvent.setup();
    const { container: c2 } = render(
      <ConfirmResetForm transport={await pool()} username="alice">
        <ConfirmResetForm.Code inputProps={{ placeholder }} />
      </ConfirmResetForm>,
    );
    const slots = () => [...c2.querySelectorAll('[data-slot="code-slot"]')];
    expect(slots().map((s) => s.textContent)).toEqual(drawn);
    expect(c2.querySelectorAll('[data-slot="code-placeholder"]')).toHaveLength(drawn.filter(Boolean).length);
    // Typed characters replace the placeholder's, slot by slot.
    await user.type(within(c2).getByLabelText('Verification code'), '98');
    expect(
      slots()
        .map((s) => s.textContent)
        .slice(0, 2),
    ).toEqual(['9', '8']);
  });

  it('isolates character ranges in the checklist left to right, in every direction', async () => {
    const { container } = render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const label = (id: string) => container.querySelector(`[data-rule="${id}"] span`)!.textContent;
    // LRI … PDI around each range; the words around it keep the sentence's direction.
    expect(label('uppercase')).toBe(en.rules.uppercase.replace('A–Z', '\u2066A–Z\u2069'));
    expect(label('lowercase')).toBe(en.rules.lowercase.replace('a–z', '\u2066a–z\u2069'));
    expect(label('number')).toBe(en.rules.number.replace('0–9', '\u20660–9\u2069'));
    expect(label('minLength')).toBe(en.rules.minLength({ min: 8 }));
  });

  it('says when Caps Lock is on', async () => {
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const password = screen.getByLabelText('New password');
    await user.click(password);
    await user.keyboard('{CapsLock}A');
    expect(screen.getByText(t('capsLockOn'))).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription(expect.stringContaining(t('capsLockOn')));
  });

  it('lists each rule with an icon and words, not colour alone', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmResetForm
        transport={await pool()}
        username="alice"
        passwordPolicy={{ MinimumLength: 10, RequireSymbols: false }}
      />,
    );
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-rule'))).toEqual([
      'minLength',
      'uppercase',
      'lowercase',
      'number',
    ]);
    expect(items[0]).toHaveTextContent('At least 10 characters (not yet)');
    await user.type(screen.getByLabelText('New password'), 'abcdefghij');
    expect(items[0]).toHaveTextContent('(done)');
    expect(items[0]).toHaveAttribute('data-met', '');
    expect(items[1]).not.toHaveAttribute('data-met');
  });
});

describe('errors in place', () => {
  const codes = [...CONFIRM_FORGOT_PASSWORD_ERRORS, ...CLIENT_ERRORS.filter((c) => c !== 'AbortError')];
  it.each(codes)('%s', async (code) => {
    // The developer hint for a pool whose policy differs from the page's: expected for that code only.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => {
      expect(warn).toHaveBeenCalledTimes(code === 'InvalidPasswordException' ? 1 : 0);
      warn.mockRestore();
    });
    const transport = await pool({
      fail: (op) =>
        op === 'ConfirmForgotPassword'
          ? new CognitoError({ code, status: 400, requestId: 'req-42' })
          : undefined,
    });
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm transport={transport} username="alice" resendCooldownSeconds={0} />,
    );
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    // NEW meets every rule the page shows, so an InvalidPasswordException says the pool's differ.
    const d = describeError(new CognitoError({ code, status: 400, requestId: 'req-42' }), {
      passwordMetPolicy: true,
    });
    const text = t(`errors.${d.messageKey}` as any, d.params);
    await waitFor(() =>
      expect(container.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'error'),
    );
    if (d.field === 'code' || d.field === 'password') {
      const input = screen.getByLabelText(d.field === 'code' ? 'Verification code' : 'New password');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining(text));
      expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    } else {
      expect(screen.getByRole('alert')).toHaveTextContent(text);
    }
    if (d.action === 'wait') {
      // One countdown: the message itself ticks on screen (hidden from assistive technology, which
      // heard the alert once); no second timer anywhere in the form.
      const ticking = container.querySelector('[data-slot="countdown"]');
      expect(ticking).toHaveAttribute('aria-hidden', 'true');
      expect(ticking).toHaveTextContent(text);
      expect(container.querySelectorAll('[data-slot="countdown"]')).toHaveLength(1);
      expect(container).not.toHaveTextContent(t('waitCountdown', { seconds: d.params.seconds! }));
    }
    if (d.action === 'retry' && d.field === 'form')
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveValue(NEW);
    scanAttributes(container, [NEW, '123456']);
    await noViolations(container);
  });

  it.each(FORGOT_PASSWORD_ERRORS)('resend failing with %s shows in the alert', async (code) => {
    let sent = 0;
    // The first ForgotPassword (the one that led to this screen) succeeds; the resend fails.
    const transport = await pool({
      fail: (op) =>
        op === 'ForgotPassword' && sent++ > 0 ? new CognitoError({ code, status: 400 }) : undefined,
    });
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={transport} username="alice" resendCooldownSeconds={0} />);
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    const d = describeError(new CognitoError({ code, status: 400 }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(t(`errors.${d.messageKey}` as any, d.params)),
    );
  });

  it('confirms a resend politely', async () => {
    const user = userEvent.setup();
    render(<ConfirmResetForm transport={await pool()} username="alice" resendCooldownSeconds={0} />);
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    expect(await screen.findByRole('status')).toHaveTextContent('We sent a new code to a***@e***.');
  });

  it('says politely what is in progress, while the buttons keep their names', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmResetForm
        transport={await pool({ latencyMs: 300 })}
        username="alice"
        resendCooldownSeconds={0}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    expect(screen.getByRole('status')).toHaveTextContent(t('resending'));
    expect(screen.getByRole('button', { name: 'Resend code' })).toBeInTheDocument();
    expect(await screen.findByText('We sent a new code to a***@e***.')).toBeInTheDocument();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(screen.getByRole('status')).toHaveTextContent(t('submitting'));
    // Seen as the button's spinner, not as a line under Resend.
    expect(screen.getByRole('status')).toHaveAttribute('data-status', 'submitting');
    expect(
      screen
        .getByRole('button', { name: 'Reset password' })
        .querySelector('[data-slot="spinner"], .rcr-spinner'),
    ).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Reset password' })).toHaveAttribute('aria-disabled', 'true');
    expect(await screen.findByRole('heading', { name: t('successHeading') })).toBeInTheDocument();
  });
});

describe('compound parts and styling', () => {
  it('lays out parts in a custom order, passing props and class names through', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm
        transport={transport}
        username="alice"
        confirmPassword={false}
        role="region"
        aria-label="custom reset"
      >
        <div className="grid">
          <ConfirmResetForm.Password className="pw" data-testid="pw" />
          <ConfirmResetForm.Code label="Code from e-mail" inputProps={{ placeholder: '000000' }} />
        </div>
        <ConfirmResetForm.Policy />
        <ConfirmResetForm.Error />
        <ConfirmResetForm.Submit className="go">Save</ConfirmResetForm.Submit>
      </ConfirmResetForm>,
    );
    expect(screen.getByTestId('pw')).toHaveClass('rcr-field', 'pw');
    expect(screen.getByLabelText('Code from e-mail')).toHaveAttribute('placeholder', '000000');
    // The root's props land on the root element, which stays through the success view.
    expect(screen.getByRole('region', { name: 'custom reset' })).toHaveAttribute('data-slot', 'root');
    await noViolations(container);
    await user.type(screen.getByLabelText('Code from e-mail'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: t('successHeading') })).toBeInTheDocument();
  });

  it('throws a clear error when a part is used outside its root', () => {
    // The throw is the point: keep React's report of it (console.error, and React 18's uncaught
    // error event, which jsdom would print with a stack) out of the run's output.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const silence = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', silence);
    try {
      expect(() => render(<ConfirmResetForm.Code />)).toThrow(
        /ConfirmResetForm\.Code.*must be used inside <ConfirmResetForm>/,
      );
    } finally {
      window.removeEventListener('error', silence);
    }
  });

  it('names the language of a catalogue it is given, and leaves built-in English to the page', async () => {
    const { default: ar } = await import('../../src/i18n/locales/ar');
    const { container, rerender } = render(<ConfirmResetForm transport={await pool()} username="alice" />);
    const root = container.querySelector('[data-slot="root"]')!;
    expect(root).not.toHaveAttribute('lang');
    expect(root).toHaveAttribute('dir', 'ltr');
    rerender(<ConfirmResetForm transport={await pool()} username="alice" messages={ar} />);
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    // A partial override merged over English names no language.
    rerender(<ConfirmResetForm transport={await pool()} username="alice" messages={{ submit: 'Save' }} />);
    expect(root).not.toHaveAttribute('lang');
  });

  it('unstyled renders no kit class names, but keeps data attributes', async () => {
    const { container } = render(<ConfirmResetForm transport={await pool()} username="alice" unstyled />);
    expect(container.querySelector('[class*="rcr"]')).toBeNull();
    expect(container.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'idle');
    expect(container.querySelector('[data-slot="submit"]')).toBeInTheDocument();
  });

  it('data attributes are present or absent, never "false"', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConfirmResetForm transport={await pool()} username="alice" />);
    await user.type(screen.getByLabelText('New password'), 'ab');
    for (const el of container.querySelectorAll('*')) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('data-')) expect(attr.value).not.toBe('false');
      }
    }
  });
});

describe('a resend has its own status and error (drop-in)', () => {
  // A pool whose ForgotPassword fails with `code` once the first code has been sent.
  async function throttled(code: string) {
    let armed = false;
    const transport = await pool({
      fail: (op) =>
        armed && op === 'ForgotPassword' ? new CognitoError({ code, requestId: 'req-7' }) : undefined,
    });
    armed = true;
    return transport;
  }

  it.each(['NetworkError', 'LimitExceededException', 'InvalidParameterException'])(
    'a resend failing with %s shows its message in the alert, and the root stays idle',
    async (code) => {
      const transport = await throttled(code);
      const user = userEvent.setup();
      const { container } = render(
        <ConfirmResetForm transport={transport} username="alice" resendCooldownSeconds={0} />,
      );
      await user.click(screen.getByRole('button', { name: 'Resend code' }));
      const d = describeError(new CognitoError({ code, requestId: 'req-7' }), {
        operation: 'forgotPassword',
      });
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(t(`errors.${d.messageKey}` as any, d.params)),
      );
      expect(screen.getByRole('alert')).toHaveFocus();
      expect(container.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'idle');
      // "Try again" submits the form: it is offered for a failed reset, never for a failed resend.
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      // The throttle blocks the resend alone.
      expect(screen.getByRole('button', { name: 'Reset password' })).toBeEnabled();
    },
  );

  it('a throttled resend counts down on the resend button, not on the reset', async () => {
    const transport = await throttled('LimitExceededException');
    const user = userEvent.setup();
    render(
      <ConfirmResetForm
        transport={transport}
        username="alice"
        resendCooldownSeconds={0}
        retryAfterMs={30_000}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    const resend = await screen.findByRole('button', { name: /Resend code in \d+ s/ });
    expect(resend).toBeDisabled();
    expect(screen.queryByText(/You can try again in/)).toBeNull();
  });
});
