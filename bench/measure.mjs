// Bundle sizes, measured one way for every row: the benchmark table (bench/run.mjs) and the size
// budget test (test/package/size-budget.test.ts) both call this module, so a budget and the
// published table can never disagree about how a byte was counted.
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The repository root (bench/..). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = (file) => join(ROOT, 'bench', 'entries', file);

/** Peer dependencies every row leaves out: an app ships exactly one React whichever kit it picks. */
export const REACT_EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime'];
/** Our ordinary dependencies; "own code" rows leave them out, "with dependencies" rows bundle them. */
export const OUR_DEPENDENCIES = ['react-hook-form', 'zod', '@hookform/resolvers', '@tanstack/react-query'];

/** The esbuild options shared by every JS row; only entry, externals and platform differ. */
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
 * Every row of the size table. `compare` names the row of ours a row of theirs is measured
 * against. Locale rows are derived from src/i18n/locales, so a new catalogue gets its row.
 */
export const SIZE_ROWS = [
  {
    id: 'core',
    side: 'ours',
    label: '`/core`: `createCognitoTransport` only',
    short: 'our core transport',
    entry: entry('ours-core-transport.ts'),
  },
  {
    id: 'hook-own',
    side: 'ours',
    label: '`useConfirmForgotPassword`, own code',
    entry: entry('ours-hook.ts'),
    external: OUR_DEPENDENCIES,
  },
  {
    id: 'hook-deps',
    side: 'ours',
    label: '`useConfirmForgotPassword` + dependencies',
    entry: entry('ours-hook.ts'),
  },
  {
    id: 'form-own',
    side: 'ours',
    label: '`<ConfirmResetForm>`, own code',
    entry: entry('ours-form.ts'),
    external: OUR_DEPENDENCIES,
  },
  {
    id: 'form-deps',
    side: 'ours',
    label: '`<ConfirmResetForm>` + dependencies',
    short: 'our drop-in + dependencies',
    entry: entry('ours-form.ts'),
  },
  {
    id: 'form-transport-deps',
    side: 'ours',
    label: '`<ConfirmResetForm>` + `createCognitoTransport` + dependencies',
    entry: entry('ours-form-transport.ts'),
  },
  {
    id: 'code-input',
    side: 'ours',
    label: '`<CodeInput>` alone',
    short: 'our `<CodeInput>`',
    entry: entry('ours-code-input.ts'),
  },
  {
    id: 'css',
    side: 'ours',
    label: '`styles.css` (minified)',
    short: 'our `styles.css`',
    entry: entry('ours-styles.css'),
    css: true,
  },
  ...readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({
      id: `locale-${basename(f, '.ts')}`,
      side: 'ours',
      label: `\`/locales/${basename(f, '.ts')}\``,
      entry: join(LOCALES_DIR, f),
    })),
  {
    id: 'server',
    side: 'ours',
    label: '`/server`: `createResetHandler` (platform neutral)',
    entry: join(ROOT, 'src', 'server', 'index.ts'),
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
    compare: 'form-deps',
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

/** Size budgets (brotli 11 bytes), checked by test/package/size-budget.test.ts. */
// Issue 9 asked for 1.5 KB (core + transport) and 8 KB (drop-in, own code). With every feature the
// issues require, three size passes left both above that (BENCHMARKS.md has the figures). These two
// ceilings sit just above what ships so that any growth fails; the gap and what would close it are
// on issue 9. The other two are the issue's own figures and hold.
export const BUDGETS = [
  { id: 'core', label: 'core + transport', brotli: 1700 },
  // form-own: +124 B (9,919 → 10,043) for issue 16's visual fixes (one ticking countdown, toggle names, ranges kept LTR, slot placeholder).
  { id: 'form-own', label: 'drop-in, own code', brotli: 10050 },
  { id: 'form-deps', label: 'drop-in with dependencies', brotli: 35 * 1024 },
  { id: 'css', label: 'styles.css', brotli: 2 * 1024 },
];

/** The row with this id; throws on an unknown id so a renamed row cannot silently drop a budget. */
export function rowById(id) {
  const row = SIZE_ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`no size row "${id}"`);
  return row;
}

/** The npm package a bundled file belongs to, or `(ours)` for the kit's own source. */
function packageOf(file) {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return '(ours)';
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
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

/**
 * Builds one row and measures it. Returns the byte counts, `byPackage`: minified bytes each
 * package contributes before compression (esbuild's metafile), largest first, and `byOwnFile`:
 * the same for each of our source files.
 */
export async function measure(row) {
  const result = await build({
    ...BUILD_OPTIONS,
    entryPoints: [row.entry],
    outdir: join(ROOT, 'bench', '.out'),
    platform: row.platform ?? BUILD_OPTIONS.platform,
    external: [...REACT_EXTERNAL, ...(row.external ?? [])],
    ...(row.css ? { loader: { '.css': 'css' } } : {}),
  });
  const outputs = result.outputFiles.filter((f) => f.path.endsWith(row.css ? '.css' : '.js'));
  if (outputs.length !== 1) throw new Error(`${row.id}: expected one output, got ${outputs.length}`);
  const bytes = Buffer.from(outputs[0].contents);
  const meta = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const byPackage = {};
  const byOwnFile = [];
  for (const [file, { bytesInOutput }] of Object.entries(meta?.inputs ?? {})) {
    const path = relative(ROOT, file);
    const pkg = packageOf(path);
    byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
    if (pkg === '(ours)' && bytesInOutput > 0) byOwnFile.push([path, bytesInOutput]);
  }
  return {
    id: row.id,
    ...compressedSizes(bytes),
    byPackage: Object.entries(byPackage).sort((a, b) => b[1] - a[1]),
    byOwnFile: byOwnFile.sort((a, b) => b[1] - a[1]),
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
