// Size budgets: the promise of "an order of magnitude less code" kept true by a failing test.
// Bytes are deterministic (same esbuild, same sources), so these are exact checks, not timings;
// bench/measure.mjs builds every row exactly as the published BENCHMARKS.md table does.
import { describe, expect, it } from 'vitest';
import { BUDGETS, measure, rowById } from '../../bench/measure.mjs';

describe('size budgets (esbuild, minified ESM, browser, es2020, React external, brotli 11)', () => {
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

  it('measures the same entry identically twice (the numbers are deterministic)', async () => {
    const row = rowById('core');
    const [a, b] = [await measure(row), await measure(row)];
    expect(b).toEqual(a);
  });
});
