import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Runs after `npm run build` (npm test builds first): `react-cognito-reset/checks` is framework-free
// and never imports the strength estimator itself, so an app that uses only the breach check (or
// no check) neither installs nor bundles @zxcvbn-ts/core.
describe('the /checks entry', () => {
  // The build is unbundled: the entry and the modules it reaches (dist/checks/*.js).
  const files = ['dist/checks.js', ...readdirSync('dist/checks').map((f) => `dist/checks/${f}`)];

  it('imports only its own modules: no React, no zxcvbn-ts, no other entry', () => {
    for (const file of files) {
      const built = readFileSync(file, 'utf8');
      for (const [, specifier] of built.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)) {
        expect(specifier, file).toMatch(/^\.\/(checks\/)?[\w-]+\.js$/);
      }
      expect(built, file).not.toMatch(/\bimport\s*\(/);
      expect(built, file).not.toContain('zxcvbn-ts');
      expect(built, file).not.toContain('use client');
    }
  });

  it('is published with its types', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['./checks']).toEqual({ types: './dist/checks.d.ts', default: './dist/checks.js' });
    expect(readFileSync('dist/checks.d.ts', 'utf8')).toContain('breachedPasswordCheck');
    expect(pkg.peerDependenciesMeta['@zxcvbn-ts/core']).toEqual({ optional: true });
  });
});
