import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4/mini';
import { checkPassword, type PasswordPolicyInput } from '../../src/core/password-policy';
import { passwordSchema } from '../../src/core/password-schema';

const POLICIES: [string, PasswordPolicyInput | undefined][] = [
  ['default', undefined],
  [
    'nothing required',
    {
      minimumLength: 6,
      requireUppercase: false,
      requireLowercase: false,
      requireNumbers: false,
      requireSymbols: false,
    },
  ],
  [
    'long, symbols only',
    { MinimumLength: 20, RequireUppercase: false, RequireLowercase: false, RequireNumbers: false },
  ],
  ['amplify_outputs', { min_length: 10, require_symbols: false }],
  ['passwordFormat', { minLength: 12, requireSpecialCharacters: true }],
];

const PASSWORDS = [
  '',
  'a',
  'abcdefgh',
  'ABCDEFGH',
  '12345678',
  '!!!!!!!!',
  'Abcdef1!',
  'Abcdef1 x',
  ' Abcdef1!',
  'Abcdef1! ',
  'Ébcdéf1€',
  'Correct Horse Battery 9',
  `Aa1!${'x'.repeat(252)}`,
  `Aa1!${'x'.repeat(253)}`,
  ' '.repeat(300),
  '😀😀😀😀Aa1_',
];

describe('passwordSchema agrees with checkPassword', () => {
  for (const [name, policy] of POLICIES) {
    it(`policy: ${name}`, () => {
      const schema = passwordSchema(policy);
      for (const password of PASSWORDS) {
        const unmet = checkPassword(password, policy).filter((c) => !c.met);
        const result = schema.safeParse(password);
        expect(result.success, JSON.stringify(password)).toBe(unmet.length === 0);
        if (result.success) {
          expect(result.data).toBe(password);
          continue;
        }
        expect(result.error.issues).toEqual(
          unmet.map((c) => ({
            code: 'custom',
            path: [],
            message: c.id,
            params: { rule: c.id, ...c.params },
          })),
        );
      }
    });
  }
});

describe('passwordSchema issues', () => {
  it('reports each unmet rule once, in display order, with its params', () => {
    const result = passwordSchema({ minimumLength: 10 }).safeParse(' abc ');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'minLength',
      'uppercase',
      'number',
      'symbol',
      'noEdgeSpace',
    ]);
    expect(result.error?.issues[0]).toMatchObject({ params: { rule: 'minLength', min: 10 } });
  });

  it('reports the maximum with { max: 256 }', () => {
    const result = passwordSchema().safeParse(`Aa1!${'x'.repeat(253)}`);
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: [], message: 'maxLength', params: { rule: 'maxLength', max: 256 } },
    ]);
  });

  it('never puts the password in an issue or in the error text', () => {
    const secret = 'hunter2-not-long';
    const result = passwordSchema().safeParse(secret);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain(secret);
    expect(result.error?.message).not.toContain(secret);
    expect(String(result.error)).not.toContain(secret);
  });

  it('rejects a non-string with zod’s invalid_type and runs no rule', () => {
    const result = passwordSchema().safeParse(12345678);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });

  it('nests in an object schema with the field path', () => {
    const form = z.object({ password: passwordSchema({ minimumLength: 6 }) });
    const result = form.safeParse({ password: 'Aa1!x' });
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: ['password'], message: 'minLength', params: { rule: 'minLength', min: 6 } },
    ]);
    expect(form.safeParse({ password: 'Aa1!xy' }).success).toBe(true);
  });

  it('parses asynchronously to the same result', async () => {
    const schema = passwordSchema();
    expect((await schema.safeParseAsync('abc')).error?.issues).toEqual(schema.safeParse('abc').error?.issues);
  });
});

describe('passwordSchema construction', () => {
  it('returns one schema per policy, whatever the shape or object identity', () => {
    const a = passwordSchema({ minimumLength: 10 });
    expect(passwordSchema({ minimumLength: 10 })).toBe(a);
    expect(passwordSchema({ MinimumLength: 10 })).toBe(a);
    expect(passwordSchema({ min_length: 12 })).not.toBe(a);
    expect(passwordSchema()).toBe(passwordSchema(null));
  });

  it('is the same rule the form checks: one issue per unmet rule, ids as messages', () => {
    const result = passwordSchema({ minimumLength: 10 }).safeParse('abc');
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'minLength',
      'uppercase',
      'number',
      'symbol',
    ]);
  });

  it('throws the policy’s TypeError when built, not when parsing', () => {
    expect(() => passwordSchema({ minimumLength: 100 })).toThrow(TypeError);
    expect(() => passwordSchema({ minimumLength: 8, min_length: 8 } as PasswordPolicyInput)).toThrow(
      /mixes "minimumLength"/,
    );
  });
});
