import type { PasswordCheckDefinition } from './types';

/** Options of {@link breachedPasswordCheck}. */
export interface BreachedPasswordCheckOptions {
  /**
   * The range endpoint: the five-character hash prefix is appended to it. An `https://` URL, or
   * `http://` on a loopback host (a local fake in tests).
   * @default 'https://api.pwnedpasswords.com/range/'
   */
  endpoint?: string;
  /**
   * Ask for padded responses (`Add-Padding: true`): the server adds entries with a count of 0,
   * so the response's size does not tell an observer on the wire which prefix was asked for.
   * @default true
   */
  addPadding?: boolean;
  /**
   * How many known breaches make a password fail. Padding entries (count 0) never count.
   * @default 1
   */
  minimumCount?: number;
  /**
   * Give up (the test rejects, so the check is reported and does not block) after this many ms.
   * @default 5000
   */
  timeoutMs?: number;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** The check's id. @default 'notBreached' */
  id?: string;
  /** A catalogue key or plain text. @default 'rules.notBreached' */
  message?: string;
}

const DEFAULT_ENDPOINT = 'https://api.pwnedpasswords.com/range/';
/** A padded range is about 40 KB; anything far larger is not a range response. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
/** One line of a range response: the 35 remaining hex digits of the SHA-1, a colon, a count. */
const RANGE_LINE = /^([0-9A-F]{35}):(\d+)$/i;
// Loopback by the WHATWG URL parser's own host forms ("[::1]" keeps its brackets).
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A password check against a Pwned Passwords–style range API, using its k-anonymity model: the
 * password is hashed with SHA-1 in the browser, only the first five hex digits of the hash are
 * sent (`GET <endpoint><prefix>`), and the remaining 35 are compared locally against the range
 * the server returns. The password, and the full hash, never leave the page.
 *
 * The request sends no cookies, no referrer, and follows no redirect (a redirect is an error).
 * A response that is not a range (an HTTP error, HTML, more than 1 MiB) or no answer within
 * `timeoutMs` makes `test` reject, which the form reports without blocking the reset.
 *
 * Source of the protocol: Have I Been Pwned, "Pwned Passwords" API v3 (`/range/{prefix}`,
 * `Add-Padding`).
 * @throws TypeError at creation when `endpoint` is neither https nor loopback http.
 */
export function breachedPasswordCheck(options: BreachedPasswordCheckOptions = {}): PasswordCheckDefinition {
  const {
    endpoint = DEFAULT_ENDPOINT,
    addPadding = true,
    minimumCount = 1,
    timeoutMs = 5000,
    id = 'notBreached',
    message = 'rules.notBreached',
  } = options;
  let parsed: URL | undefined;
  try {
    parsed = new URL(endpoint);
  } catch {
    // handled below
  }
  const allowed =
    parsed !== undefined &&
    (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)));
  if (!allowed) {
    throw new TypeError(
      'breachedPasswordCheck: `endpoint` must be an https:// URL (or http:// on localhost, 127.0.0.1 or [::1])',
    );
  }
  if (!Number.isInteger(minimumCount) || minimumCount < 1) {
    throw new TypeError('breachedPasswordCheck: `minimumCount` must be an integer >= 1');
  }

  return {
    id,
    message,
    async test(password, { signal } = {}) {
      const hash = await sha1Hex(password);
      const prefix = hash.slice(0, 5);
      const suffix = hash.slice(5);
      const body = await fetchRange(`${endpoint}${prefix}`, {
        addPadding,
        timeoutMs,
        signal,
        fetch: options.fetch ?? globalThis.fetch,
      });
      let lines = 0;
      for (const line of body.split(/\r?\n/)) {
        const [, lineSuffix, count] = RANGE_LINE.exec(line.trim()) ?? [];
        if (lineSuffix === undefined) continue;
        lines++;
        if (lineSuffix.toUpperCase() === suffix) return Number(count) < minimumCount;
      }
      // A real range always lists entries; an empty or unreadable 200 is a wrong endpoint.
      if (lines === 0) throw new Error('breachedPasswordCheck: the response is not a hash range');
      return true;
    },
  };
}

/** The SHA-1 of the UTF-8 password, as 40 upper-case hex digits (the range API's alphabet). */
async function sha1Hex(password: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError('breachedPasswordCheck needs WebCrypto (crypto.subtle): a secure context');
  const digest = new Uint8Array(await subtle.digest('SHA-1', new TextEncoder().encode(password)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

interface RangeRequest {
  addPadding: boolean;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  fetch: typeof fetch;
}

/** GETs the range with a deadline that holds whatever `fetch` does, and reads at most 1 MiB. */
async function fetchRange(url: string, request: RangeRequest): Promise<string> {
  const controller = new AbortController();
  const abort = () => controller.abort(request.signal?.reason);
  if (request.signal?.aborted) abort();
  request.signal?.addEventListener('abort', abort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Rejects on the deadline or the caller's abort even if a custom fetch ignores its signal.
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`breachedPasswordCheck: no answer within ${request.timeoutMs} ms`);
      error.name = 'TimeoutError';
      controller.abort(error);
    }, request.timeoutMs);
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  stop.catch(() => {});
  try {
    return await Promise.race([stop, read(url, request, controller.signal)]);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', abort);
    controller.abort();
  }
}

async function read(url: string, request: RangeRequest, signal: AbortSignal): Promise<string> {
  const response = await request.fetch(url, {
    method: 'GET',
    headers: request.addPadding ? { 'Add-Padding': 'true' } : {},
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'error',
    signal,
  });
  if (!response.ok)
    throw new Error(`breachedPasswordCheck: the range endpoint answered HTTP ${response.status}`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel().catch(() => {});
      throw new Error('breachedPasswordCheck: the response is larger than 1 MiB');
    }
    text += decoder.decode(value, { stream: true });
  }
}
