// The browser floor is declared once, in package.json's "browserslist"; the build derives the JS
// target and the CSS lowering from it. These tests read what the build wrote (npm test builds
// first) and check it against that floor with MDN's browser-compat-data and es-check, so a feature
// newer than the floor fails here instead of in a user's older Safari.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import browserslist from 'browserslist';
import { browserslistToTargets, transform } from 'lightningcss';
import { afterAll, describe, expect, it } from 'vitest';
import { compatAt, cssFeatures, type Feature, floorOf, jsFeatures, missingIn } from './browser-floor';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const floor = floorOf();
const builtJs = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.js'))
  .map((f) => join('dist', f));
const builtCss = readFileSync('dist/styles.css', 'utf8');

// Features the theme uses as progressive enhancement: where missing, the browser's default shows and
// nothing is lost. Each needs its reason.
const ENHANCEMENTS: Record<string, string> = {
  ':selection': 'iOS Safari keeps its own selection colour; the text stays selectable and readable',
};

/** Each feature the floor lacks, as `name: browser version (needs …)`. */
function outsideFloor(features: Feature[], allowed: Record<string, string> = {}): string[] {
  const problems: string[] = [];
  for (const { name, path } of features) {
    if (name in allowed) continue;
    const compat = path && compatAt(path);
    if (!compat) problems.push(`${name}: no browser-compat-data entry (${path?.join('.') ?? 'unmapped'})`);
    else for (const miss of missingIn(compat, floor)) problems.push(`${name}: ${miss}`);
  }
  return problems;
}

describe('the declared browser floor', () => {
  it('is declared once in package.json and named the same in the README', () => {
    expect(manifest.browserslist).toEqual(expect.any(Array));
    expect(Object.keys(floor).sort()).toEqual(['chrome', 'edge', 'firefox', 'safari', 'safari_ios']);
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Browser support'));
    expect(section.length, 'README has a "Browser support" section').toBeLessThan(readme.length);
    const names = {
      chrome: 'Chrome',
      edge: 'Edge',
      firefox: 'Firefox',
      safari: 'Safari',
      safari_ios: 'iOS Safari',
    };
    for (const [browser, version] of Object.entries(floor)) {
      expect(section, browser).toContain(`${names[browser as keyof typeof names]} ${version}`);
    }
  });

  it('excludes the browsers it must, as browserslist reads it', () => {
    const list = browserslist(undefined, { path: '.' });
    expect(list).toContain('safari 16.4');
    expect(list).not.toContain('safari 16.3');
    expect(list).not.toContain('firefox 120');
    expect(list).not.toContain('chrome 110');
  });
});

describe('dist/styles.css against the floor', () => {
  it('uses no CSS feature the floor lacks (browser-compat-data, every property, at-rule, selector, function)', () => {
    const features = cssFeatures(builtCss);
    // The scan must really see the stylesheet's features, or an empty list would pass.
    expect(features.map((f) => f.name)).toEqual(
      expect.arrayContaining(['@layer', ':has', 'color-mix()', 'property inset-block', 'custom properties']),
    );
    expect(outsideFloor(features, ENHANCEMENTS)).toEqual([]);
  });

  it('has light-dark() lowered by the build, while the source keeps it readable', () => {
    expect(readFileSync('src/styled/styles.css', 'utf8')).toContain('light-dark(');
    expect(builtCss).not.toContain('light-dark(');
    // The lowered form: each colour picked by custom-property toggles that color-scheme drives.
    expect(builtCss).toMatch(/@media \(prefers-color-scheme: ?dark\)/);
    expect(builtCss).toContain('--lightningcss-dark');
  });

  it('is the source built by Lightning CSS for exactly the declared browsers', () => {
    const build = (query?: string) =>
      transform({
        filename: 'src/styled/styles.css',
        code: readFileSync('src/styled/styles.css'),
        minify: true,
        targets: browserslistToTargets(browserslist(query, { path: '.' })),
      }).code.toString();
    expect(builtCss).toBe(build());
    // A floor that has light-dark() natively would ship it as written: the floor decides.
    expect(build('chrome >= 123, safari >= 17.5, firefox >= 120')).toContain('light-dark(');
  });

  it('the check catches features above the floor, not just absent ones', () => {
    expect(outsideFloor(cssFeatures('a{color:light-dark(#000,#fff)}'))).toEqual(
      expect.arrayContaining([
        'light-dark(): chrome 111 (needs 123)',
        'light-dark(): safari 16.4 (needs 17.5)',
        expect.stringMatching(/^light-dark\(\): safari_ios 16\.4/),
      ]),
    );
    expect(outsideFloor(cssFeatures('a{field-sizing:content}'))).not.toEqual([]);
    expect(outsideFloor(cssFeatures('@starting-style{a{opacity:0}}'))).not.toEqual([]);
    expect(outsideFloor(cssFeatures('a:has(b){color:red}'))).toEqual([]);
    expect(outsideFloor(cssFeatures('a{outline:1px solid}'))).toEqual([]);
  });
});

describe('the built JS against the floor', () => {
  it('calls no static member of a built-in or Web API the floor lacks (browser-compat-data)', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const file of builtJs) {
      const features = jsFeatures(readFileSync(file, 'utf8'));
      for (const f of features) seen.add(f.name);
      for (const p of outsideFloor(features)) problems.push(`${file}: ${p}`);
    }
    expect([...seen]).toEqual(
      expect.arrayContaining(['Object.hasOwn', 'Intl.PluralRules', 'Object.fromEntries']),
    );
    expect(problems).toEqual([]);
  });

  it('the check catches members above the floor', () => {
    expect(outsideFloor(jsFeatures('AbortSignal.any([a, b])'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^AbortSignal\.any: safari 16\.4 \(needs 17\.4\)/)]),
    );
    expect(outsideFloor(jsFeatures('Promise.withResolvers()'))).not.toEqual([]);
    expect(outsideFloor(jsFeatures('Object.groupBy(list, key)'))).not.toEqual([]);
    expect(outsideFloor(jsFeatures('Object.hasOwn(o, k)'))).toEqual([]);
  });

  const esCheck = (files: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        'node_modules/es-check/lib/cli/index.js',
        'checkBrowser',
        files,
        '--module',
        '--checkFeatures',
        ...args,
      ],
      { encoding: 'utf8' },
    );

  it('has syntax and ES built-ins the floor supports (es-check, browserslist from package.json)', () => {
    const r = esCheck('dist/**/*.js');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`checking ${builtJs.length} files`));
  });

  const scratch = mkdtempSync(join(tmpdir(), 'rcr-floor-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('es-check fails a file that needs more than the floor it is given', () => {
    writeFileSync(join(scratch, 'has-own.js'), 'export const has = (o) => Object.hasOwn(o, "x");\n');
    writeFileSync(
      join(scratch, 'class-fields.js'),
      'export class A { #x = 1; get x() { return this.#x; } }\n',
    );
    expect(esCheck(join(scratch, 'has-own.js'), '--browserslistQuery', 'safari 15').status).not.toBe(0);
    expect(esCheck(join(scratch, 'has-own.js'), '--browserslistQuery', 'safari 16.4').status).toBe(0);
    expect(esCheck(join(scratch, 'class-fields.js'), '--browserslistQuery', 'safari 14').status).not.toBe(0);
  });
});

describe('the build derives its targets from the floor', () => {
  it('lowers JS syntax newer than the floor (esbuild target from browserslist)', () => {
    // A built module would keep `using`, decorators or `??=` only if the target allowed it: the
    // built files never contain syntax esbuild had to lower for these browsers.
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import t from 'browserslist-to-esbuild'; console.log(JSON.stringify(t()))",
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual(['chrome111', 'edge111', 'firefox121', 'ios16.4', 'safari16.4']);
    expect(readFileSync('tsup.config.ts', 'utf8')).toContain('target: browserslistToEsbuild()');
  });
});
