import { CognitoError } from './cognito-error';
import type { CodeDelivery, Operation } from './types';

/** Where and how awsJson1_1 requests are sent: Cognito itself, cognito-local, or the kit's server handler. */
export interface WireConfig {
  /** The URL every request is POSTed to. */
  url: string;
  /** The `fetch` to use (a polyfill, an instrumented fetch, a test's). @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Reject with `TimeoutError` when no complete response (headers and body) arrived in time,
   * whether or not `fetch` honours the abort signal; `0` disables. @default 30000
   */
  timeoutMs?: number;
  /**
   * The largest answer read, in bytes; a longer one is abandoned and rejects with `HttpError`
   * (its `status` kept). @default 1048576 (1 MiB; Cognito's answers are under 1 KB)
   */
  maxResponseBytes?: number;
  /** Extra headers for every request (e.g. a CSRF token for a proxy); the protocol headers the kit sets win whatever the case of these keys. */
  headers?: HeadersInit;
}

/** `X-Amz-Target` is this prefix + the operation name; the server handler matches against it too. */
export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

/** The default of `WireConfig.timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The default of `WireConfig.maxResponseBytes`: 1 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 2 ** 20;

// As the AWS SDKs sanitise error codes: cut at the first ',' or ':' (x-amzn-errortype may carry
// ":http://internal.amazon.com/coral/..."), keep what follows the last '#' before that
// ("com.amazonaws...#ExpiredCodeException"). Anything that is then not an identifier is no code at all.
const CODE = /^(?:[^,:]*#)?([A-Za-z]\w*)(?=[,:]|$)/;

/**
 * A string from an answer with every secret blanked to `***`; `''` for anything that is not a string.
 * Servers echo input in validation messages, and a password, code or SecretHash must never reach
 * a log, an error field or a browser.
 */
export function blank(value: unknown, secrets: readonly (string | undefined)[]): string {
  let text = typeof value === 'string' ? value : '';
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  return text;
}

/**
 * `x-amzn-requestid` when it is a plain token (1–128 of `[A-Za-z0-9_-]`) holding no secret, else
 * `undefined`: it goes into logs and support tickets.
 */
export function requestIdOf(headers: Headers, secrets: readonly (string | undefined)[]): string | undefined {
  const id = blank(headers.get('x-amzn-requestid'), secrets);
  return /^[\w-]{1,128}$/.test(id) ? id : undefined;
}

/**
 * `InvalidParameterException`'s `reasonCode` when it is a short token (1–64 of `[A-Z_]`, as
 * Cognito's are: `INVALID_EMAIL`) holding no secret, else `undefined`: an upstream must not smuggle
 * a password, an object or a megabyte into it. The one rule every transport applies.
 */
export function reasonCodeOf(
  value: unknown,
  secrets: readonly (string | undefined)[] = [],
): string | undefined {
  const reasonCode = blank(value, secrets);
  return /^[A-Z_]{1,64}$/.test(reasonCode) ? reasonCode : undefined;
}

/**
 * Turns an error response into a `CognitoError`, as the AWS SDKs read it: the code from the
 * `x-amzn-errortype` header, then the body's `code`, then `__type`; the message from `message` or
 * `Message`; `requestId` from `x-amzn-requestid` (see `requestIdOf`); `reasonCode` only when it is
 * a short `[A-Z_]` token, as Cognito's are. Every string is read with `secrets` blanked first, so
 * none of them reaches the error. A body that is HTML, empty or not JSON, or that carries no code,
 * becomes `HttpError` with the status. Never throws.
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
  const code = [headers.get('x-amzn-errortype'), data.code, data.__type]
    .map((raw) => CODE.exec(blank(raw, secrets))?.[1])
    .find(Boolean);
  return new CognitoError({
    code: code || 'HttpError',
    status,
    message: blank(data.message ?? data.Message, secrets) || code || `HTTP ${status}`,
    requestId: requestIdOf(headers, secrets),
    reasonCode: reasonCodeOf(data.reasonCode, secrets),
  });
}

/**
 * Reads a body as UTF-8, at most `max` bytes. Bounded in bytes (an empty chunk counts as one, so
 * an endless stream of them ends too) and, through the caller's deadline, in time. Fetch polyfills
 * without streams (React Native's) only offer `text()`, which is capped after the fact.
 * @throws CognitoError `HttpError` (with the answer's status) when the body is longer than `max`.
 */
async function readCapped(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = reader ? '' : await response.text();
  let size = text.length;
  while (reader && size <= max) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength || 1;
    text += decoder.decode(value, { stream: true });
  }
  if (size > max) {
    reader?.cancel().catch(() => {});
    throw new CognitoError({
      code: 'HttpError',
      status: response.status,
      message: `Answer over ${max} bytes`,
    });
  }
  return text;
}

/**
 * POSTs one awsJson1_1 operation and resolves with the parsed JSON answer. Redirects are never
 * followed: a 3xx (or a browser's opaque redirect, status 0) rejects with `HttpError` and nothing
 * is sent again. The answer is read up to `maxResponseBytes`, all within `timeoutMs`.
 * @param secrets Strings (password, code, SecretHash) to blank out of any error the server echoes.
 * @returns The response body: a JSON object (`{}` for an empty 2xx body).
 * @throws CognitoError — and nothing else once `body` is serialised (a body JSON cannot hold
 * throws its own TypeError before anything is sent): Cognito's code, or `AbortError`,
 * `TimeoutError`, `NetworkError`, `HttpError` (a response without a usable code, `status` kept).
 */
export async function callCognito(
  config: WireConfig,
  operation: Operation,
  body: object,
  signal: AbortSignal | undefined,
  secrets: readonly (string | undefined)[],
): Promise<Record<string, unknown>> {
  // Before the network `try`: a body that cannot be serialised was never sent, so it must not
  // come back as a (retryable) network failure.
  const payload = JSON.stringify(body);
  // The app's headers first, then the protocol's: Headers is case-insensitive, so `set` replaces
  // an app's `x-amz-target` or `content-type` in any letter case instead of sending two.
  const headers = new Headers(config.headers);
  headers.set('X-Amz-Target', TARGET_PREFIX + operation);
  headers.set('Content-Type', 'application/x-amz-json-1.1');
  // Amplify sends it too: no browser cache or intermediary may keep a reset request or answer.
  headers.set('Cache-Control', 'no-store');
  // One controller for both the caller's signal and the timeout (AbortSignal.any is too new for
  // Safari < 17.4). The abort reason is the error code: the first abort wins (later ones are
  // no-ops), so whichever fired first names the error. `stop` rejects on that abort, so the call
  // ends on time even when a custom `fetch` ignores the signal and never settles.
  const controller = new AbortController();
  const ours = controller.signal;
  const stop = new Promise<never>((_, reject) => ours.addEventListener('abort', () => reject(ours.reason)));
  const onAbort = () => controller.abort('AbortError');
  // An already aborted signal fires no event: abort now, and fetch rejects without sending.
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort);
  const ms = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // setTimeout fires at once for delays past 2^31-1 ms, so larger values (and Infinity) mean "none".
  const timer = ms > 0 && ms < 2 ** 31 ? setTimeout(() => controller.abort('TimeoutError'), ms) : undefined;
  let response!: Response;
  let text: string;
  try {
    text = await Promise.race([
      stop,
      (async () => {
        // Called as a plain function: a `window.fetch` stored on an object and called as its
        // method throws "Illegal invocation" in browsers.
        response = await (config.fetch || fetch)(config.url, {
          method: 'POST',
          headers,
          body: payload,
          signal: ours,
          // A redirect would re-send the password and code to wherever it points.
          redirect: 'manual',
        });
        // Browsers hide a manual redirect's status (an "opaqueredirect" with status 0); a fetch
        // that followed one anyway says so in `redirected`.
        const status = response.status;
        if (response.redirected || status < 200 || (status > 299 && status < 400)) {
          throw new CognitoError({ code: 'HttpError', status, message: 'Redirect refused' });
        }
        // Read the body inside the timeout too: a server may send headers and then stall.
        return readCapped(response, config.maxResponseBytes || DEFAULT_MAX_RESPONSE_BYTES);
      })(),
    ]);
  } catch (cause) {
    // The message defaults to the code; `cause` keeps what fetch rejected with (after an abort,
    // the reason string).
    throw CognitoError.is(cause) ? cause : new CognitoError({ code: ours.reason || 'NetworkError', cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (response.ok) {
    try {
      const data = text ? JSON.parse(text) : {};
      if (data && typeof data === 'object' && !Array.isArray(data)) return data;
    } catch {}
    // Not a JSON object despite a 2xx, e.g. a mistyped proxy URL that a SPA server answers with
    // its index.html, or `null`: an HttpError with that status, never a success.
  }
  throw errorFromResponse(response.status, response.headers, text, secrets);
}

// Printable text of sane length: no control, format (bidi override) or unassigned characters.
const SANE = /^[^\p{C}]{1,256}$/u;
const sane = (value: unknown): value is string => typeof value === 'string' && SANE.test(value);

/**
 * The one mapping from what a transport got back about a code delivery to `CodeDelivery`, used by
 * the fetch transport (Cognito's `CodeDeliveryDetails`), the AWS SDK adapter and the Amplify adapter
 * (its camelCase fields), and by the server handler before it re-emits them. A destination or
 * attribute name that is not printable text of 1–256 characters, and a medium other than `EMAIL` or
 * `SMS`, are dropped, so junk is never rendered ("We sent a code to [object Object]").
 */
export function toCodeDelivery(destination: unknown, medium: unknown, attributeName: unknown): CodeDelivery {
  const delivery: CodeDelivery = {};
  if (sane(destination)) delivery.destination = destination;
  if (medium === 'EMAIL' || medium === 'SMS') delivery.medium = medium;
  if (sane(attributeName)) delivery.attributeName = attributeName;
  return delivery;
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
