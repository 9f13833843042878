#!/usr/bin/env node
// `npm run check:package`: the checks of what gets published, without the rest of `npm test` —
// the build, then the tarball's contents and directives, the size budgets measured on the packed
// package, the built files against the declared browser floor, and publint. `npm test` runs all of
// these too (the tests inside its Vitest step).
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', 'npm', ['run', 'build', '--silent']],
  [
    'package tests',
    'npx',
    [
      'vitest',
      'run',
      'test/package/tarball.test.ts',
      'test/package/size-budget.test.ts',
      'test/package/browser-floor.test.ts',
    ],
  ],
  ['publint', 'npx', ['publint', '--strict']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log(`✖ ${name} failed`);
    process.exit(1);
  }
}
console.log('\n✔ the package checks passed');
