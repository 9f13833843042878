// A consumer's install: `npm pack` the repo, copy an example app into a temporary folder with the
// tarball as its `react-cognito-reset`, `npm install` it there. What the app then resolves is what
// a user downloads — the exports map, the files list, the dependencies — not this repo's sources.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a command to completion and resolves with its output; rejects with the output's tail. */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
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
 * The environment for npm and the example apps' builds: the parent's, without the `npm_*` variables
 * `npm test` sets (they would point npm at this repo's package.json), and without Next's telemetry.
 * @param extra - set last, over the defaults (NODE_ENV 'production')
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...extra };
}

/** An example app installed from the packed package. */
export interface PackedApp {
  /** The app's temporary folder (package.json, node_modules, sources). */
  dir: string;
  /** The tarball `npm pack` made. */
  tarball: string;
  /** Wall-clock seconds of `npm pack` and `npm install`. */
  seconds: { pack: number; install: number };
  /** Removes the temporary folder. */
  remove(): void;
}

/**
 * Packs the repo (dist must be built: `npm test` builds first) and installs `exampleDir` from a
 * temporary copy, its `react-cognito-reset` dependency replaced by the tarball. Needs the npm
 * registry (or its cache) for the app's other dependencies.
 */
export async function installPackedExample(exampleDir: string): Promise<PackedApp> {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
  const root = mkdtempSync(join(tmpdir(), 'rcr-packed-app-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    let started = performance.now();
    const packed = JSON.parse(
      await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], {
        cwd: process.cwd(),
        env: cleanEnv(),
      }),
    ) as { filename: string }[];
    const tarball = join(root, packed[0]!.filename);
    const pack = (performance.now() - started) / 1000;

    const dir = join(root, 'app');
    // Leaves out what a local run of an example leaves behind: its installs and build output.
    cpSync(exampleDir, dir, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist|\.next|next-env\.d\.ts)$/.test(src),
    });
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    manifest.dependencies['react-cognito-reset'] = `file:${tarball}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));

    started = performance.now();
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: dir,
      env: cleanEnv({ NODE_ENV: 'development' }),
    });
    const install = (performance.now() - started) / 1000;
    return { dir, tarball, seconds: { pack, install }, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
