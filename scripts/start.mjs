#!/usr/bin/env node
// `npm start`: the playground. Starts a seeded cognito-local and the kit's strict local Cognito
// (`startLocalCognito` from react-cognito-reset/testing), then `storybook dev` on 127.0.0.1 with the
// live stories pointed at them, and prints where to go. Ctrl-C (SIGINT) or SIGTERM stops all three.
//
//   STORYBOOK_PORT=7000 npm start      another port (default 6006; a free one if 6006 is taken)
//   STORYBOOK_COGNITO_REGION=eu-west-1 STORYBOOK_COGNITO_CLIENT_ID=… npm start
//                                      also fills in the "Real Cognito" story's controls
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { freePort, startCognitoLocal } from './cognito-local-dev.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybookBin = fileURLToPath(
  new URL('../node_modules/storybook/dist/bin/dispatcher.js', import.meta.url),
);
// Loaded into Storybook's node: if this script dies without stopping it (SIGKILL, a closed
// terminal), Storybook notices its parent is gone and exits instead of holding the port.
const WATCHDOG = `data:text/javascript,${encodeURIComponent(
  'const p=process.ppid;setInterval(()=>{try{process.kill(p,0)}catch{process.exit(0)}},1000).unref();',
)}`;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const say = (line) => console.log(`\x1b[1m▶\x1b[0m ${line}`);

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function waitForStorybook(url, child) {
  // index.json answers once the stories are indexed: the manager can list them.
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const r = await fetch(new URL('index.json', url), { signal: AbortSignal.timeout(2000) });
      if (r.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The strict local Cognito from source (no `npm run build` needed): stories/live/strict-pool.ts,
 * which the story tests use too, bundled for Node into .tmp/, then imported.
 */
async function startStrictCognito() {
  const outfile = fileURLToPath(new URL('../.tmp/strict-pool.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('../stories/live/strict-pool.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  const { startStrictPool } = await import(pathToFileURL(outfile).href);
  return startStrictPool((username, code) => say(`strict local Cognito sent ${code} to ${username}`));
}

const local = await startCognitoLocal().catch((error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
const strict = await startStrictCognito().catch(async (error) => {
  console.error(`✖ strict local Cognito: ${error.message}`);
  await local.stop();
  process.exit(1);
});
say(
  `cognito-local on ${local.endpoint} (pool ${local.userPoolId}, client ${local.clientId}) in ${seconds()} s`,
);
say(
  `demo user "${local.username}", password "${local.password}" (a local fake's; reset it in the live story)`,
);
say(
  `strict local Cognito on ${strict.cognito.endpoint} (client ${strict.config.clientId}, user "${strict.config.username}", password "${strict.config.password}")`,
);

const wanted = Number(process.env.STORYBOOK_PORT || 6006);
const port = (await portIsFree(wanted)) ? wanted : await freePort();
if (port !== wanted) say(`port ${wanted} is taken; using ${port}`);
const url = `http://127.0.0.1:${port}/`;
const headless =
  Boolean(process.env.CI) ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const args = [
  '--import',
  WATCHDOG,
  storybookBin,
  'dev',
  '--port',
  String(port),
  '--host',
  '127.0.0.1',
  '--exact-port',
];
args.push('--no-version-updates', '--disable-telemetry');
if (headless || !process.stdout.isTTY) args.push('--ci', '--no-open');

const storybook = spawn(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    STORYBOOK_COGNITO_LOCAL_URL: local.helperUrl,
    STORYBOOK_STRICT_COGNITO: JSON.stringify(strict.config),
    STORYBOOK_DISABLE_TELEMETRY: '1',
  },
});

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  if (storybook.exitCode === null && storybook.signalCode === null) {
    const exited = new Promise((resolve) => storybook.once('exit', resolve));
    storybook.kill('SIGTERM');
    const force = setTimeout(() => storybook.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(force);
  }
  await Promise.all([local.stop(), strict.cognito.stop()]);
  say('stopped Storybook, cognito-local and the strict local Cognito');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(130));
process.on('SIGTERM', () => void stopAll(143));
storybook.on('exit', (code) => {
  if (!stopping) {
    console.error(`✖ storybook exited (${code ?? 'signal'}); stopping the local Cognitos`);
    void stopAll(code || 1);
  }
});

if (await waitForStorybook(url, storybook)) {
  say(`playground ready in ${seconds()} s: ${url}`);
  say(`live reset against cognito-local: ${url}?path=/story/live-cognito--local-cognito`);
  say(`live reset against the strict local Cognito: ${url}?path=/story/live-strict-local-cognito--strict`);
  say('Ctrl-C stops Storybook and both local Cognitos');
}
