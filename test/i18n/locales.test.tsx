import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ConfirmResetForm } from '../../src';
import { CognitoError, createMemoryTransport } from '../../src/core';
import { en, type Messages } from '../../src/i18n/en';
import { formatMessage, type Message, type MessageParams } from '../../src/i18n/types';
import { LOCALE_ENTRIES, LOCALES } from './locale-list';

const OLD = 'Old-pass1!';
const NEW = 'Brand-new2?';
const HOUR = 3_600_000;
const DELIVERY = { destination: 'a***@e***', medium: 'EMAIL' } as const;

// Testing Library's text queries and jest-dom's toHaveTextContent collapse every whitespace,
// French no-break spaces included, while accessible names and descriptions keep them.
const collapse = (text: string) => text.replace(/\s+/g, ' ');
const call = (message: Message, params?: MessageParams) => collapse(formatMessage(message, params));
/** The message as a pattern in which any whitespace matches any other. */
const loose = (message: Message, params?: MessageParams) =>
  new RegExp(
    formatMessage(message, params)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
const describing = (message: Message, params?: MessageParams) =>
  expect.stringMatching(loose(message, params));

async function pool(extra: Partial<Parameters<typeof createMemoryTransport>[0]> = {}) {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }],
    generateCode: () => '123456',
    ...extra,
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

async function fill(user: ReturnType<typeof userEvent.setup>, m: Messages, code = '123456') {
  await user.type(screen.getByLabelText(m.codeLabel), code);
  await user.type(screen.getByLabelText(m.passwordLabel), NEW);
  await user.type(screen.getByLabelText(m.confirmPasswordLabel), NEW);
  await user.click(screen.getByRole('button', { name: m.submit }));
}

function root(container: HTMLElement) {
  return container.querySelector('[data-slot="root"]')!;
}

async function noViolations(node: Element) {
  // jsdom has no layout, so contrast is left to the browser tests.
  const result = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

// Every English string the kit could render; none may show, as text or as an accessible name,
// once a catalogue is passed. Single short words ("done") are too common to search for.
const ENGLISH = [
  ...Object.values(en),
  ...Object.values(en.rules),
  ...Object.values(en.validation),
  ...Object.values(en.errors),
].filter((m): m is string => typeof m === 'string' && m.length > 4);

function expectNoEnglish(container: HTMLElement) {
  const shown = [container.textContent ?? ''];
  for (const el of container.querySelectorAll('[aria-label], [title], [placeholder]')) {
    shown.push(
      el.getAttribute('aria-label') ?? '',
      el.getAttribute('title') ?? '',
      el.getAttribute('placeholder') ?? '',
    );
  }
  const text = shown.join('\n');
  for (const english of ENGLISH) expect(text.includes(english), english).toBe(false);
}

describe.each(LOCALE_ENTRIES)('%s', (_tag, m) => {
  it('completes the happy path in the language, with its direction', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm transport={transport} username="alice" delivery={DELIVERY} messages={m} />,
    );
    expect(root(container)).toHaveAttribute('dir', m.dir);
    expect(screen.getByRole('heading', { name: m.heading })).toBeInTheDocument();
    expect(
      screen.getByText(call(m.deliveryEmail, { destination: DELIVERY.destination })),
    ).toBeInTheDocument();
    expect(screen.getByText(call(m.policyTitle))).toBeInTheDocument();
    expect(screen.getByText(call(m.rules.minLength, { min: 8 }))).toBeInTheDocument();
    expect(screen.getByLabelText(m.codeLabel)).toHaveAccessibleDescription(
      describing(m.codeHint, { length: 6 }),
    );
    expect(screen.getByRole('button', { name: loose(m.resendIn, { seconds: 30 }) })).toBeInTheDocument();
    expectNoEnglish(container);
    await fill(user, m);
    expect(await screen.findByRole('heading', { name: m.successHeading })).toHaveFocus();
    expect(screen.getByText(call(m.successBody))).toBeInTheDocument();
    expectNoEnglish(container);
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('says a wrong code is wrong (CodeMismatchException), on the code field', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { container } = render(<ConfirmResetForm transport={transport} username="alice" messages={m} />);
    await fill(user, m, '654321');
    const code = screen.getByLabelText(m.codeLabel);
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(describing(m.errors.codeMismatch));
    expect(transport.calls.at(-1)?.outcome).toBe('CodeMismatchException');
    expectNoEnglish(container);
  });

  it('says an expired code has expired (ExpiredCodeException)', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const transport = await pool({ now: () => clock });
    clock += 2 * HOUR;
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={transport} username="alice" messages={m} resendCooldownSeconds={0} />,
    );
    await fill(user, m);
    const code = screen.getByLabelText(m.codeLabel);
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(expect.stringContaining(call(m.errors.codeExpired))),
    );
    expect(transport.calls.at(-1)?.outcome).toBe('ExpiredCodeException');
  });

  it('says when a new code can be requested when the code expired during the resend cooldown', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const transport = await pool({ now: () => clock });
    clock += 2 * HOUR;
    const user = userEvent.setup();
    render(
      <ConfirmResetForm transport={transport} username="alice" messages={m} resendCooldownSeconds={90} />,
    );
    await fill(user, m);
    const code = screen.getByLabelText(m.codeLabel);
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    // Worded with the seconds left when the error arrived (a little under 90 after typing).
    const texts = Array.from({ length: 90 }, (_, i) => call(m.errors.codeExpiredWait, { seconds: i + 1 }));
    const error = collapse(document.getElementById(`${code.id}-error`)!.textContent!);
    expect(texts).toContain(error);
    expect(error).not.toBe(call(m.errors.codeExpired));
  });

  it('asks to wait after LimitExceededException, with a countdown', async () => {
    const transport = await pool({
      fail: (op) =>
        op === 'ConfirmForgotPassword'
          ? new CognitoError({ code: 'LimitExceededException', status: 400, requestId: 'req-42' })
          : undefined,
    });
    const user = userEvent.setup();
    const { container } = render(
      <ConfirmResetForm transport={transport} username="alice" messages={m} retryAfterMs={10 * 60_000} />,
    );
    await fill(user, m);
    // Ten minutes stay "10 minutes" while the countdown runs, so the text is stable to assert.
    const text = call(m.errors.tooManyAttempts, { seconds: 600, requestId: 'req-42' });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
    const countdown = collapse(container.querySelector('[data-slot="countdown"]')?.textContent ?? '');
    // One countdown: the message itself, re-worded as the seconds run (issue 16).
    const ticks = Array.from({ length: 11 }, (_, i) =>
      call(m.errors.tooManyAttempts, { seconds: 600 - i, requestId: 'req-42' }),
    );
    expect(ticks).toContain(countdown);
    expectNoEnglish(container);
  });
});

describe('Arabic', () => {
  const ar = LOCALES.ar!;

  it('lays the form out right to left and passes axe', async () => {
    const transport = await pool();
    const { container } = render(
      <ConfirmResetForm transport={transport} username="alice" delivery={DELIVERY} messages={ar} />,
    );
    expect(root(container)).toHaveAttribute('dir', 'rtl');
    await noViolations(container);
  });

  it('passes axe with an error showing', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { container } = render(<ConfirmResetForm transport={transport} username="alice" messages={ar} />);
    await fill(user, ar, '654321');
    await waitFor(() => expect(screen.getByLabelText(ar.codeLabel)).toHaveAttribute('aria-invalid', 'true'));
    await noViolations(container);
  });
});
