// Keystroke cost in real (headless) Chromium: for each page, p50/p95 of keydown → input handled,
// keydown → next frame and script time per key, with and without CPU throttling, plus navigation →
// first input and JS bytes. Pages are visited in alternating rounds (A B C, C B A, …) so drift
// (thermal, background work, cognito-local's growing database) falls on all of them alike. Then
// separate, untimed visits count React commits and component renders per key on every page.
import { openPage, PAGES, pressAndSettle, TYPED, withBrowserBench } from './browser.mjs';
import { RENDER_COUNTER } from './render-hook.mjs';

const metric = async (cdp, name) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;

async function visit(browser, base, spec, pool, throttle) {
  const { context, page, cdp, field, errors, firstInput, js } = await openPage(
    browser,
    base,
    spec,
    pool,
    throttle,
  );
  try {
    const script = [];
    for (const ch of TYPED) {
      const before = await metric(cdp, 'ScriptDuration');
      await pressAndSettle(page, ch);
      script.push(((await metric(cdp, 'ScriptDuration')) - before) * 1000);
    }
    const samples = await page.evaluate(() =>
      window.__bench.samples.map((s) => ({ input: s.input, frame: s.frame })),
    );
    const typed = await field.inputValue();
    if (typed !== TYPED)
      throw new Error(`${spec.id}: typed "${typed.length} chars", expected ${TYPED.length}`);
    if (samples.length !== TYPED.length || samples.some((s) => s.input === null)) {
      throw new Error(`${spec.id}: ${samples.length} keydowns recorded, some without an input event`);
    }
    if (errors.length) throw new Error(`${spec.id}: page error: ${errors[0]}`);
    return { firstInput, js, samples, script };
  } finally {
    await context.close();
  }
}

/**
 * React commits and component renders per key while typing `TYPED`, counted through a DevTools
 * hook in the page's own (production) React: the same count for every page, Amplify UI's too. The
 * hook's walk costs script time, so these visits are never the timed ones.
 */
async function countRenders(browser, base, spec, pool) {
  const { context, page, field, errors } = await openPage(browser, base, spec, pool, 1, {
    init: RENDER_COUNTER,
  });
  try {
    for (const ch of TYPED) await pressAndSettle(page, ch);
    if ((await field.inputValue()) !== TYPED) throw new Error(`${spec.id}: typing was lost`);
    if (errors.length) throw new Error(`${spec.id}: page error: ${errors[0]}`);
    return await page.evaluate(() => window.__renders);
  } finally {
    await context.close();
  }
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs the whole browser benchmark. `rounds` per throttling rate; each round visits every page
 * once and types `TYPED` (24 keys), so 10 rounds give 240 keystrokes per page and rate. Then
 * `renderVisits` untimed visits per page count commits and renders per key.
 */
export function measureKeystrokes({ rounds = 10, throttle = 4, renderVisits = 3, log = () => {} } = {}) {
  return withBrowserBench(async ({ browser, browserPath, base, pool, encodings }) => {
    const results = {};
    for (const rate of [1, throttle]) {
      for (const p of PAGES)
        results[`${p.id}@${rate}`] = { firstInput: [], js: null, input: [], frame: [], script: [] };
    }
    // One unrecorded visit per page warms Chromium, cognito-local and the server up.
    for (const p of PAGES) await visit(browser, base, p, pool, 1);
    for (let r = 0; r < rounds * 2; r++) {
      const rate = r % 2 === 0 ? 1 : throttle;
      const order = Math.floor(r / 2) % 2 === 0 ? PAGES : [...PAGES].reverse();
      log(`round ${r + 1}/${rounds * 2} (${rate}×): ${order.map((p) => p.id).join(' ')}`);
      for (const p of order) {
        const v = await visit(browser, base, p, pool, rate);
        const acc = results[`${p.id}@${rate}`];
        acc.firstInput.push(v.firstInput);
        acc.js = v.js;
        for (const s of v.samples) {
          acc.input.push(s.input);
          acc.frame.push(s.frame);
        }
        acc.script.push(...v.script);
      }
    }
    const renders = {};
    for (const p of PAGES) {
      log(`render count ${p.id} (${renderVisits} visits)`);
      const total = { commits: 0, renders: 0 };
      for (let v = 0; v < renderVisits; v++) {
        const c = await countRenders(browser, base, p, pool);
        total.commits += c.commits;
        total.renders += c.renders;
      }
      const keys = renderVisits * TYPED.length;
      renders[p.id] = { keys, commitsPerKey: total.commits / keys, rendersPerKey: total.renders / keys };
    }
    const summary = {};
    for (const [key, acc] of Object.entries(results)) {
      const stat = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
      summary[key] = {
        keys: acc.input.length,
        input: stat(acc.input),
        frame: stat(acc.frame),
        script: stat(acc.script),
        firstInput: stat(acc.firstInput),
        js: acc.js,
      };
    }
    return {
      summary,
      renders,
      browserVersion: browser.version(),
      browserPath,
      encodings: [...encodings],
      rounds,
      throttle,
      keysPerVisit: TYPED.length,
    };
  });
}
