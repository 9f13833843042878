import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
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

  // The directive is written in the source entry files and kept by the build (no post-processing).
  // A React Server Components bundler reads it on the module an app imports; /core and /server are
  // for servers and must stay importable there.
  it("keeps 'use client' on the React entry modules, and never on /core, /server or their modules", () => {
    const directive = /^['"]use client['"];/;
    for (const file of ['dist/index.js', 'dist/styled/index.js', 'dist/headless/index.js']) {
      expect(readFileSync(file, 'utf8'), file).toMatch(directive);
    }
    const serverSide = pack()
      .files.map((f) => f.path)
      .filter((f) => /^dist\/(core|server)(\.js|\/.+\.js)$/.test(f));
    expect(serverSide).toEqual(
      expect.arrayContaining(['dist/core.js', 'dist/server.js', 'dist/core/wire.js']),
    );
    for (const file of serverSide) expect(readFileSync(file, 'utf8'), file).not.toContain('use client');
    // Written in the sources, not added after the build.
    for (const file of ['src/index.ts', 'src/styled/index.ts', 'src/headless/index.ts']) {
      expect(readFileSync(file, 'utf8'), file).toMatch(directive);
    }
    expect(readFileSync('scripts/postbuild.mjs', 'utf8')).not.toContain('use client');
  });

  // One file per source module: an app's bundler drops whole modules it does not import, which is
  // what makes `import { useConfirmForgotPassword }` leave the styled layer out.
  it('ships the root entry as unbundled modules that import each other by relative path', () => {
    const files = pack().files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/headless/useConfirmForgotPassword.js',
        'dist/styled/ConfirmResetForm.js',
      ]),
    );
    // dist-node/ (the Node-only /testing entry and its bin) may share a chunk: no browser bundles it.
    expect(files.filter((f) => f.startsWith('dist/') && /chunk-/.test(f))).toEqual([]);
    const index = readFileSync('dist/index.js', 'utf8');
    expect(index).toContain('"./headless/index.js"');
    expect(index).toContain('"./styled/index.js"');
    const hook = readFileSync('dist/headless/useConfirmForgotPassword.js', 'utf8');
    expect(hook).not.toMatch(/from ["']\.\.?\/styled\//);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(manifest.sideEffects).toEqual(['**/*.css']);
  });

  it('resolves every relative import between the shipped modules to a packed file', () => {
    const files = new Set(pack().files.map((f) => f.path));
    const modules = [...files].filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    let imports = 0;
    for (const file of modules) {
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        imports++;
        expect(specifier, file).toMatch(/\.js$/);
        expect(files.has(posix.join(posix.dirname(file), specifier!)), `${file} → ${specifier}`).toBe(true);
      }
    }
    expect(imports).toBeGreaterThan(modules.length);
  });

  it('ships every locale as its own module', () => {
    for (const tag of ['es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar']) {
      expect(existsSync(`dist/locales/${tag}.js`), tag).toBe(true);
      expect(existsSync(`dist/locales/${tag}.d.ts`), tag).toBe(true);
    }
  });
});
