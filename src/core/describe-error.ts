import type { CognitoError } from './cognito-error';
import type { CognitoErrorCode } from './error-codes';
import { toCognitoError } from './to-cognito-error';

/** Which part of the form an error belongs to. */
export type ErrorField = 'username' | 'code' | 'password' | 'form';

/** What the user can do about an error. */
export type ErrorAction =
  | 'fixCode'
  | 'resend'
  | 'wait'
  | 'retry'
  | 'fixPassword'
  | 'restart'
  | 'contactSupport';

/** The Cognito operation that failed: "Resend code" is ForgotPassword, "Reset password" is ConfirmForgotPassword. */
export type ErrorOperation = 'forgotPassword' | 'confirmForgotPassword';

/** Where the error shows, what the user can do, and which message. */
type ErrorRow = readonly [field: ErrorField, action: ErrorAction, messageKey: string];

/**
 * How long to ask the user to wait after a throttling error. Cognito publishes no wait for
 * LimitExceeded / TooManyFailedAttempts / TooManyRequests and sends no Retry-After header.
 */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

// The one table: every code the kit knows × the two operations → where it shows, what the user
// can do, which message. Decided by code and operation only, never by Cognito's message text
// (which is English, changes without notice and may mention things the page must not reveal).
// A row is ConfirmForgotPassword's; FORGOT_PASSWORD below lists where ForgotPassword (a resend)
// differs, and every other code reads the same for both (checked code by code in the tests).
const ERROR_TABLE = {
  // ConfirmForgotPassword (18)
  CodeMismatchException: ['code', 'fixCode', 'codeMismatch'],
  ExpiredCodeException: ['code', 'resend', 'codeExpired'],
  InvalidPasswordException: ['password', 'fixPassword', 'passwordRejected'],
  PasswordHistoryPolicyViolationException: ['password', 'fixPassword', 'passwordReused'],
  // Cognito sends it for a password with a space at either end, but equally for a malformed
  // username or code, or oversized ClientMetadata. Neither the code nor `reasonCode` says which
  // field, and the kit's own checks catch the password case before sending, so it belongs to the
  // form: check the details and send again; the text names the edge-space rule as the usual culprit.
  InvalidParameterException: ['form', 'retry', 'invalidRequest'],
  // Also a missing or wrong SecretHash, a disabled user, or a client not allowed to reset:
  // nothing the user can fix from this page.
  NotAuthorizedException: ['form', 'contactSupport', 'resetNotAllowed'],
  TooManyFailedAttemptsException: ['form', 'wait', 'tooManyAttempts'],
  TooManyRequestsException: ['form', 'wait', 'tooManyRequests'],
  LimitExceededException: ['form', 'wait', 'tooManyAttempts'],
  // Worded like a mistyped code or username so the page does not reveal whether an account
  // exists (what PreventUserExistenceErrors protects on the server).
  UserNotFoundException: ['form', 'fixCode', 'codeOrUsername'],
  UserNotConfirmedException: ['form', 'contactSupport', 'accountUnconfirmed'],
  ResourceNotFoundException: ['form', 'contactSupport', 'misconfigured'],
  ForbiddenException: ['form', 'contactSupport', 'blocked'],
  UnexpectedLambdaException: ['form', 'contactSupport', 'misconfigured'],
  UserLambdaValidationException: ['form', 'contactSupport', 'requestDeclined'],
  InvalidLambdaResponseException: ['form', 'contactSupport', 'misconfigured'],
  OperationNotEnabledException: ['form', 'contactSupport', 'misconfigured'],
  InternalErrorException: ['form', 'retry', 'serverError'],
  // ForgotPassword adds (4): sending the code failed, or the pool's SMS/email roles are broken.
  // A confirm cannot raise them; if one did, the code behind it never arrived: start over.
  CodeDeliveryFailureException: ['form', 'restart', 'codeNotSent'],
  InvalidSmsRoleAccessPolicyException: ['form', 'contactSupport', 'misconfigured'],
  InvalidSmsRoleTrustRelationshipException: ['form', 'contactSupport', 'misconfigured'],
  InvalidEmailRoleAccessPolicyException: ['form', 'contactSupport', 'misconfigured'],
  // Client-side codes (5): the same words fit a reset and a resend.
  NetworkError: ['form', 'retry', 'network'],
  TimeoutError: ['form', 'retry', 'timeout'],
  AbortError: ['form', 'retry', 'aborted'],
  HttpError: ['form', 'retry', 'serverError'],
  // Also the fallback for any code not in this table.
  UnknownError: ['form', 'retry', 'unknown'],
} as const satisfies Record<CognitoErrorCode, ErrorRow>;

// A ConfirmForgotPassword error that ForgotPassword cannot raise (no code or password is sent):
// if a proxy or a future Cognito ever answers one, the resend failed, and it says so.
const RESEND_FAILED = ['form', 'retry', 'resendFailed'] as const;

/** Where a resend (ForgotPassword) differs from the row above: nothing may blame a code or a password. */
const FORGOT_PASSWORD = {
  CodeMismatchException: RESEND_FAILED,
  ExpiredCodeException: RESEND_FAILED,
  InvalidPasswordException: RESEND_FAILED,
  PasswordHistoryPolicyViolationException: RESEND_FAILED,
  // What Cognito answers for an account with no verified email or phone: nothing to fix on this
  // page, so the reference goes to support.
  InvalidParameterException: ['form', 'contactSupport', 'cannotSendCode'],
  TooManyFailedAttemptsException: ['form', 'wait', 'tooManyCodes'],
  LimitExceededException: ['form', 'wait', 'tooManyCodes'],
  // A resend has no code to blame: the username is the one thing the user can check.
  UserNotFoundException: ['username', 'retry', 'cannotSendToUsername'],
  CodeDeliveryFailureException: ['form', 'retry', 'codeNotSent'],
} as const satisfies Partial<Record<CognitoErrorCode, ErrorRow>>;

// Two refinements that depend on what the page knows, not on the error: a code that expired
// while "Resend code" is still cooling down, and a password the server rejected although it met
// every rule the page showed (the pool's policy differs from `passwordPolicy`).
const CODE_EXPIRED_WAIT = 'codeExpiredWait';
const POLICY_MISMATCH = 'passwordPolicyMismatch';

/** The id of a user-visible error message; every locale catalogue has one text per key. */
export type ErrorMessageKey =
  | (typeof ERROR_TABLE)[keyof typeof ERROR_TABLE][2]
  | (typeof FORGOT_PASSWORD)[keyof typeof FORGOT_PASSWORD][2]
  | typeof CODE_EXPIRED_WAIT
  | typeof POLICY_MISMATCH;

/** Every `ErrorMessageKey`, once each, in table order. */
// Marked pure so a bundle that never reads the list (the form) drops it.
export const ERROR_MESSAGE_KEYS: readonly ErrorMessageKey[] = /* @__PURE__ */ (() =>
  Object.freeze([
    ...new Set<ErrorMessageKey>([
      ...[...Object.values(ERROR_TABLE), ...Object.values(FORGOT_PASSWORD)].map((row) => row[2]),
      CODE_EXPIRED_WAIT,
      POLICY_MISMATCH,
    ]),
  ]))();

/** What the UI needs to show an error: where, what to do, and which message with which values. */
export interface ErrorDescription {
  /** The field the message belongs to; `form` when no single field is at fault. */
  field: ErrorField;
  /** What the user can do next. */
  action: ErrorAction;
  /** The message id to look up in a catalogue (`enErrors` for English). */
  messageKey: ErrorMessageKey;
  /**
   * Values for the message: `seconds` for `wait` (and for an expired code while a resend is not
   * yet possible), `requestId` for form-level errors when known.
   */
  params: Record<string, string | number>;
  /** How long to wait before trying the same operation again, in milliseconds; present only for `wait`. */
  retryAfterMs?: number;
}

/** Options of `describeError`. */
export interface DescribeErrorOptions {
  /**
   * The operation that failed. "Resend code" is `forgotPassword`: its errors are worded for a
   * resend (no code or password was sent) and a throttle blocks only the resend.
   * @default 'confirmForgotPassword'
   */
  operation?: ErrorOperation;
  /**
   * How long throttled users are asked to wait, in milliseconds. Cognito publishes no value,
   * so pick what matches your pool's observed limits.
   * @default 60_000
   */
  retryAfterMs?: number;
  /**
   * Milliseconds until "Resend code" can be pressed. When positive, an expired code's message
   * says when a new code can be requested instead of asking for one now.
   * @default 0
   */
  resendAvailableInMs?: number;
  /**
   * Whether the rejected password met every rule of the `passwordPolicy` the page showed. When
   * true, InvalidPasswordException says the pool's rules differ from the ones shown, rather than
   * contradicting a checklist that is all green.
   * @default false
   */
  passwordMetPolicy?: boolean;
}

/** Reads an option without trusting the object: a getter that throws counts as "not set". */
function option(options: DescribeErrorOptions | undefined, key: keyof DescribeErrorOptions): unknown {
  try {
    return options?.[key];
  } catch {
    return undefined;
  }
}

const positive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Whole seconds, at least 1: a sub-second wait must never read "try again in 0 seconds". */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function describe(
  code: unknown,
  requestId: unknown,
  options: DescribeErrorOptions | undefined,
): ErrorDescription {
  const known = typeof code === 'string' && Object.hasOwn(ERROR_TABLE, code);
  const resend =
    known && option(options, 'operation') === 'forgotPassword' && Object.hasOwn(FORGOT_PASSWORD, code);
  const [field, action, key]: ErrorRow = resend
    ? FORGOT_PASSWORD[code as keyof typeof FORGOT_PASSWORD]
    : ERROR_TABLE[known ? (code as CognitoErrorCode) : 'UnknownError'];
  let messageKey = key as ErrorMessageKey;
  const params: ErrorDescription['params'] = {};
  const description: ErrorDescription = { field, action, messageKey, params };
  if (action === 'wait') {
    const wait = option(options, 'retryAfterMs');
    description.retryAfterMs = positive(wait) ? wait : DEFAULT_RETRY_AFTER_MS;
    params.seconds = seconds(description.retryAfterMs);
  }
  const resendIn = option(options, 'resendAvailableInMs');
  if (messageKey === 'codeExpired' && positive(resendIn)) {
    messageKey = CODE_EXPIRED_WAIT;
    params.seconds = seconds(resendIn);
  }
  if (messageKey === 'passwordRejected' && option(options, 'passwordMetPolicy') === true) {
    messageKey = POLICY_MISMATCH;
  }
  description.messageKey = messageKey;
  // A request id lets support find the call in CloudTrail; field-level errors are the user's
  // to fix and need none.
  if (field === 'form' && typeof requestId === 'string' && requestId !== '') params.requestId = requestId;
  return description;
}

/**
 * Describes a `CognitoError` for display: the table lookup alone, without `toCognitoError`, so a
 * bundle that already holds CognitoErrors (every transport rejects only with them) does not carry
 * the AWS SDK and Amplify normalisation. Total: an unknown code gets the `unknown` row.
 */
export function describeCognitoError(
  error: Pick<CognitoError, 'code' | 'requestId'>,
  options?: DescribeErrorOptions,
): ErrorDescription {
  let code: unknown;
  let requestId: unknown;
  try {
    ({ code, requestId } = error);
  } catch {
    // Only a forged CognitoError (another copy's brand with throwing getters) gets here.
    code = requestId = undefined;
  }
  return describe(code, requestId, options);
}

/**
 * Describes any error (normalised with `toCognitoError` first) for display: the field it belongs
 * to, what the user can do, a message key and its parameters, for the operation that failed
 * (`options.operation`, default `'confirmForgotPassword'`). Pure and total: an unknown code gets
 * the `unknown` row, and it never throws.
 */
export function describeError(error: unknown, options?: DescribeErrorOptions): ErrorDescription {
  let normalised: CognitoError | undefined;
  try {
    normalised = toCognitoError(error);
  } catch {}
  return describeCognitoError(normalised ?? { code: 'UnknownError' }, options);
}
