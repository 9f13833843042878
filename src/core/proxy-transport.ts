import { createWireTransport } from './cognito-transport';
import type { ResetTransport } from './types';

/** Options of {@link createProxyTransport}. */
export interface ProxyTransportOptions {
  /**
   * Where the kit's server handler (`createResetHandler`) is mounted: a path of the page's own
   * origin (`/api/reset`), or, for a handler on another origin, an absolute `https://` URL (`http://`
   * only for the page's own origin or a loopback host such as `localhost` or `127.0.0.1`).
   * Protocol-relative (`//host/…`) and backslash (`/\host/…`) forms are refused: they look like
   * paths but leave the origin.
   */
  url: string;
  /**
   * Extra headers for every request, e.g. a CSRF token your server checks in `beforeForward`.
   * The protocol headers (`Content-Type`, `X-Amz-Target`, `Cache-Control`) always win, whatever
   * the letter case of these keys.
   * @default undefined
   */
  headers?: Record<string, string>;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * Reject with `TimeoutError` when no complete response arrived in time, even from a `fetch` that
   * ignores the abort signal; `0` disables.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * The largest answer read, in bytes; a longer one rejects with `HttpError`.
   * @default 1048576
   */
  maxResponseBytes?: number;
}

const fail = (message: string): never => {
  throw new TypeError(`createProxyTransport: ${message}`);
};

// Loopback hosts, where plain http cannot be overheard (RFC 6761 `localhost`, 127.0.0.0/8, ::1).
const LOOPBACK = /^(?:(?:.+\.)?localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Checks `url` as the browser will resolve it, against the page (or, outside a browser, a
 * stand-in origin): a relative URL must resolve to that same origin; an absolute one must be
 * https, or http on the same origin or a loopback host.
 * @throws TypeError naming what is wrong.
 */
function checkUrl(url: unknown): string {
  if (typeof url !== 'string') return fail('`url` must be a string');
  const page = new URL(
    (globalThis as { location?: { href?: string } }).location?.href || 'http://localhost/',
  );
  let target: URL;
  try {
    target = new URL(url, page);
  } catch {
    return fail('`url` is not a valid URL');
  }
  if (!/^[a-z][\w+.-]*:/i.test(url.trim())) {
    // Without a scheme, "api.example.com/reset" would be fetched as a path of the page, and
    // "//evil.example/x" or "/\\evil.example/x" (browsers read "\\" as "/") as another host.
    if (url[0] !== '/' || target.origin !== page.origin) {
      fail(
        'a relative `url` must be a path of this page\'s origin ("/api/reset"); write another origin as an absolute https:// URL',
      );
    }
  } else if (
    target.protocol !== 'https:' &&
    !(target.protocol === 'http:' && (target.origin === page.origin || LOOPBACK.test(target.hostname)))
  ) {
    fail('`url` must be https:// (http:// only on this origin or a loopback host)');
  }
  return url;
}

/**
 * The Cognito transport pointed at the kit's server handler: the same awsJson1_1 requests minus
 * ClientId and SecretHash (the server adds both, so a client secret never reaches the browser),
 * and the same error parser for the answers. Redirects are never followed. Rejects only with
 * `CognitoError`.
 * @throws TypeError at creation when `url` would leave the page's origin without saying so (see
 * `url`), is not http(s), or `headers` holds a name or value `Headers` refuses.
 */
export function createProxyTransport(options: ProxyTransportOptions): ResetTransport {
  const { headers, timeoutMs, maxResponseBytes } = options;
  const url = checkUrl(options.url);
  try {
    new Headers(headers);
  } catch {
    fail('`headers` must be valid HTTP header names and values');
  }
  return createWireTransport({ url, headers, fetch: options.fetch, timeoutMs, maxResponseBytes });
}
