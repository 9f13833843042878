// `react-cognito-reset/testing` is Node only (node:http) and must never reach a browser bundle:
// no browser entry may import it, and not one byte of src/testing may end up in one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUILD_OPTIONS, REACT_EXTERNAL } from '../../bench/measure.mjs';

const LOCALES = readdirSync('src/i18n/locales').filter((f) => f.endsWith('.ts'));
// Every entry a browser may bundle: the package's exports other than /testing (and /server, which
// runs on edge runtimes, so it is held to the same rule).
const BROWSER_ENTRIES = [
  'src/index.ts',
  'src/core/index.ts',
  'src/server/index.ts',
  'src/adapters/aws-sdk.ts',
  'src/adapters/amplify.ts',
  ...LOCALES.map((f) => `src/i18n/locales/${f}`),
];
// Strings only the testing entry holds.
const MARKERS = [
  'startLocalCognito',
  'createLocalCognitoHandler',
  '_local/code',
  'local-cognito',
  'node:http',
];

async function bundle(entry: string) {
  const result = await build({
    ...BUILD_OPTIONS,
    entryPoints: [entry],
    external: [
      ...REACT_EXTERNAL,
      'react-hook-form',
      'zod',
      '@hookform/resolvers',
      '@tanstack/react-query',
      '@aws-sdk/*',
      'aws-amplify',
      'aws-amplify/*',
    ],
  });
  const [output] = Object.values(result.metafile!.outputs);
  return { text: result.outputFiles![0]!.text, inputs: output!.inputs };
}

describe('the /testing entry stays out of browser bundles', () => {
  it.each(BROWSER_ENTRIES)('%s: 0 bytes from src/testing, no testing marker', async (entry) => {
    const { text, inputs } = await bundle(entry);
    expect(text.length).toBeGreaterThan(0);
    const fromTesting = Object.entries(inputs)
      .filter(([path]) => path.includes('src/testing/'))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    expect(fromTesting).toBe(0);
    for (const marker of MARKERS) expect(text, marker).not.toContain(marker);
  });

  it('cannot be bundled for a browser by mistake: node:http does not resolve there', async () => {
    await expect(bundle('src/testing/index.ts')).rejects.toThrow(/node:http/);
  });

  it('is its own export, built apart from the browser-safe dist', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['./testing']).toEqual({
      types: './dist-node/testing.d.ts',
      default: './dist-node/testing.js',
    });
    expect(pkg.bin).toEqual({ 'react-cognito-reset': './dist-node/bin.js' });
    expect(pkg.files).toContain('dist-node');
  });

  it('the packed package ships the entry, its types and the bin', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
    ) as [{ files: { path: string }[] }];
    const files = packed.files.map((f) => f.path);
    for (const file of ['dist-node/testing.js', 'dist-node/testing.d.ts', 'dist-node/bin.js']) {
      expect(files).toContain(file);
    }
  });

  // Runs after `npm run build` (npm test builds first), like tarball.test.ts.
  it('the built browser-safe files never import dist-node or Node built-ins', () => {
    expect(existsSync('dist-node/testing.js')).toBe(true);
    expect(readFileSync('dist-node/bin.js', 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join('dist', file), 'utf8');
      expect(text, file).not.toMatch(/dist-node|from\s*["'](node:)?(http|net|util)["']/);
      for (const marker of MARKERS) expect(text, `${file}: ${marker}`).not.toContain(marker);
    }
  });
});
