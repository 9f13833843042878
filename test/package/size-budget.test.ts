// Size budgets, measured on what users install: the repo packed with `npm pack`, installed with
// npm into a temporary app, and each row imported there by package name (bench/measure.mjs, the
// same code that writes BENCHMARKS.md). Bytes are deterministic (same esbuild, same files), so
// these are exact checks, not timings. Needs dist/ (npm test builds first) and the npm registry or
// its cache for the package's dependencies.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, LAZY_MODULES, measure, packedApp, removePackedApp, rowById } from '../../bench/measure.mjs';

let app = '';
beforeAll(async () => {
  app = realpathSync(await packedApp());
}, 300_000);
afterAll(() => removePackedApp());

/** The package files a row bundled, as paths inside the installed package (`dist/…`). */
const ownFiles = (sizes: { byOwnFile: [string, number][] }) => sizes.byOwnFile.map(([file]) => file);

describe('size budgets (packed tarball, initial chunk: esbuild with import()s left out, minified ESM, browser, React external, brotli 11)', () => {
  for (const budget of BUDGETS) {
    it(`${budget.label} ≤ ${budget.brotli} B brotli`, async () => {
      const sizes = await measure(rowById(budget.id));
      // A bundle that lost its content would pass any budget: make sure something real was built.
      expect(sizes.raw).toBeGreaterThan(sizes.brotli);
      expect(sizes.warnings).toEqual([]);
      expect(
        sizes.brotli,
        `${budget.label}: ${sizes.brotli} B brotli (${sizes.raw} B raw)`,
      ).toBeLessThanOrEqual(budget.brotli);
    });
  }

  it('reads the installed package, not the sources', async () => {
    for (const id of ['core', 'hook-own', 'form-own', 'css']) {
      const sizes = await measure(rowById(id));
      const ours = sizes.inputs.filter((f: string) => f.includes('react-cognito-reset/'));
      expect(ours.length, id).toBeGreaterThan(0);
      for (const file of ours) expect(file, id).toMatch(/node_modules\/react-cognito-reset\/dist\//);
      expect(
        sizes.inputs.some((f: string) => /(^|\/)src\//.test(f)),
        id,
      ).toBe(false);
    }
    expect(app).toMatch(/rcr-size-/);
  });

  // What tree-shaking the published root entry means: the hook alone carries no styled module, and
  // /core alone carries no React layer, while the drop-in does carry the styled layer.
  it('tree-shakes the root entry: the hook alone bundles nothing from the styled layer', async () => {
    const hook = ownFiles(await measure(rowById('hook-own')));
    expect(hook).toContain('dist/headless/useConfirmForgotPassword.js');
    expect(hook.filter((f) => f.startsWith('dist/styled/'))).toEqual([]);
    const form = ownFiles(await measure(rowById('form-own')));
    expect(form).toEqual(expect.arrayContaining(['dist/styled/ConfirmResetForm.js', 'dist/styled/parts.js']));
    const core = ownFiles(await measure(rowById('core')));
    expect(core.filter((f) => /^dist\/(headless|styled)\//.test(f))).toEqual([]);
    const codeInput = ownFiles(await measure(rowById('code-input')));
    expect(codeInput.filter((f) => f.startsWith('dist/headless/useConfirmForgotPassword'))).toEqual([]);
  });

  // The passwordChecks runner and the WebOTP request are loaded with import() when first needed:
  // an app that uses neither must not download them with the form.
  it.each([
    ['form-own', 'the drop-in, own code'],
    ['form-deps', 'the drop-in with dependencies'],
    ['hook-own', 'the hook alone'],
  ])('keeps the checks runner and the WebOTP request out of the initial chunk of %s (%s)', async (id) => {
    const sizes = await measure(rowById(id));
    expect(ownFiles(sizes)).toContain('dist/headless/checklist.js');
    expect(ownFiles(sizes)).toContain('dist/headless/useWebOtp.js');
    for (const lazy of LAZY_MODULES) expect(ownFiles(sizes), lazy).not.toContain(lazy);
    // Each is a chunk of its own, loaded on demand, holding that module and no other of ours.
    // (The other lazy chunks are the locale catalogues and the transports behind proxyUrl/actions.)
    const ours = sizes.lazy.filter((l: { module: string }) => LAZY_MODULES.includes(l.module));
    expect(ours.map((l: { module: string }) => l.module).sort()).toEqual([...LAZY_MODULES].sort());
    for (const chunk of ours) {
      expect(ownFiles(chunk)).toEqual([chunk.module]);
      expect(chunk.brotli).toBeGreaterThan(100);
    }
    // Loading them adds exactly their chunks to what the page has.
    const lazyBrotli = ours.reduce((n: number, l: { brotli: number }) => n + l.brotli, 0);
    expect(sizes.loaded.brotli).toBe(sizes.brotli + lazyBrotli);
  });

  it('counts the lazy chunks in the rows that say they are loaded', async () => {
    const initial = await measure(rowById('form-deps'));
    const loaded = await measure(rowById('form-deps-loaded'));
    expect(loaded.brotli).toBe(initial.loaded.brotli);
    const ours = initial.lazy.filter((l: { module: string }) => LAZY_MODULES.includes(l.module));
    expect(loaded.files).toBe(
      initial.files + ours.reduce((n: number, l: { files: number }) => n + l.files, 0),
    );
    expect(ownFiles(loaded)).toEqual(expect.arrayContaining(LAZY_MODULES));
  });

  it('keeps each locale catalogue and the proxyUrl/actions transports out of the drop-in (chunks of their own)', async () => {
    const sizes = await measure(rowById('form-deps'));
    const modules = sizes.lazy.map((l: { module: string }) => l.module);
    for (const m of ['dist/core/proxy-transport.js', 'dist/core/action-transport.js', 'dist/locales/fr.js']) {
      expect(
        modules.some((x: string) => x.endsWith(m.replace(/^dist\//, ''))),
        m,
      ).toBe(true);
      expect(ownFiles(sizes), m).not.toContain(m);
    }
  });

  it('loads nothing on demand where no feature needs it (the core transport, <CodeInput>)', async () => {
    for (const id of ['core', 'code-input']) {
      const sizes = await measure(rowById(id));
      expect(sizes.lazy, id).toEqual([]);
      expect(sizes.files, id).toBe(1);
    }
  });

  // What makes the chunks in an app's build: the published modules import the two only through
  // import(), so every bundler (and a browser loading dist/ as is) fetches them on demand.
  it('the installed package imports the lazy modules only with import()', () => {
    const dist = join(app, 'node_modules', 'react-cognito-reset', 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    for (const lazy of LAZY_MODULES) expect(files).toContain(lazy.replace(/^dist\//, ''));
    const names = LAZY_MODULES.map((m) => m.split('/').at(-1)!.replace('.', '\\.')).join('|');
    const staticImport = new RegExp(`(from|import)\\s*["'][./]*(headless/)?(${names})["']`);
    const dynamicImport = new RegExp(`import\\(\\s*["']\\./(${names})["']\\s*\\)`, 'g');
    const dynamic: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(staticImport);
      for (const [, name] of text.matchAll(dynamicImport)) dynamic.push(`${file} → ${name}`);
    }
    expect(dynamic.sort()).toEqual([
      'headless/checklist.js → password-checks.js',
      'headless/useWebOtp.js → web-otp.js',
    ]);
  });

  it('measures the same entry identically twice (the numbers are deterministic)', async () => {
    const row = rowById('hook-own');
    const [a, b] = [await measure(row), await measure(row)];
    expect(b).toEqual(a);
  });
});
