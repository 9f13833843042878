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

/** Where the error shows, what the user can do, and which message. */
type ErrorRow = readonly [field: ErrorField, action: ErrorAction, messageKey: string];

/**
 * How long to ask the user to wait after a throttling error. Cognito publishes no wait for
 * LimitExceeded / TooManyFailedAttempts / TooManyRequests and sends no Retry-After header.
 */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

// The one table: every code the kit knows → where it shows, what the user can do, which
// message. Decided by code only, never by Cognito's message text (which is English, changes
// without notice and may mention things the page must not reveal).
const ERROR_TABLE = {
  // ConfirmForgotPassword (18)
  CodeMismatchException: ['code', 'fixCode', 'codeMismatch'],
  ExpiredCodeException: ['code', 'resend', 'codeExpired'],
  InvalidPasswordException: ['password', 'fixPassword', 'passwordRejected'],
  PasswordHistoryPolicyViolationException: ['password', 'fixPassword', 'passwordReused'],
  // Cognito sends it for a password with a space at either end, but equally for a malformed
  // username or code, oversized ClientMetadata, or (from ForgotPassword) an account without a
  // verified email or phone. Neither the code nor `reasonCode` says which field, and the kit's
  // own checks catch the password case before sending, so it belongs to the form: check the
  // details and send again; the text names the edge-space rule as the usual culprit.
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
  CodeDeliveryFailureException: ['form', 'restart', 'codeNotSent'],
  InvalidSmsRoleAccessPolicyException: ['form', 'contactSupport', 'misconfigured'],
  InvalidSmsRoleTrustRelationshipException: ['form', 'contactSupport', 'misconfigured'],
  InvalidEmailRoleAccessPolicyException: ['form', 'contactSupport', 'misconfigured'],
  // Client-side codes (5)
  NetworkError: ['form', 'retry', 'network'],
  TimeoutError: ['form', 'retry', 'timeout'],
  AbortError: ['form', 'retry', 'aborted'],
  HttpError: ['form', 'retry', 'serverError'],
  // Also the fallback for any code not in this table.
  UnknownError: ['form', 'retry', 'unknown'],
} as const satisfies Record<CognitoErrorCode, ErrorRow>;

/** The id of a user-visible error message; every locale catalogue has one text per key. */
export type ErrorMessageKey = (typeof ERROR_TABLE)[keyof typeof ERROR_TABLE][2];

/** Every `ErrorMessageKey`, once each, in table order. */
// Marked pure so a bundle that never reads the list (the form) drops it.
export const ERROR_MESSAGE_KEYS: readonly ErrorMessageKey[] = /* @__PURE__ */ (() =>
  Object.freeze([...new Set(Object.values(ERROR_TABLE).map((row) => row[2]))]))();

/** What the UI needs to show an error: where, what to do, and which message with which values. */
export interface ErrorDescription {
  /** The field the message belongs to; `form` when no single field is at fault. */
  field: ErrorField;
  /** What the user can do next. */
  action: ErrorAction;
  /** The message id to look up in a catalogue (`enErrors` for English). */
  messageKey: ErrorMessageKey;
  /** Values for the message: `seconds` for `wait`, `requestId` for form-level errors when known. */
  params: Record<string, string | number>;
  /** How long to wait before trying again; present only for `wait`. */
  retryAfterMs?: number;
}

/** Options of `describeError`. */
export interface DescribeErrorOptions {
  /**
   * How long throttled users are asked to wait, in milliseconds. Cognito publishes no value,
   * so pick what matches your pool's observed limits.
   * @default 60_000
   */
  retryAfterMs?: number;
}

function waitMs(options: DescribeErrorOptions | undefined): number {
  let option: unknown;
  try {
    option = options?.retryAfterMs;
  } catch {
    // A getter that throws counts as "not set".
  }
  return typeof option === 'number' && Number.isFinite(option) && option > 0
    ? option
    : DEFAULT_RETRY_AFTER_MS;
}

type Row = (typeof ERROR_TABLE)[CognitoErrorCode];

function describe(row: Row, requestId: unknown, options: DescribeErrorOptions | undefined): ErrorDescription {
  const [field, action, messageKey] = row;
  const description: ErrorDescription = { field, action, messageKey, params: {} };
  if (action === 'wait') {
    const retryAfterMs = waitMs(options);
    description.retryAfterMs = retryAfterMs;
    // At least 1: a sub-millisecond wait divided by 1000 underflows to 0 ("try again in 0 seconds").
    description.params.seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
  // A request id lets support find the call in CloudTrail; field-level errors are the user's
  // to fix and need none.
  if (field === 'form' && typeof requestId === 'string' && requestId !== '') {
    description.params.requestId = requestId;
  }
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
  try {
    const { code, requestId } = error;
    const row =
      typeof code === 'string' && Object.hasOwn(ERROR_TABLE, code)
        ? ERROR_TABLE[code as CognitoErrorCode]
        : ERROR_TABLE.UnknownError;
    return describe(row, requestId, options);
  } catch {
    // Only a forged CognitoError (another copy's brand with throwing getters) gets here.
    return describe(ERROR_TABLE.UnknownError, undefined, options);
  }
}

/**
 * Describes any error (normalised with `toCognitoError` first) for display: the field it belongs
 * to, what the user can do, a message key and its parameters. Pure and total: an unknown code
 * gets the `unknown` row, and it never throws.
 */
export function describeError(error: unknown, options?: DescribeErrorOptions): ErrorDescription {
  let normalised: CognitoError | undefined;
  try {
    normalised = toCognitoError(error);
  } catch {}
  return describeCognitoError(normalised ?? { code: 'UnknownError' }, options);
}
