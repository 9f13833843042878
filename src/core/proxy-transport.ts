import { createWireTransport } from './cognito-transport';
import type { ResetTransport } from './types';

/** Options of {@link createProxyTransport}. */
export interface ProxyTransportOptions {
  /**
   * Where the kit's server handler (`createResetHandler`) is mounted: a path of the same origin
   * (`/api/reset`) or an absolute `http(s)` URL.
   */
  url: string;
  /**
   * Extra headers for every request, e.g. a CSRF token your server checks in `beforeForward`.
   * The protocol headers (`Content-Type`, `X-Amz-Target`) always win.
   * @default undefined
   */
  headers?: Record<string, string>;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * Reject with `TimeoutError` when no complete response arrived in time; `0` disables.
   * @default 30000
   */
  timeoutMs?: number;
}

/**
 * The Cognito transport pointed at the kit's server handler: the same awsJson1_1 requests minus
 * ClientId and SecretHash (the server adds both, so a client secret never reaches the browser),
 * and the same error parser for the answers. Rejects only with `CognitoError`.
 * @throws TypeError at creation when `url` is neither a path nor an http(s) URL.
 */
export function createProxyTransport(options: ProxyTransportOptions): ResetTransport {
  const { url, headers, timeoutMs } = options;
  // Without a scheme, "api.example.com/reset" would be fetched as a path of the page.
  if (typeof url !== 'string' || !/^(https?:\/\/[^/]|\/)/i.test(url)) {
    throw new TypeError('createProxyTransport: `url` must be a path starting with "/" or an http(s) URL');
  }
  return createWireTransport({ url, headers, fetch: options.fetch, timeoutMs });
}
