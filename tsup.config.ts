import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

const locales = Object.fromEntries(
  readdirSync('src/i18n/locales')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`locales/${f.replace(/\.ts$/, '')}`, `src/i18n/locales/${f}`]),
);

const browserSafe = defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    checks: 'src/checks/index.ts',
    server: 'src/server/index.ts',
    'aws-sdk': 'src/adapters/aws-sdk.ts',
    amplify: 'src/adapters/amplify.ts',
    ...locales,
  },
  format: ['esm'],
  target: 'es2020',
  platform: 'neutral',
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  outDir: 'dist',
  // Keep non-ASCII text as UTF-8 instead of \u escapes: Japanese and Arabic catalogues shrink by half.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  external: [
    'react',
    'react-dom',
    'react/jsx-runtime',
    'react-hook-form',
    'zod',
    '@hookform/resolvers',
    '@tanstack/react-query',
    '@aws-sdk/client-cognito-identity-provider',
    'aws-amplify',
  ],
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
