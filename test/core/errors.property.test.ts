import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { describeError, ERROR_MESSAGE_KEYS } from '../../src/core/describe-error';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  FORGOT_PASSWORD_ERRORS,
} from '../../src/core/error-codes';
import { toCognitoError } from '../../src/core/to-cognito-error';
import { enErrors } from '../../src/i18n/en-errors';
import { formatMessage } from '../../src/i18n/types';

const KNOWN = [...CONFIRM_FORGOT_PASSWORD_ERRORS, ...FORGOT_PASSWORD_ERRORS, ...CLIENT_ERRORS];
const FIELDS = ['username', 'code', 'password', 'form'];
const ACTIONS = ['fixCode', 'resend', 'wait', 'retry', 'fixPassword', 'restart', 'contactSupport'];

// Error-ish shapes: the keys toCognitoError looks at, filled with anything, so the
// generator reaches the SDK, Amplify and fetch branches and not only plain values.
const name = fc.oneof(
  fc.constantFrom(...KNOWN, 'TypeError', 'Unknown', 'EmptyResetPasswordUsername', 'SyntaxError'),
  fc.anything(),
);
const errorish = fc.record(
  {
    name,
    code: fc.oneof(fc.constantFrom(...KNOWN, 'ECONNRESET', 'ETIMEDOUT'), fc.anything()),
    message: fc.oneof(fc.constantFrom('Failed to fetch', 'fetch failed'), fc.anything()),
    $metadata: fc.oneof(
      fc.record(
        {
          httpStatusCode: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.anything()),
          requestId: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    $fault: fc.constantFrom('client', 'server'),
    reasonCode: fc.anything(),
    underlyingError: fc.anything(),
    recoverySuggestion: fc.anything(),
    metadata: fc.anything(),
    cause: fc.anything(),
  },
  { requiredKeys: [] },
);
const errorInstance = fc
  .tuple(fc.constantFrom(Error, TypeError, SyntaxError), fc.string(), errorish)
  .map(([Ctor, message, extra]) => Object.assign(new Ctor(message), extra));
const anyInput = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true }),
  errorish,
  errorInstance,
);

function english(key: string, params: Record<string, string | number>): string {
  return formatMessage(enErrors[key as keyof typeof enErrors], params);
}

describe('toCognitoError on arbitrary input', () => {
  it('never throws and always returns a CognitoError with a non-empty string code', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = toCognitoError(input);
        expect(CognitoError.is(result)).toBe(true);
        expect(typeof result.code).toBe('string');
        expect(result.code.length).toBeGreaterThan(0);
        expect(typeof result.message).toBe('string');
        expect(typeof result.retryable).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = toCognitoError(input);
        expect(toCognitoError(once)).toBe(once);
      }),
    );
  });
});

describe('describeError on arbitrary input', () => {
  it('never throws and always yields a known field, action and key with English text', () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.option(fc.record({ retryAfterMs: fc.anything() }), { nil: undefined }),
        (input, options) => {
          const description = describeError(input, options as { retryAfterMs?: number } | undefined);
          expect(FIELDS).toContain(description.field);
          expect(ACTIONS).toContain(description.action);
          expect(ERROR_MESSAGE_KEYS).toContain(description.messageKey);
          expect(english(description.messageKey, description.params).length).toBeGreaterThan(0);
          if (description.action === 'wait') {
            expect(description.retryAfterMs).toBeGreaterThan(0);
            expect(description.params.seconds).toBeGreaterThan(0);
          } else {
            expect(description.retryAfterMs).toBeUndefined();
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('describes every CognitoError code, known or not, with an English message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...KNOWN), fc.string({ minLength: 1 })),
        fc.option(fc.uuid(), { nil: undefined }),
        (code, requestId) => {
          const description = describeError(new CognitoError({ code, requestId }));
          expect(ERROR_MESSAGE_KEYS).toContain(description.messageKey);
          const text = english(description.messageKey, description.params);
          expect(text).not.toMatch(/undefined|NaN|\[object/);
        },
      ),
    );
  });
});
