// Hydration of server-rendered markup: no warning, the same DOM nodes kept, and a form that works
// once hydrated. Runs on React 19 here and on React 18 in vitest.react18.config.ts.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmResetForm } from '../../src';
import { createMemoryTransport } from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/messages';

const NEW = 'Brand-new2?';
const t = createTranslator(en);

async function pool() {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    generateCode: () => '123456',
  });
  await transport.forgotPassword({ username: 'alice' });
  return transport;
}

// The server renderer runs here inside jsdom, so the kit and react-hook-form picked
// useLayoutEffect when their modules loaded; React 18 warns about exactly that, and only that
// (test/styled/ssr.test.tsx renders without a window and asserts a silent server).
function serverRender(element: ReactElement) {
  const said: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void said.push(args.join(' ')));
  try {
    return renderToString(element);
  } finally {
    spy.mockRestore();
    for (const message of said) expect(message).toMatch(/useLayoutEffect does nothing on the server/);
  }
}

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
});

async function hydrate(server: ReactElement, client: ReactElement, { mismatch = false } = {}) {
  container = document.createElement('div');
  container.innerHTML = serverRender(server);
  document.body.appendChild(container);
  const before = {
    form: container.querySelector('form'),
    submit: container.querySelector<HTMLButtonElement>('button[type="submit"]'),
    code: container.querySelector('input[name="code"]'),
  };
  // Read before React touches it: what a user sees until the JavaScript has run.
  const disabledBeforeHydration = before.submit?.disabled;
  const onRecoverableError = vi.fn();
  const errors = vi.spyOn(console, 'error');
  // React 18 also prints a mismatch it reports; the test that provokes one keeps the output clean.
  if (mismatch) errors.mockImplementation(() => {});
  const warnings = vi.spyOn(console, 'warn');
  await act(async () => {
    root = hydrateRoot(container!, client, { onRecoverableError });
  });
  return { before, disabledBeforeHydration, onRecoverableError, errors, warnings };
}

describe('hydrating a server-rendered <ConfirmResetForm>', () => {
  it('hydrates without a warning, keeps the server DOM and enables submit', async () => {
    const transport = await pool();
    const element = <ConfirmResetForm transport={transport} username="alice" />;
    const { before, disabledBeforeHydration, onRecoverableError, errors, warnings } = await hydrate(
      element,
      element,
    );

    // Server markup, untouched by any client code: submit stays disabled until hydrated.
    expect(before.form).toHaveAttribute('method', 'post');
    expect(disabledBeforeHydration).toBe(true);

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    // The very nodes the server sent: React adopted them instead of rendering anew.
    expect(container!.querySelector('form')).toBe(before.form);
    expect(container!.querySelector('input[name="code"]')).toBe(before.code);
    expect(screen.getByRole('button', { name: 'Reset password' })).toBe(before.submit);
    expect(before.submit).toBeEnabled();
  });

  it('completes a reset after hydration', async () => {
    const transport = await pool();
    const onSuccess = vi.fn();
    const element = <ConfirmResetForm transport={transport} username="alice" onSuccess={onSuccess} />;
    const { onRecoverableError, errors, warnings } = await hydrate(element, element);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('heading', { name: t('successHeading') })).toHaveFocus();
    expect(onSuccess).toHaveBeenCalledWith({ username: 'alice' });
    expect(transport.signIn('alice', NEW)).toBe(true);
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('hydrates the form that asks for the username too', async () => {
    const transport = await pool();
    const element = <ConfirmResetForm transport={transport} />;
    const { onRecoverableError, errors, warnings } = await hydrate(element, element);
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Reset password' })).toBeEnabled();
  });

  it('lists extra password checks in the server markup and hydrates them without a mismatch', async () => {
    const transport = await pool();
    const checks = [
      { id: 'noName', message: 'Does not contain your username', test: (p: string) => !p.includes('alice') },
      { id: 'remote', message: 'rules.notBreached', test: async () => true },
    ];
    const element = <ConfirmResetForm transport={transport} username="alice" passwordChecks={checks} />;
    const html = serverRender(element);
    expect(html).toContain('data-rule="noName"');
    expect(html).toContain(en.rules.notBreached);
    const { onRecoverableError, errors, warnings } = await hydrate(element, element);
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(container!.querySelector('[data-rule="remote"]')).toHaveTextContent(en.rules.notBreached);
  });

  it('would notice a mismatch (the checks above are not blind)', async () => {
    const transport = await pool();
    const { onRecoverableError } = await hydrate(
      <ConfirmResetForm transport={transport} username="alice" heading="Server heading" />,
      <ConfirmResetForm transport={transport} username="alice" heading="Client heading" />,
      { mismatch: true },
    );
    expect(onRecoverableError).toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Client heading' })).toBeInTheDocument();
  });
});
