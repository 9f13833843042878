#!/usr/bin/env node
// Finds a Chromium for the browser tests, and on Debian as root installs the distribution's own
// package. Playwright's browser download is never used: it is blocked on the machines this runs on,
// and Debian's chromium is patched and updated with the rest of the system.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Flags that let Chromium run headless as root in a container (no sandbox, no GPU, small /dev/shm). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const HOW_TO =
  'no Chromium found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && executable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to use: `CHROMIUM_PATH` when set (an error if it does not exist), else the system's,
 * else one Playwright already downloaded. `undefined` when there is none.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  return SYSTEM_PATHS.find(executable) ?? playwrightChromium();
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

function apt(args) {
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function installWithApt() {
  console.error('ensure-chromium: installing Debian’s chromium with apt-get…');
  // A fresh container may have empty or stale package lists: on failure, update and try once more.
  // Recommends stay on, as on the machines this was proven on (fonts come with them).
  if (apt(['install', '-y', 'chromium'])) return true;
  return apt(['update']) && apt(['install', '-y', 'chromium']);
}

/**
 * Finds Chromium, installing it with apt-get when running as root on Debian.
 * @returns {string} the executable's path
 * @throws Error with one line saying how to get one
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (canInstallWithApt() && installWithApt()) {
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(HOW_TO);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const path = ensureChromium();
    const version = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    console.log(`${path} (${version.trim()})`);
  } catch (error) {
    console.error(`ensure-chromium: ${error.message}`);
    process.exit(1);
  }
}
