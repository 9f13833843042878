// Builds examples/next-app the way a user's app would get the kit: from the packed tarball,
// installed with npm from the registry into a temporary folder (never the repo's node_modules),
// then `next build` and `next start` on loopback. Used by next-app.test.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The example app in the repo (its source is what the README documents). */
export const EXAMPLE_DIR = resolve('examples/next-app');
const READY_TIMEOUT_MS = 60_000;

/** Runs a command to completion; rejects with the tail of its output when it fails. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<string>((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(output)
        : fail(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-4_000)}`)),
    );
  });
}

/**
 * The environment for npm and Next: the parent's, without the `npm_*` variables `npm test` sets
 * (they would point npm at this repo's package.json), and without telemetry.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extra };
}

export interface BuiltApp {
  /** The temporary folder holding the app. */
  dir: string;
  /** Seconds spent in `npm install` and in `next build`. */
  seconds: { install: number; build: number };
  /** Removes the folder. */
  remove(): void;
}

/**
 * Packs the repo (dist must be built), copies the example into a temporary folder with the
 * tarball as its `react-cognito-reset`, installs it and runs `next build` with `buildEnv`.
 */
export async function buildExampleApp(buildEnv: Record<string, string>): Promise<BuiltApp> {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'rcr-next-app-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const packed = JSON.parse(
      await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        cwd: process.cwd(),
        env: cleanEnv(),
      }),
    ) as { filename: string }[];
    const tarball = join(dir, packed[0]!.filename);

    const app = join(dir, 'app');
    cpSync(EXAMPLE_DIR, app, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|\.next|next-env\.d\.ts)$/.test(src),
    });
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    manifest.dependencies['react-cognito-reset'] = `file:${tarball}`;
    writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));

    let t = Date.now();
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: app,
      env: cleanEnv({ NODE_ENV: 'development' }),
    });
    const install = (Date.now() - t) / 1000;
    t = Date.now();
    await run(process.execPath, [nextBin(app), 'build'], { cwd: app, env: cleanEnv(buildEnv) });
    const build = (Date.now() - t) / 1000;
    return { dir: app, seconds: { install, build }, remove };
  } catch (error) {
    remove();
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
