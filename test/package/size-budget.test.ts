// Size budgets, measured on what users install: the repo packed with `npm pack`, installed with
// npm into a temporary app, and each row imported there by package name (bench/measure.mjs, the
// same code that writes BENCHMARKS.md). Bytes are deterministic (same esbuild, same files), so
// these are exact checks, not timings. Needs dist/ (npm test builds first) and the npm registry or
// its cache for the package's dependencies.
import { realpathSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, measure, packedApp, removePackedApp, rowById } from '../../bench/measure.mjs';

let app = '';
beforeAll(async () => {
  app = realpathSync(await packedApp());
}, 300_000);
afterAll(() => removePackedApp());

/** The package files a row bundled, as paths inside the installed package (`dist/…`). */
const ownFiles = (sizes: { byOwnFile: [string, number][] }) => sizes.byOwnFile.map(([file]) => file);

describe('size budgets (packed tarball, esbuild, minified ESM, browser, React external, brotli 11)', () => {
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

  it('measures the same entry identically twice (the numbers are deterministic)', async () => {
    const row = rowById('hook-own');
    const [a, b] = [await measure(row), await measure(row)];
    expect(b).toEqual(a);
  });
});
