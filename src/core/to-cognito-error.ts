import { CognitoError } from './cognito-error';
import { CLIENT_ERRORS, CONFIRM_FORGOT_PASSWORD_ERRORS, FORGOT_PASSWORD_ERRORS } from './error-codes';
import { reasonCodeOf } from './wire';

// This module is reached only through `toCognitoError` / `describeError`: the direct fetch
// transport builds its `CognitoError`s itself, so none of the SDK/Amplify shape-sniffing
// below ends up in its bundle.

const COGNITO_CODES = new Set<string>([...CONFIRM_FORGOT_PASSWORD_ERRORS, ...FORGOT_PASSWORD_ERRORS]);
const KNOWN_CODES = new Set<string>([...COGNITO_CODES, ...CLIENT_ERRORS]);

// Node (undici, node:http and the AWS SDK's NodeHttpHandler) report a failed connection as
// an Error whose `code` is a libuv/undici error name; nothing from the server is involved.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

// `fetch` rejects with a bare TypeError when no response arrives; the engine's fixed message
// is the only thing that tells it apart from a programming error. These are engine strings
// (Chromium, undici, Firefox, Safari, React Native), never server text.
const FETCH_FAILURE_PREFIXES = [
  'failed to fetch',
  'fetch failed',
  'networkerror when attempting to fetch',
  'load failed',
  'network request failed',
];

// How deep to follow `cause` / `underlyingError`: enough for Amplify-wraps-fetch-wraps-socket,
// short enough that a cyclic chain ends.
const MAX_DEPTH = 3;

/** Reads a property without letting a throwing getter or Proxy trap escape. */
function read(value: unknown, key: PropertyKey): unknown {
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

function readString(value: unknown, key: PropertyKey): string | undefined {
  const v = read(value, key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function has(value: object, key: PropertyKey): boolean {
  try {
    return key in value;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function isCognitoError(value: unknown): value is CognitoError {
  try {
    return CognitoError.is(value);
  } catch {
    return false;
  }
}

/** What a response told us, from SDK `$metadata` or Amplify `metadata`. */
interface ResponseFacts {
  status?: number;
  requestId?: string;
}

function responseFacts(metadata: unknown): ResponseFacts {
  const facts: ResponseFacts = {};
  if (!isObject(metadata)) return facts;
  const status = read(metadata, 'httpStatusCode');
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) {
    facts.status = status;
  }
  const requestId = readString(metadata, 'requestId');
  if (requestId !== undefined) facts.requestId = requestId;
  return facts;
}

/** NetworkError / TimeoutError / AbortError when `value` says no response arrived, else undefined. */
function transportFailure(
  value: unknown,
  depth: number,
): 'NetworkError' | 'TimeoutError' | 'AbortError' | undefined {
  if (!isObject(value) || depth > MAX_DEPTH) return undefined;
  const code = readString(value, 'code');
  // Checked before `name`: the SDK names a dropped socket (ECONNRESET) `TimeoutError` so its
  // retry strategy treats it as transient, but to a user it is a lost connection.
  if (code !== undefined && NETWORK_CODES.has(code)) return 'NetworkError';
  if (code !== undefined && TIMEOUT_CODES.has(code)) return 'TimeoutError';
  const name = readString(value, 'name');
  if (name === 'AbortError' || name === 'TimeoutError') return name;
  if (name === 'TypeError') {
    const message = (readString(value, 'message') ?? '').toLowerCase();
    if (FETCH_FAILURE_PREFIXES.some((prefix) => message.startsWith(prefix))) return 'NetworkError';
    // undici's "fetch failed" may be localised or reworded one day; its cause keeps the socket code.
    return transportFailure(read(value, 'cause'), depth + 1) === 'NetworkError' ? 'NetworkError' : undefined;
  }
  return undefined;
}

function logMessage(value: unknown, fallback: string): string {
  return readString(value, 'message') ?? fallback;
}

/**
 * A service exception name as Cognito (or an AWS front door) sends it. The SDK's and
 * Amplify's placeholders for "no code in the response" (`Unknown`, `UnknownError`) are not.
 */
function isServiceCode(name: string | undefined): name is string {
  return name !== undefined && (COGNITO_CODES.has(name) || /^[A-Za-z][A-Za-z0-9]*Exception$/.test(name));
}

/** A response arrived but carried no usable code: HttpError with its status, else UnknownError. */
function withoutCode(value: unknown, facts: ResponseFacts, message: string): CognitoError {
  return new CognitoError({
    code: facts.status !== undefined ? 'HttpError' : 'UnknownError',
    message,
    ...facts,
    cause: value,
  });
}

// AWS SDK v3 ServiceException: `name` is the code, `$metadata` the response, `reasonCode`
// rides along on InvalidParameterException. A body the SDK could not parse (an HTML 502)
// surfaces as a SyntaxError or a ServiceException named `Unknown` with `$metadata` attached.
function fromAwsSdk(value: object, name: string | undefined): CognitoError {
  const facts = responseFacts(read(value, '$metadata'));
  const message = logMessage(value, name ?? 'AWS SDK error');
  if (!isServiceCode(name)) return withoutCode(value, facts, message);
  const reasonCode = reasonCodeOf(read(value, 'reasonCode'));
  return new CognitoError({
    code: name,
    message,
    ...facts,
    ...(reasonCode !== undefined && { reasonCode }),
    cause: value,
  });
}

// aws-amplify v6 AuthError / AmplifyError: `name` is the Cognito exception name (taken from
// x-amzn-errortype), `metadata` keeps status and request id, `underlyingError` the cause.
// Amplify adds names of its own: `NetworkError` (fetch rejected), `Unknown` (anything it could
// not classify) and validation names such as `EmptyConfirmResetPasswordConfirmationCode`.
// Amplify drops `reasonCode`.
function fromAmplify(value: object, name: string | undefined, depth: number): CognitoError {
  const facts = responseFacts(read(value, 'metadata'));
  const message = logMessage(value, name ?? 'Amplify error');
  if (name === 'NetworkError') return new CognitoError({ code: 'NetworkError', message, cause: value });
  if (name?.startsWith('Empty')) {
    // Amplify refused to send a request with an empty field, as the kit's own input checks do.
    return new CognitoError({
      code: 'InvalidParameterException',
      message: `${name}: ${message}`,
      cause: value,
    });
  }
  // A name ending in "Exception" counts only when a response came with it: Amplify's own
  // UserUnAuthenticatedException or AuthUserPoolException are raised before any request.
  if (isServiceCode(name) && (COGNITO_CODES.has(name) || facts.status !== undefined)) {
    return new CognitoError({ code: name, message, ...facts, cause: value });
  }
  const underlying = transportFailure(read(value, 'underlyingError'), depth + 1);
  if (underlying !== undefined) return new CognitoError({ code: underlying, message, cause: value });
  // Not Cognito's answer: keep Amplify's name for the logs, not as a code.
  return withoutCode(value, facts, name === undefined ? message : `${name}: ${message}`);
}

function normalise(error: unknown): CognitoError {
  if (isCognitoError(error)) return error;
  if (!isObject(error)) {
    // A thrown string or number may hold anything, so it stays in `cause` rather than in
    // the message that ends up in logs.
    return new CognitoError({
      code: 'UnknownError',
      message: `Non-error value thrown (${typeof error})`,
      cause: error,
    });
  }
  const failure = transportFailure(error, 0);
  if (failure !== undefined) {
    return new CognitoError({ code: failure, message: logMessage(error, failure), cause: error });
  }
  const name = readString(error, 'name');
  if (has(error, 'underlyingError') || has(error, 'recoverySuggestion')) return fromAmplify(error, name, 0);
  if (isObject(read(error, '$metadata'))) return fromAwsSdk(error, name);
  // amazon-cognito-identity-js and hand-rolled clients: a Cognito code in `code` or `name`.
  const code = readString(error, 'code');
  const known = [code, name].find((candidate) => candidate !== undefined && KNOWN_CODES.has(candidate));
  if (known !== undefined)
    return new CognitoError({ code: known, message: logMessage(error, known), cause: error });
  return new CognitoError({ code: 'UnknownError', message: logMessage(error, 'UnknownError'), cause: error });
}

/**
 * Turns anything thrown by `fetch`, the AWS SDK v3, aws-amplify v6 or the kit itself into a
 * `CognitoError`. Never throws. A `CognitoError` (from any copy of the package) is returned
 * unchanged; otherwise the original value is kept as `cause`.
 *
 * - `TypeError` from `fetch` ("Failed to fetch", "fetch failed", …) and socket errors → `NetworkError`
 * - `name` `AbortError` → `AbortError`; `name` `TimeoutError` → `TimeoutError`
 * - AWS SDK v3 ServiceException → its `name` as `code`, `$metadata.httpStatusCode` as `status`,
 *   `$metadata.requestId`, `reasonCode` (only as a short `[A-Z_]` token); an unparseable response → `HttpError` with `status`
 * - aws-amplify v6 `AuthError` → its `name` as `code`, `metadata` for status and request id;
 *   Amplify's `NetworkError` → `NetworkError`; its empty-field validation → `InvalidParameterException`
 * - anything else → `UnknownError`
 *
 * The resulting `message` is for logs only.
 */
export function toCognitoError(error: unknown): CognitoError {
  try {
    return normalise(error);
  } catch {
    // Last line of defence (a Proxy whose every trap throws, an exotic host object):
    // normalising an error must never raise one.
    return new CognitoError({ code: 'UnknownError', message: 'UnknownError', cause: error });
  }
}
