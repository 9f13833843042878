import { CognitoError } from './cognito-error';
import type { Operation } from './types';

/** Where and how awsJson1_1 requests are sent: Cognito itself, cognito-local, or the kit's server handler. */
export interface WireConfig {
  /** The URL every request is POSTed to. */
  url: string;
  /** The `fetch` to use (a polyfill, an instrumented fetch, a test's). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Abort and reject with `TimeoutError` when no complete response arrived in time; `0` disables. @default 30000 */
  timeoutMs?: number;
  /** Extra headers for every request (e.g. a CSRF token for a proxy); not the protocol headers the kit sets. */
  headers?: Record<string, string>;
}

/** `X-Amz-Target` is this prefix + the operation name; the server handler matches against it too. */
export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

/** The default of `WireConfig.timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 30_000;

// As the AWS SDKs sanitise error codes: cut at the first ',' or ':' (x-amzn-errortype may carry
// ":http://internal.amazon.com/coral/..."), keep what follows the last '#' before that
// ("com.amazonaws...#ExpiredCodeException"). Anything that is then not an identifier is no code at all.
const CODE = /^(?:[^,:]*#)?([A-Za-z]\w*)(?=[,:]|$)/;
const sanitizeCode = (raw: unknown): string | false | undefined =>
  typeof raw === 'string' && CODE.exec(raw)?.[1];

/**
 * Turns an error response into a `CognitoError`, as the AWS SDKs read it: the code from the
 * `x-amzn-errortype` header, then the body's `code`, then `__type`; the message from `message` or
 * `Message`; `requestId` from `x-amzn-requestid`; `reasonCode` when given. A body that is HTML,
 * empty or not JSON, or that carries no code, becomes `HttpError` with the status. Never throws.
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  text: string,
  secrets: readonly (string | undefined)[],
): CognitoError {
  let data: Record<string, unknown> = {};
  try {
    data = Object(JSON.parse(text));
  } catch {}
  const code = [headers.get('x-amzn-errortype'), data.code, data.__type].map(sanitizeCode).find(Boolean);
  const raw = data.message ?? data.Message;
  let message = (typeof raw === 'string' && raw) || code || `HTTP ${status}`;
  // Servers echo input in validation messages; a password or code must never reach a log.
  for (const secret of secrets) if (secret) message = message.split(secret).join('***');
  return new CognitoError({
    code: code || 'HttpError',
    status,
    message,
    requestId: headers.get('x-amzn-requestid') || undefined,
    reasonCode: data.reasonCode as string | undefined,
  });
}

/**
 * POSTs one awsJson1_1 operation and resolves with the parsed JSON answer.
 * @param secrets Strings (password, code) to blank out of any error message the server echoes.
 * @returns The response body (`{}` for an empty 2xx body).
 * @throws CognitoError — and nothing else: Cognito's code, or `AbortError`, `TimeoutError`,
 * `NetworkError`, `HttpError` (a response without a usable code, `status` kept).
 */
export async function callCognito(
  config: WireConfig,
  operation: Operation,
  body: object,
  signal: AbortSignal | undefined,
  secrets: readonly (string | undefined)[],
): Promise<unknown> {
  // One controller for both the caller's signal and the timeout (AbortSignal.any is too new for
  // Safari < 17.4). The abort reason is the error code: the first abort wins (later ones are
  // no-ops), so whichever fired first names the error. The listener is removed afterwards so a
  // long-lived caller signal does not collect one listener per request.
  const controller = new AbortController();
  const onAbort = () => controller.abort('AbortError');
  // An already aborted signal fires no event: abort now, and fetch rejects without sending.
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort);
  const ms = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // setTimeout fires at once for delays past 2^31-1 ms, so larger values (and Infinity) mean "none".
  const timer = ms > 0 && ms < 2 ** 31 ? setTimeout(() => controller.abort('TimeoutError'), ms) : undefined;
  let response: Response;
  let text: string;
  try {
    // Called as a plain function: a `window.fetch` stored on an object and called as its method
    // throws "Illegal invocation" in browsers.
    const send = config.fetch || fetch;
    response = await send(config.url, {
      method: 'POST',
      headers: {
        ...config.headers,
        'X-Amz-Target': TARGET_PREFIX + operation,
        'Content-Type': 'application/x-amz-json-1.1',
        // Amplify sends it too: no browser cache or intermediary may keep a reset request or answer.
        'Cache-Control': 'no-store',
      },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    // Read the body inside the timeout too: a server may send headers and then stall.
    text = await response.text();
  } catch (cause) {
    // The message defaults to the code; `cause` keeps what fetch rejected with (after an abort,
    // the reason string).
    throw new CognitoError({ code: controller.signal.reason || 'NetworkError', cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (response.ok) {
    try {
      return text ? JSON.parse(text) : {};
    } catch {
      // Not JSON despite a 2xx, e.g. a mistyped proxy URL that a SPA server answers with its
      // index.html: falls through to an HttpError with that status.
    }
  }
  throw errorFromResponse(response.status, response.headers, text, secrets);
}

/**
 * Reads an error `Response` (e.g. one a server handler received from Cognito) into a `CognitoError`.
 * An unreadable body counts as empty. Never rejects.
 */
export async function parseErrorResponse(
  response: Response,
  secrets?: readonly (string | undefined)[],
): Promise<CognitoError> {
  const text = await response.text().catch(() => '');
  return errorFromResponse(response.status, response.headers, text, secrets ?? []);
}
