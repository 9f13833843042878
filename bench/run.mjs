#!/usr/bin/env node
// `npm run bench`: bundle sizes, render cost, keystroke cost in Chromium and a CPU profile, in one
// run; prints the report and writes it to BENCHMARKS.md. Not part of `npm test` (minutes, and
// timings are never asserted); the size budgets alone are tested (test/package/size-budget.test.ts).
//
//   node bench/run.mjs [--rounds N] [--only size,render,browser,profile] [--no-write]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PAGES } from './browser.mjs';
import { measureKeystrokes } from './keystrokes.mjs';
import { measureAll, ROOT, removePackedApp } from './measure.mjs';
import { profileTyping } from './profile.mjs';
import { measureRenderCost } from './render-cost.mjs';
import { browserSection, profileSection, renderSection, sizeSection } from './report.mjs';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    only: { type: 'string', default: 'size,render,browser,profile' },
    'no-write': { type: 'boolean', default: false },
  },
});
const only = new Set(args.only.split(','));
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number ≥ 1');

/** Every package whose code or tooling a number below depends on. */
const MEASURED = [
  'react',
  'react-dom',
  'react-hook-form',
  'zod',
  '@hookform/resolvers',
  '@tanstack/react-query',
  'aws-amplify',
  '@aws-amplify/ui-react',
  'amazon-cognito-identity-js',
  '@aws-sdk/client-cognito-identity-provider',
  'input-otp',
  'esbuild',
  'playwright-core',
  'cognito-local',
  'jsdom',
  '@testing-library/react',
  '@testing-library/user-event',
];
const versionOf = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
const log = (line) => process.stderr.write(`${line}\n`);

const started = Date.now();
const loadBefore = loadavg()[0];
const sections = [];
let browserVersion = '';
let browserPath = '';

if (only.has('size')) {
  // The sizes are measured on the packed package, so pack what the sources are now.
  log('building the package…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  log('bundle sizes (packed package installed into a temporary app)…');
  try {
    sections.push(sizeSection(await measureAll()));
  } finally {
    await removePackedApp();
  }
}
if (only.has('render')) {
  log('render cost (jsdom)…');
  sections.push(renderSection(await measureRenderCost()));
}
if (only.has('browser')) {
  log(`keystroke cost in Chromium (${rounds} rounds per CPU rate)…`);
  const k = await measureKeystrokes({ rounds, log });
  browserVersion = k.browserVersion;
  browserPath = k.browserPath;
  sections.push(browserSection(k, PAGES));
}
if (only.has('profile')) {
  log('CPU profile of typing…');
  sections.push(profileSection(await profileTyping({ log })));
}

const seconds = Math.round((Date.now() - started) / 1000);
const ourVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src', 'bench') !== '';
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const cpu = cpus();
const versions = [
  `react-cognito-reset ${ourVersion} (commit ${commit}${dirty ? ', with uncommitted changes in src/ or bench/' : ''})`,
  ...MEASURED.map((name) => `${name} ${versionOf(name)}`),
  ...(browserVersion ? [`Chromium ${browserVersion} (${browserPath})`] : []),
];

const report = `# Benchmarks

Produced by \`${command}\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)} in ${seconds} s.

- **Machine**: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}
- **Load**: 1-minute load average ${loadBefore.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end (other work on the machine shows up as noise; the alternating rounds spread it over all pages alike)
- **Node**: ${process.version}
- **Versions**: ${versions.join(' · ')}

Timings are from one machine and one run: compare the columns with each other, not with another machine. Nothing here is asserted in tests except the size budgets.

${sections.join('\n')}
`;

if (!args['no-write']) writeFileSync(join(ROOT, 'BENCHMARKS.md'), report);
process.stdout.write(report);
log(`\ndone in ${seconds} s${args['no-write'] ? '' : ' — wrote BENCHMARKS.md'}`);
