import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import {
  type CheckedField,
  checkInput,
  clientMetadataProblem,
  normalizeCode,
} from '../../src/core/input-checks';

const FIELDS: CheckedField[] = ['ClientId', 'SecretHash', 'Username', 'ConfirmationCode', 'Password'];
// Full Unicode, including lone surrogates, combining marks and every kind of space.
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const field = fc.constantFrom(...FIELDS);

describe('checkInput (property)', () => {
  it('never throws, and answers nothing or an InvalidParameterException', () => {
    fc.assert(
      fc.property(field, fc.oneof(anyString, fc.anything()), (name, value) => {
        const error = checkInput({ [name]: value });
        if (error !== undefined) {
          expect(CognitoError.is(error)).toBe(true);
          expect(error.code).toBe('InvalidParameterException');
          expect(error.message.startsWith(name)).toBe(true);
        }
      }),
    );
  });

  it('words a violation without the value: the message is the same for every invalid value', () => {
    fc.assert(
      fc.property(field, anyString, anyString, (name, a, b) => {
        const first = checkInput({ [name]: a });
        const second = checkInput({ [name]: b });
        if (first && second) expect(first.message).toBe(second.message);
      }),
    );
  });

  it('never accepts a password with Java whitespace at either end or longer than 256 UTF-16 units', () => {
    // Java's \s only: Cognito lets a no-break space or ideographic space stand at an end.
    const space = fc.constantFrom(' ', '\t', '\n', '\v', '\f', '\r');
    fc.assert(
      fc.property(anyString, space, fc.boolean(), (password, edge, leading) => {
        const padded = leading ? edge + password : password + edge;
        expect(checkInput({ Password: padded })?.code).toBe('InvalidParameterException');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 300 }), (password) => {
        const ok = !/^[ \t\n\v\f\r]|[ \t\n\v\f\r]$/.test(password) && password.length <= 256;
        expect(checkInput({ Password: password }) === undefined).toBe(ok);
      }),
    );
  });

  it('accepts a code exactly when it is 1-2048 code points without whitespace', () => {
    fc.assert(
      fc.property(anyString, (code) => {
        const ok = code.length > 0 && !/\s/u.test(code) && [...code].length <= 2048;
        expect(checkInput({ ConfirmationCode: code }) === undefined).toBe(ok);
      }),
    );
  });

  it('checks ClientMetadata values without throwing on any shape', () => {
    fc.assert(
      fc.property(fc.anything(), (metadata) => {
        const problem = clientMetadataProblem(metadata);
        const ok =
          typeof metadata === 'object' &&
          metadata !== null &&
          !Array.isArray(metadata) &&
          Object.values(metadata).every((value) => typeof value === 'string');
        expect(problem === undefined).toBe(ok);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(anyString, anyString), (metadata) => {
        expect(checkInput({ ClientMetadata: metadata })).toBeUndefined();
      }),
    );
  });
});

describe('normalizeCode (property)', () => {
  it('never throws, leaves no whitespace or dash, and is idempotent', () => {
    fc.assert(
      fc.property(anyString, (raw) => {
        const code = normalizeCode(raw);
        expect(code).not.toMatch(/[\s\p{Pd}]/u);
        expect(normalizeCode(code)).toBe(code);
      }),
    );
  });

  it('recovers the digits from any mix of separators and full-width forms', () => {
    const separator = fc.constantFrom(
      ' ',
      '-',
      '\t',
      '\u00a0',
      '\u2009',
      '\u200b',
      '\u2013',
      '\u2212',
      '\u200f',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 9 }), fc.boolean(), fc.array(separator, { maxLength: 2 })),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (parts) => {
          const digits = parts.map(([d]) => String(d)).join('');
          const pasted = parts
            .map(([d, wide, seps]) => (wide ? String.fromCharCode(0xff10 + d) : String(d)) + seps.join(''))
            .join('');
          expect(normalizeCode(pasted)).toBe(digits);
        },
      ),
    );
  });

  it('keeps ASCII letters and digits as they are, and its output always passes the code check', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,64}$/), (code) => {
        expect(normalizeCode(code)).toBe(code);
      }),
    );
    fc.assert(
      fc.property(anyString, (raw) => {
        const code = normalizeCode(raw);
        if (code.length > 0) expect(checkInput({ ConfirmationCode: code })).toBeUndefined();
      }),
    );
  });

  it('handles the pasted examples', () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(normalizeCode('１２３４５６')).toBe('123456');
    expect(normalizeCode('123\t456\u00a0')).toBe('123456');
    expect(normalizeCode('\u200e123\u2011456\u200e')).toBe('123456');
    expect(normalizeCode('Ab3-xY9')).toBe('Ab3xY9');
  });
});

describe('one definition of the password constraint', () => {
  it('the transport check and the policy rules agree on every string', async () => {
    const { checkPassword } = await import('../../src/core/password-policy');
    const policy = {
      minimumLength: 6,
      requireUppercase: false,
      requireLowercase: false,
      requireNumbers: false,
      requireSymbols: false,
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (password) => {
        const ruleBroken = checkPassword(password, policy).some(
          (r) => (r.id === 'maxLength' || r.id === 'noEdgeSpace') && !r.met,
        );
        const wireRejects = password.length > 0 && checkInput({ Password: password }) !== undefined;
        expect(wireRejects).toBe(ruleBroken);
      }),
    );
  });
});
