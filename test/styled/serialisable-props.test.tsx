// The props a Server Component can pass to the drop-ins: `proxyUrl` (the proxy transport built
// inside), `locale` (a shipped catalogue, loaded as its own chunk, never English first) and
// `actions` (two Server Actions; React 19 only) — exactly one of transport / proxyUrl / actions.
// Runs on React 19 here and on React 18 in vitest.react18.config.ts. Requests go to the kit's
// strict local Cognito and its server handler on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactElement, type ReactNode, Suspense, version } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ConfirmResetForm, ForgotPasswordForm, PasswordReset } from '../../src';
import { createMemoryTransport } from '../../src/core';
import { en } from '../../src/i18n/en';
import de from '../../src/i18n/locales/de';
import es from '../../src/i18n/locales/es';
import ja from '../../src/i18n/locales/ja';
import ko from '../../src/i18n/locales/ko';
import ptBR from '../../src/i18n/locales/pt-BR';
import { createResetActions, createResetHandler, toNodeHandler } from '../../src/server';
import { type LocalCognito, startLocalCognito } from '../../src/testing';

const OLD = 'Old-pass1!';
const NEW = 'Brand-new2?';
const REACT_19 = Number(version.split('.')[0]) >= 19;

let cognito: LocalCognito;
let proxy: Server;
let proxyUrl: string;
beforeAll(async () => {
  cognito = await startLocalCognito({
    users: ['alice', 'bob', 'carol', 'dan'].map((name) => ({
      username: name,
      password: OLD,
      email: `${name}@example.com`,
    })),
    clients: [{ clientId: 'server', clientSecret: 'shh-server-only' }],
  });
  proxy = createServer(
    toNodeHandler(
      createResetHandler({ clientId: 'server', clientSecret: 'shh-server-only', endpoint: cognito.endpoint }),
    ),
  );
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/reset`;
});
afterAll(async () => {
  await new Promise((done) => proxy.close(done));
  await cognito.stop();
});

const actions = () =>
  createResetActions({ clientId: 'server', clientSecret: 'shh-server-only', endpoint: cognito.endpoint });

/** Catches what a drop-in throws while rendering, as an app's error boundary would. */
class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? (
      <p role="note">{`${this.state.error.name}: ${this.state.error.message}`}</p>
    ) : (
      this.props.children
    );
  }
}

/** What `element` throws on its first render (React logs caught errors: kept out of the output). */
async function thrown(element: ReactElement) {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    render(<Boundary>{element}</Boundary>);
    return (await screen.findByRole('note')).textContent;
  } finally {
    spy.mockRestore();
  }
}

describe('exactly one of transport, proxyUrl and actions', () => {
  const transport = createMemoryTransport({ users: [] });
  const unused = createResetActions({ clientId: 'server', endpoint: 'http://127.0.0.1:9/' });
  // Props as plain JavaScript (or a cast) could pass them; the types reject each of these.
  const drop = { PasswordReset, ForgotPasswordForm, ConfirmResetForm } as Record<
    string,
    (p: object) => ReactNode
  >;
  it.each([
    ['PasswordReset', 'none', {}],
    ['PasswordReset', 'transport and proxyUrl', { transport, proxyUrl: '/r' }],
    ['ForgotPasswordForm', 'none', {}],
    ['ForgotPasswordForm', 'proxyUrl and actions', { proxyUrl: '/r', actions: unused }],
    ['ConfirmResetForm', 'none', { username: 'alice' }],
    [
      'ConfirmResetForm',
      'transport and proxyUrl and actions',
      { transport, proxyUrl: '/r', actions: unused },
    ],
  ])('<%s> with %s throws a TypeError naming what it got', async (component, got, props) => {
    const Drop = drop[component]!;
    const text = await thrown(<Drop {...props} />);
    expect(text).toContain('TypeError');
    expect(text).toContain(`<${component}>: pass exactly one of transport, proxyUrl or actions`);
    expect(text).toContain(got === 'none' ? 'got none' : `got ${got}`);
  });
});

describe('proxyUrl', () => {
  it('builds the proxy transport itself: the whole flow through the server handler', async () => {
    const user = userEvent.setup();
    render(<PasswordReset proxyUrl={proxyUrl} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.click(screen.getByRole('button', { name: en.requestSubmit }));
    expect(await screen.findByText('We sent a code by email to a***@e***.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Verification code'), cognito.pool.pendingCode('alice')!);
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: en.submit }));
    expect(await screen.findByRole('heading', { name: en.successHeading })).toBeInTheDocument();
    expect(cognito.pool.signIn('alice', NEW)).toBe(true);
    expect(cognito.pool.signIn('alice', OLD)).toBe(false);
  });

  it('answers Cognito errors through it as the transport does (a wrong code, at the code field)', async () => {
    const user = userEvent.setup();
    render(<ForgotPasswordForm proxyUrl={proxyUrl} defaultUsername="bob" />);
    await user.click(screen.getByRole('button', { name: en.requestSubmit }));
    await screen.findByText('We sent a code by email to b***@e***.');
    render(<ConfirmResetForm proxyUrl={proxyUrl} username="bob" />);
    const code = cognito.pool.pendingCode('bob')!;
    await user.type(screen.getByLabelText('Verification code'), code === '000000' ? '111111' : '000000');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('Confirm new password'), NEW);
    await user.click(screen.getByRole('button', { name: en.submit }));
    expect(await screen.findByText(en.errors.codeMismatch)).toBeInTheDocument();
    expect(cognito.pool.signIn('bob', OLD)).toBe(true);
  });

  it.each(['//evil.example/reset', '/\\evil.example/reset', 'http://evil.example/reset'])(
    'refuses %s loudly, as createProxyTransport does',
    async (url) => {
      const text = await thrown(<ForgotPasswordForm proxyUrl={url} />);
      expect(text).toMatch(/^TypeError: createProxyTransport: /);
    },
  );
});

describe('locale', () => {
  it('suspends until the catalogue is in, then speaks it: never English first', async () => {
    const seen: string[] = [];
    const Spy = () => {
      seen.push(document.body.textContent ?? '');
      return null;
    };
    // Awaited: in a test, React retries a suspended render inside the act() that started it.
    await act(async () => {
      render(
        <Suspense fallback={<p>…</p>}>
          <ForgotPasswordForm proxyUrl={proxyUrl} locale="de" />
          <Spy />
        </Suspense>,
      );
    });
    const button = await screen.findByRole('button', { name: de.requestSubmit as string });
    expect(button.closest('[data-slot="root"]')).toHaveAttribute('lang', 'de');
    expect(screen.getByLabelText(de.usernameLabel as string)).toBeInTheDocument();
    for (const text of [...seen, document.body.textContent ?? '']) {
      expect(text).not.toContain(en.requestSubmit);
      expect(text).not.toContain(en.requestHeading);
    }
  });

  it('hydration that waits for the catalogue keeps its hooks when React replays it (no React error)', async () => {
    // A browser hydrates with a fresh module state: the catalogue the server had is not loaded yet.
    // A fresh copy of the kit stands for that page; hydration suspends on the import, and React
    // replays the component when it resolves, outside act() as in a page.
    const html = renderToString(
      <Suspense fallback={null}>
        <PasswordReset proxyUrl={proxyUrl} locale="en" messages={ptBR} />
      </Suspense>,
    );
    vi.resetModules();
    const fresh = (await import('../../src')) as typeof import('../../src');
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    const failures: unknown[] = [];
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.appendChild(host);
    const button = host.querySelector('button[type="submit"]');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = hydrateRoot(
      host,
      <Suspense fallback={null}>
        <fresh.PasswordReset proxyUrl={proxyUrl} locale="pt-BR" />
      </Suspense>,
      {
        onUncaughtError: (error: unknown) => failures.push(error),
        onRecoverableError: (error: unknown) => failures.push(error),
      } as object,
    );
    try {
      await waitFor(() => expect(host.querySelector('button[type="submit"]')).toBeEnabled(), {
        timeout: 10_000,
      });
      expect(failures).toEqual([]);
      // Hydrated in place: the server's button is the one enabled.
      expect(host.querySelector('button[type="submit"]')).toBe(button);
      expect(button!.textContent).toBe(ptBR.requestSubmit);
    } finally {
      quiet.mockRestore();
      root.unmount();
      host.remove();
      env.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });

  it('merges messages over the catalogue, for both steps of the flow', async () => {
    await act(async () => {
      render(
        <Suspense fallback={null}>
          <PasswordReset proxyUrl={proxyUrl} locale="es" messages={{ requestSubmit: 'Mándame el código' }} />
        </Suspense>,
      );
    });
    expect(await screen.findByRole('button', { name: 'Mándame el código' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: es.requestHeading as string })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: es.haveCode as string })).toBeInTheDocument();
  });

  it('English needs no catalogue: "en" renders at once', () => {
    render(<ForgotPasswordForm proxyUrl={proxyUrl} locale="en" />);
    expect(screen.getByRole('button', { name: en.requestSubmit })).toBeInTheDocument();
  });

  it.each(['xx', 'fr-FR', 'EN', ''])(
    'refuses a tag it ships no catalogue for (%j), naming the tags',
    async (tag) => {
      const text = await thrown(<ForgotPasswordForm proxyUrl={proxyUrl} locale={tag as never} />);
      expect(text).toContain(`TypeError: react-cognito-reset: no catalogue for locale "${tag}"`);
      expect(text).toContain('en, ar, de, es, fr, ja, ko, pt-BR, zh-CN');
    },
  );
});

describe('locale through a server render and hydration', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  afterEach(async () => {
    if (root) await act(async () => root!.unmount());
    container?.remove();
    root = container = undefined;
  });

  /** The whole server HTML once every catalogue is in (as a streaming server sends it). */
  function serverHtml(element: ReactElement): Promise<string> {
    return new Promise((done, fail) => {
      let html = '';
      const sink = new PassThrough();
      sink.on('data', (chunk) => (html += chunk));
      sink.on('end', () => done(html));
      const stream = renderToPipeableStream(element, {
        onAllReady: () => stream.pipe(sink),
        onShellError: fail,
        onError: fail,
      });
    });
  }

  it.each([
    ['ja', ja],
    ['ko', ko],
  ] as const)(
    'the server waits for the %s catalogue, and hydration keeps its words without a warning',
    async (tag, catalogue) => {
      const element = <PasswordReset proxyUrl={proxyUrl} locale={tag} />;
      // React 18 warns that useLayoutEffect does nothing on the server when jsdom is loaded
      // (test/styled/hydration.test.tsx explains), and both React versions that the two renderers
      // share contexts in this one realm (a real page never holds the server's); nothing else may be said.
      const said: string[] = [];
      const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void said.push(args.join(' ')));
      let html: string;
      try {
        html = await serverHtml(element);
      } finally {
        spy.mockRestore();
      }
      for (const message of said) {
        expect(message).toMatch(/useLayoutEffect does nothing on the server|Detected multiple renderers/);
      }
      expect(html).toContain(`lang="${tag}"`);
      expect(html).toContain(catalogue.requestSubmit as string);
      expect(html).not.toContain(en.requestSubmit);
      // No Suspense fallback in the HTML: the words are in place, not streamed in behind a script.
      expect(html).not.toContain('<template');

      container = document.createElement('div');
      container.innerHTML = html;
      document.body.appendChild(container);
      const button = container.querySelector('button[type="submit"]')!;
      expect(button).toBeDisabled();
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const recoverable = vi.fn();
      await act(async () => {
        root = hydrateRoot(container!, element, { onRecoverableError: recoverable });
      });
      await waitFor(() => expect(container!.querySelector('button[type="submit"]')).toBeEnabled());
      // The server's nodes are kept (a mismatch would replace them) and still in that language.
      expect(container.querySelector('button[type="submit"]')).toBe(button);
      expect(button.textContent).toBe(catalogue.requestSubmit);
      expect(recoverable).not.toHaveBeenCalled();
      // Both renderers ran in this one realm (a real page never has the server's): React says so
      // about the shared contexts, and nothing else.
      for (const [message] of errors.mock.calls) {
        expect(String(message)).toMatch(
          /^(Warning: )?Detected multiple renderers concurrently rendering the same context provider/,
        );
      }
    },
  );
});

describe('actions', () => {
  it.runIf(REACT_19)(
    'React 19: once hydrated, the flow goes through the actions as a transport (no page post)',
    async () => {
      // Earlier tests server-rendered the same contexts in this one realm; React then says two
      // renderers share them (a real page never holds the server's). Nothing else may be said.
      const said: string[] = [];
      const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void said.push(args.join(' ')));
      onTestFinished(() => {
        spy.mockRestore();
        expect(said.filter((line) => !/multiple renderers concurrently rendering/.test(line))).toEqual([]);
      });
      const user = userEvent.setup();
      render(<PasswordReset actions={actions()} />);
      const form = () => document.querySelector('form')!;
      // The form posts to the action before hydration; React writes that itself (no method of ours).
      expect(form().getAttribute('action')).toMatch(/^javascript:/);
      await user.type(screen.getByLabelText('Username'), 'carol');
      await user.click(screen.getByRole('button', { name: en.requestSubmit }));
      expect(await screen.findByText('We sent a code by email to c***@e***.')).toBeInTheDocument();
      await user.type(screen.getByLabelText('Verification code'), cognito.pool.pendingCode('carol')!);
      await user.type(screen.getByLabelText('New password'), NEW);
      await user.type(screen.getByLabelText('Confirm new password'), NEW);
      await user.click(screen.getByRole('button', { name: en.submit }));
      expect(await screen.findByRole('heading', { name: en.successHeading })).toBeInTheDocument();
      expect(cognito.pool.signIn('carol', NEW)).toBe(true);
      expect(cognito.pool.signIn('carol', OLD)).toBe(false);
    },
  );

  it.runIf(!REACT_19)(
    'React 18: refuses actions with a clear error (transport and proxyUrl work)',
    async () => {
      const text = await thrown(<PasswordReset actions={actions()} />);
      expect(text).toContain(
        '`actions` needs React 19 (useActionState); with React 18 pass `transport` or `proxyUrl`',
      );
    },
  );
});
