// The README's Playwright example ("Testing your app"), run in Chromium with playwright-core
// against an app page (test/testing/app-page.tsx) that talks to startLocalCognito directly, across
// origins, as an app under test talks to Cognito.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCognito, startLocalCognito } from '../../src/testing';
import { launchChromium, watchCognitoCalls, watchProblems } from '../e2e/browser';
import { until } from '../e2e/form-page';
import { type StaticServer, startStaticServer } from '../e2e/static-server';

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Forgot password</title><link rel="stylesheet" href="/app-page.css"></head>
  <body><main><div id="root"></div></main><script type="module" src="/app-page.js"></script></body>
</html>`;

let dir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let cognito: LocalCognito | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rcr-app-page-'));
  await build({
    entryPoints: [resolve('test/testing/app-page.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: dir,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  server = await startStaticServer(dir);
  browser = await launchChromium();
  cognito = await startLocalCognito({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    clients: [{ clientId: 'web' }],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cognito?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('the README Playwright example, in Chromium', { timeout: 60_000 }, () => {
  it('a wrong code is refused, the right one resets, the new password signs in', async () => {
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      // The wrong code is an HTTP 400, which Chromium logs as a failed resource.
      const problems = watchProblems(page, (text) => /status of 400/.test(text));
      const calls = watchCognitoCalls(page);
      await page.goto(`${server!.url}/?endpoint=${encodeURIComponent(cognito!.endpoint)}&clientId=web`);
      await page.getByLabel('Username').fill('alice');
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.getByLabel('Verification code').waitFor();
      const code = cognito!.codes.at(-1)!.code;

      await page.getByLabel('Verification code').fill(code === '000000' ? '111111' : '000000');
      await page.getByLabel('New password', { exact: true }).fill('Brand-new2?');
      await page.getByLabel('Confirm new password', { exact: true }).fill('Brand-new2?');
      await page.getByRole('button', { name: 'Reset password' }).click();
      await until(() => page.getByLabel('Verification code').getAttribute('aria-invalid'), 'true');

      await page.getByLabel('Verification code').fill(code);
      await page.getByRole('button', { name: 'Reset password' }).click();
      await page.getByRole('heading', { name: 'Your password has been reset' }).waitFor();

      const { body } = await cognito!.pool.receive('InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: 'web',
        AuthParameters: { USERNAME: 'alice', PASSWORD: 'Brand-new2?' },
      });
      expect(body.AuthenticationResult).toBeDefined();
      expect(calls).toEqual(['ForgotPassword', 'ConfirmForgotPassword', 'ConfirmForgotPassword']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
