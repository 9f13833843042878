// The confidential-client path in a real browser: a page on `createProxyTransport({ url: '/api/reset' })`
// (test/e2e/proxy-page.tsx, bundled with esbuild) served by a node:http server that also mounts
// `toNodeHandler(createResetHandler(…))` at /api/reset, in front of cognito-local. Chromium asks
// for a code, gets a wrong one refused, resets the password; the new password signs in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { createResetHandler, toNodeHandler } from '../../src/server';
import {
  accessibleDescription,
  launchChromium,
  screenshot,
  watchCognitoCalls,
  watchProblems,
} from '../e2e/browser';
import { fillForm, formOf, until, untilInvalid } from '../e2e/form-page';
import { type StaticServer, startStaticServer } from '../e2e/static-server';
import { createTestPool, type TestPool } from '../helpers/cognito-local';

const NEW_PASSWORD = 'Proxied-pass7!';
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Reset your password</title><link rel="stylesheet" href="/proxy-page.css"></head>
  <body><main><div id="root"></div></main><script type="module" src="/proxy-page.js"></script></body>
</html>`;

let dir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let pool: TestPool;

beforeAll(async () => {
  pool = await createTestPool();
  dir = mkdtempSync(join(tmpdir(), 'rcr-proxy-page-'));
  await build({
    entryPoints: [resolve('test/e2e/proxy-page.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: dir,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  const handle = toNodeHandler(createResetHandler({ clientId: pool.clientId, endpoint: pool.endpoint }));
  server = await startStaticServer(dir, [
    (req, res, url) => {
      if (url.pathname !== '/api/reset') return false;
      handle(req, res);
      return true;
    },
  ]);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('createProxyTransport → createResetHandler → cognito-local, in Chromium', {
  timeout: 60_000,
}, () => {
  it('sends a code, refuses a wrong one at the code field, resets; only /api/reset is ever called', async () => {
    const user = await pool.createUser();
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      // The wrong code is an HTTP 400 from /api/reset, which Chromium logs as a failed resource.
      const problems = watchProblems(
        page,
        (text, url) => /status of 400/.test(text) && url.endsWith('/api/reset'),
      );
      const calls = watchCognitoCalls(page);
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      await page.goto(`${server!.url}/?username=${encodeURIComponent(user.username)}`);
      const form = formOf(page);

      await form.resend.click();
      await until(
        async () => ((await form.status.textContent()) ?? '').startsWith('We sent a new code'),
        true,
      );
      const code = (await pool.readCode(user.username))!;
      expect(code).toMatch(/^\d{6}$/);

      const wrong = code.replace(/.$/, (d) => String((Number(d) + 1) % 10));
      await fillForm(page, wrong, NEW_PASSWORD);
      await form.submit.click();
      await untilInvalid(form.code);
      expect(await accessibleDescription(form.code)).toContain(en.errors.codeMismatch);

      await form.code.fill(code);
      await form.submit.click();
      await form.success.waitFor();
      await screenshot(page, 'proxy-success');

      expect(calls).toEqual(['ForgotPassword', 'ConfirmForgotPassword', 'ConfirmForgotPassword']);
      expect(new Set(posts)).toEqual(new Set([`${server!.url}/api/reset`]));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toThrow();
  });
});
