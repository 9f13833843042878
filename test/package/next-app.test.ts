// The README's Next.js App Router recipe, built for real: examples/next-app (Server Component pages
// that render <PasswordReset> with serialisable props only — proxyUrl and locale, or Server Actions —
// a route handler) installed with the packed package, `next build`, `next start` on loopback, the
// route and the actions forwarding to cognito-local, and Chromium hydrating the pages and resetting
// passwords through them, with JavaScript and without. Runs after `npm run build` (npm test builds
// first) and needs the npm registry for Next itself.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { createProxyTransport, describeError } from '../../src/core';
import { en } from '../../src/i18n/en';
import fr from '../../src/i18n/locales/fr';
import { createTranslator, type MessageKey, mergeMessages } from '../../src/i18n/messages';
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
const CONFIRM = 'AWSCognitoIdentityProviderService.ConfirmForgotPassword';
// The files examples/next-app/README.md shows in full (README.md's Next.js section takes them from there).
const DOCUMENTED = [
  'app/reset-password/page.tsx',
  'app/reset-with-actions/page.tsx',
  'app/reset-with-actions/actions.ts',
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
  it('is the code its README and the package README document', () => {
    for (const readme of [join(EXAMPLE_DIR, 'README.md'), 'README.md']) {
      const text = readFileSync(readme, 'utf8');
      for (const file of DOCUMENTED) {
        expect(text, `${readme}: ${file}`).toContain(readFileSync(join(EXAMPLE_DIR, file), 'utf8').trim());
      }
    }
  });

  it('renders the Server Component page in the language its tag names: one post form, a disabled submit, no secret', async () => {
    const response = await fetch(`${server!.url}/reset-password?lang=fr`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const forms = tags(html, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]).toContain('method="post"');
    const submit = tags(html, 'button').filter((t) => t.includes('type="submit"'));
    expect(submit).toHaveLength(1);
    expect(submit[0]).toMatch(/\sdisabled=""/);
    // The server waited for the catalogue: French words in the HTML, never English first.
    expect(html).toContain('lang="fr"');
    for (const words of [fr.requestHeading, fr.requestSubmit, fr.usernameLabel, fr.haveCode]) {
      expect(html).toContain(escapeHtml(words as string));
    }
    for (const words of [en.requestHeading, en.requestSubmit, en.haveCode]) {
      expect(html).not.toContain(escapeHtml(words));
    }
    expect(html).not.toContain(SECRET);

    // Without a tag (or with one the page does not know), English.
    for (const query of ['', '?lang=xx']) {
      const english = await (await fetch(`${server!.url}/reset-password${query}`)).text();
      expect(english).toContain(escapeHtml(en.requestSubmit));
      expect(english).not.toContain('lang="fr"');
    }

    // The stylesheet the layout imports from the package is served.
    const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
    const css = await Promise.all(sheets.map((href) => fetch(server!.url + href).then((r) => r.text())));
    expect(css.join('\n')).toContain('.rcr-submit');
  });

  it('renders the actions page with a form that posts to the action and a submit that works before hydration', async () => {
    const html = await (await fetch(`${server!.url}/reset-with-actions`)).text();
    const forms = tags(html, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]).toContain('method="post"');
    expect(forms[0]).toContain('enctype="multipart/form-data"');
    const submit = tags(html, 'button').filter((t) => t.includes('type="submit"'));
    expect(submit).toHaveLength(1);
    expect(submit[0]).not.toContain('disabled');
    expect(html).not.toContain(SECRET);
  });

  it('keeps each language its own chunk, loaded only by a page that asks for it', () => {
    const files = filesUnder(join(built!.dir, '.next', 'static')).filter((f) => f.endsWith('.js'));
    const holding = (words: string) =>
      files.filter((f) => readFileSync(f, 'utf8').includes(JSON.stringify(words).slice(1, -1)));
    const french = holding(fr.requestSubmit as string);
    expect(french).toHaveLength(1);
    const text = readFileSync(french[0]!, 'utf8');
    // Neither English (built in, in the component's chunk) nor another catalogue rides along.
    for (const other of [en.requestSubmit, 'Code senden', 'Enviar código']) {
      expect(text).not.toContain(other);
    }
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

  it('hydrates the French page in Chromium without a warning and resets a password through it', async () => {
    const user = await pool.createUser();
    await withBrowser(async (browser) => {
      const page = await (await browser.newContext()).newPage();
      const problems = watchConsole(page);
      // Records whether English words ever reach the page, from the first byte to hydration's end.
      await page.addInitScript(
        (english: string[]) => {
          const w = window as unknown as { sawEnglish: string[] };
          w.sawEnglish = [];
          const look = () => {
            const text = document.body?.textContent ?? '';
            for (const words of english) if (text.includes(words)) w.sawEnglish.push(words);
          };
          new MutationObserver(look).observe(document, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        },
        [en.requestSubmit, en.requestHeading, en.haveCode],
      );
      await page.goto(`${server!.url}/reset-password?lang=fr`);
      const send = page.getByRole('button', { name: fr.requestSubmit as string });
      // Enabled only once React has hydrated the server's markup (in French all along).
      await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { sawEnglish: string[] }).sawEnglish)).toEqual(
        [],
      );
      await page.getByLabel(fr.usernameLabel as string).fill(user.username);
      await send.click();
      const codeField = page.getByLabel(fr.codeLabel as string);
      await codeField.waitFor({ timeout: 15_000 });
      const code = (await pool.readCode(user.username))!;
      await codeField.fill(code);
      await page.getByLabel(fr.passwordLabel as string, { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel(fr.confirmPasswordLabel as string, { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: fr.submit as string }).click();
      await page.getByRole('heading', { name: fr.successHeading as string }).waitFor({ timeout: 15_000 });
      // Hydration mismatches and failed requests show up as console errors.
      expect(problems).toEqual([]);
      // The watch itself sees English where there is some.
      await page.goto(`${server!.url}/reset-password`);
      expect(await page.evaluate(() => (window as unknown as { sawEnglish: string[] }).sawEnglish)).toContain(
        en.requestSubmit,
      );
    });
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toThrow();
  });

  it('resets a password through the Server Actions with JavaScript: hydrated, no page post', async () => {
    const user = await pool.createUser();
    await withBrowser(async (browser) => {
      const page = await (await browser.newContext()).newPage();
      const problems = watchConsole(page);
      const documents: string[] = [];
      page.on('request', (r) => r.resourceType() === 'document' && documents.push(r.method()));
      await page.goto(`${server!.url}/reset-with-actions`);
      // Hydrated: from here a submit goes through the client transport, not a page post.
      await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
      await page.getByLabel('Username').fill(user.username);
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.getByLabel('Verification code').waitFor({ timeout: 15_000 });
      await page.getByLabel('Verification code').fill((await pool.readCode(user.username))!);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Reset password' }).click();
      await page.getByRole('heading', { name: en.successHeading }).waitFor({ timeout: 15_000 });
      expect(documents).toEqual(['GET']);
      expect(problems).toEqual([]);
    });
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toThrow();
  });

  it('resets a password with JavaScript disabled: the forms post to the actions, the page shows each step and error', async () => {
    const user = await pool.createUser();
    const t = createTranslator(mergeMessages());
    const words = (code: string, operation: 'forgotPassword' | 'confirmForgotPassword') => {
      const d = describeError({ code }, { operation });
      return t(`errors.${d.messageKey}` as MessageKey, d.params);
    };
    const pages: string[] = [];
    const urls: string[] = [];
    let code = '';
    let wrong = '';
    await withBrowser(async (browser) => {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      page.on('request', (r) => urls.push(r.url()));
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'document') pages.push(await r.text().catch(() => ''));
      });
      const post = async (button: string) => {
        const [response] = await Promise.all([
          page.waitForResponse(
            (r) => r.request().resourceType() === 'document' && r.request().method() === 'POST',
          ),
          page.getByRole('button', { name: button }).click(),
        ]);
        expect(response.status()).toBe(200);
        await page.waitForLoadState();
        pages.push(await page.content());
      };

      await page.goto(`${server!.url}/reset-with-actions`);
      // A username Cognito refuses: the request step again, describeError's words, the username kept.
      await page.getByLabel('Username').fill('two words');
      await post('Send code');
      expect(await page.getByRole('alert').textContent()).toBe(
        words('InvalidParameterException', 'forgotPassword'),
      );
      expect(await page.getByLabel('Username').inputValue()).toBe('two words');

      await page.getByLabel('Username').fill(user.username);
      await post('Send code');
      // The confirm step, told where the code went, the username carried in its hidden field.
      expect(await page.locator('[data-slot="delivery"]').textContent()).toContain(user.email);
      expect(await page.locator('input[name="username"]').inputValue()).toBe(user.username);
      code = (await pool.readCode(user.username))!;
      wrong = code === '000000' ? '111111' : '000000';

      // A wrong code: CodeMismatchException's words, the step, username and delivery kept.
      await page.getByLabel('Verification code').fill(wrong);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
      await post('Reset password');
      expect(await page.getByRole('alert').textContent()).toBe(
        words('CodeMismatchException', 'confirmForgotPassword'),
      );
      expect(await page.locator('input[name="username"]').inputValue()).toBe(user.username);
      expect(await page.locator('[data-slot="delivery"]').textContent()).toContain(user.email);
      // Nothing secret is put back into the page.
      expect(await page.getByLabel('Verification code').inputValue()).toBe('');
      expect(await page.getByLabel('New password', { exact: true }).inputValue()).toBe('');

      // A confirmation that differs: the server compares, nothing is sent.
      await page.getByLabel('Verification code').fill(code);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password', { exact: true }).fill(`${NEW_PASSWORD}x`);
      await post('Reset password');
      expect(await page.getByRole('alert').textContent()).toBe(en.validation.passwordMismatch);
      expect(await pool.readCode(user.username)).toBe(code);

      await page.getByLabel('Verification code').fill(code);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
      await post('Reset password');
      await page.getByRole('heading', { name: en.successHeading }).waitFor();
      expect(await page.getByRole('link', { name: en.continue }).getAttribute('href')).toBe('/sign-in');
      // Every hidden input the pages held (React's action fields carry the previous state).
      const hidden = await page
        .locator('input[type="hidden"]')
        .evaluateAll((inputs) =>
          inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`),
        );
      pages.push(hidden.join('\n'));
    });
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const secret of [code, wrong, NEW_PASSWORD, `${NEW_PASSWORD}x`, SECRET, user.password]) {
      for (const html of pages) expect(html).not.toContain(secret);
      for (const url of urls) expect(url).not.toContain(encodeURIComponent(secret));
    }
    for (const html of pages) {
      for (const tag of tags(html, 'input').filter((t) => t.includes('type="hidden"'))) {
        for (const secret of [code, wrong, NEW_PASSWORD]) expect(tag).not.toContain(secret);
      }
    }
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toThrow();
  });
});

/** Text as React writes it into HTML. */
function escapeHtml(text: string) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll("'", '&#x27;');
}

async function withBrowser(use: (browser: Browser) => Promise<void>) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_FLAGS] });
  try {
    await use(browser);
  } finally {
    await browser.close();
  }
}

/** Console errors and page errors (hydration mismatches among them), as they happen. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The example has no favicon (and no /sign-in page); Chromium logs their 404s.
    if (m.type() === 'error' && !/\/(favicon\.ico|sign-in)/.test(m.location().url))
      problems.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** True once React has hydrated the page: the request form's submit handler is React's. */
function hydrated(page: Page) {
  return page.evaluate(() => {
    const form = document.querySelector('form');
    return !!form && Object.keys(form).some((key) => key.startsWith('__reactProps'));
  });
}
