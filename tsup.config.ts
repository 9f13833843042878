import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { buildSync, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The published entry points: output name (under dist/, without `.js`) → source file. package.json's
// `exports` points at these names; add a new subpath here and there.
const locales = Object.fromEntries(
  readdirSync('src/i18n/locales')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`locales/${f.replace(/\.ts$/, '')}`, `src/i18n/locales/${f}`]),
);
export const PUBLIC_ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  checks: 'src/checks/index.ts',
  server: 'src/server/index.ts',
  'aws-sdk': 'src/adapters/aws-sdk.ts',
  amplify: 'src/adapters/amplify.ts',
  ...locales,
};

// Every dependency and peer stays an import (tsup does this by default; the esbuild pass below must too),
// read from package.json so a new dependency needs no second list.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const EXTERNAL = [...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })].flatMap((name) => [
  name,
  `${name}/*`,
]);

// Unbundled output: every source module the entries reach becomes its own file in dist/, importing
// the others by relative path. An app's bundler then drops whole modules it does not use
// ("sideEffects" in package.json says only CSS has side effects), so `import { useConfirmForgotPassword }`
// never pulls in the styled layer; one bundled index.js would leave that to statement-level analysis,
// which cannot prove a top-level `forwardRef(…)` or `createContext(…)` call unused.
// Internal modules keep their path under src/ (dist/headless/useConfirmForgotPassword.js…).
// A module the kit loads with `import()` (the checks runner, the WebOTP request) is reached the same
// way and stays its own file behind an `import("./….js")`, which an app's bundler turns into a chunk
// loaded on demand (test/package/size-budget.test.ts checks that nothing imports it statically).
const reached = buildSync({
  entryPoints: Object.values(PUBLIC_ENTRIES),
  bundle: true,
  write: false,
  outdir: 'dist',
  metafile: true,
  platform: 'neutral',
  // Node built-ins stay imports too, for entries meant for Node (a `testing` entry, say).
  external: [...EXTERNAL, 'node:*'],
  logLevel: 'silent',
}).metafile.inputs;
const outNameOf = new Map<string, string>(
  Object.entries(PUBLIC_ENTRIES).map(([name, file]) => [resolve(file), name]),
);
for (const file of Object.keys(reached)) {
  if (!outNameOf.has(resolve(file))) {
    outNameOf.set(
      resolve(file),
      relative('src', file)
        .replace(/\.tsx?$/, '')
        .split('\\')
        .join('/'),
    );
  }
}

/** The source file a relative import names, as TypeScript's bundler resolution finds it. */
function sourceFile(from: string, specifier: string): string {
  const base = resolve(from, specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (outNameOf.has(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Keeps each relative import as an import of that module's own output file. */
const keepModules: Plugin = {
  name: 'keep-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const from = outNameOf.get(args.importer);
      if (!from) throw new Error(`${args.importer} is not an output module`);
      const to = outNameOf.get(sourceFile(args.resolveDir, args.path))!;
      const path = posix.relative(posix.dirname(from), to);
      return { path: `${path.startsWith('.') ? path : `./${path}`}.js`, external: true };
    });
  },
};

const browserSafe = defineConfig({
  entry: Object.fromEntries([...outNameOf].map(([file, name]) => [name, relative('.', file)])),
  format: ['esm'],
  // The JS syntax floor comes from package.json's "browserslist" (also used for styles.css by
  // scripts/postbuild.mjs); test/package/browser-floor.test.ts checks the built files against it.
  target: browserslistToEsbuild(),
  platform: 'neutral',
  // Types stay bundled per public entry: they do not affect tree-shaking.
  dts: { entry: PUBLIC_ENTRIES },
  splitting: false,
  // Rollup's extra tree-shaking pass would strip the 'use client' directives the entry files carry.
  treeshake: false,
  sourcemap: false,
  clean: true,
  outDir: 'dist',
  esbuildPlugins: [keepModules],
  // Keep non-ASCII text as UTF-8 instead of \u escapes: Japanese and Arabic catalogues shrink by half.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  external: [...EXTERNAL, /^node:/],
});

// `/testing` and the bin: Node only (node:http), built apart so no browser-safe chunk can ever
// share code with them. Into its own folder: the two builds run at once, and the one above
// cleans every .d.ts under dist/ when its declaration build starts.
const nodeOnly = defineConfig({
  entry: { testing: 'src/testing/index.ts', bin: 'src/testing/bin.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { testing: 'src/testing/index.ts' } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  outDir: 'dist-node',
});

export default [browserSafe, nodeOnly];
