import fc from 'fast-check';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  checkPassword,
  normalizePasswordPolicy,
  type PasswordPolicy,
  type PasswordPolicyInput,
} from '../../src/core/password-policy';
import { passwordSchema } from '../../src/core/password-schema';

// The four shapes, written out independently of the source so that a wrong mapping there fails here.
const SHAPES = [
  ['minimumLength', 'requireUppercase', 'requireLowercase', 'requireNumbers', 'requireSymbols'],
  ['MinimumLength', 'RequireUppercase', 'RequireLowercase', 'RequireNumbers', 'RequireSymbols'],
  ['min_length', 'require_uppercase', 'require_lowercase', 'require_numbers', 'require_symbols'],
  ['minLength', 'requireUppercase', 'requireLowercase', 'requireNumbers', 'requireSpecialCharacters'],
] as const;
const FIELDS = [
  'minimumLength',
  'requireUppercase',
  'requireLowercase',
  'requireNumbers',
  'requireSymbols',
] as const;

/** A valid policy in one of the four shapes, any subset of keys, plus what it must normalise to. */
const validPolicy = fc
  .record({
    shape: fc.integer({ min: 0, max: 3 }),
    min: fc.integer({ min: 6, max: 99 }),
    flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
    present: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
    history: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
  })
  .map(({ shape, min, flags, present, history }) => {
    const keys = SHAPES[shape]!;
    const input: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {
      minimumLength: 8,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
    };
    const values = [min, ...flags];
    keys.forEach((key, i) => {
      if (!present[i]) return;
      input[key] = values[i];
      expected[FIELDS[i]!] = values[i];
    });
    if (shape === 1 && history !== undefined) input.PasswordHistorySize = history;
    return { input: input as PasswordPolicyInput, expected: expected as unknown as PasswordPolicy };
  });

const CHARS = [
  ...'^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  'A',
  'z',
  '0',
  '9',
  'é',
  'Ü',
  '€',
  '😀',
  '\ud800',
  '５',
];
const password = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 270 }),
);

// A reference model of Cognito's checks, written as plainly as possible (code unit by code unit).
const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-';
const JAVA_SPACE = ' \t\n\v\f\r';
function model(p: string, policy: PasswordPolicy) {
  const units = Array.from({ length: p.length }, (_, i) => p[i]!);
  const first = units.findIndex((c) => !JAVA_SPACE.includes(c));
  const last = units.length - 1 - [...units].reverse().findIndex((c) => !JAVA_SPACE.includes(c));
  const inner = first === -1 ? [] : units.slice(first, last + 1);
  return {
    minLength: p.length >= policy.minimumLength,
    uppercase: units.some((c) => c >= 'A' && c <= 'Z'),
    lowercase: units.some((c) => c >= 'a' && c <= 'z'),
    number: units.some((c) => c >= '0' && c <= '9'),
    symbol: units.some((c) => SYMBOLS.includes(c)) || inner.includes(' '),
    maxLength: p.length <= 256,
    noEdgeSpace: p === '' || (!JAVA_SPACE.includes(units[0]!) && !JAVA_SPACE.includes(units.at(-1)!)),
  };
}

describe('password properties', () => {
  it('normalizePasswordPolicy maps every valid shape, partial or not, to the right policy', () => {
    fc.assert(
      fc.property(validPolicy, ({ input, expected }) => {
        const normalized = normalizePasswordPolicy(input);
        expect(normalized).toEqual(expected);
        expect(normalizePasswordPolicy(normalized)).toBe(normalized);
      }),
    );
  });

  it('normalizePasswordPolicy returns a valid policy or throws a TypeError, nothing else', () => {
    // Unknown keys are ignored with a development warning (once per key): expected here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => {
      for (const [message] of warn.mock.calls)
        expect(String(message)).toContain('unknown password policy key');
      warn.mockRestore();
    });
    const keys = fc.constantFrom(
      ...SHAPES.flat(),
      'PasswordHistorySize',
      'TemporaryPasswordValidityDays',
      'other',
    );
    const value = fc.oneof(fc.boolean(), fc.integer({ min: -5, max: 400 }), fc.double(), fc.anything());
    const input = fc.oneof(
      fc.anything(),
      fc.dictionary(keys, value, { maxKeys: 4 }),
      validPolicy.map((v) => v.input),
    );
    fc.assert(
      fc.property(input, (candidate) => {
        let result: PasswordPolicy;
        try {
          result = normalizePasswordPolicy(candidate as PasswordPolicyInput);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          return;
        }
        expect(Object.keys(result).sort()).toEqual([...FIELDS].sort());
        expect(Number.isInteger(result.minimumLength)).toBe(true);
        expect(result.minimumLength).toBeGreaterThanOrEqual(6);
        expect(result.minimumLength).toBeLessThanOrEqual(99);
        for (const flag of FIELDS.slice(1)) expect(typeof result[flag]).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('checkPassword never throws, and matches a plain model of Cognito’s rules', () => {
    fc.assert(
      fc.property(password, validPolicy, (p, { input, expected }) => {
        const checks = checkPassword(p, input);
        const want = model(p, expected);
        const required: Record<string, boolean> = {
          uppercase: expected.requireUppercase,
          lowercase: expected.requireLowercase,
          number: expected.requireNumbers,
          symbol: expected.requireSymbols,
        };
        const shown = Object.entries(want).filter(
          ([id, met]) =>
            id === 'minLength' ||
            required[id] === true ||
            (!met && (id === 'maxLength' || id === 'noEdgeSpace')),
        );
        expect(checks.map((c) => [c.id, c.met])).toEqual(shown);
      }),
      { numRuns: 1000 },
    );
  });

  it('passwordSchema never throws and passes exactly when every returned rule is met', () => {
    fc.assert(
      fc.property(password, validPolicy, (p, { input }) => {
        const checks = checkPassword(p, input);
        const result = passwordSchema(input).safeParse(p);
        expect(result.success).toBe(checks.every((c) => c.met));
        const issues = result.success ? [] : result.error.issues;
        expect(issues.map((i) => i.message)).toEqual(checks.filter((c) => !c.met).map((c) => c.id));
      }),
      { numRuns: 1000 },
    );
  });

  it('passwordSchema never throws on any input value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = passwordSchema().safeParse(value);
        if (typeof value !== 'string') expect(result.success).toBe(false);
      }),
    );
  });
});
