import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PASSWORD_POLICY,
  normalizePasswordPolicy,
  type PasswordPolicyInput,
} from '../../src/core/password-policy';

const DEFAULT = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};
const CUSTOM = {
  minimumLength: 12,
  requireUppercase: false,
  requireLowercase: true,
  requireNumbers: false,
  requireSymbols: true,
};

function thrown(input: unknown): TypeError {
  try {
    normalizePasswordPolicy(input as PasswordPolicyInput);
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return error as TypeError;
  }
  throw new Error('expected normalizePasswordPolicy to throw');
}

describe('normalizePasswordPolicy: defaults', () => {
  it("gives Cognito's default for nothing, null and {}", () => {
    expect(normalizePasswordPolicy()).toEqual(DEFAULT);
    expect(normalizePasswordPolicy(null)).toEqual(DEFAULT);
    expect(normalizePasswordPolicy({})).toEqual(DEFAULT);
    expect(DEFAULT_PASSWORD_POLICY).toEqual(DEFAULT);
  });

  it('treats undefined and null values as left out', () => {
    expect(normalizePasswordPolicy({ minimumLength: undefined, requireSymbols: undefined })).toEqual(DEFAULT);
    expect(normalizePasswordPolicy({ MinimumLength: null, RequireNumbers: false } as never)).toEqual({
      ...DEFAULT,
      requireNumbers: false,
    });
  });
});

describe('normalizePasswordPolicy: the four shapes', () => {
  it.each<[string, PasswordPolicyInput]>([
    ['camelCase', { ...CUSTOM }],
    [
      "Cognito's PascalCase (with the keys a reset ignores)",
      {
        MinimumLength: 12,
        RequireUppercase: false,
        RequireLowercase: true,
        RequireNumbers: false,
        RequireSymbols: true,
        PasswordHistorySize: 24,
        TemporaryPasswordValidityDays: 7,
      },
    ],
    [
      "amplify_outputs.json's password_policy",
      {
        min_length: 12,
        require_uppercase: false,
        require_lowercase: true,
        require_numbers: false,
        require_symbols: true,
      },
    ],
    [
      "Amplify's passwordFormat",
      {
        minLength: 12,
        requireUppercase: false,
        requireLowercase: true,
        requireNumbers: false,
        requireSpecialCharacters: true,
      },
    ],
  ])('%s, complete', (_, input) => {
    expect(normalizePasswordPolicy(input)).toEqual(CUSTOM);
  });

  it.each<[string, PasswordPolicyInput, Partial<typeof DEFAULT>]>([
    ['camelCase', { requireSymbols: false }, { requireSymbols: false }],
    ['camelCase', { minimumLength: 6 }, { minimumLength: 6 }],
    ['PascalCase', { MinimumLength: 99 }, { minimumLength: 99 }],
    ['PascalCase', { RequireUppercase: false }, { requireUppercase: false }],
    ['PascalCase', { PasswordHistorySize: 0, TemporaryPasswordValidityDays: 365 }, {}],
    ['amplify_outputs', { require_lowercase: false }, { requireLowercase: false }],
    [
      'amplify_outputs',
      { min_length: 10, require_numbers: false },
      { minimumLength: 10, requireNumbers: false },
    ],
    ['passwordFormat', { requireSpecialCharacters: false }, { requireSymbols: false }],
    ['passwordFormat', { minLength: 16 }, { minimumLength: 16 }],
    [
      'shared camel keys',
      { requireUppercase: false, requireNumbers: false },
      { requireUppercase: false, requireNumbers: false },
    ],
  ])('%s, partial: %j', (_, input, changes) => {
    expect(normalizePasswordPolicy(input)).toEqual({ ...DEFAULT, ...changes });
  });

  it('accepts a null-prototype object', () => {
    const bare = Object.assign(Object.create(null), { minimumLength: 9 });
    expect(normalizePasswordPolicy(bare)).toEqual({ ...DEFAULT, minimumLength: 9 });
  });
});

describe('normalizePasswordPolicy: identity and idempotence', () => {
  it('is idempotent and returns its own output unchanged', () => {
    const once = normalizePasswordPolicy({ min_length: 10, require_symbols: false });
    expect(normalizePasswordPolicy(once)).toBe(once);
    expect(normalizePasswordPolicy({ ...once })).toBe(once);
    expect(normalizePasswordPolicy(normalizePasswordPolicy(once))).toEqual(once);
  });

  it('returns one frozen object for equal policies, whatever the shape', () => {
    const a = normalizePasswordPolicy({ minimumLength: 10 });
    expect(normalizePasswordPolicy({ MinimumLength: 10 })).toBe(a);
    expect(normalizePasswordPolicy({ minLength: 10, requireNumbers: true })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(normalizePasswordPolicy()).toBe(normalizePasswordPolicy({}));
  });

  it('follows an input object that is mutated between calls', () => {
    const input: { minimumLength: number } = { minimumLength: 8 };
    expect(normalizePasswordPolicy(input).minimumLength).toBe(8);
    input.minimumLength = 14;
    expect(normalizePasswordPolicy(input).minimumLength).toBe(14);
  });

  it('does not modify the input', () => {
    const input = Object.freeze({ RequireSymbols: false, PasswordHistorySize: 5 });
    normalizePasswordPolicy(input);
    expect(input).toEqual({ RequireSymbols: false, PasswordHistorySize: 5 });
  });
});

describe('normalizePasswordPolicy: rejections', () => {
  it('names every accepted shape in its errors', () => {
    const error = thrown({ minimumLength: 8, requireSymbols: 'yes' });
    expect(error.message).toContain('Accepted shapes:');
    for (const name of [
      "the kit's camelCase (CDK's CfnUserPool)",
      "Cognito's PasswordPolicy",
      "Terraform's password_policy",
      "amplify_outputs.json's password_policy",
      "Amplify's passwordFormat",
      "CDK's UserPool passwordPolicy",
      "Amplify Gen 1's aws_cognito_password_protection_settings",
    ]) {
      expect(error.message).toContain(name);
    }
    expect(error.message).toContain('requireSpecialCharacters');
    expect(error.message).toContain('min_length');
    expect(error.message).toContain('TemporaryPasswordValidityDays');
  });

  it.each<[Record<string, unknown>, string, string, string, string]>([
    [
      { minimumLength: 8, min_length: 8 },
      'minimumLength',
      "the kit's camelCase (CDK's CfnUserPool)",
      'min_length',
      "amplify_outputs.json's password_policy",
    ],
    [
      { MinimumLength: 8, minLength: 8 },
      'MinimumLength',
      "Cognito's PasswordPolicy",
      'minLength',
      "Amplify's passwordFormat or CDK's UserPool passwordPolicy",
    ],
    [
      { requireSymbols: true, requireSpecialCharacters: true },
      'requireSymbols',
      "the kit's camelCase (CDK's CfnUserPool) or CDK's UserPool passwordPolicy",
      'requireSpecialCharacters',
      "Amplify's passwordFormat",
    ],
    [
      { requireUppercase: true, minimumLength: 9, minLength: 9 },
      'minimumLength',
      "the kit's camelCase (CDK's CfnUserPool)",
      'minLength',
      "Amplify's passwordFormat or CDK's UserPool passwordPolicy",
    ],
    [
      { RequireNumbers: true, requireNumbers: true },
      'RequireNumbers',
      "Cognito's PasswordPolicy",
      'requireNumbers',
      "the kit's camelCase (CDK's CfnUserPool) or Amplify's passwordFormat",
    ],
    [
      { minimum_length: 10, MinimumLength: 10 },
      'minimum_length',
      "Terraform's password_policy",
      'MinimumLength',
      "Cognito's PasswordPolicy",
    ],
  ])('rejects keys from two shapes: %j', (input, first, firstShape, second, secondShape) => {
    expect(thrown(input).message).toContain(
      `password policy mixes "${first}" (${firstShape}) with "${second}" (${secondShape}); use one shape`,
    );
  });

  it.each<[string, unknown, string]>([
    ['requireUppercase', 'true', 'the string "true"'],
    ['RequireLowercase', 1, '1'],
    ['require_numbers', 0, '0'],
    ['requireSpecialCharacters', {}, 'an object'],
    ['requireSymbols', [], 'an array'],
  ])('rejects a non-boolean flag %s = %j', (key, value, shown) => {
    expect(thrown({ [key]: value }).message).toContain(
      `password policy "${key}" must be a boolean, got ${shown}`,
    );
  });

  it.each<[string, unknown, string]>([
    ['minimumLength', 5, '5'],
    ['minimumLength', 100, '100'],
    ['MinimumLength', 0, '0'],
    ['min_length', -8, '-8'],
    ['minLength', 8.5, '8.5'],
    ['minimumLength', Number.NaN, 'NaN'],
    ['minimumLength', Number.POSITIVE_INFINITY, 'Infinity'],
    ['minimumLength', '8', 'the string "8"'],
    ['minimumLength', true, 'true'],
    ['minimumLength', 8n, 'a bigint'],
  ])('rejects an impossible minimum length %s = %s', (key, value, shown) => {
    expect(thrown({ [key]: value }).message).toContain(
      `password policy "${key}" must be an integer from 6 to 99, got ${shown}`,
    );
  });

  it.each<[string, unknown, string]>([
    ['passwordHistorySize', 25, 'from 0 to 24, got 25'],
    ['password_history_size', 30, 'from 0 to 24, got 30'],
    ['temporary_password_validity_days', -1, 'from 0 to 365, got -1'],
    ['PasswordHistorySize', 25, 'from 0 to 24, got 25'],
    ['PasswordHistorySize', -1, 'from 0 to 24, got -1'],
    ['TemporaryPasswordValidityDays', 366, 'from 0 to 365, got 366'],
    ['TemporaryPasswordValidityDays', '7', 'from 0 to 365, got the string "7"'],
  ])('rejects an impossible %s = %j even though a reset ignores it', (key, value, shown) => {
    expect(thrown({ [key]: value }).message).toContain(
      `password policy "${key}" must be an integer ${shown}`,
    );
  });

  it.each<[unknown, string]>([
    ['strict', 'got the string "strict"'],
    [8, 'got 8'],
    [true, 'got true'],
    [[], 'got an array'],
    [new Map(), 'got a Map'],
    [new Date(0), 'got a Date'],
    [() => ({}), 'got a function'],
  ])('rejects a non-plain-object policy %#', (input, shown) => {
    expect(thrown(input).message).toContain(`a password policy must be a plain object, ${shown}`);
  });

  it('cuts a long string value short in the message', () => {
    expect(thrown({ requireSymbols: 'x'.repeat(500) }).message).not.toContain('x'.repeat(21));
  });
});

describe('normalizePasswordPolicy: as infrastructure tools write it', () => {
  const TWELVE = { ...DEFAULT, minimumLength: 12, requireSymbols: false };
  it.each<[string, unknown]>([
    [
      "CDK's L1 CfnUserPool",
      {
        minimumLength: 12,
        passwordHistorySize: 5,
        requireLowercase: true,
        requireNumbers: true,
        requireSymbols: false,
        requireUppercase: true,
        temporaryPasswordValidityDays: 7,
      },
    ],
    [
      'CloudFormation / DescribeUserPool',
      {
        MinimumLength: 12,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: false,
        PasswordHistorySize: 0,
        TemporaryPasswordValidityDays: 7,
      },
    ],
    [
      "Terraform's password_policy",
      {
        minimum_length: 12,
        require_lowercase: true,
        require_numbers: true,
        require_symbols: false,
        require_uppercase: true,
        temporary_password_validity_days: 7,
        password_history_size: 3,
      },
    ],
    [
      "CDK's L2 UserPool passwordPolicy",
      {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: false,
        tempPasswordValidity: { toDays: () => 7 },
        passwordHistorySize: 2,
      },
    ],
    [
      'Amplify Gen 2 amplify_outputs.json',
      {
        min_length: 12,
        require_lowercase: true,
        require_numbers: true,
        require_symbols: false,
        require_uppercase: true,
      },
    ],
    [
      "Amplify JS v6's passwordFormat",
      {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSpecialCharacters: false,
      },
    ],
    [
      'Amplify Gen 1 aws-exports.js',
      {
        passwordPolicyMinLength: 12,
        passwordPolicyCharacters: ['REQUIRES_LOWERCASE', 'REQUIRES_UPPERCASE', 'REQUIRES_NUMBERS'],
      },
    ],
  ])('%s', (_, input) => {
    expect(normalizePasswordPolicy(input as PasswordPolicyInput)).toEqual(TWELVE);
  });

  it('Amplify Gen 1 with no classes listed requires none; without the list, the defaults', () => {
    expect(normalizePasswordPolicy({ passwordPolicyCharacters: [] })).toEqual({
      minimumLength: 8,
      requireUppercase: false,
      requireLowercase: false,
      requireNumbers: false,
      requireSymbols: false,
    });
    expect(normalizePasswordPolicy({ passwordPolicyMinLength: 10 })).toEqual({
      ...DEFAULT,
      minimumLength: 10,
    });
  });

  it.each<[unknown, string]>([
    ['REQUIRES_LOWERCASE', 'the string "REQUIRES_LOWERCASE"'],
    [['REQUIRES_EMOJI'], 'an array'],
  ])('rejects an Amplify Gen 1 class list %j', (value, shown) => {
    expect(thrown({ passwordPolicyCharacters: value }).message).toContain(
      `"passwordPolicyCharacters" must be an array of REQUIRES_UPPERCASE, REQUIRES_LOWERCASE, REQUIRES_NUMBERS, REQUIRES_SYMBOLS, got ${shown}`,
    );
  });

  it.each([
    'MaximumLength',
    'minimumlength',
    'PasswordHistory',
    'requireSpecial',
    'AllowedCharacters',
    '__proto__',
    '',
  ])('ignores unknown key %j with a development warning, never a throw', (key) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(normalizePasswordPolicy(JSON.parse(JSON.stringify({ minimumLength: 10, [key]: true })))).toEqual(
        {
          ...DEFAULT,
          minimumLength: 10,
        },
      );
      normalizePasswordPolicy(JSON.parse(JSON.stringify({ [key]: 1 })));
      // Once per key, however often a render passes it.
      expect(warn.mock.calls.filter(([m]) => String(m).includes(JSON.stringify(key)))).toHaveLength(1);
      expect(String(warn.mock.calls[0]![0])).toContain('ignoring unknown password policy key');
    } finally {
      warn.mockRestore();
    }
  });

  it('stays silent about unknown keys in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(normalizePasswordPolicy({ somethingNew: 1 } as never)).toEqual(DEFAULT);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
      warn.mockRestore();
    }
  });
});
