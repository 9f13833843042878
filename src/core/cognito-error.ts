import type { CognitoErrorCode } from './error-codes';

// Symbol.for, not a module-local Symbol: two copies of the package (an app that bundles
// one and a library that nests another) must still recognise each other's errors.
const BRAND = Symbol.for('react-cognito-reset.CognitoError');

// Codes whose request may succeed if sent again later (a regex is a third of the bytes of a Set).
const RETRYABLE =
  /^(Network|Timeout)Error$|^(InternalError|TooMany(Requests|FailedAttempts)|LimitExceeded)Exception$/;

/** Fields accepted by the `CognitoError` constructor. */
export interface CognitoErrorInit {
  /** A Cognito exception name or a client-side code. */
  code: CognitoErrorCode | (string & {});
  /** For logs only; never shown to a user. @default code */
  message?: string;
  /** HTTP status when a response arrived. */
  status?: number;
  /** `x-amzn-requestid`, for support tickets. */
  requestId?: string;
  /** `InvalidParameterException`'s `reasonCode`, when Cognito gives one. */
  reasonCode?: string;
  /** Whether sending the same request again later may succeed. @default derived from code and status */
  retryable?: boolean;
  /** The original error. */
  cause?: unknown;
}

/**
 * The only error a transport rejects with. `code` decides everything the UI does;
 * `message` is for logs and is never displayed (it may be Cognito's raw English text).
 */
export class CognitoError extends Error {
  /** A Cognito exception name such as `CodeMismatchException`, or a client-side code. */
  declare readonly code: CognitoErrorCode | (string & {});
  /** HTTP status, when a response arrived. */
  declare readonly status?: number;
  /** `x-amzn-requestid`, when Cognito sent one. */
  declare readonly requestId?: string;
  /** `InvalidParameterException`'s reason, when Cognito gave one. */
  declare readonly reasonCode?: string;
  /** Whether the same request may succeed if sent again later. */
  declare readonly retryable: boolean;
  declare readonly cause?: unknown;

  constructor({ message, cause, ...init }: CognitoErrorInit) {
    super(message || init.code, { cause });
    // code, status, requestId and reasonCode are copied as given (absent stays absent).
    Object.assign(this, init, {
      name: 'CognitoError',
      retryable:
        init.retryable ?? (RETRYABLE.test(init.code) || (init.code === 'HttpError' && init.status! >= 500)),
    });
  }

  /** The brand `is` looks for: on the prototype, so it is inherited, non-enumerable and not an own key. */
  get [BRAND](): true {
    return true;
  }

  /** True for any `CognitoError`, including one from another copy of this package. */
  static is(value: unknown): value is CognitoError {
    return (value as Record<symbol, unknown> | undefined)?.[BRAND] === true;
  }
}
