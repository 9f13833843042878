import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Runs after `npm run build` (npm test builds first). Checks what users would download.
const pack = () =>
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  )[0] as {
    files: { path: string }[];
  };

describe('the packed package', () => {
  it('holds dist, README and the licence, and no tests, stories, sources or maps', () => {
    const files = pack().files.map((f) => f.path);
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
    for (const entry of ['index', 'core', 'server', 'aws-sdk', 'amplify']) {
      expect(files).toContain(`dist/${entry}.js`);
      expect(files).toContain(`dist/${entry}.d.ts`);
    }
    expect(files).toContain('dist/styles.css');
    for (const f of files) {
      expect(f).not.toMatch(/^(src|test|stories|\.storybook|bench|scripts|examples)\//);
      expect(f).not.toMatch(/\.(map|tsx?|test\.\w+)$/.test(f) && !f.endsWith('.d.ts') ? /./ : /^$/);
    }
  });

  it('has no source maps or absolute local paths in dist', () => {
    for (const { path } of pack().files.filter((f) => f.path.startsWith('dist/'))) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toContain('sourceMappingURL');
      expect(text, path).not.toContain(process.cwd());
      expect(text, path).not.toMatch(/\/(root|home|Users)\/[^'"\s]+\/(src|node_modules)\//);
    }
  });

  it("starts React entries with 'use client', and never /core or /server", () => {
    expect(readFileSync('dist/index.js', 'utf8')).toMatch(/^['"]use client['"];/);
    for (const entry of ['core', 'server']) {
      expect(readFileSync(`dist/${entry}.js`, 'utf8'), entry).not.toContain('use client');
    }
  });

  it('ships every locale as its own module', () => {
    for (const tag of ['es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar']) {
      expect(existsSync(`dist/locales/${tag}.js`), tag).toBe(true);
      expect(existsSync(`dist/locales/${tag}.d.ts`), tag).toBe(true);
    }
  });
});
