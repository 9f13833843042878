import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import {
  DEFAULT_RETRY_AFTER_MS,
  describeError,
  ERROR_MESSAGE_KEYS,
  type ErrorAction,
  type ErrorField,
  type ErrorMessageKey,
} from '../../src/core/describe-error';
import {
  CLIENT_ERRORS,
  CONFIRM_FORGOT_PASSWORD_ERRORS,
  FORGOT_PASSWORD_ERRORS,
} from '../../src/core/error-codes';
import { enErrors } from '../../src/i18n/en-errors';
import { formatMessage } from '../../src/i18n/types';

const error = (code: string, init: Partial<ConstructorParameters<typeof CognitoError>[0]> = {}) =>
  new CognitoError({ code, ...init });

// Written out row by row on purpose: this is the contract the UI relies on.
const expected: [code: string, field: ErrorField, action: ErrorAction, messageKey: ErrorMessageKey][] = [
  ['CodeMismatchException', 'code', 'fixCode', 'codeMismatch'],
  ['ExpiredCodeException', 'code', 'resend', 'codeExpired'],
  ['InvalidPasswordException', 'password', 'fixPassword', 'passwordRejected'],
  ['PasswordHistoryPolicyViolationException', 'password', 'fixPassword', 'passwordReused'],
  ['InvalidParameterException', 'form', 'retry', 'invalidRequest'],
  ['NotAuthorizedException', 'form', 'contactSupport', 'resetNotAllowed'],
  ['TooManyFailedAttemptsException', 'form', 'wait', 'tooManyAttempts'],
  ['TooManyRequestsException', 'form', 'wait', 'tooManyRequests'],
  ['LimitExceededException', 'form', 'wait', 'tooManyAttempts'],
  ['UserNotFoundException', 'form', 'fixCode', 'codeOrUsername'],
  ['UserNotConfirmedException', 'form', 'contactSupport', 'accountUnconfirmed'],
  ['ResourceNotFoundException', 'form', 'contactSupport', 'misconfigured'],
  ['ForbiddenException', 'form', 'contactSupport', 'blocked'],
  ['UnexpectedLambdaException', 'form', 'contactSupport', 'misconfigured'],
  ['UserLambdaValidationException', 'form', 'contactSupport', 'requestDeclined'],
  ['InvalidLambdaResponseException', 'form', 'contactSupport', 'misconfigured'],
  ['OperationNotEnabledException', 'form', 'contactSupport', 'misconfigured'],
  ['InternalErrorException', 'form', 'retry', 'serverError'],
  ['CodeDeliveryFailureException', 'form', 'restart', 'codeNotSent'],
  ['InvalidSmsRoleAccessPolicyException', 'form', 'contactSupport', 'misconfigured'],
  ['InvalidSmsRoleTrustRelationshipException', 'form', 'contactSupport', 'misconfigured'],
  ['InvalidEmailRoleAccessPolicyException', 'form', 'contactSupport', 'misconfigured'],
  ['NetworkError', 'form', 'retry', 'network'],
  ['TimeoutError', 'form', 'retry', 'timeout'],
  ['AbortError', 'form', 'retry', 'aborted'],
  ['HttpError', 'form', 'retry', 'serverError'],
  ['UnknownError', 'form', 'retry', 'unknown'],
];

describe('describeError table', () => {
  it('has a row for each of the 18 + 4 Cognito codes and 5 client codes', () => {
    const all = [...CONFIRM_FORGOT_PASSWORD_ERRORS, ...FORGOT_PASSWORD_ERRORS, ...CLIENT_ERRORS];
    expect(all).toHaveLength(27);
    expect(expected.map(([code]) => code).sort()).toEqual([...all].sort());
  });

  it.each(expected)('%s → field %s, action %s, key %s', (code, field, action, messageKey) => {
    const description = describeError(error(code));
    expect(description.field).toBe(field);
    expect(description.action).toBe(action);
    expect(description.messageKey).toBe(messageKey);
    if (action === 'wait') {
      expect(description.retryAfterMs).toBe(60_000);
      expect(description.params).toEqual({ seconds: 60 });
    } else {
      expect(description.retryAfterMs).toBeUndefined();
      expect(description.params).toEqual({});
    }
  });

  it('lists every message key once, derived from the table and its two refinements', () => {
    expect(new Set(ERROR_MESSAGE_KEYS).size).toBe(ERROR_MESSAGE_KEYS.length);
    const all = new Set<string>([
      ...expected.map((row) => row[3]),
      ...forgotExpected.map((row) => row[3]),
      'codeExpiredWait',
      'passwordPolicyMismatch',
    ]);
    expect([...ERROR_MESSAGE_KEYS].sort()).toEqual([...all].sort());
    expect(Object.isFrozen(ERROR_MESSAGE_KEYS)).toBe(true);
  });

  it.each(expected)('%s is described the same with operation confirmForgotPassword given', (code) => {
    expect(describeError(error(code), { operation: 'confirmForgotPassword' })).toEqual(
      describeError(error(code)),
    );
  });

  it('maps InvalidParameterException by code alone, whatever its message or reasonCode', () => {
    const spaces = error('InvalidParameterException', {
      message: 'Password does not conform to policy: leading or trailing whitespace',
      reasonCode: 'INVALID_PASSWORD',
    });
    expect(describeError(spaces)).toEqual(describeError(error('InvalidParameterException')));
    expect(describeError(spaces).field).toBe('form');
  });
});

// ForgotPassword (a resend), row by row: no code or password was sent, so nothing blames them,
// and a throttle is worded as too many codes requested.
const forgotExpected: [code: string, field: ErrorField, action: ErrorAction, messageKey: ErrorMessageKey][] =
  [
    ['CodeMismatchException', 'form', 'retry', 'resendFailed'],
    ['ExpiredCodeException', 'form', 'retry', 'resendFailed'],
    ['InvalidPasswordException', 'form', 'retry', 'resendFailed'],
    ['PasswordHistoryPolicyViolationException', 'form', 'retry', 'resendFailed'],
    ['InvalidParameterException', 'form', 'contactSupport', 'cannotSendCode'],
    ['NotAuthorizedException', 'form', 'contactSupport', 'resetNotAllowed'],
    ['TooManyFailedAttemptsException', 'form', 'wait', 'tooManyCodes'],
    ['TooManyRequestsException', 'form', 'wait', 'tooManyRequests'],
    ['LimitExceededException', 'form', 'wait', 'tooManyCodes'],
    ['UserNotFoundException', 'username', 'retry', 'cannotSendToUsername'],
    ['UserNotConfirmedException', 'form', 'contactSupport', 'accountUnconfirmed'],
    ['ResourceNotFoundException', 'form', 'contactSupport', 'misconfigured'],
    ['ForbiddenException', 'form', 'contactSupport', 'blocked'],
    ['UnexpectedLambdaException', 'form', 'contactSupport', 'misconfigured'],
    ['UserLambdaValidationException', 'form', 'contactSupport', 'requestDeclined'],
    ['InvalidLambdaResponseException', 'form', 'contactSupport', 'misconfigured'],
    ['OperationNotEnabledException', 'form', 'contactSupport', 'misconfigured'],
    ['InternalErrorException', 'form', 'retry', 'serverError'],
    ['CodeDeliveryFailureException', 'form', 'retry', 'codeNotSent'],
    ['InvalidSmsRoleAccessPolicyException', 'form', 'contactSupport', 'misconfigured'],
    ['InvalidSmsRoleTrustRelationshipException', 'form', 'contactSupport', 'misconfigured'],
    ['InvalidEmailRoleAccessPolicyException', 'form', 'contactSupport', 'misconfigured'],
    ['NetworkError', 'form', 'retry', 'network'],
    ['TimeoutError', 'form', 'retry', 'timeout'],
    ['AbortError', 'form', 'retry', 'aborted'],
    ['HttpError', 'form', 'retry', 'serverError'],
    ['UnknownError', 'form', 'retry', 'unknown'],
  ];

describe('describeError table for ForgotPassword (operation: forgotPassword)', () => {
  it('has a row for every code', () => {
    expect(forgotExpected.map(([code]) => code).sort()).toEqual(expected.map(([code]) => code).sort());
  });

  it.each(forgotExpected)('%s → field %s, action %s, key %s', (code, field, action, messageKey) => {
    const description = describeError(error(code, { requestId: 'req-5' }), { operation: 'forgotPassword' });
    expect(description).toMatchObject({ field, action, messageKey });
    expect(description.params.requestId).toBe(field === 'form' ? 'req-5' : undefined);
    const text = formatMessage(enErrors[description.messageKey], description.params).toLowerCase();
    // A resend sent no password: no wording may blame one ("password reset" is the task's name).
    expect(text).not.toMatch(/(new|this|the) password/);
    expect(text).not.toContain('that code isn');
  });

  it('words an account with no verified contact as "we can\'t send a code", with the reference', () => {
    const d = describeError(error('InvalidParameterException', { requestId: 'req-8' }), {
      operation: 'forgotPassword',
    });
    const text = formatMessage(enErrors[d.messageKey], d.params);
    expect(text).toBe('We can’t send a code to this account. Please contact support. (Reference: req-8)');
  });

  it('does not reveal whether an account exists when a resend finds no user', () => {
    const d = describeError(error('UserNotFoundException'), { operation: 'forgotPassword' });
    const text = formatMessage(enErrors[d.messageKey], d.params).toLowerCase();
    for (const word of ['exist', 'no account', 'not found', 'registered', 'unknown user', 'no user']) {
      expect(text).not.toContain(word);
    }
  });

  it('keeps the wait of a throttled resend for the resend alone', () => {
    const d = describeError(error('LimitExceededException'), {
      operation: 'forgotPassword',
      retryAfterMs: 30_000,
    });
    expect(d).toMatchObject({ action: 'wait', retryAfterMs: 30_000, params: { seconds: 30 } });
    expect(formatMessage(enErrors[d.messageKey], d.params)).toBe(
      'Too many new codes were requested. You can request another in 30 seconds.',
    );
  });

  it('treats an unknown operation as confirmForgotPassword', () => {
    expect(describeError(error('InvalidParameterException'), { operation: 'signIn' as never })).toEqual(
      describeError(error('InvalidParameterException')),
    );
  });
});

describe('refinements the page knows about', () => {
  it.each([
    [1, 1],
    [25_000, 25],
    [29_001, 30],
  ])('an expired code while resend is %s ms away says when a new code can be requested', (ms, seconds) => {
    const d = describeError(error('ExpiredCodeException'), { resendAvailableInMs: ms });
    expect(d).toMatchObject({
      field: 'code',
      action: 'resend',
      messageKey: 'codeExpiredWait',
      params: { seconds },
    });
    expect(formatMessage(enErrors[d.messageKey], d.params)).toBe(
      `This code has expired. You can request a new code in ${seconds} second${seconds === 1 ? '' : 's'}, then enter it here.`,
    );
  });

  it.each([0, -1, Number.NaN, undefined])(
    'an expired code with resend available (%s) asks for one now',
    (ms) => {
      expect(describeError(error('ExpiredCodeException'), { resendAvailableInMs: ms }).messageKey).toBe(
        'codeExpired',
      );
    },
  );

  it('an InvalidPasswordException for a password that met every shown rule says the policies differ', () => {
    const d = describeError(error('InvalidPasswordException'), { passwordMetPolicy: true });
    expect(d).toMatchObject({
      field: 'password',
      action: 'fixPassword',
      messageKey: 'passwordPolicyMismatch',
    });
    const text = formatMessage(enErrors[d.messageKey], d.params);
    expect(text).toContain('meets every rule shown here');
    expect(text).not.toContain('doesn’t meet');
  });

  it.each([false, undefined, 'yes'])('passwordMetPolicy %s keeps the usual rejection', (met) => {
    expect(
      describeError(error('InvalidPasswordException'), { passwordMetPolicy: met as never }).messageKey,
    ).toBe('passwordRejected');
  });

  it('refinements touch only their own codes', () => {
    const options = { resendAvailableInMs: 10_000, passwordMetPolicy: true };
    for (const [code, , , key] of expected) {
      if (code === 'ExpiredCodeException' || code === 'InvalidPasswordException') continue;
      expect(describeError(error(code), options).messageKey).toBe(key);
    }
  });
});

describe('waiting', () => {
  it('asks for 60 seconds by default, since Cognito publishes no wait', () => {
    expect(DEFAULT_RETRY_AFTER_MS).toBe(60_000);
    const description = describeError(error('LimitExceededException'));
    expect(description.action).toBe('wait');
    expect(description.retryAfterMs).toBe(60_000);
    expect(description.params.seconds).toBe(60);
  });

  it('takes the wait from options, rounding seconds up', () => {
    const description = describeError(error('TooManyFailedAttemptsException'), { retryAfterMs: 90_500 });
    expect(description.retryAfterMs).toBe(90_500);
    expect(description.params.seconds).toBe(91);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'ignores an unusable retryAfterMs (%s)',
    (retryAfterMs) => {
      expect(describeError(error('TooManyRequestsException'), { retryAfterMs }).retryAfterMs).toBe(60_000);
    },
  );

  it('adds no wait to errors that are not throttling', () => {
    const description = describeError(error('CodeMismatchException'), { retryAfterMs: 5_000 });
    expect(description.retryAfterMs).toBeUndefined();
    expect(description.params.seconds).toBeUndefined();
  });

  it('words the wait with the seconds parameter', () => {
    const description = describeError(error('LimitExceededException'));
    expect(formatMessage(enErrors[description.messageKey], description.params)).toBe(
      'Too many attempts. Try again in 60 seconds.',
    );
    const longer = describeError(error('TooManyRequestsException'), { retryAfterMs: 300_000 });
    expect(formatMessage(enErrors[longer.messageKey], longer.params)).toBe(
      'Too many requests right now. Try again in 5 minutes.',
    );
  });
});

describe('request id', () => {
  it('is passed on for form-level errors and shown in support messages', () => {
    const description = describeError(error('NotAuthorizedException', { requestId: 'req-9' }));
    expect(description.params.requestId).toBe('req-9');
    expect(formatMessage(enErrors[description.messageKey], description.params)).toContain('req-9');
  });

  it('is kept alongside the wait on throttling errors', () => {
    const description = describeError(error('LimitExceededException', { requestId: 'req-7' }));
    expect(description.params).toEqual({ seconds: 60, requestId: 'req-7' });
  });

  it('is left out of field-level errors, which the user fixes alone', () => {
    expect(describeError(error('CodeMismatchException', { requestId: 'req-1' })).params).toEqual({});
    expect(describeError(error('InvalidPasswordException', { requestId: 'req-1' })).params).toEqual({});
  });

  it('is left out when there is none', () => {
    expect(describeError(error('InternalErrorException')).params).toEqual({});
    expect(formatMessage(enErrors.serverError, {})).not.toContain('Reference');
  });
});

describe('unknown input', () => {
  it('falls back to the unknown row for a code not in the table', () => {
    expect(describeError(error('UsernameExistsException', { requestId: 'req-2' }))).toEqual({
      field: 'form',
      action: 'retry',
      messageKey: 'unknown',
      params: { requestId: 'req-2' },
    });
  });

  it('does not let a code shaped like an object key reach the table', () => {
    expect(describeError(error('constructor')).messageKey).toBe('unknown');
    expect(describeError(error('__proto__')).messageKey).toBe('unknown');
  });

  it('normalises raw errors first', () => {
    expect(describeError(new TypeError('Failed to fetch')).messageKey).toBe('network');
    expect(describeError({ name: 'AbortError' }).action).toBe('retry');
    expect(describeError('oops').messageKey).toBe('unknown');
    expect(describeError(undefined).messageKey).toBe('unknown');
  });

  it('survives a forged CognitoError whose getters throw', () => {
    const forged = {
      get code(): string {
        throw new Error('code');
      },
    };
    Object.defineProperty(forged, Symbol.for('react-cognito-reset.CognitoError'), { value: true });
    expect(describeError(forged).messageKey).toBe('unknown');
  });
});

describe('English wording', () => {
  it('has a non-empty text for every key', () => {
    for (const key of ERROR_MESSAGE_KEYS) {
      expect(formatMessage(enErrors[key], { seconds: 60 }).length).toBeGreaterThan(10);
    }
    expect(Object.keys(enErrors).sort()).toEqual([...ERROR_MESSAGE_KEYS].sort());
  });

  it('does not reveal whether an account exists for UserNotFoundException', () => {
    const description = describeError(error('UserNotFoundException', { requestId: 'req-3' }));
    const text = formatMessage(enErrors[description.messageKey], description.params).toLowerCase();
    for (const word of ['exist', 'no account', 'not found', 'registered', 'unknown user', 'no user']) {
      expect(text).not.toContain(word);
    }
    expect(text).toContain('code');
    expect(text).toContain('username');
  });

  it('never blames the password for a wrong or expired code', () => {
    for (const key of ['codeMismatch', 'codeExpired', 'codeOrUsername'] as const) {
      expect(formatMessage(enErrors[key]).toLowerCase()).not.toContain('password is');
      expect(formatMessage(enErrors[key]).toLowerCase()).not.toContain('wrong password');
    }
  });

  it('never shows Cognito text', () => {
    const raw = 'Invalid verification code provided, please try again.';
    const description = describeError(error('CodeMismatchException', { message: raw }));
    expect(formatMessage(enErrors[description.messageKey], description.params)).not.toContain(raw);
  });
});

describe('wait seconds', () => {
  it('never reads "0 seconds", however small the wait', () => {
    const d = describeError(new CognitoError({ code: 'LimitExceededException' }), { retryAfterMs: 5e-324 });
    expect(d.params.seconds).toBe(1);
    expect(d.retryAfterMs).toBe(5e-324);
  });
});
