// Where the drop-in's per-keystroke script time goes: a sampling CPU profile of typing into its
// new-password field in Chromium, mapped through the page's source map to the package (or our own
// source file) each sampled function came from. Separate visits from the timed ones: the profiler
// itself slows the page, so these shares are for attribution, never for the timing table.
import { SourceMap } from 'node:module';
import { openPage, PAGES, pressAndSettle, TYPED, withBrowserBench } from './browser.mjs';

/** `react-dom`, `@tanstack/query-core`, or `src/…` for our own files. */
function ownerOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) {
    const src = source.indexOf('src/');
    return src >= 0 ? source.slice(src) : source;
  }
  const parts = source.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Self time per owner (ms) from one CDP profile. Page frames map through the source map; a
 * built-in (setTimeout, a DOM setter) is charged to the nearest page frame that called it; frames
 * of the timing listeners and Playwright's evaluations are the harness; `(program)` is the
 * browser's own work outside JavaScript (style, layout, event dispatch) and is kept apart.
 */
function attribute(profile, url, map, totals) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ownerCache = new Map();
  const ownerOfNode = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    const f = byId.get(id).callFrame;
    let owner;
    if (f.url === url) {
      const entry = map.findEntry(f.lineNumber, f.columnNumber);
      owner = entry?.originalSource ? ownerOf(entry.originalSource) : '(page, unmapped)';
    } else if (f.url) owner = '(bench harness)';
    else if (f.functionName === '(program)' || f.functionName === '(garbage collector)')
      owner = f.functionName;
    else owner = parent.has(id) ? ownerOfNode(parent.get(id)) : '(bench harness)';
    ownerCache.set(id, owner);
    return owner;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    // timeDeltas[i] is the gap before sample i: it belongs to the sample before it.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const owner = ownerOfNode(id);
    totals.set(owner, (totals.get(owner) ?? 0) + ms);
  }
}

/**
 * Profiles `visits` visits of typing `TYPED` into each listed page (unthrottled). Returns, per
 * page, the sampled script time per key and its split by owner, largest first, and the browser's
 * own (non-script) time per key.
 */
export function profileTyping({ pages = ['ours', 'floor'], visits = 10, log = () => {} } = {}) {
  return withBrowserBench(
    async ({ browser, base, pool, maps }) => {
      const out = {};
      for (const id of pages) {
        const spec = PAGES.find((p) => p.id === id);
        const map = new SourceMap(maps.get(id));
        const totals = new Map();
        let keys = 0;
        for (let v = 0; v < visits; v++) {
          log(`profile ${id} ${v + 1}/${visits}`);
          const { context, page, cdp } = await openPage(browser, base, spec, pool, 1);
          try {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
            await cdp.send('Profiler.start');
            for (const ch of TYPED) await pressAndSettle(page, ch);
            const { profile } = await cdp.send('Profiler.stop');
            attribute(profile, `${base}/${id}/page.js`, map, totals);
            keys += TYPED.length;
          } finally {
            await context.close();
          }
        }
        const program = totals.get('(program)') ?? 0;
        totals.delete('(program)');
        const entries = [...totals].sort((a, b) => b[1] - a[1]);
        const total = entries.reduce((a, [, ms]) => a + ms, 0);
        out[id] = {
          keys,
          scriptPerKeyMs: total / keys,
          programPerKeyMs: program / keys,
          owners: entries.map(([owner, ms]) => ({ owner, perKeyMs: ms / keys, share: ms / total })),
        };
      }
      return out;
    },
    { sourcemap: true },
  );
}
