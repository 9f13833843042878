// The browser side of the benchmark: pages built the same way (our drop-in, our whole flow and
// Amplify UI's Authenticator on their confirm-reset screens against cognito-local, and a hand-written floor),
// served from 127.0.0.1 to headless Chromium, with listeners that time each keystroke.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { startCognitoLocal } from './cognito-local.mjs';
import { ROOT } from './measure.mjs';

/** What is typed into each page's new-password field on every visit. */
export const TYPED = 'correct-Horse7!battery99';

/** The pages; `ready` brings a freshly loaded page to its new-password field. */
export const PAGES = [
  {
    id: 'ours',
    label: 'react-cognito-reset `<ConfirmResetForm>`',
    entry: 'ours.tsx',
    css: join(ROOT, 'bench', 'entries', 'ours-styles.css'),
    ready: async (page) => page.getByLabel('New password', { exact: true }),
  },
  {
    id: 'flow',
    label: 'react-cognito-reset `<PasswordReset>` at its confirm step',
    entry: 'flow.tsx',
    css: join(ROOT, 'bench', 'entries', 'ours-styles.css'),
    // The confirm step comes after "Send code": drive that step for real against cognito-local.
    ready: async (page, pool) => {
      await page.getByLabel('Username', { exact: true }).fill(pool.username);
      await page.getByRole('button', { name: 'Send code' }).click();
      return page.getByLabel('New password', { exact: true });
    },
  },
  {
    id: 'amplify',
    label: 'Amplify UI `<Authenticator initialState="forgotPassword">`',
    entry: 'amplify.tsx',
    css: join(ROOT, 'bench', 'entries', 'amplify-ui-styles.css'),
    // The reset code screen comes after "send code": drive that step for real against cognito-local.
    ready: async (page, pool) => {
      await page.getByRole('textbox', { name: /username/i }).fill(pool.username);
      await page.getByRole('button', { name: /send code/i }).click();
      return page.getByLabel('New Password', { exact: true });
    },
  },
  {
    id: 'floor',
    label: 'three plain inputs + a live five-rule checklist, hand-written in React, no libraries',
    entry: 'floor.tsx',
    ready: async (page) => page.getByLabel('New password', { exact: true }),
  },
];

// Runs in every page before its own scripts: timestamps relative to navigation start.
export const INSTRUMENT = `(() => {
  const b = (window.__bench = { armed: false, samples: [], current: null, firstInput: null });
  const mo = new MutationObserver(() => {
    if (document.querySelector('input')) { b.firstInput = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true });
  // Capturing on window: runs before any page listener of the keydown.
  addEventListener('keydown', () => {
    if (!b.armed) return;
    const s = { t0: performance.now(), input: null, frame: null, done: null };
    b.samples.push(s);
    b.current = s;
    requestAnimationFrame(() => setTimeout(() => { s.frame = performance.now() - s.t0; if (s.done) s.done(); }, 0));
  }, true);
  // Bubbling on window: runs after React's root listener (and the microtasks its updates queue).
  addEventListener('input', () => {
    const s = b.current;
    if (b.armed && s && s.input === null) s.input = performance.now() - s.t0;
  });
  b.settled = () => new Promise((r) => { const s = b.current; if (!s || s.frame !== null) r(); else s.done = r; });
})();
//# sourceURL=bench-instrument.js`;

/**
 * Builds the pages like an app's production build: one minified ESM file each, React included.
 * With `sourcemap`, also returns each page's source map (never served) for the CPU profile.
 */
export async function buildPages({ sourcemap = false } = {}) {
  const maps = new Map();
  const files = new Map();
  const add = (path, type, body) => {
    const raw = Buffer.from(body);
    files.set(path, {
      type,
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    });
  };
  for (const p of PAGES) {
    const js = await build({
      entryPoints: [join(ROOT, 'bench', 'pages', p.entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      sourcemap: sourcemap ? 'external' : false,
      outfile: join(ROOT, 'bench', '.out', `${p.id}.js`),
      write: false,
      logLevel: 'error',
    });
    const out = (ext) => js.outputFiles.find((f) => f.path.endsWith(ext));
    add(`/${p.id}/page.js`, 'text/javascript', out('.js').contents);
    if (sourcemap) maps.set(p.id, JSON.parse(out('.js.map').text));
    if (p.css) {
      const css = await build({
        entryPoints: [p.css],
        bundle: true,
        minify: true,
        loader: { '.css': 'css' },
        write: false,
        logLevel: 'error',
      });
      add(`/${p.id}/styles.css`, 'text/css', css.outputFiles[0].contents);
    }
    const link = p.css ? '<link rel="stylesheet" href="styles.css">' : '';
    add(
      `/${p.id}/`,
      'text/html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${p.id}</title>${link}</head><body><div id="root"></div><script type="module" src="page.js"></script></body></html>`,
    );
  }
  return { files, maps };
}

/** Serves the built pages from 127.0.0.1, compressed as the browser asks (brotli 11 or gzip -9). */
export function serve(files) {
  const encodings = new Set();
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url, 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    encodings.add(enc ?? 'identity');
    res.writeHead(200, {
      'content-type': file.type,
      'cache-control': 'no-store',
      ...(enc ? { 'content-encoding': enc } : {}),
    });
    res.end(enc ? file[enc] : file.raw);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, encodings })),
  );
}

/**
 * Opens one page in a fresh context (cold cache), brings it to its new-password field, focuses it
 * and arms the keystroke listeners. `init`: another script to run before the page's own (after
 * the instrument). The caller closes `context`.
 */
export async function openPage(browser, base, spec, pool, throttle, { init } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    await context.addInitScript(INSTRUMENT);
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const query = new URLSearchParams({
      endpoint: pool.endpoint,
      userPoolId: pool.userPoolId,
      clientId: pool.clientId,
      username: pool.username,
    });
    await page.goto(`${base}/${spec.id}/?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.firstInput !== null);
    const firstInput = await page.evaluate(() => window.__bench.firstInput);
    const field = await spec.ready(page, pool);
    await field.click();
    // Let focus handling and any pending work finish before the first measured key.
    await page.waitForTimeout(150);
    const js = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .reduce(
          (a, e) => ({ encoded: a.encoded + e.encodedBodySize, decoded: a.decoded + e.decodedBodySize }),
          {
            encoded: 0,
            decoded: 0,
          },
        ),
    );
    await page.evaluate(() => {
      window.__bench.armed = true;
    });
    return { context, page, cdp, field, errors, firstInput, js };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Presses one key and waits for the frame after it (rAF, then a task). */
export async function pressAndSettle(page, key) {
  await page.keyboard.press(key);
  await page.evaluate(() => window.__bench.settled());
}

/**
 * Starts cognito-local (with its pool and user), builds and serves the pages, launches Chromium,
 * runs `fn({ browser, browserPath, base, pool, maps, encodings })`, and stops everything again, also
 * on failure. Chromium is the one scripts/ensure-chromium.mjs finds (or installs), with its flags.
 */
export async function withBrowserBench(fn, { sourcemap = false } = {}) {
  const browserPath = ensureChromium();
  const pool = await startCognitoLocal();
  try {
    const { files, maps } = await buildPages({ sourcemap });
    const { server, port, encodings } = await serve(files);
    try {
      const browser = await chromium.launch({ executablePath: browserPath, args: [...CHROMIUM_FLAGS] });
      try {
        return await fn({ browser, browserPath, base: `http://127.0.0.1:${port}`, pool, maps, encodings });
      } finally {
        await browser.close();
      }
    } finally {
      server.close();
    }
  } finally {
    await pool.stop();
  }
}
