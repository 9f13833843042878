// The README's Next.js App Router recipe, built for real: examples/next-app (a Server Component
// page, a 'use client' wrapper, a route handler) installed with the packed package, `next build`,
// `next start` on loopback, the route forwarding to cognito-local, and Chromium hydrating the page
// and resetting a password through it. Runs after `npm run build` (npm test builds first) and
// needs the npm registry for Next itself.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { createProxyTransport } from '../../src/core';
import { createTestPool, type TestPool } from '../helpers/cognito-local';
import {
  type BuiltApp,
  buildExampleApp,
  EXAMPLE_DIR,
  filesUnder,
  type RunningApp,
  startApp,
} from './next-app-harness';

// A client secret that must stay on the server: given to the build and the server, looked for in
// everything a browser can download.
const SECRET = `secret${randomUUID().replaceAll('-', '')}`;
const NEW_PASSWORD = 'Brand-new-pass2?';
const FORGOT = 'AWSCognitoIdentityProviderService.ForgotPassword';
const CONFIRM = 'AWSCognitoIdentityProviderService.ConfirmForgotPassword';
const DOCUMENTED = [
  'app/reset-password/page.tsx',
  'app/reset-password/reset-form.tsx',
  'app/api/reset/route.ts',
];

let built: BuiltApp | undefined;
let server: RunningApp | undefined;
let pool: TestPool;
let chromiumPath: string;

beforeAll(async () => {
  // Here, not in the test: on a bare Debian machine this installs the distribution's package.
  chromiumPath = ensureChromium();
  pool = await createTestPool();
  // The pool's settings are absent at build time, as in many CI builds: the route must not need them.
  built = await buildExampleApp({ COGNITO_CLIENT_SECRET: SECRET });
  server = await startApp(
    built.dir,
    { COGNITO_CLIENT_ID: pool.clientId, COGNITO_ENDPOINT: pool.endpoint, COGNITO_CLIENT_SECRET: SECRET },
    '/reset-password',
  );
  console.info(
    `next-app: npm install ${built.seconds.install.toFixed(1)} s, next build ${built.seconds.build.toFixed(1)} s`,
  );
}, 600_000);

// A ceiling, not a wait: stopping `next start` and removing its install can take a while on a
// loaded machine (the full run once timed out here at 30 s).
afterAll(async () => {
  await server?.stop();
  built?.remove();
}, 120_000);

function callRoute(target: string, body: Record<string, unknown>) {
  return fetch(`${server!.url}/api/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body: JSON.stringify(body),
  });
}

/** Every `<name …>` opening tag, lower-cased (HTML attribute names are case-insensitive). */
function tags(html: string, name: string) {
  return (html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []).map((tag) => tag.toLowerCase());
}

describe('examples/next-app built with next build against the packed package', () => {
  it('is the code the README documents', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of DOCUMENTED) {
      expect(readme, file).toContain(readFileSync(join(EXAMPLE_DIR, file), 'utf8').trim());
    }
  });

  it('server-renders the client component: a post form, a disabled submit, the username, no secret', async () => {
    const response = await fetch(`${server!.url}/reset-password?username=alice`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const forms = tags(html, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]).toContain('method="post"');
    const submit = tags(html, 'button').filter((t) => t.includes('type="submit"'));
    expect(submit).toHaveLength(1);
    expect(submit[0]).toMatch(/\sdisabled=""/);
    const username = tags(html, 'input').find((t) => t.includes('autocomplete="username"'));
    expect(username).toContain('value="alice"');
    expect(html).toContain('Reset password');
    expect(html).not.toContain(SECRET);

    // The stylesheet the layout imports from the package is served.
    const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
    const css = await Promise.all(sheets.map((href) => fetch(server!.url + href).then((r) => r.text())));
    expect(css.join('\n')).toContain('.rcr-submit');
  });

  it('ships no server secret and no server handler to the browser', () => {
    for (const file of filesUnder(join(built!.dir, '.next', 'static'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(SECRET);
      expect(text, file).not.toContain('createResetHandler');
    }
  });

  it('answers the proxy transport like Cognito: delivery, a wrong code, then the reset', async () => {
    const user = await pool.createUser();
    const transport = createProxyTransport({ url: `${server!.url}/api/reset` });
    const delivery = await transport.forgotPassword({ username: user.username });
    expect(delivery.medium).toBe('EMAIL');
    const code = await pool.readCode(user.username);
    expect(code).toMatch(/^\d+$/);

    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await callRoute(CONFIRM, {
      Username: user.username,
      ConfirmationCode: wrong,
      Password: NEW_PASSWORD,
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(refused.headers.get('x-amzn-errortype')).toBe('CodeMismatchException');
    const text = await refused.text();
    expect(JSON.parse(text).__type).toBe('CodeMismatchException');
    expect(text).not.toContain(NEW_PASSWORD);
    await expect(
      transport.confirmForgotPassword({ username: user.username, code: wrong, password: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: 'CodeMismatchException', status: 400 });

    await transport.confirmForgotPassword({ username: user.username, code: code!, password: NEW_PASSWORD });
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
  });

  it('refuses what Cognito would not be asked: another operation, a GET', async () => {
    const other = await callRoute('AWSCognitoIdentityProviderService.InitiateAuth', { Username: 'alice' });
    expect(other.status).toBe(400);
    expect(other.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    const get = await fetch(`${server!.url}/api/reset`);
    expect(get.status).toBe(405);
  });

  it('hydrates in Chromium and resets a password through the page', async () => {
    const user = await pool.createUser();
    const sent = await callRoute(FORGOT, { Username: user.username });
    expect(sent.status).toBe(200);
    expect((await sent.json()).CodeDeliveryDetails.DeliveryMedium).toBe('EMAIL');
    const code = (await pool.readCode(user.username))!;

    const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_FLAGS] });
    try {
      const page = await (await browser.newContext()).newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // The example has no favicon; Chromium asks for one on its own and logs the 404.
        if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
          problems.push(`${m.text()} ${m.location().url}`);
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${server!.url}/reset-password?username=${encodeURIComponent(user.username)}`);
      const submit = page.getByRole('button', { name: 'Reset password' });
      // Enabled only once React has hydrated the server's markup.
      await expect.poll(() => submit.isEnabled(), { timeout: 15_000 }).toBe(true);
      await page.getByLabel('Verification code').fill(code);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
      // Hydration mismatches and failed requests show up as console errors before this point.
      expect(problems).toEqual([]);
      await Promise.all([page.waitForURL('**/sign-in', { timeout: 15_000 }), submit.click()]);
    } finally {
      await browser.close();
    }
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
  });
});
