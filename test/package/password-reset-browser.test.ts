// The whole flow in a real browser, over real HTTP on 127.0.0.1 and no mocks: a page with
// `<PasswordReset>` on `createProxyTransport` (test/e2e/flow-page.tsx, bundled with esbuild), served
// by a node:http server that mounts `createResetHandler` in front of cognito-local (and, for the
// request limit cognito-local does not enforce, in front of the kit's strict local Cognito).
// Chromium asks for a code, types the code cognito-local issued, sets a new password; the new
// password signs in (InitiateAuth) and the old one is refused. Also: "I already have a code", "Use
// a different username", focus on each step's heading, keyboard only, and a ForgotPassword error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoError, createCognitoTransport, describeError } from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator, type MessageKey } from '../../src/i18n/messages';
import { createResetHandler, toNodeHandler } from '../../src/server';
import { type LocalCognito, startLocalCognito } from '../../src/testing';
import { axeViolations, launchChromium, screenshot, watchCognitoCalls, watchProblems } from '../e2e/browser';
import { fillForm, focused, formOf, tabTo, until } from '../e2e/form-page';
import { type StaticServer, startStaticServer } from '../e2e/static-server';
import { createTestPool, type TestPool } from '../helpers/cognito-local';

const t = createTranslator(en);
const NEW_PASSWORD = 'Flow-pass7!';
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reset your password</title><link rel="stylesheet" href="/flow-page.css"></head>
  <body><main><div id="root"></div></main><script type="module" src="/flow-page.js"></script></body>
</html>`;
// The page holds one component; landmarks beyond <main> are the host app's (addon-a11y skips this rule too).
const AXE = { include: '#root', disable: ['region'] };
// The strict pool's demo account for the limit test.
const LIMITED = { username: 'limited-user', password: 'Old-pass1!', email: 'limited@example.com' };

let dir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let strict: LocalCognito | undefined;
let pool: TestPool;
// While set, /api/reset holds each request until it settles: a test sees the in-flight state by
// a condition, not by timing, then lets the request through.
let gate: Promise<void> | undefined;

/** Holds the next requests to /api/reset; call the returned function to let them through. */
function holdRequests(): () => void {
  let release!: () => void;
  gate = new Promise((resolve) => {
    release = resolve;
  });
  return () => {
    gate = undefined;
    release();
  };
}

beforeAll(async () => {
  pool = await createTestPool();
  strict = await startLocalCognito({
    users: [LIMITED],
    clients: [{ clientId: 'flowe2e' }],
    // One code an hour: the second "Send code" is LimitExceededException, as Cognito answers it.
    maxCodeRequests: 1,
  });
  dir = mkdtempSync(join(tmpdir(), 'rcr-flow-page-'));
  await build({
    entryPoints: [resolve('test/e2e/flow-page.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: dir,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  const local = toNodeHandler(createResetHandler({ clientId: pool.clientId, endpoint: pool.endpoint }));
  const limited = toNodeHandler(createResetHandler({ clientId: 'flowe2e', endpoint: strict.endpoint }));
  server = await startStaticServer(dir, [
    (req, res, url) => {
      if (url.pathname === '/api/reset') {
        if (gate) void gate.then(() => local(req, res));
        else local(req, res);
      } else if (url.pathname === '/api/strict') limited(req, res);
      else return false;
      return true;
    },
  ]);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await strict?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

/** The flow's steps and the request step's parts, by role and accessible name. */
function flowOf(page: Page) {
  return {
    ...formOf(page),
    step: () => page.locator('[data-slot="password-reset"]').getAttribute('data-step'),
    username: page.getByLabel(en.usernameLabel, { exact: true }),
    send: page.getByRole('button', { name: en.requestSubmit }),
    haveCode: page.getByRole('button', { name: en.haveCode }),
    changeUsername: page.getByRole('button', { name: en.changeUsername }),
    delivery: page.locator('[data-slot="delivery"]'),
  };
}

/** A fresh context and page on the flow, watching console errors, Cognito calls and POST targets. */
async function openFlow(query = '') {
  const context: BrowserContext = await browser!.newContext();
  const page = await context.newPage();
  // A refused request is an HTTP 4xx from the handler, which Chromium logs as a failed resource.
  const problems = watchProblems(page, (text, url) => /status of 4\d\d/.test(text) && url.includes('/api/'));
  const calls = watchCognitoCalls(page);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server!.url}/${query}`);
  await flowOf(page).username.waitFor();
  return { context, page, problems, calls, posts, flow: flowOf(page) };
}

/** Waits until focus is on the heading named `name` (how the step change reaches a screen reader). */
const untilHeadingFocused = (page: Page, name: string) => until(() => focused(page), `h2:${name}`);

/** Proves the reset with InitiateAuth against cognito-local: the new password signs in, the old one does not. */
async function expectPasswordChanged(username: string, oldPassword: string) {
  await expect(pool.signIn(username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
  // cognito-local refuses a wrong password with InvalidPasswordException where Cognito says NotAuthorized.
  await expect(pool.signIn(username, oldPassword)).rejects.toMatchObject({
    name: expect.stringMatching(/^(NotAuthorizedException|InvalidPasswordException)$/),
  });
}

describe('<PasswordReset> → createProxyTransport → createResetHandler → cognito-local, in Chromium', {
  timeout: 60_000,
}, () => {
  it('requests a code, confirms the code cognito-local issued, and the new password signs in', async () => {
    const user = await pool.createUser();
    const { context, page, problems, calls, posts, flow } = await openFlow();
    try {
      expect(await flow.step()).toBe('request');
      // Opening the page moves no focus; only a step change does.
      expect(await focused(page)).toBe('body');
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'flow-request');

      await flow.username.fill(user.username);
      const release = holdRequests();
      await flow.send.click();
      // In flight: the status region says so (announced politely), the button stays focusable but
      // inert, and the flow stays on the request step.
      await until(() => flow.status.textContent(), en.requestSubmitting);
      expect(await flow.send.getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator('form').getAttribute('aria-busy')).toBe('true');
      expect(await flow.step()).toBe('request');
      await screenshot(page, 'flow-sending');
      release();
      await until(flow.step, 'confirm');
      await untilHeadingFocused(page, en.heading);
      // Where cognito-local said the code went, in the confirm step's words.
      expect(await flow.delivery.textContent()).toMatch(/^We sent a code by email to \S+\.$/);
      expect(await flow.changeUsername.isVisible()).toBe(true);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'flow-confirm');

      const code = (await pool.readCode(user.username))!;
      expect(code).toMatch(/^\d{6}$/);
      await fillForm(page, code, NEW_PASSWORD);
      await flow.submit.click();
      await flow.success.waitFor();
      await untilHeadingFocused(page, en.successHeading);
      expect(await flow.step()).toBe('success');
      expect(await flow.changeUsername.count()).toBe(0);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'flow-success');

      expect(calls).toEqual(['ForgotPassword', 'ConfirmForgotPassword']);
      // The browser talks to the app's own origin only; the handler adds ClientId.
      expect(new Set(posts)).toEqual(new Set(['/api/reset']));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expectPasswordChanged(user.username, user.password);
  });

  it('by keyboard alone: Enter sends, "Use a different username" keeps the name, the newest code resets', async () => {
    const user = await pool.createUser();
    const { context, page, problems, calls, flow } = await openFlow();
    try {
      expect(await tabTo(page, `input:${en.usernameLabel}`)).toBe(1);
      await page.keyboard.type(user.username);
      // Enter in the one field sends (enterkeyhint="send").
      await page.keyboard.press('Enter');
      await untilHeadingFocused(page, en.heading);
      expect(await flow.step()).toBe('confirm');

      // Back by keyboard: the request step, its heading focused, the field still holding the name.
      await tabTo(page, `button:${en.changeUsername}`, 20);
      await page.keyboard.press('Enter');
      await untilHeadingFocused(page, en.requestHeading);
      expect(await flow.step()).toBe('request');
      expect(await flow.username.inputValue()).toBe(user.username);
      await screenshot(page, 'flow-change-username');

      // Send again from the kept name: a new code replaces the first.
      expect(await tabTo(page, `input:${en.usernameLabel}`)).toBe(1);
      expect(await tabTo(page, `button:${en.requestSubmit}`)).toBe(1);
      await page.keyboard.press('Enter');
      await untilHeadingFocused(page, en.heading);
      const code = (await pool.readCode(user.username))!;

      // Tab order on the confirm step: the code first (the hidden username is no tab stop).
      expect(await tabTo(page, `input:${en.codeLabel}`)).toBe(1);
      await page.keyboard.type(code);
      await tabTo(page, `input:${en.passwordLabel}`);
      await page.keyboard.type(NEW_PASSWORD);
      await tabTo(page, `input:${en.confirmPasswordLabel}`);
      await page.keyboard.type(NEW_PASSWORD);
      await page.keyboard.press('Enter');
      await untilHeadingFocused(page, en.successHeading);
      expect(await tabTo(page, `a:${en.continue}`)).toBe(1);
      await screenshot(page, 'flow-keyboard-success');

      expect(calls).toEqual(['ForgotPassword', 'ForgotPassword', 'ConfirmForgotPassword']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expectPasswordChanged(user.username, user.password);
  });

  it('"I already have a code" goes straight to the confirm step, which asks for the username', async () => {
    const user = await pool.createUser();
    // The code came earlier (an email from another visit): ForgotPassword sent outside this page.
    await createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint }).forgotPassword({
      username: user.username,
    });
    const code = (await pool.readCode(user.username))!;
    const { context, page, problems, calls, flow } = await openFlow();
    try {
      await flow.haveCode.click();
      await untilHeadingFocused(page, en.heading);
      expect(await flow.step()).toBe('confirm');
      // No delivery to report: the step's own introduction.
      expect(await flow.delivery.textContent()).toBe(en.intro);
      expect(await flow.username.getAttribute('autocomplete')).toBe('username');
      expect(await flow.username.inputValue()).toBe('');
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'flow-have-code');

      await flow.username.fill(user.username);
      await fillForm(page, code, NEW_PASSWORD);
      await flow.submit.click();
      await untilHeadingFocused(page, en.successHeading);
      expect(calls).toEqual(['ConfirmForgotPassword']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expectPasswordChanged(user.username, user.password);
  });
});

describe('a ForgotPassword error in the flow (the strict local Cognito behind the handler)', {
  timeout: 60_000,
}, () => {
  it('shows LimitExceededException in its words with the wait, focuses it, and keeps the typed username', async () => {
    const { context, page, problems, calls, flow } = await openFlow('?api=/api/strict');
    try {
      await flow.username.fill(LIMITED.username);
      await flow.send.click();
      await untilHeadingFocused(page, en.heading);
      await flow.changeUsername.click();
      await untilHeadingFocused(page, en.requestHeading);
      // The pool's one code an hour is spent: the second request is refused.
      await flow.send.click();
      const d = describeError(new CognitoError({ code: 'LimitExceededException' }), {
        operation: 'forgotPassword',
        retryAfterMs: 60_000,
      });
      const text = t(`errors.${d.messageKey}` as MessageKey, d.params);
      await until(async () => (await flow.alert.textContent())?.includes(text), true);
      expect(d.action).toBe('wait');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(await flow.step()).toBe('request');
      expect(await flow.username.inputValue()).toBe(LIMITED.username);
      expect(await flow.send.isDisabled()).toBe(true);
      expect(await page.locator('[data-slot="countdown"]').count()).toBe(1);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await screenshot(page, 'flow-limit-exceeded');
      expect(calls).toEqual(['ForgotPassword', 'ForgotPassword']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    expect(strict!.pool.calls.map((c) => c.operation)).toEqual(['ForgotPassword', 'ForgotPassword']);
  });
});
