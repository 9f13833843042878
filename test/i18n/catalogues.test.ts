// @vitest-environment node
// Node, not jsdom: esbuild's JS API refuses to run under jsdom's TextEncoder.
import { readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { breachedPasswordCheck, strengthCheck } from '../../src/checks';
import { ERROR_MESSAGE_KEYS } from '../../src/core/describe-error';
import { en, type Messages } from '../../src/i18n/en';
import type { Message, MessageParams } from '../../src/i18n/types';
import { LOCALE_ENTRIES, LOCALES } from './locale-list';

type Catalogue = Record<string, unknown>;
type Entry = { path: string; message: Message };

/** Every message of a catalogue as `path → message`, both levels, `dir` left out. */
function entries(catalogue: Messages): Entry[] {
  const out: Entry[] = [];
  for (const [key, value] of Object.entries(catalogue as Catalogue)) {
    if (key === 'dir') continue;
    if (typeof value === 'object' && value !== null) {
      for (const [inner, message] of Object.entries(value)) out.push({ path: `${key}.${inner}`, message });
    } else out.push({ path: key, message: value as Message });
  }
  return out;
}

function lookup(catalogue: Messages, path: string): Message {
  const [group, key] = path.split('.') as [string, string | undefined];
  const node = (catalogue as Catalogue)[group];
  return (key === undefined ? node : (node as Catalogue)[key]) as Message;
}

// The parameter names the kit passes. A new one must be classified here before any catalogue
// may use it, so a typo such as `{ secs }` in a locale cannot pass silently.
const NUMERIC = new Set(['seconds', 'min', 'max', 'length']);
const TEXT = new Set(['destination', 'requestId', 'rule', 'state']);
const sentinel = (key: string) => (NUMERIC.has(key) ? 47 : `«${key}-7f3a»`);

/** Calls a message with a Proxy that hands out sentinels and records which names were read. */
function probe(message: Message): { text: string; read: string[] } {
  const read = new Set<string>();
  const params = new Proxy({} as MessageParams, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return sentinel(key);
    },
  });
  return { text: typeof message === 'function' ? message(params) : message, read: [...read].sort() };
}

const call = (message: Message, params: MessageParams = {}) =>
  typeof message === 'function' ? message(params) : message;

// Strings that may equal English: only the punctuation around parameters, where a language
// writes "rule: state." exactly as English does. Every entry is also checked to still be needed.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  ruleChanged: ['es', 'de', 'pt-BR', 'ar'],
};

// The language's word for "password", which must not appear where the code was at fault.
const PASSWORD_WORD: Record<string, string> = {
  es: 'contraseña',
  fr: 'mot de passe',
  de: 'passwort',
  'pt-BR': 'senha',
  ja: 'パスワード',
  'zh-CN': '密码',
  ko: '비밀번호',
  ar: 'كلمة المرور',
};

it('lists every locale module in src/i18n/locales, and only those', () => {
  const files = readdirSync('src/i18n/locales').sort();
  expect(files).toEqual(
    Object.keys(LOCALES)
      .map((tag) => `${tag}.ts`)
      .sort(),
  );
});

it('English reads only parameters this test knows', () => {
  for (const { path, message } of entries(en)) {
    for (const key of probe(message).read)
      expect(NUMERIC.has(key) || TEXT.has(key), `${path} reads ${key}`).toBe(true);
  }
  expect(Object.keys(en.errors).sort()).toEqual([...ERROR_MESSAGE_KEYS].sort());
});

describe.each(LOCALE_ENTRIES)('%s', (tag, messages) => {
  it('has exactly the English keys, at both levels', () => {
    const catalogue = messages as Catalogue;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'object') {
        expect(Object.keys(catalogue[key] as Catalogue).sort(), key).toEqual(Object.keys(value).sort());
      }
    }
    for (const { path, message } of entries(messages))
      expect(typeof message, path).toMatch(/^(string|function)$/);
  });

  it('reads the same parameter names as English and shows every value', () => {
    for (const { path, message } of entries(messages)) {
      const english = probe(lookup(en, path));
      const local = probe(message);
      expect(local.read, path).toEqual(english.read);
      for (const key of english.read)
        expect(local.text, `${path} shows ${key}`).toContain(String(sentinel(key)));
      expect(local.text.trim(), path).not.toBe('');
      expect(local.text, path).not.toMatch(/undefined|NaN|\{|\}|\[object/);
    }
  });

  it('translates every message', () => {
    for (const { path, message } of entries(messages)) {
      const same = probe(message).text === probe(lookup(en, path)).text;
      expect(same, `${path} is still English`).toBe(SAME_AS_ENGLISH[path]?.includes(tag) ?? false);
    }
  });

  it('appends the request id exactly where English does', () => {
    for (const key of ERROR_MESSAGE_KEYS) {
      const local = messages.errors[key];
      const english = en.errors[key];
      const without = call(local);
      const withId = call(local, { requestId: 'req-9z' });
      expect(withId.includes('req-9z'), key).toBe(call(english, { requestId: 'req-9z' }).includes('req-9z'));
      expect(call(local, { requestId: '' }), key).toBe(without);
      if (withId !== without) expect(withId.startsWith(without), key).toBe(true);
    }
  });

  it('names the /checks recipes’ default messages and every checklist state, each state in its own words', () => {
    const recipes = [
      breachedPasswordCheck(),
      strengthCheck({ load: async () => ({ checkAsync: async () => ({ score: 4 }) }) }),
    ];
    for (const { message } of recipes) {
      const text = lookup(messages, message);
      expect(typeof text, message).toBe('string');
      expect(String(text).trim(), message).not.toBe('');
    }
    const states = ['ruleMet', 'ruleUnmet', 'ruleChecking', 'ruleUnavailable'].map((key) =>
      call(lookup(messages, key)),
    );
    expect(states.every((state) => typeof state === 'string' && state.trim() !== '')).toBe(true);
    expect(new Set(states).size).toBe(4);
  });

  it(`is written ${tag === 'ar' ? 'right to left' : 'left to right'}`, () => {
    expect(messages.dir).toBe(tag === 'ar' ? 'rtl' : 'ltr');
  });

  it('never blames the password for a wrong or expired code, nor hints whether an account exists', () => {
    const word = PASSWORD_WORD[tag]!;
    expect(call(messages.errors.codeMismatch).toLowerCase()).not.toContain(word);
    expect(call(messages.errors.codeExpired).toLowerCase()).not.toContain(word);
    // UserNotFoundException reads like a typo in either field: the username is named with the code.
    expect(call(messages.errors.codeOrUsername).toLowerCase()).toContain(
      messages.usernameLabel.toLowerCase(),
    );
  });
});

describe('counts take the plural form of each language', () => {
  // [seconds, words]. Under two minutes a wait is shown in seconds, above in whole minutes.
  const WAITS: Record<string, [number, string][]> = {
    es: [
      [1, '1 segundo'],
      [2, '2 segundos'],
      [90, '90 segundos'],
      [600, '10 minutos'],
    ],
    fr: [
      [1, '1\u00a0seconde'],
      [2, '2\u00a0secondes'],
      [600, '10\u00a0minutes'],
    ],
    de: [
      [1, '1 Sekunde'],
      [2, '2 Sekunden'],
      [600, '10 Minuten'],
    ],
    'pt-BR': [
      [1, '1 segundo'],
      [2, '2 segundos'],
      [600, '10 minutos'],
    ],
    ja: [
      [1, '1秒'],
      [45, '45秒'],
      [600, '10分'],
    ],
    'zh-CN': [
      [1, '1 秒'],
      [45, '45 秒'],
      [600, '10 分钟'],
    ],
    ko: [
      [1, '1초'],
      [45, '45초'],
      [600, '10분'],
    ],
    ar: [
      [1, 'ثانية واحدة'],
      [2, 'ثانيتين'],
      [3, '3 ثوانٍ'],
      [11, '11 ثانية'],
      [100, '100 ثانية'],
      [103, '103 ثوانٍ'],
      [120, 'دقيقتين'],
      [180, '3 دقائق'],
      [660, '11 دقيقة'],
    ],
  };
  // Not followed by another Latin or Arabic letter, so "1 segundo" does not match inside
  // "1 segundos" (Han, kana and Hangul run on without spaces, so they are not checked).
  const whole = (words: string) =>
    new RegExp(
      `${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{Script=Latin}\\p{Script=Arabic}])`,
      'u',
    );

  it.each(LOCALE_ENTRIES)('%s: waits', (tag, messages) => {
    for (const [seconds, words] of WAITS[tag]!) {
      expect(call(messages.errors.tooManyAttempts, { seconds })).toMatch(whole(words));
      expect(call(messages.errors.tooManyRequests, { seconds })).toMatch(whole(words));
      if (seconds < 120) expect(call(messages.waitCountdown, { seconds })).toMatch(whole(words));
    }
    // Cognito publishes no wait: a missing, zero or garbled value reads as a minute, never "0".
    const minute = call(messages.errors.tooManyAttempts, { seconds: 60 });
    for (const seconds of [undefined, 0, -5, 'soon']) {
      const params = seconds === undefined ? {} : { seconds };
      expect(call(messages.errors.tooManyAttempts, params as MessageParams)).toBe(minute);
    }
  });

  it.each([
    ['ar', 2, 'حرفان'],
    ['ar', 8, '8 أحرف'],
    ['ar', 12, '12 حرفًا'],
    ['ar', 100, '100 حرف'],
    ['es', 1, '1 carácter'],
    ['fr', 1, '1\u00a0caractère'],
    ['pt-BR', 8, '8 caracteres'],
  ])('%s: a minimum of %i characters', (tag, min, words) => {
    expect(call(LOCALES[tag]!.rules.minLength, { min })).toMatch(whole(words));
  });

  it('Arabic code lengths follow "من" in the genitive', () => {
    expect(call(LOCALES.ar!.validation.codeLength, { length: 2 })).toContain('خانتين');
    expect(call(LOCALES.ar!.validation.codeLength, { length: 6 })).toContain('6 خانات');
  });
});

describe('a locale bundle carries only its own catalogue', () => {
  const englishStrings = entries(en)
    .map(({ message }) => message)
    .filter((m): m is string => typeof m === 'string');

  it.each(LOCALE_ENTRIES)('%s', async (tag, messages) => {
    const result = await build({
      entryPoints: [`src/i18n/locales/${tag}.ts`],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2020',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain(messages.heading);
    expect(code).not.toContain('Reset your password');
    // As string literals: key names such as `codeOrUsername` are English words too, and stay.
    for (const english of englishStrings) expect(code.includes(JSON.stringify(english)), english).toBe(false);
    for (const fragment of ['Reference:', 'Try again in', 'We sent', 'Reset password']) {
      expect(code.includes(fragment), fragment).toBe(false);
    }
    // Nothing of the engine rides along with a catalogue.
    expect(code.includes('CodeMismatchException')).toBe(false);
    const brotli = brotliCompressSync(Buffer.from(code), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    expect(brotli).toBeLessThan(3000);
  });
});
