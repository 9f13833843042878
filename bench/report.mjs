// Turns the measurements into BENCHMARKS.md's markdown. Pure formatting: every number shown comes
// from the objects bench/run.mjs passes in.
import { BUDGETS, OUR_DEPENDENCIES, SIZE_ROWS } from './measure.mjs';

const kb = (n) => (n / 1024).toFixed(2);
const bytes = (n) => n.toLocaleString('en-US');
const ms = (n) => n.toFixed(n < 10 ? 2 : 1);
const times = (a, b) => `${(a / b).toFixed(1)}×`;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** The bundle-size section: one row per measured entry, theirs with the ratio to ours. */
export function sizeSection(sizes) {
  const byId = new Map(sizes.map((s) => [s.id, s]));
  const rows = SIZE_ROWS.map((row) => {
    const s = byId.get(row.id);
    // `compare` names one row of ours, or several (each gets its ratio).
    const ratio = [row.compare ?? []]
      .flat()
      .map(
        (id) => `**${times(s.brotli, byId.get(id).brotli)}** vs ${SIZE_ROWS.find((r) => r.id === id).short}`,
      )
      .join('<br>');
    // Chunks an `import()` loads when first needed; a `-loaded` row has them in its own figures.
    const lazy = row.loaded
      ? '(included)'
      : s.lazy.map((l) => `${bytes(l.brotli)} (${l.module.replace(/^dist\//, '')})`).join(' + ');
    return [row.side, row.label, bytes(s.raw), bytes(s.gzip), `**${bytes(s.brotli)}**`, lazy, ratio];
  });
  const budgets = BUDGETS.map((b) => {
    const s = byId.get(b.id);
    return [
      b.label,
      `${bytes(s.brotli)} B`,
      b.design === null ? '—' : `${bytes(b.design)} B`,
      b.design !== null && s.brotli <= b.design ? 'within' : `ceiling ${bytes(b.brotli)} B`,
    ];
  });
  const split = (id) =>
    byId
      .get(id)
      .byPackage.filter(([, n]) => n > 0)
      .map(([pkg, n]) => `${pkg} ${kb(n)} KB`)
      .join(' · ');
  const files = (id, n) =>
    byId
      .get(id)
      .byOwnFile.slice(0, n)
      .map(([f, b]) => `${f.replace(/^dist\//, '')} ${kb(b)} KB`)
      .join(' · ');
  const full = byId.get('form-transport-deps');
  const auth = byId.get('authenticator');
  return `## 1. Bundle size

Every row is built in this run with the same esbuild options: bundle, minify, ESM, \`platform: browser\`, \`target: es2020\`, \`react\` / \`react-dom\` / \`react/jsx-runtime\` external, \`process.env.NODE_ENV = "production"\`. Sizes in bytes; gzip at level 9, brotli at quality 11 (node:zlib). "Own code" leaves our dependencies (${OUR_DEPENDENCIES.join(', ')}) out; "+ dependencies" bundles them. Stylesheets go through esbuild's CSS loader, minified. JS rows are measured as an app's bundler splits them: **brotli is the initial chunk** (the entry bundled with every \`import()\` left out: what a page loads up front), and "loaded on demand" lists, for each \`import()\` left after tree shaking, the chunk it loads when a feature is first used (that module bundled without what the initial chunk already has) (the \`passwordChecks\` runner, the WebOTP request); the rows "with \`passwordChecks\` and WebOTP loaded" count both. A \`locale\` catalogue and the transport behind \`proxyUrl\` or \`actions\` are chunks of their own too, listed here and counted in no row. Our rows measure what users install: the repo packed with \`npm pack\`, installed with npm into a temporary app, and imported there by package name (\`import { useConfirmForgotPassword } from 'react-cognito-reset'\`…), so the exports map, the unbundled modules and \`"sideEffects"\` decide what is bundled, as in an app. Their rows are the entry files in \`bench/entries/\`.

${table(['', 'what', 'raw', 'gzip', 'brotli (initial)', 'loaded on demand (brotli)', 'theirs ÷ ours (brotli)'], rows)}

The Authenticator also talks to Cognito itself; against our complete step (drop-in + \`createCognitoTransport\` + dependencies, ${bytes(full.brotli)} B) it is ${times(auth.brotli, full.brotli)} larger.

The Authenticator's reset runs both steps (send code, then confirm); so does \`<PasswordReset>\` (${bytes(byId.get('flow-deps').brotli)} B with dependencies): the Authenticator is ${times(auth.brotli, byId.get('flow-deps').brotli)} larger than the flow.

**Where the flow's bytes go** (\`<PasswordReset>\` + dependencies): ${split('flow-deps')}.
**Our own code in the flow, largest modules**: ${files('flow-own', 10)}.
**Where the drop-in's bytes go** (minified, before compression, \`<ConfirmResetForm>\` + dependencies): ${split('form-deps')}.
**Our own code in it, largest modules of the installed package**: ${files('form-own', 8)}.
**Headless only** (\`useConfirmForgotPassword\`, own code), largest modules: ${files('hook-own', 6)}.
**Core transport** (\`createCognitoTransport\` only), by module: ${files('core', 8)}.

### Size budgets (measured the same way on the packed package, initial chunk unless the row says otherwise; DESIGN.md's budget, and where what ships is over it or DESIGN.md sets none, the ceiling \`test/package/size-budget.test.ts\` enforces)

${table(['budget', 'measured (brotli)', 'design budget', ''], budgets)}
`;
}

/** The render-cost section (jsdom, React development build, counts only). */
export function renderSection(results) {
  const rows = results.map((r) => [
    r.name,
    r.keys,
    r.commitsPerKey,
    r.rendersPerKey,
    r.components.map(([c, n]) => `${c} ×${n}`).join(', '),
  ]);
  return `## 2. Render cost per keystroke (React Profiler, jsdom)

\`<ConfirmResetForm username="…">\` in jsdom, typed into with @testing-library/user-event; the last row is \`<PasswordReset>\` brought to its confirm step through its request step (the username typed, "Send code" pressed, against the memory pool). Commits are the \`<Profiler>\`'s \`onRender\` calls; a component counts as rendered when its function ran in that commit (including runs whose state update then changed nothing). The resend cooldown is off here (\`resendCooldownSeconds={0}\`) so its once-a-second tick does not land between keys. Counts, not times: they do not depend on the machine.

${table(['field', 'keys', 'commits / key', 'component renders / key', 'components that rendered (renders / key)'], rows)}
`;
}

/** The browser section: keystroke latency, script time, first input, JS bytes and renders per key. */
export function browserSection(k, pages) {
  const s = k.summary;
  // Columns: each page, then Amplify UI against each of ours, then each of ours against the floor.
  const OURS = ['ours', 'flow'];
  const COLUMNS = ['ours', 'flow', 'amplify', 'floor'];
  const line = (label, key, rate) => {
    const at = (p) => s[`${p}@${rate}`][key];
    const ratio = (a, b) => `${times(at(a).p50, at(b).p50)} / ${times(at(a).p95, at(b).p95)}`;
    return [
      label,
      ...COLUMNS.map((p) => `${ms(at(p).p50)} / ${ms(at(p).p95)}`),
      ...OURS.map((o) => ratio('amplify', o)),
      ...OURS.map((o) => ratio(o, 'floor')),
    ];
  };
  const rows = [];
  for (const rate of [1, k.throttle]) {
    const tag = rate === 1 ? '' : ` (${rate}× CPU throttling)`;
    rows.push(line(`keydown → input handled${tag}`, 'input', rate));
    rows.push(line(`keydown → next frame${tag}`, 'frame', rate));
    rows.push(line(`script time per key${tag}`, 'script', rate));
    rows.push(line(`navigation → first input in DOM${tag}`, 'firstInput', rate));
  }
  const js = Object.fromEntries(COLUMNS.map((p) => [p, s[`${p}@1`].js]));
  rows.push([
    'JS transferred (brotli) / decoded, bytes',
    ...COLUMNS.map((p) => `${bytes(js[p].encoded)} / ${bytes(js[p].decoded)}`),
    ...OURS.map((o) => times(js.amplify.encoded, js[o].encoded)),
    ...OURS.map((o) => times(js[o].encoded, js.floor.encoded)),
  ]);
  const r = k.renders;
  const per = (n) => n.toFixed(2);
  rows.push([
    'React commits / component renders per key',
    ...COLUMNS.map((p) => `${per(r[p].commitsPerKey)} / ${per(r[p].rendersPerKey)}`),
    ...OURS.map((o) => times(r.amplify.rendersPerKey, r[o].rendersPerKey)),
    ...OURS.map((o) => times(r[o].rendersPerKey, r.floor.rendersPerKey)),
  ]);
  const names = pages.map((p) => `- **${p.id}**: ${p.label}`).join('\n');
  return `## 3. Keystroke cost in Chromium

${pages.length} pages, each built the same way (esbuild, bundle, minify, ESM, es2020, production, React bundled in) and served from 127.0.0.1 (encoding: ${k.encodings.join(', ')}); a fresh browser context (cold cache) per visit:
${names}

One headless Chromium ${k.browserVersion} run, ${k.rounds} rounds per CPU rate, page order alternating A B C D / D C B A between rounds, plus one unrecorded warm-up visit per page. Each visit types the same ${k.keysPerVisit} characters into the new-password field (${s['ours@1'].keys} keystrokes per page and rate; our flow and Amplify UI are first driven through their "send code" step against cognito-local to reach that field). Per key: *input handled* is a capturing \`keydown\` listener on window to a bubbling \`input\` listener on window (which runs after React's handlers and the microtasks they queue); *next frame* is \`keydown\` to \`requestAnimationFrame\` then \`setTimeout 0\`; *script time* is Chromium's \`Performance.getMetrics\` ScriptDuration before and after the key (it includes the harness's own small evaluation, the same on every page). Milliseconds, p50 / p95. *Commits / renders per key* come from ${r.ours.keys / k.keysPerVisit} further untimed visits per page typing the same characters, with a React DevTools hook in the page that walks each commit's fibers (bench/render-hook.mjs, the walk section 2 uses): every component whose function ran counts, Amplify UI's included; our pages keep their resend cooldown on, so a tick that lands while typing counts too.

${table(['', 'ours', 'ours: flow', 'Amplify UI', 'floor', 'Amplify ÷ ours', 'Amplify ÷ flow', 'ours ÷ floor', 'flow ÷ floor'], rows)}
`;
}

/** The CPU-profile section: where our per-key script time goes, next to the floor's. */
export function profileSection(profile) {
  const fmt = (id) => {
    const p = profile[id];
    const rows = p.owners
      .filter((o) => o.perKeyMs >= 0.005)
      .map((o) => [o.owner, ms(o.perKeyMs), `${(o.share * 100).toFixed(1)} %`]);
    return `**${id}**: ${ms(p.scriptPerKeyMs)} ms of sampled script per key (${p.keys} keys); the browser's own non-script work (\`(program)\`: style, layout, event dispatch) ${ms(p.programPerKeyMs)} ms.

${table(['where', 'ms / key', 'share'], rows)}`;
  };
  return `## 4. Where the per-key script time goes (CPU profile)

Separate, unthrottled visits typing the same characters with Chromium's sampling profiler on (50 µs), mapped through each page's source map to the package or our source file; built-ins are charged to the page function that called them. The profiler slows the page, so read the shares, not the absolute times.

${Object.keys(profile).map(fmt).join('\n\n')}
`;
}
