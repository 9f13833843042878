#!/usr/bin/env node
// `npm run example:vite` / `npm run example:next`: build this repo, pack it as npm would publish it,
// install the example against that tarball (never this repo's node_modules), and run it on
// 127.0.0.1. The Next.js example talks to a seeded cognito-local through its server route.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2];
const EXAMPLES = { vite: 'vite-app', next: 'next-app' };
if (!(which in EXAMPLES)) {
  console.error('usage: node scripts/example.mjs vite|next');
  process.exit(2);
}
const app = join(root, 'examples', EXAMPLES[which]);
// The examples depend on `file:../react-cognito-reset.tgz` (git-ignored), made here.
const TARBALL = join(root, 'examples', 'react-cognito-reset.tgz');
const say = (line) => console.log(`\x1b[1m▶\x1b[0m ${line}`);

function step(title, cmd, args, cwd = root, env = process.env) {
  say(title);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(r.status ?? 1);
  }
}

step('build the package', 'npm', ['run', 'build', '--silent']);
const out = join(root, 'examples');
for (const f of readdirSync(out)) if (/^react-cognito-reset-.*\.tgz$/.test(f)) rmSync(join(out, f));
step('pack it (npm pack)', 'npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', out]);
const packed = readdirSync(out).find((f) => /^react-cognito-reset-.*\.tgz$/.test(f));
renameSync(join(out, packed), TARBALL);
// npm keeps a file: dependency it installed before, even from a changed tarball: drop it first.
rmSync(join(app, 'node_modules', 'react-cognito-reset'), { recursive: true, force: true });
// No lock file: the tarball changes with every pack, and a lock would pin the old one's checksum.
step(
  `install examples/${EXAMPLES[which]} from the tarball`,
  'npm',
  ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'],
  app,
  { ...process.env, NODE_ENV: 'development' },
);

let stopLocal = async () => {};
const children = [];
async function stop(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await stopLocal();
  process.exit(code);
}
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));

function serve(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: app, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => void stop(code ?? 1));
}

if (which === 'vite') {
  say('http://127.0.0.1:5173/ — account alice, code 123456 (shown on the page). Ctrl-C stops.');
  serve(process.execPath, [
    join(app, 'node_modules/vite/bin/vite.js'),
    '--host',
    '127.0.0.1',
    '--port',
    '5173',
  ]);
} else {
  const { startCognitoLocal } = await import('./cognito-local-dev.mjs');
  const local = await startCognitoLocal();
  stopLocal = () => local.stop();
  const env = {
    COGNITO_CLIENT_ID: local.clientId,
    COGNITO_ENDPOINT: local.endpoint,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const next = join(app, 'node_modules/next/dist/bin/next');
  step('next build', process.execPath, [next, 'build'], app, { ...process.env, ...env });
  say(
    `http://127.0.0.1:3000/reset-password (add ?lang=fr, de, ja…) and http://127.0.0.1:3000/reset-with-actions ` +
      `(works without JavaScript) — account ${local.username}, old password ${local.password}; after "Send code", ` +
      `cognito-local's code is at ${new URL(`code?username=${local.username}`, local.helperUrl)}. ` +
      'The policy asks for 12 characters. Ctrl-C stops.',
  );
  serve(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', '3000'], env);
}
