// Counts React commits and component renders per keystroke in the drop-in, in jsdom (counts do not
// depend on the machine). Run alone with `node bench/render-cost.mjs`; bench/run.mjs calls
// measureRenderCost(), which runs this file in a child process: jsdom becomes the global scope, and
// that must not leak into the browser benchmark (nor React's MessagePort keep the run alive).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { ROOT } from './measure.mjs';

/** Installs jsdom's window as the global scope, as vitest's jsdom environment does. */
function installDom() {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://127.0.0.1/',
    pretendToBeVisual: true,
  });
  const { window } = dom;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
  }
  for (const key of ['navigator', 'location', 'document', 'window']) {
    Object.defineProperty(globalThis, key, {
      configurable: true,
      value: key === 'window' ? window : window[key],
    });
  }
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  return dom;
}

/** A DevTools hook just big enough for React to report every commit to us. */
function installHook(renderedIn) {
  const hook = {
    commits: [],
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      hook.renderers.set(1, renderer);
      return 1;
    },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      hook.commits.push(hook.renderedIn ? hook.renderedIn(root) : []);
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
    renderedIn,
  };
  globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;
  return hook;
}

/** Builds bench/render-cost-app.tsx (React's development build: Profiler needs it) and runs it here. */
async function runHere() {
  const dir = mkdtempSync(join(tmpdir(), 'rcr-render-cost-'));
  try {
    const file = join(dir, 'app.mjs');
    await build({
      entryPoints: [join(ROOT, 'bench', 'render-cost-app.tsx')],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      jsx: 'automatic',
      // Component names as written (esbuild would rename an inner `function CodeInput` to CodeInput2).
      keepNames: true,
      // jsdom stays outside: it is already loaded and installed as the global scope.
      external: ['jsdom'],
      define: { 'process.env.NODE_ENV': '"development"' },
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: 'error',
    });
    const dom = installDom();
    const hook = installHook();
    const app = await import(pathToFileURL(file).href);
    hook.renderedIn = app.renderedIn;
    const results = await app.run(hook);
    dom.window.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The render-cost scenarios, measured in a child process. */
export function measureRenderCost() {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runHere();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(results));
    process.exit(0);
  }
  for (const r of results) {
    console.log(`${r.name}: ${r.commitsPerKey} commits, ${r.rendersPerKey} component renders per key`);
    console.log(`  ${r.components.map(([c, n]) => `${c}×${n}`).join(', ')}`);
  }
  process.exit(0);
}
