/**
 * Vitest globalSetup: starts one cognito-local (a local Cognito user-pool API, see
 * ../shared/COGNITO.md) for the whole test run, on 127.0.0.1 and a free port, in a fresh
 * temporary working folder, and stops it by PID afterwards — also when tests fail or setup breaks.
 *
 * Tests read where it runs with `inject('cognitoLocalEndpoint')` / `inject('cognitoLocalDataDir')`;
 * use the helpers in test/helpers/cognito-local.ts rather than these values directly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the running cognito-local, e.g. `http://127.0.0.1:41234/`. */
    cognitoLocalEndpoint: string;
    /** Folder of cognito-local's JSON database: one `<userPoolId>.json` per pool. */
    cognitoLocalDataDir: string;
  }
}

const START_JS = fileURLToPath(new URL('../../node_modules/cognito-local/lib/bin/start.js', import.meta.url));
const READY_TIMEOUT_MS = 20_000;
// Runs cognito-local's own start script, plus a watchdog: if the test runner dies without running
// the teardown (SIGKILL, a CI timeout), cognito-local notices its parent is gone and exits too.
const BOOT = `
const parent = process.ppid;
setInterval(() => { try { process.kill(parent, 0); } catch { process.exit(0); } }, 1000).unref();
require(${JSON.stringify(START_JS)});
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error('cognito-local exited during start');
    try {
      const response = await fetch(new URL('health', url), { signal: AbortSignal.timeout(1_000) });
      if (response.ok && (await response.json()).ok === true) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`cognito-local did not answer /health within ${READY_TIMEOUT_MS} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts cognito-local; returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workDir = mkdtempSync(join(tmpdir(), 'cognito-local-'));
  // Usernames need not be email addresses (cognito-local's default), so tests may use any alias.
  mkdirSync(join(workDir, '.cognito'));
  writeFileSync(
    join(workDir, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  // cognito-local logs every request and the codes it "sends"; keep that out of the test output.
  const logFile = join(workDir, 'cognito-local.log');
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    // A port found free can be taken before cognito-local binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const log = openSync(logFile, 'a');
      // Node itself, not npx: a wrapper would leave cognito-local running when killed.
      child = spawn(process.execPath, ['-e', BOOT], {
        cwd: workDir,
        // No CODE: each ForgotPassword gets a random code, read back from the database file, so
        // tests can tell a new code from a replaced one.
        env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DEBUG: '', CODE: undefined },
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      const endpoint = `http://127.0.0.1:${port}/`;
      try {
        await waitUntilHealthy(endpoint, child);
        project.provide('cognitoLocalEndpoint', endpoint);
        project.provide('cognitoLocalDataDir', join(workDir, '.cognito', 'db'));
        break;
      } catch (error) {
        await stop(child);
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    process.removeListener('exit', killOnExit);
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2_000) : '';
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(`could not start cognito-local: ${(error as Error).message}\n${tail}`, { cause: error });
  }

  return async () => {
    process.removeListener('exit', killOnExit);
    if (child) await stop(child);
    rmSync(workDir, { recursive: true, force: true });
  };
}
