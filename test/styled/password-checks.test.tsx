import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfirmResetForm } from '../../src';
import { breachedPasswordCheck } from '../../src/checks';
import { createMemoryTransport, type PasswordCheckDefinition } from '../../src/core';
import { en } from '../../src/i18n/en';
import de from '../../src/i18n/locales/de';

const NEW = 'Brand-new2?';
const BREACHED = 'Breached-Pass1!';

async function pool() {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}
const confirms = (t: { calls: readonly { operation: string }[] }) =>
  t.calls.filter((c) => c.operation === 'ConfirmForgotPassword').length;
/** The password field's own error (not its description, which includes the checklist). */
const passwordError = () => document.getElementById(`${screen.getByLabelText('New password').id}-error`);
const rule = (id: string) => document.querySelector(`[data-rule="${id}"]`) as HTMLElement;

async function fill(user: ReturnType<typeof userEvent.setup>, password = NEW) {
  await user.type(screen.getByLabelText('Verification code'), '123456');
  await user.type(screen.getByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Confirm new password'), password);
}
const submit = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Reset password' }));

/** An asynchronous check whose answers the test gives. */
function deferredCheck(message = 'Checked by the server') {
  const calls: { password: string; signal: AbortSignal; answer: (met: boolean) => void; fail: () => void }[] =
    [];
  const check: PasswordCheckDefinition = {
    id: 'remote',
    message,
    test: (password, { signal }) =>
      new Promise<boolean>((resolve, reject) => {
        calls.push({ password, signal: signal!, answer: resolve, fail: () => reject(new Error('down')) });
      }),
  };
  return { check, calls };
}

// A local fake of the Pwned Passwords range API on 127.0.0.1, padded as the real one is.
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
const server = http.createServer((req, res) => {
  const prefix = /^\/range\/([0-9A-F]{5})$/.exec(req.url ?? '')?.[1] ?? '';
  const lines = [`${'0'.repeat(35)}:0`];
  if (sha1(BREACHED).startsWith(prefix)) lines.push(`${sha1(BREACHED).slice(5)}:1234`);
  res
    .writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' })
    .end(lines.join('\r\n'));
});
let endpoint = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/range/`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('passwordChecks on the drop-in', () => {
  it('a synchronous check joins the checklist after the policy and blocks submit with its message', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const noName: PasswordCheckDefinition = {
      id: 'noName',
      message: 'Does not contain your username',
      test: (password, { username }) => !username || !password.toLowerCase().includes(username),
    };
    render(<ConfirmResetForm transport={transport} username="alice" passwordChecks={[noName]} />);
    const items = () =>
      [...document.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule'));
    expect(items()).toEqual(['minLength', 'uppercase', 'lowercase', 'number', 'symbol', 'noName']);
    await fill(user, 'Alice-Pass1!');
    expect(rule('noName')).not.toHaveAttribute('data-met');
    expect(rule('noName')).toHaveTextContent('Does not contain your username');
    await submit(user);
    await waitFor(() => expect(passwordError()).toHaveTextContent('Does not contain your username'));
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
    expect(confirms(transport)).toBe(0);
  });

  it('an asynchronous check shows pending, never blocks typing, and a failure blocks submit with its message', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { check, calls } = deferredCheck();
    render(<ConfirmResetForm transport={transport} username="alice" passwordChecks={[check]} />);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    const password = screen.getByLabelText('New password') as HTMLInputElement;
    await user.type(password, NEW);
    // Typing went on while the first answer is outstanding.
    expect(password.value).toBe(NEW);
    expect(rule('remote')).toHaveAttribute('data-pending');
    expect(rule('remote')).toHaveTextContent(`(${en.ruleChecking})`);
    expect(calls[0]!.signal.aborted).toBe(true);
    // Submit waits for the check on the password as it stands, then stops on its failure.
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await submit(user);
    await waitFor(() => expect(calls.at(-1)?.password).toBe(NEW));
    await act(async () => calls.at(-1)!.answer(false));
    await waitFor(() => expect(passwordError()).toHaveTextContent('Checked by the server'));
    expect(rule('remote')).not.toHaveAttribute('data-pending');
    expect(rule('remote')).not.toHaveAttribute('data-met');
    expect(confirms(transport)).toBe(0);
  });

  it('a passing asynchronous check lets the reset through', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const { check, calls } = deferredCheck();
    render(<ConfirmResetForm transport={transport} username="alice" passwordChecks={[check]} />);
    await fill(user);
    await submit(user);
    await waitFor(() => expect(calls.at(-1)?.password).toBe(NEW));
    await act(async () => calls.at(-1)!.answer(true));
    await screen.findByRole('heading', { name: en.successHeading });
    expect(confirms(transport)).toBe(1);
  });

  it('a check that throws is shown unavailable, reported, and does not block the reset', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    const onEvent = vi.fn();
    const broken: PasswordCheckDefinition = {
      id: 'broken',
      message: 'rules.strength',
      test: () => Promise.reject(new Error('estimator failed to load')),
    };
    render(
      <ConfirmResetForm transport={transport} username="alice" passwordChecks={[broken]} onEvent={onEvent} />,
    );
    await fill(user);
    await waitFor(() => expect(rule('broken')).toHaveAttribute('data-unavailable'));
    expect(rule('broken')).toHaveTextContent(en.rules.strength);
    expect(rule('broken')).toHaveTextContent(`(${en.ruleUnavailable})`);
    expect(onEvent).toHaveBeenCalledWith({ type: 'checkUnavailable', id: 'broken' });
    await submit(user);
    await screen.findByRole('heading', { name: en.successHeading });
    expect(confirms(transport)).toBe(1);
  });

  it('the breach check against a local range: a breached password is refused, a fresh one goes through', async () => {
    const transport = await pool();
    const user = userEvent.setup();
    render(
      <ConfirmResetForm
        transport={transport}
        username="alice"
        messages={de}
        passwordChecks={[breachedPasswordCheck({ endpoint })]}
      />,
    );
    await user.type(screen.getByLabelText(de.codeLabel), '123456');
    const password = screen.getByLabelText(de.passwordLabel);
    await user.type(password, BREACHED);
    await user.type(screen.getByLabelText(de.confirmPasswordLabel), BREACHED);
    await user.click(screen.getByRole('button', { name: de.submit }));
    await waitFor(() =>
      expect(document.getElementById(`${password.id}-error`)).toHaveTextContent(de.rules.notBreached),
    );
    expect(confirms(transport)).toBe(0);
    await user.clear(password);
    await user.type(password, NEW);
    await user.clear(screen.getByLabelText(de.confirmPasswordLabel));
    await user.type(screen.getByLabelText(de.confirmPasswordLabel), NEW);
    await waitFor(() => expect(rule('notBreached')).toHaveAttribute('data-met'));
    await user.click(screen.getByRole('button', { name: de.submit }));
    await screen.findByRole('heading', { name: de.successHeading });
  });
});
