#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to read.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['unit and integration tests', 'npx', ['vitest', 'run']],
  ['publint', 'npx', ['publint', '--strict']],
  ['are the types wrong', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']],
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
    if (name === 'build') break; // nothing after the build can run without dist/
  } else console.log(`✔ ${name} (${s}s)`);
}
console.log(
  `\n${failed.length ? `✖ failed: ${failed.join(', ')}` : '✔ all checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)}s`,
);
process.exit(failed.length ? 1 : 0);
