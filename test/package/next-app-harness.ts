// Builds examples/next-app the way a user's app would get the kit: from the packed tarball,
// installed with npm from the registry into a temporary folder (never the repo's node_modules),
// then `next build` and `next start` on loopback. Used by next-app.test.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { cleanEnv, installPackedExample, type PackedApp, run } from '../e2e/packed-app';

/** The example app in the repo (its source is what the README documents). */
export const EXAMPLE_DIR = resolve('examples/next-app');
const READY_TIMEOUT_MS = 60_000;

export interface BuiltApp extends PackedApp {
  /** Seconds spent in `npm pack`, `npm install` and `next build`. */
  seconds: PackedApp['seconds'] & { build: number };
}

/**
 * Installs the example from the packed repo (see {@link installPackedExample}; dist must be built)
 * and runs `next build` in it with `buildEnv`.
 */
export async function buildExampleApp(buildEnv: Record<string, string>): Promise<BuiltApp> {
  const app = await installPackedExample(EXAMPLE_DIR);
  try {
    const started = performance.now();
    await run(process.execPath, [nextBin(app.dir), 'build'], { cwd: app.dir, env: cleanEnv(buildEnv) });
    const build = (performance.now() - started) / 1000;
    return { ...app, seconds: { ...app.seconds, build } };
  } catch (error) {
    app.remove();
    throw error;
  }
}

function nextBin(app: string) {
  return join(app, 'node_modules', 'next', 'dist', 'bin', 'next');
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface RunningApp {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What `next start` printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `next start` on 127.0.0.1 and resolves once it serves `readyPath`. */
export async function startApp(
  app: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<RunningApp> {
  const port = await freePort();
  // Node itself in its own process group, so stopping it by PID also stops anything it forked.
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin(app), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: app,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited\n${output}`);
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not serve ${readyPath} within ${READY_TIMEOUT_MS} ms\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, output: () => output, stop };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const pid = child.pid;
  return new Promise((done) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {}
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      done();
    }
  });
}

/** Every file under `dir`, recursively, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
