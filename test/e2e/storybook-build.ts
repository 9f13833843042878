// Builds the playground once for the end-to-end tests (`storybook build`, as a static site), and
// reads its story index, so tests open stories by the ids Storybook gave them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const STORYBOOK_BIN = resolve('node_modules/storybook/dist/bin/dispatcher.js');

/** One entry of Storybook's index.json. */
export interface IndexEntry {
  id: string;
  type: string;
  /** The sidebar path, e.g. `Drop-in/Errors`. */
  title: string;
  /** The name the sidebar shows. */
  name: string;
  /** The story's export in its CSF file. */
  exportName?: string;
  importPath: string;
}

/** A static Storybook in a temporary folder. */
export interface BuiltStorybook {
  /** The folder holding iframe.html and index.json. */
  dir: string;
  /** Wall-clock seconds `storybook build` took. */
  seconds: number;
  /** Every story id in the build's index.json, e.g. `drop-in-errors--expired-code-exception`. */
  storyIds: string[];
  /** Every story entry in index.json, as the sidebar lists it. */
  stories: IndexEntry[];
  /** Removes the folder. */
  remove(): void;
}

/** Runs `storybook build` into a fresh temporary folder; rejects with the tail of its output. */
export async function buildStorybook(): Promise<BuiltStorybook> {
  const dir = mkdtempSync(join(tmpdir(), 'rcr-storybook-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(
        process.execPath,
        [STORYBOOK_BIN, 'build', '--output-dir', dir, '--quiet', '--disable-telemetry'],
        {
          cwd: resolve('.'),
          // No STORYBOOK_COGNITO_* variables: the live story learns where cognito-local runs from
          // the page's URL (?cognitoLocal=), so one build serves any test's pool.
          env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', fail);
      child.on('close', (code) =>
        code === 0 ? done() : fail(new Error(`storybook build exited ${code}\n${output.slice(-4_000)}`)),
      );
    });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      entries: Record<string, IndexEntry>;
    };
    const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    const storyIds = stories.map((entry) => entry.id);
    return { dir, seconds: (performance.now() - started) / 1000, storyIds, stories, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * The iframe URL that renders one story alone. `embed=true` keeps Storybook from running the
 * story's play function, so the test, not the story, drives the form. `a11y.manual` keeps the a11y
 * addon from starting its own axe pass after the render: axe refuses to run twice at once ("Axe
 * is already running"), and on a loaded machine the addon's pass overlaps the test's.
 */
export function storyUrl(base: string, id: string, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    id,
    viewMode: 'story',
    embed: 'true',
    globals: 'a11y.manual:!true',
    ...query,
  });
  return `${base}/iframe.html?${params}`;
}
