// The declared browser floor (package.json "browserslist") checked against what ships, with MDN's
// browser-compat-data as the source of truth: every CSS property, at-rule, pseudo-class and
// function in dist/styles.css, and every static member of a JS built-in or Web API the built
// modules call, must be supported by the oldest version of each browser the floor names.
import { createRequire } from 'node:module';
import browserslist from 'browserslist';

const require = createRequire(import.meta.url);
const bcd = require('@mdn/browser-compat-data') as Record<string, any>;

/** browserslist's browser names → browser-compat-data's. */
const BCD_BROWSER: Record<string, string> = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'safari_ios',
  and_chr: 'chrome_android',
  and_ff: 'firefox_android',
  opera: 'opera',
  samsung: 'samsunginternet_android',
};

/** The oldest version of each browser a browserslist query names, e.g. `{ safari: 16.2, … }`. */
export function floorOf(query?: string | readonly string[]): Record<string, number> {
  const floor: Record<string, number> = {};
  for (const entry of browserslist(query as string | string[] | undefined, { path: '.' })) {
    const [name, range] = entry.split(' ') as [string, string];
    const version = Number.parseFloat(range.split('-')[0]!);
    const bcdName = BCD_BROWSER[name];
    if (!bcdName) throw new Error(`no browser-compat-data name for browserslist's "${name}"`);
    floor[bcdName] = Math.min(floor[bcdName] ?? Number.POSITIVE_INFINITY, version);
  }
  return floor;
}

/** The browser-compat-data entry at a dotted path (`css.selectors.has`), or undefined. */
export function compatAt(path: readonly string[]): any {
  let node: any = bcd;
  for (const key of path) node = node?.[key];
  return node?.__compat;
}

/** The first version of `browser` that supports a feature without prefix or flag; undefined if none. */
function addedIn(compat: any, browser: string): number | undefined {
  const statements = [compat.support[browser]].flat().filter(Boolean);
  let best: number | undefined;
  for (const s of statements) {
    if (s.prefix || s.alternative_name || s.flags || s.partial_implementation) continue;
    if (typeof s.version_added !== 'string' || s.version_removed) continue;
    const v = Number.parseFloat(s.version_added.replace('≤', ''));
    if (!Number.isNaN(v) && (best === undefined || v < best)) best = v;
  }
  return best;
}

/** Each browser of the floor that lacks the feature, as `safari 16.2 (needs 17.5)`. */
export function missingIn(compat: any, floor: Record<string, number>): string[] {
  const missing: string[] = [];
  for (const [browser, version] of Object.entries(floor)) {
    const added = addedIn(compat, browser);
    if (added === undefined || added > version) {
      missing.push(`${browser} ${version} (${added === undefined ? 'unsupported' : `needs ${added}`})`);
    }
  }
  return missing;
}

/** A feature named in a built file and where browser-compat-data keeps it. */
export interface Feature {
  name: string;
  path: string[] | undefined;
}

// CSS functions whose compat entry is not at css.types.<name>.
const CSS_FUNCTION_PATHS: Record<string, string[]> = {
  'color-mix': ['css', 'types', 'color', 'color-mix'],
  'light-dark': ['css', 'types', 'color', 'light-dark'],
  rgb: ['css', 'types', 'color', 'rgb'],
  var: ['css', 'types', 'var'],
  minmax: ['css', 'properties', 'grid-template-columns', 'minmax'],
  rotate: ['css', 'types', 'transform-function', 'rotate'],
  steps: ['css', 'types', 'easing-function', 'steps'],
  'cubic-bezier': ['css', 'types', 'easing-function', 'cubic-bezier'],
  inset: ['css', 'types', 'basic-shape', 'inset'],
  max: ['css', 'types', 'max'],
  min: ['css', 'types', 'min'],
};

/** Every CSS feature a stylesheet uses: properties, at-rules, pseudo-classes and -elements, functions. */
export function cssFeatures(css: string): Feature[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"|'[^']*'/g, '""');
  const found = new Map<string, string[] | undefined>();
  const add = (name: string, path: string[] | undefined) => found.set(name, path);
  for (const [, name] of text.matchAll(/[{;]\s*(-?-?[a-z-]+)\s*:/g)) {
    if (name!.startsWith('--')) add('custom properties', ['css', 'properties', 'custom-property']);
    else add(`property ${name}`, ['css', 'properties', name!]);
  }
  for (const [, name] of text.matchAll(/@([a-z-]+)/g)) add(`@${name}`, ['css', 'at-rules', name!]);
  // Selectors only: the text before each `{` that is not an at-rule's prelude.
  for (const [, selector] of text.matchAll(/(?:^|[{}])\s*([^{}@]+)\{/g)) {
    for (const [, name] of selector!.matchAll(/::?([a-z-]+)/g)) add(`:${name}`, ['css', 'selectors', name!]);
  }
  for (const [, name] of text.matchAll(/([a-z-]+)\(/g)) {
    if (name === 'not' || name === 'has' || name === 'is' || name === 'where') continue; // selectors
    add(
      `${name}()`,
      CSS_FUNCTION_PATHS[name!] ?? (compatAt(['css', 'types', name!]) ? ['css', 'types', name!] : undefined),
    );
  }
  for (const [, prelude] of text.matchAll(/@media([^{]*)\{/g)) {
    for (const [, name] of prelude!.matchAll(/\(\s*([a-z-]+)\s*:/g)) {
      add(`@media (${name})`, ['css', 'at-rules', 'media', name!.replace(/^(min|max)-/, '')]);
    }
  }
  return [...found].map(([name, path]) => ({ name, path }));
}

// Globals whose static members are checked; Web APIs live under api.*, the language under
// javascript.builtins.*.
const JS_GLOBALS: Record<string, string[]> = {
  Object: ['javascript', 'builtins', 'Object'],
  Array: ['javascript', 'builtins', 'Array'],
  Promise: ['javascript', 'builtins', 'Promise'],
  String: ['javascript', 'builtins', 'String'],
  Number: ['javascript', 'builtins', 'Number'],
  Math: ['javascript', 'builtins', 'Math'],
  JSON: ['javascript', 'builtins', 'JSON'],
  Reflect: ['javascript', 'builtins', 'Reflect'],
  Intl: ['javascript', 'builtins', 'Intl'],
  AbortSignal: ['api', 'AbortSignal'],
  Response: ['api', 'Response'],
  URL: ['api', 'URL'],
};

/** Every static member of a checked global that a built module reads (`Object.hasOwn`, `AbortSignal.any`…). */
export function jsFeatures(code: string): Feature[] {
  const found = new Map<string, string[] | undefined>();
  const text = code.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  for (const [, global, member] of text.matchAll(/(?<![\w$.])(\w+)\.(\w+)/g)) {
    const base = JS_GLOBALS[global!];
    if (!base) continue;
    // Web API statics are keyed `<name>_static` when an instance member shares the name.
    const candidates = [
      [...base, member!],
      [...base, `${member}_static`],
    ];
    found.set(
      `${global}.${member}`,
      candidates.find((p) => compatAt(p)),
    );
  }
  for (const global of Object.keys(JS_GLOBALS)) {
    if (new RegExp(`(?<![\\w$.])${global}\\b`).test(text)) found.set(global, JS_GLOBALS[global]);
  }
  return [...found].map(([name, path]) => ({ name, path }));
}
