// Render counts per keystroke in the drop-in, as BENCHMARKS.md reports them. Counts are
// deterministic (they do not depend on the machine), so they may be asserted; times never are.
import { describe, expect, it } from 'vitest';
import { measureRenderCost } from '../../bench/render-cost.mjs';

describe('render cost of the drop-in per keystroke (React Profiler, jsdom)', () => {
  it('re-renders only the part that shows the change', { timeout: 60_000 }, () => {
    const byName = Object.fromEntries(measureRenderCost().map((r) => [r.name, r]));
    // The code field draws its own slots; nothing else renders.
    expect(byName['code field']!.components).toEqual([['CodeInput', 1]]);
    // The password: the checklist alone (its icons are static elements, not components).
    expect(byName['new-password field']!.components).toEqual([['Policy', 1]]);
    // After both password fields were left, the form renders only when an error appears or goes.
    expect(byName['new-password field, after leaving it once']!.rendersPerKey).toBeLessThan(3);
  });
});
