import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Runs after `npm run build` (npm test builds first): `react-cognito-reset/checks` is framework-free
// and never imports the strength estimator itself, so an app that uses only the breach check (or
// no check) neither installs nor bundles @zxcvbn-ts/core.
describe('the /checks entry', () => {
  const built = readFileSync('dist/checks.js', 'utf8');

  it('imports nothing: no React, no zxcvbn-ts, no other entry', () => {
    expect(built).not.toMatch(/\bfrom\s*['"]/);
    expect(built).not.toMatch(/\bimport\s*\(/);
    expect(built).not.toContain('zxcvbn-ts');
    expect(built).not.toContain('use client');
  });

  it('is published with its types', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['./checks']).toEqual({ types: './dist/checks.d.ts', default: './dist/checks.js' });
    expect(readFileSync('dist/checks.d.ts', 'utf8')).toContain('breachedPasswordCheck');
    expect(pkg.peerDependenciesMeta['@zxcvbn-ts/core']).toEqual({ optional: true });
  });
});
