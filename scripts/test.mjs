#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to read.
import { spawnSync } from 'node:child_process';

const steps = [
  // Browser tests (stories, the Next.js example) need Chromium: found, or installed on Debian as root.
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['types on React 18', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.react18.json']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['unit and integration tests', 'npx', ['vitest', 'run']],
  ['React 18 suites', 'npx', ['vitest', 'run', '-c', 'vitest.react18.config.ts']],
  ['story tests in Chromium', 'npx', ['vitest', 'run', '--config', 'vitest.storybook.config.ts']],
  ['publint', 'npx', ['publint', '--strict']],
  // styles.css is not a module (attw would report it unresolvable); the locale wildcard is listed out
  // so each catalogue's types are really checked.
  [
    'are the types wrong',
    'npx',
    [
      'attw',
      '--pack',
      '.',
      '--profile',
      'esm-only',
      '--exclude-entrypoints',
      './styles.css',
      '--include-entrypoints',
      ...['es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar'].map((tag) => `./locales/${tag}`),
    ],
  ],
];

const failed = [];
const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  const s = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(name);
    console.log(`✖ ${name} failed (${s}s)`);
    // Nothing after the build runs without dist/, and no browser test runs without Chromium.
    if (name === 'build' || name === 'chromium') break;
  } else console.log(`✔ ${name} (${s}s)`);
}
console.log(
  `\n${failed.length ? `✖ failed: ${failed.join(', ')}` : '✔ all checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)}s`,
);
process.exit(failed.length ? 1 : 0);
