// Bundle sizes, measured one way for every row: the benchmark table (bench/run.mjs) and the size
// budget test (test/package/size-budget.test.ts) both call this module, so a budget and the
// published table can never disagree about how a byte was counted.
//
// JS rows are split as an app's bundler splits them: a row's figure is its initial chunk, and the
// chunks an `import()` loads on demand are listed apart (`measure()`).
//
// Our rows measure what users install: the repo packed with `npm pack` (dist/ must be built),
// installed with npm into a temporary app, and imported from there by package name, through the
// package's exports map and "sideEffects" — the same way an app's bundler sees it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The repository root (bench/..). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = (file) => join(ROOT, 'bench', 'entries', file);
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Peer dependencies every row leaves out: an app ships exactly one React whichever kit it picks. */
export const REACT_EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime'];
/**
 * Our ordinary dependencies, read from package.json; "own code" rows leave them out, "with
 * dependencies" rows bundle them.
 */
export const OUR_DEPENDENCIES = Object.keys(PACKAGE.dependencies);

/**
 * The esbuild options shared by every row; only entry, externals and platform differ, and JS rows
 * add code splitting (`measure()`).
 */
export const BUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // UTF-8 as the package's own build writes it: the default (ASCII) turns every ’ or … into a
  // six-byte \u escape, which no shipped file contains.
  charset: 'utf8',
  write: false,
  metafile: true,
  logLevel: 'silent',
};

const LOCALES_DIR = join(ROOT, 'src', 'i18n', 'locales');

/**
 * The modules of ours the kit loads with `import()` for issue 19's features (the checks runner,
 * the WebOTP request): they must never be in a row's initial chunk (test/package/size-budget.test.ts
 * checks the drop-in and the hook), and the `-loaded` rows count exactly these on top. The other
 * `import()`s (each locale catalogue, the proxy and action transports behind `proxyUrl`/`actions`)
 * are listed as lazy chunks and counted in no row.
 */
export const LAZY_MODULES = ['dist/headless/password-checks.js', 'dist/headless/web-otp.js'];

/**
 * Every row of the size table. `compare` names the row of ours (or rows) a row of theirs is
 * measured against. Locale rows are derived from src/i18n/locales, so a new catalogue gets its row.
 */
export const SIZE_ROWS = [
  {
    id: 'core',
    side: 'ours',
    label: '`/core`: `createCognitoTransport` only',
    short: 'our core transport',
    source: "export { createCognitoTransport } from 'react-cognito-reset/core';",
  },
  {
    id: 'hook-own',
    side: 'ours',
    label: '`useConfirmForgotPassword` (headless only), own code',
    source: "export { useConfirmForgotPassword } from 'react-cognito-reset';",
    external: OUR_DEPENDENCIES,
  },
  {
    id: 'hook-deps',
    side: 'ours',
    label: '`useConfirmForgotPassword` (headless only) + dependencies',
    source: "export { useConfirmForgotPassword } from 'react-cognito-reset';",
  },
  {
    id: 'form-own',
    side: 'ours',
    label: '`<ConfirmResetForm>`, own code',
    source: "export { ConfirmResetForm } from 'react-cognito-reset';",
    external: OUR_DEPENDENCIES,
  },
  {
    id: 'form-deps',
    side: 'ours',
    label: '`<ConfirmResetForm>` + dependencies',
    short: 'our drop-in + dependencies',
    source: "export { ConfirmResetForm } from 'react-cognito-reset';",
  },
  // The same drop-in with issue 19's lazy chunks loaded too: an app that passes `passwordChecks` and
  // whose code went by SMS to a browser with WebOTP (the runner and the WebOTP request, each a
  // chunk its `import()` loads when first needed).
  {
    id: 'form-own-loaded',
    side: 'ours',
    label: '`<ConfirmResetForm>`, own code, with `passwordChecks` and WebOTP loaded (initial + lazy chunks)',
    source: "export { ConfirmResetForm } from 'react-cognito-reset';",
    external: OUR_DEPENDENCIES,
    loaded: true,
  },
  {
    id: 'form-deps-loaded',
    side: 'ours',
    label:
      '`<ConfirmResetForm>` + dependencies, with `passwordChecks` and WebOTP loaded (initial + lazy chunks)',
    source: "export { ConfirmResetForm } from 'react-cognito-reset';",
    loaded: true,
  },
  {
    id: 'form-transport-deps',
    side: 'ours',
    label: '`<ConfirmResetForm>` + `createCognitoTransport` + dependencies',
    source: [
      "export { ConfirmResetForm } from 'react-cognito-reset';",
      "export { createCognitoTransport } from 'react-cognito-reset/core';",
    ].join('\n'),
  },
  {
    id: 'request-deps',
    side: 'ours',
    label: '`<ForgotPasswordForm>` (the request step alone) + dependencies',
    source: "export { ForgotPasswordForm } from 'react-cognito-reset';",
  },
  {
    id: 'flow-own',
    side: 'ours',
    label: '`<PasswordReset>` (request → confirm → success), own code',
    source: "export { PasswordReset } from 'react-cognito-reset';",
    external: OUR_DEPENDENCIES,
  },
  {
    id: 'flow-deps',
    side: 'ours',
    label: '`<PasswordReset>` (request → confirm → success) + dependencies',
    short: 'our flow + dependencies',
    source: "export { PasswordReset } from 'react-cognito-reset';",
  },
  {
    id: 'code-input',
    side: 'ours',
    label: '`<CodeInput>` alone',
    short: 'our `<CodeInput>`',
    source: "export { CodeInput } from 'react-cognito-reset';",
  },
  {
    id: 'css',
    side: 'ours',
    label: '`styles.css` (as shipped, through esbuild’s CSS minifier)',
    short: 'our `styles.css`',
    source: '@import "react-cognito-reset/styles.css";',
    css: true,
  },
  ...readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({
      id: `locale-${basename(f, '.ts')}`,
      side: 'ours',
      label: `\`/locales/${basename(f, '.ts')}\``,
      source: `export { default } from 'react-cognito-reset/locales/${basename(f, '.ts')}';`,
    })),
  {
    id: 'server',
    side: 'ours',
    label: '`/server`: `createResetHandler` (platform neutral)',
    source: "export { createResetHandler } from 'react-cognito-reset/server';",
    platform: 'neutral',
  },
  {
    id: 'amplify-auth',
    side: 'theirs',
    label: 'aws-amplify v6 `resetPassword` + `confirmResetPassword` + `Amplify.configure`',
    entry: entry('amplify-auth.ts'),
    compare: 'core',
  },
  {
    id: 'identity-js',
    side: 'theirs',
    label: 'amazon-cognito-identity-js `CognitoUser.confirmPassword`',
    entry: entry('identity-js.ts'),
    compare: 'core',
  },
  {
    id: 'aws-sdk',
    side: 'theirs',
    label: 'AWS SDK v3 client + `ForgotPassword` + `ConfirmForgotPassword`',
    entry: entry('aws-sdk.ts'),
    compare: 'core',
  },
  {
    id: 'authenticator',
    side: 'theirs',
    label: '@aws-amplify/ui-react `<Authenticator initialState="forgotPassword">`',
    entry: entry('amplify-authenticator.tsx'),
    // It runs both steps (send code, then confirm): the same work as our flow; the drop-in too.
    compare: ['flow-deps', 'form-deps'],
  },
  {
    id: 'authenticator-css',
    side: 'theirs',
    label: '@aws-amplify/ui-react `styles.css`',
    entry: entry('amplify-ui-styles.css'),
    css: true,
    compare: 'css',
  },
  {
    id: 'input-otp',
    side: 'theirs',
    label: 'input-otp `<OTPInput>`',
    entry: entry('input-otp.ts'),
    compare: 'code-input',
  },
];

/**
 * Size budgets (brotli 11 bytes, measured on the packed package), checked by
 * test/package/size-budget.test.ts. Inside a budget, readable code wins over bytes. A JS row's
 * figure is its initial chunk (what a page loads up front, `measure()`); the `-loaded` rows add
 * the chunks of LAZY_MODULES.
 *
 * `design` is DESIGN.md's budget (null: DESIGN.md sets none); `brotli` is the ceiling the test
 * enforces, just above what ships, so any growth fails while the planner decides (issue 15's note
 * has the cost of each feature that took what ships over the design budget):
 * - core: issue 13's wire hardening (redirect refusal, capped streaming read, a deadline that holds
 *   whatever fetch does, seed checks, checked deliveries, secret blanking) costs ~527 B brotli;
 * - hook and drop-in: issue 14's life cycle (per-operation errors and status, one request per
 *   intent, isolated callbacks, seven policy shapes, six messages) ~2.1 KB, issue 16's fixes 124 B;
 *   then issue 15's public surface (typed and id getters, refs, asChild with Radix's Slot, the
 *   status region), issue 17's defaultCode, and issue 19's WebOTP and pluggable checks: their
 *   runner and the WebOTP request load on demand (the `-loaded` rows), what stays up front is the
 *   checks' lines, their states and words, and the wiring that loads the two;
 * - the flow (`<PasswordReset>`, issue 17): both drop-ins, so everything above plus the request
 *   step (its hook, form and words, ~1.9 KB own code) and the flow's steps and focus moves;
 * - issue 17's serialisable props on the drop-ins (proxyUrl, locale, actions with the posted
 *   form's state): ~1.2 KB up front (with the check that a transport or action pair holds both
 *   functions); the transports and catalogues they name load on demand;
 * - styles.css: issue 16's focus ring, slots and touch targets, with light-dark() lowered for the
 *   browser floor.
 */
export const BUDGETS = [
  { id: 'core', label: 'core `createCognitoTransport`', design: 1750, brotli: 2260 },
  {
    id: 'hook-own',
    label: 'headless `useConfirmForgotPassword`, own code (initial chunk)',
    design: 7200,
    brotli: 10_350,
  },
  { id: 'form-own', label: 'drop-in, own code (initial chunk)', design: 10_500, brotli: 15_300 },
  { id: 'form-deps', label: 'drop-in with dependencies (initial chunk)', design: 35 * 1024, brotli: 41_200 },
  {
    id: 'form-deps-loaded',
    label: 'drop-in with dependencies, `passwordChecks` and WebOTP loaded (initial + lazy chunks)',
    design: null,
    brotli: 42_150,
  },
  {
    id: 'flow-deps',
    label: '`<PasswordReset>` with dependencies (initial chunk)',
    design: 37_500,
    brotli: 43_300,
  },
  { id: 'css', label: 'styles.css', design: 2 * 1024, brotli: 2 * 1024 },
];

/** The row with this id; throws on an unknown id so a renamed row cannot silently drop a budget. */
export function rowById(id) {
  const row = SIZE_ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`no size row "${id}"`);
  return row;
}

/** The npm package a bundled file belongs to, or `(ours)` for the kit (as installed, or its source). */
function packageOf(file) {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return '(ours)';
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return name === PACKAGE.name ? '(ours)' : name;
}

/** A file of ours as the report names it: its path inside the installed package (`dist/…`). */
function ownPath(file) {
  const marker = `node_modules/${PACKAGE.name}/`;
  const at = file.lastIndexOf(marker);
  return at < 0 ? relative(ROOT, file) : file.slice(at + marker.length);
}

/** A temporary app with the packed package installed, as a user gets it. */
let installed;

/**
 * Packs the repo (dist/ must be built: `npm run build`) and installs the tarball with npm into a
 * temporary app, once per process; later calls share it. Needs the npm registry or its cache for
 * the package's dependencies. Resolves with the app's folder; `removePackedApp()` deletes it.
 * @returns {Promise<string>}
 */
export function packedApp() {
  installed ??= (async () => {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first');
    }
    const dir = mkdtempSync(join(tmpdir(), 'rcr-size-'));
    // npm_* variables from a surrounding `npm test` / `npm run` would point npm at this repo.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const npm = (args, cwd) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
    const [{ filename }] = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT),
    );
    const app = {
      name: 'size-probe',
      private: true,
      type: 'module',
      dependencies: {
        [PACKAGE.name]: `file:./${filename}`,
        react: PACKAGE.devDependencies.react,
        'react-dom': PACKAGE.devDependencies['react-dom'],
      },
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(app, null, 2));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
    return dir;
  })();
  return installed;
}

/** Deletes the temporary app `packedApp()` made, if any. */
export async function removePackedApp() {
  if (!installed) return;
  const dir = await installed.catch(() => undefined);
  installed = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** raw / gzip -9 / brotli 11 byte counts of one buffer. */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** The minified bytes each package contributes to some outputs, and each module of ours, largest first. */
function contributions(outputs) {
  const byPackage = {};
  const byOwnFile = {};
  for (const { inputs } of outputs) {
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
      const pkg = packageOf(file);
      byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
      // A row's stdin module (`form-own.js`, no folder) is the app's one line, not a module of ours.
      if (pkg === '(ours)' && bytesInOutput > 0 && file.includes('/')) {
        byOwnFile[ownPath(file)] = (byOwnFile[ownPath(file)] ?? 0) + bytesInOutput;
      }
    }
  }
  const sorted = (o) => Object.entries(o).sort((x, y) => y[1] - x[1]);
  return { byPackage: sorted(byPackage), byOwnFile: sorted(byOwnFile) };
}

/** raw / gzip / brotli of several files, each compressed on its own (one HTTP response each). */
function sizesOf(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const bytes of files) {
    const one = compressedSizes(bytes);
    for (const k of Object.keys(total)) total[k] += one[k];
  }
  return total;
}

/** Marks every resolved path `inside` holds external (what an earlier build already counted). */
const SKIP = Symbol('skip');
function externalOf(inside) {
  return {
    name: 'counted-already',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === SKIP) return undefined;
        const { path } = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: SKIP,
        });
        return inside.has(path) ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/**
 * Leaves every `import()` as an import (a chunk the browser fetches when the code runs), recording
 * what it resolves to in `found` (specifier → absolute file). Tree shaking then keeps exactly the
 * `import()`s live code reaches, as Rollup (Vite) and webpack do. (esbuild's own code splitting
 * also makes a chunk for every `import()` in a module that was shaken away, and moves the code
 * those chunks share with the entry into chunks the entry imports: it would count in the initial
 * chunk code that only a dead `import()` needs.)
 */
function deferDynamicImports(found) {
  return {
    name: 'defer-dynamic-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === SKIP) return undefined;
        const { path } = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: SKIP,
        });
        const files = found.get(args.path) ?? new Set();
        found.set(args.path, files.add(path));
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Builds one row and measures it, as an app's bundler splits it:
 * - the row's byte counts (`raw`, `gzip`, `brotli`) are its **initial chunk**: the entry bundled
 *   with every `import()` left out (what a page loads up front, before any feature is used);
 * - `lazy` lists the chunks loaded on demand, one per `import()` the initial chunk still holds after
 *   tree shaking (`module`: our file as installed, `dist/headless/password-checks.js`): each is that
 *   module bundled with everything the initial chunk has left out, so it counts what it adds;
 * - `loaded` is the initial chunk with the lazy chunks of LAZY_MODULES (issue 19's features used);
 *   a row with `loaded: true` reports it as its byte counts.
 * `byPackage` / `byOwnFile` are the minified bytes each package and each module of ours
 * contributes to the counted files (esbuild's metafile), largest first.
 */
export async function measure(row) {
  // Our rows import the installed package by name from the temporary app; theirs are entry files
  // resolved from this repo's node_modules.
  const input = row.source
    ? {
        stdin: {
          contents: row.source,
          resolveDir: await packedApp(),
          loader: row.css ? 'css' : 'js',
          sourcefile: `${row.id}${row.css ? '.css' : '.js'}`,
        },
      }
    : { entryPoints: [row.entry] };
  const cwd = row.source ? input.stdin.resolveDir : ROOT;
  const options = {
    ...BUILD_OPTIONS,
    absWorkingDir: cwd,
    outdir: join(ROOT, 'bench', '.out'),
    platform: row.platform ?? BUILD_OPTIONS.platform,
    // A neutral build resolves no package's "main" by default; server runtimes (Node, edge) do.
    ...(row.platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
    external: [...REACT_EXTERNAL, ...(row.external ?? [])],
    ...(row.css ? { loader: { '.css': 'css' } } : {}),
  };
  const ext = row.css ? '.css' : '.js';
  /** The one output file of a build and its metafile entry. */
  const only = (result, name) => {
    const files = result.outputFiles.filter((f) => f.path.endsWith(ext));
    if (files.length !== 1) throw new Error(`${name}: expected one output, got ${files.length}`);
    const meta = result.metafile.outputs[relative(cwd, files[0].path)];
    return { bytes: Buffer.from(files[0].contents), meta };
  };

  const found = new Map();
  const result = await build({ ...options, ...input, plugins: [deferDynamicImports(found)] });
  const initial = only(result, row.id);
  const counted = new Set(Object.keys(result.metafile.inputs).map((f) => join(cwd, f)));
  const live = new Set(
    initial.meta.imports
      .filter((i) => i.kind === 'dynamic-import')
      .flatMap((i) => [...(found.get(i.path) ?? [])]),
  );
  const lazy = [];
  const loadedBytes = [initial.bytes];
  const loadedMeta = [initial.meta];
  for (const file of [...live].sort()) {
    const module = ownPath(file);
    const chunk = only(
      await build({
        ...options,
        entryPoints: [file],
        plugins: [externalOf(counted), deferDynamicImports(new Map())],
      }),
      module,
    );
    if (LAZY_MODULES.includes(module)) {
      loadedBytes.push(chunk.bytes);
      loadedMeta.push(chunk.meta);
    }
    lazy.push({ module, files: 1, ...compressedSizes(chunk.bytes), ...contributions([chunk.meta]) });
  }
  const counts = row.loaded ? loadedBytes : [initial.bytes];
  return {
    id: row.id,
    ...sizesOf(counts),
    files: counts.length,
    lazy,
    loaded: sizesOf(loadedBytes),
    inputs: Object.keys(result.metafile.inputs),
    ...contributions(row.loaded ? loadedMeta : [initial.meta]),
    warnings: result.warnings.map((w) => w.text),
  };
}

/** Measures every row (or the given ids) in order. */
export async function measureAll(ids) {
  const rows = ids ? ids.map(rowById) : SIZE_ROWS;
  const out = [];
  for (const row of rows) out.push({ row, ...(await measure(row)) });
  return out;
}
