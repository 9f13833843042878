import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  PASSWORD_MAX_LENGTH,
  PASSWORD_RULES,
  type PasswordPolicy,
  type PasswordPolicyInput,
} from '../../src/core/password-policy';

const NONE: PasswordPolicy = {
  minimumLength: 6,
  requireUppercase: false,
  requireLowercase: false,
  requireNumbers: false,
  requireSymbols: false,
};

/** The checklist as `{ id: met }`, in order. */
function metById(password: string, policy?: PasswordPolicyInput) {
  return Object.fromEntries(checkPassword(password, policy).map((c) => [c.id, c.met]));
}
function ids(password: string, policy?: PasswordPolicyInput) {
  return checkPassword(password, policy).map((c) => c.id);
}
function rule(password: string, id: string, policy?: PasswordPolicyInput) {
  return checkPassword(password, policy).find((c) => c.id === id);
}

describe('PASSWORD_RULES', () => {
  it('declares every rule once, in display order', () => {
    expect(PASSWORD_RULES.map((r) => r.id)).toEqual([
      'minLength',
      'uppercase',
      'lowercase',
      'number',
      'symbol',
      'maxLength',
      'noEdgeSpace',
    ]);
  });
});

describe('checkPassword: display order and visibility', () => {
  it("lists length and the four classes under Cognito's default policy", () => {
    expect(checkPassword('')).toEqual([
      { id: 'minLength', met: false, params: { min: 8 } },
      { id: 'uppercase', met: false, params: {} },
      { id: 'lowercase', met: false, params: {} },
      { id: 'number', met: false, params: {} },
      { id: 'symbol', met: false, params: {} },
    ]);
  });

  it('marks every listed rule met for a good password and hides the always-enforced ones', () => {
    expect(checkPassword('Abcdef1!')).toEqual([
      { id: 'minLength', met: true, params: { min: 8 } },
      { id: 'uppercase', met: true, params: {} },
      { id: 'lowercase', met: true, params: {} },
      { id: 'number', met: true, params: {} },
      { id: 'symbol', met: true, params: {} },
    ]);
  });

  it('lists only the length when the policy requires no class', () => {
    expect(checkPassword('abcdef', NONE)).toEqual([{ id: 'minLength', met: true, params: { min: 6 } }]);
    expect(ids('abc', NONE)).toEqual(['minLength']);
  });

  it('lists only the classes the policy requires, keeping their order', () => {
    expect(ids('x', { requireUppercase: false, requireNumbers: false })).toEqual([
      'minLength',
      'lowercase',
      'symbol',
    ]);
    expect(ids('x', { ...NONE, requireSymbols: true })).toEqual(['minLength', 'symbol']);
  });

  it('appends the always-enforced rules, in order, when they break', () => {
    const allBroken = ' '.repeat(PASSWORD_MAX_LENGTH + 1);
    expect(checkPassword(allBroken).map((c) => [c.id, c.met])).toEqual([
      ['minLength', true],
      ['uppercase', false],
      ['lowercase', false],
      ['number', false],
      ['symbol', false],
      ['maxLength', false],
      ['noEdgeSpace', false],
    ]);
    expect(rule(allBroken, 'maxLength')?.params).toEqual({ max: 256 });
    expect(ids(' abcdef', NONE)).toEqual(['minLength', 'noEdgeSpace']);
  });

  it('checks a non-string (an unset form field) as the empty string', () => {
    expect(checkPassword(undefined as unknown as string)).toEqual(checkPassword(''));
    expect(checkPassword(42 as unknown as string, NONE)).toEqual(checkPassword('', NONE));
  });

  it('returns fresh objects each call', () => {
    const a = checkPassword('Abcdef1!');
    a[0]!.params.min = 1;
    expect(checkPassword('Abcdef1!')[0]!.params).toEqual({ min: 8 });
  });
});

describe('minimum length', () => {
  for (const min of [6, 7, 8, 12, 98, 99]) {
    it(`min ${min}: ${min - 1} characters fail, ${min} and ${min + 1} pass`, () => {
      const policy = { ...NONE, minimumLength: min };
      expect(rule('a'.repeat(min - 1), 'minLength', policy)).toEqual({
        id: 'minLength',
        met: false,
        params: { min },
      });
      expect(rule('a'.repeat(min), 'minLength', policy)?.met).toBe(true);
      expect(rule('a'.repeat(min + 1), 'minLength', policy)?.met).toBe(true);
    });
  }

  it('counts UTF-16 code units, as Java (Cognito) does: an astral emoji counts 2', () => {
    expect('😀'.length).toBe(2);
    expect(rule('abcd😀', 'minLength', NONE)?.met).toBe(true);
    expect(rule('abc😀', 'minLength', NONE)?.met).toBe(false);
    expect(rule('abcé', 'minLength', { ...NONE, minimumLength: 6 })?.met).toBe(false);
  });

  it('counts inner spaces and symbols', () => {
    expect(rule('a b c ', 'minLength', NONE)?.met).toBe(true);
    expect(rule('!!!!!!', 'minLength', NONE)?.met).toBe(true);
  });
});

describe('maximum length (256, always enforced)', () => {
  const body = (n: number) => `Aa1!${'x'.repeat(n - 4)}`;
  it('accepts 256 characters and shows nothing about it', () => {
    expect(body(256)).toHaveLength(256);
    expect(ids(body(256))).not.toContain('maxLength');
    expect(checkPassword(body(256)).every((c) => c.met)).toBe(true);
  });
  it('rejects 257 characters with { max: 256 }', () => {
    expect(rule(body(257), 'maxLength')).toEqual({ id: 'maxLength', met: false, params: { max: 256 } });
  });
  it('counts an emoji as 2 toward the maximum', () => {
    expect(rule(`${body(254)}😀`, 'maxLength')).toBeUndefined();
    expect(rule(`${body(255)}😀`, 'maxLength')?.met).toBe(false);
  });
  it('is enforced even when the policy requires nothing else', () => {
    expect(metById('a'.repeat(1000), NONE)).toEqual({ minLength: true, maxLength: false });
  });
});

describe('no space at either end (always enforced)', () => {
  const good = 'Abcdef1!';
  for (const [name, ws] of [
    ['space', ' '],
    ['tab', '\t'],
    ['line feed', '\n'],
    ['carriage return', '\r'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
  ] as const) {
    it(`rejects a leading or trailing ${name} (Java's \\s)`, () => {
      expect(rule(ws + good, 'noEdgeSpace')).toEqual({ id: 'noEdgeSpace', met: false, params: {} });
      expect(rule(good + ws, 'noEdgeSpace')?.met).toBe(false);
      expect(rule(ws + good + ws, 'noEdgeSpace')?.met).toBe(false);
    });
  }

  it('allows inner spaces, and a lone space is an edge', () => {
    expect(ids('Abc def1!')).not.toContain('noEdgeSpace');
    expect(rule(' ', 'noEdgeSpace', NONE)?.met).toBe(false);
    expect(ids('', NONE)).not.toContain('noEdgeSpace');
  });

  it("leaves Unicode spaces alone: they are not in Java's \\s, so Cognito lets them through", () => {
    expect(ids('\u00a0Abcdef1!\u3000')).not.toContain('noEdgeSpace');
  });
});

describe('symbols: exactly Cognito’s set', () => {
  const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-';
  it('has 32 symbols', () => {
    expect([...SYMBOLS]).toHaveLength(32);
    expect(new Set(SYMBOLS).size).toBe(32);
  });

  for (const symbol of SYMBOLS) {
    it(`accepts ${JSON.stringify(symbol)}`, () => {
      expect(rule(`Abcdef1${symbol}`, 'symbol')).toEqual({ id: 'symbol', met: true, params: {} });
      expect(rule(`${symbol}Abcdef1`, 'symbol')?.met).toBe(true);
      expect(checkPassword(`Ab${symbol}cdef1`).every((c) => c.met)).toBe(true);
    });
  }

  it('accepts an inner space as a symbol', () => {
    expect(rule('Abc def1', 'symbol')?.met).toBe(true);
    expect(rule('Abc   def1', 'symbol')?.met).toBe(true);
    expect(checkPassword('Correct Horse 1').every((c) => c.met)).toBe(true);
  });

  it('does not count a leading or trailing space as a symbol', () => {
    expect(rule(' Abcdef1', 'symbol')?.met).toBe(false);
    expect(rule('Abcdef1 ', 'symbol')?.met).toBe(false);
    expect(rule('  Abcdef1  ', 'symbol')?.met).toBe(false);
    // …but an inner one still counts when edges are also present.
    expect(rule(' Abc def1 ', 'symbol')?.met).toBe(true);
  });

  const NOT_SYMBOLS = [
    '€',
    '£',
    '§',
    '¥',
    '¿',
    '¡',
    '×',
    '÷',
    '°',
    '·',
    '‐',
    '–',
    '—',
    '“',
    '’',
    '＠',
    '＃',
    '\u00a0',
    '\u3000',
    '\t',
    '\n',
    '😀',
    '👍🏽',
    'é',
    '٣',
  ];
  for (const other of NOT_SYMBOLS) {
    it(`does not accept ${JSON.stringify(other)} as a symbol, inside or at an end`, () => {
      expect(rule(`Abc${other}def1`, 'symbol')?.met).toBe(false);
      expect(rule(`Abcdef1${other}`, 'symbol')?.met).toBe(false);
    });
  }
});

describe('letter and digit classes: Basic Latin only', () => {
  it('accepts A–Z for uppercase and a–z for lowercase, each bound', () => {
    for (const c of ['A', 'M', 'Z']) expect(rule(`1!${c}`, 'uppercase')?.met).toBe(true);
    for (const c of ['a', 'm', 'z']) expect(rule(`1!${c}`, 'lowercase')?.met).toBe(true);
    expect(rule('abc', 'uppercase')?.met).toBe(false);
    expect(rule('ABC', 'lowercase')?.met).toBe(false);
  });

  for (const letter of ['É', 'é', 'Ü', 'ü', 'ß', 'Ω', 'ω', 'Ж', 'ж', 'Ａ', 'ａ', 'ı', 'İ', 'ﬀ', '日']) {
    it(`${letter} is neither uppercase nor lowercase`, () => {
      expect(metById(`1!${letter.repeat(8)}`)).toMatchObject({ uppercase: false, lowercase: false });
    });
  }

  it('accepts 0–9 as numbers, each bound', () => {
    for (const d of '0123456789') expect(rule(`Aa!${d}`, 'number')?.met).toBe(true);
  });

  for (const digit of ['٣', '５', '²', '½', 'Ⅳ', '𝟙', '९']) {
    it(`${digit} is not a number`, () => {
      expect(rule(`Aa!${digit}`, 'number')?.met).toBe(false);
    });
  }
});

describe('checkPassword accepts every policy shape', () => {
  const pw = 'abcdefg';
  const expected = { minLength: true, lowercase: true, uppercase: false };
  it.each<[string, PasswordPolicyInput]>([
    ['camelCase', { minimumLength: 7, requireNumbers: false, requireSymbols: false }],
    [
      'PascalCase',
      { MinimumLength: 7, RequireNumbers: false, RequireSymbols: false, PasswordHistorySize: 3 },
    ],
    ['amplify_outputs', { min_length: 7, require_numbers: false, require_symbols: false }],
    ['passwordFormat', { minLength: 7, requireNumbers: false, requireSpecialCharacters: false }],
  ])('%s', (_, policy) => {
    expect(metById(pw, policy)).toEqual(expected);
  });

  it('throws the policy’s TypeError for an invalid policy', () => {
    expect(() => checkPassword('x', { minimumLength: 5 })).toThrow(TypeError);
  });

  it('uses the defaults when no policy is given', () => {
    expect(checkPassword('x', undefined)).toEqual(checkPassword('x', DEFAULT_PASSWORD_POLICY));
    expect(checkPassword('x', null)).toEqual(checkPassword('x', {}));
  });
});
