// examples/vite-app as a user gets it: the packed tarball installed with npm, `vite build`, the
// built files served on loopback and driven in Chromium. Catches what only a consumer sees: a
// broken exports map, a file missing from the tarball, a dependency that is only a devDependency,
// a lost 'use client', styles.css not importable or not applying. Needs dist/ (npm test builds
// first) and the npm registry or its cache for Vite and React.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoTransport } from '../../src/core';
import { axeViolations, launchChromium, screenshot, watchProblems } from '../e2e/browser';
import { fillForm, formOf } from '../e2e/form-page';
import { cleanEnv, installPackedExample, type PackedApp, run } from '../e2e/packed-app';
import { type StaticServer, startStaticServer } from '../e2e/static-server';
import { createTestPool } from '../helpers/cognito-local';

// examples/vite-app/src/main.tsx's in-memory pool: user "alice", every code 123456.
const MEMORY_CODE = '123456';
const NEW_PASSWORD = 'Brand-new2?';

let app: PackedApp | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let buildOutput = '';

beforeAll(async () => {
  app = await installPackedExample(resolve('examples/vite-app'));
  const started = performance.now();
  buildOutput = await run(process.execPath, [join(app.dir, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: app.dir,
    env: cleanEnv({ NODE_ENV: 'production' }),
  });
  const build = (performance.now() - started) / 1000;
  console.info(
    `vite-app: npm pack ${app.seconds.pack.toFixed(1)} s, npm install ${app.seconds.install.toFixed(1)} s, vite build ${build.toFixed(1)} s`,
  );
  server = await startStaticServer(join(app.dir, 'dist'));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  app?.remove();
}, 30_000);

describe('examples/vite-app on the packed package', { timeout: 60_000 }, () => {
  it('installs a package whose every export resolves, from Node and for the bundler', async () => {
    const installed = join(app!.dir, 'node_modules/react-cognito-reset');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries<string | Record<string, string>>(manifest.exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files.filter((f) => !f.includes('*'))) {
        expect(existsSync(join(installed, file)), `${subpath} → ${file}`).toBe(true);
      }
    }
    // What a React Server Components bundler reads: the React entry is a client module.
    expect(readFileSync(join(installed, 'dist/index.js'), 'utf8')).toMatch(/^['"]use client['"];/);
    // The framework-free entries load in plain Node from the app, through the exports map.
    const probe = `
      const core = await import('react-cognito-reset/core');
      const server = await import('react-cognito-reset/server');
      const es = await import('react-cognito-reset/locales/es');
      console.log(JSON.stringify([typeof core.createMemoryTransport, typeof server.createResetHandler, es.default.lang]));
    `;
    const out = await run(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: app!.dir,
      env: cleanEnv(),
    });
    expect(JSON.parse(out.trim())).toEqual(['function', 'function', 'es']);
  });

  it('type-checks against the installed declarations, as the app’s own tsc sees them', async () => {
    // skipLibCheck is off in the example: a broken .d.ts in the tarball fails here, not in a user's editor.
    await run(
      process.execPath,
      [join(app!.dir, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', app!.dir],
      {
        cwd: app!.dir,
        env: cleanEnv(),
      },
    );
  });

  it('bundles the stylesheet the app imports', () => {
    const assets = readdirSync(join(app!.dir, 'dist/assets'));
    const css = assets
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(app!.dir, 'dist/assets', f), 'utf8'));
    expect(css.join('\n')).toContain('@layer react-cognito-reset');
    // Vite prints problems as "error", "warning" or "(!)"; a clean consumer build prints none.
    expect(buildOutput).not.toMatch(/\berror\b|\bwarn|\(!\)/i);
  });

  it('renders the drop-in styled and resets a password on the in-memory pool, with no console error', async () => {
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${server!.url}/`);
      const form = formOf(page);
      await form.code.waitFor();
      const style = await form.root.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          radius: Number.parseFloat(s.borderTopLeftRadius),
          primary: s.getPropertyValue('--rcr-primary'),
        };
      });
      expect(style.radius).toBeGreaterThan(0);
      expect(style.primary).not.toBe('');
      // A person trying the example is told whom to reset and with which code.
      const note = await page.getByTestId('demo-credentials').textContent();
      expect(note).toContain('alice');
      expect(note).toContain(MEMORY_CODE);
      // The whole page, with no rule switched off: the example is a complete document.
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'vite-app-default');

      await fillForm(page, MEMORY_CODE, NEW_PASSWORD);
      await form.submit.click();
      await form.success.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'vite-app-success');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('resets a password against cognito-local straight from the browser', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    await createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint }).forgotPassword({
      username: user.username,
    });
    const code = (await pool.readCode(user.username))!;
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      const query = new URLSearchParams({
        endpoint: pool.endpoint,
        clientId: pool.clientId,
        username: user.username,
      });
      await page.goto(`${server!.url}/?${query}`);
      await fillForm(page, code, NEW_PASSWORD);
      await formOf(page).submit.click();
      await formOf(page).success.waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    await expect(pool.signIn(user.username, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toThrow();
  });
});
