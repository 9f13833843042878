import { NO_STORE, refuse } from './cognito-reply';
import type { BeforeForwardContext } from './reset-handler';

/**
 * What a `beforeForward` verdict means. Fail closed: only `undefined`, `true`, a Response, or a
 * limiter result that says yes let anything happen; every other value refuses.
 */
export type Verdict = { forward: true } | { reply: ResponseLike } | { forward: false; unexpected?: string };

/**
 * A Response recognised by shape, not `instanceof`: one built by another Fetch implementation (the
 * `undici` package, a polyfill, another realm) is not an instance of the global `Response`.
 */
export interface ResponseLike {
  status: number;
  statusText?: string;
  headers: unknown;
  body?: unknown;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Reads what `beforeForward` returned; see `BeforeForwardResult` for the contract. */
export function readVerdict(value: unknown): Verdict {
  if (value === undefined || value === true) return { forward: true };
  if (isObject(value) && typeof value.status === 'number' && isObject(value.headers)) {
    return { reply: value as unknown as ResponseLike };
  }
  // rate-limiter-flexible's and @upstash/ratelimit's `{ success }`, others' `{ allowed }`: every
  // boolean among them must say yes.
  if (isObject(value) && (typeof value.success === 'boolean' || typeof value.allowed === 'boolean')) {
    return { forward: value.success !== false && value.allowed !== false };
  }
  if (value === false) return { forward: false };
  return { forward: false, unexpected: describe(value) };
}

// Names what was returned without printing it: a value may hold whatever the app put there.
function describe(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (isObject(value)) {
    const keys = Object.keys(value).slice(0, 5);
    return `an object${keys.length ? ` with keys ${keys.join(', ')}` : ' with no keys'}`;
  }
  return `a ${typeof value}`;
}

/**
 * The Response to send for a Response-like verdict: its status, headers (every `Set-Cookie`
 * included) and body, plus `no-store` and the handler's CORS headers.
 * @throws whatever building it throws (a status outside 200–599, headers `Headers` refuses): the
 * caller refuses then.
 */
export async function replyWith(verdict: ResponseLike, extra: Record<string, string>): Promise<Response> {
  const headers = new Headers(verdict.headers as HeadersInit);
  for (const [name, value] of Object.entries({ ...NO_STORE, ...extra })) headers.set(name, value);
  const status = verdict.status;
  const body =
    status === 204 || status === 205 || status === 304
      ? null
      : typeof verdict.arrayBuffer === 'function'
        ? await verdict.arrayBuffer()
        : ((verdict.body ?? null) as BodyInit | null);
  return new Response(body, { status, statusText: verdict.statusText ?? '', headers });
}

// Node, Bun and bundlers set NODE_ENV; edge runtimes without `process` count as development, where
// one warning costs nothing.
function isProduction(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV === 'production';
}

/**
 * Wraps an app's `beforeForward` into the handler's gate: resolves `undefined` to forward, or the
 * Response to send instead (the app's own, or a 429 refusal). Warns once per handler, outside
 * production, when the verdict was not one the contract names.
 */
export function gateOf(
  beforeForward: (request: Request, context: BeforeForwardContext) => unknown,
): (
  request: Request,
  context: BeforeForwardContext,
  cors: Record<string, string>,
) => Promise<Response | undefined> {
  let warned = false;
  return async (request, context, cors) => {
    let result: unknown = false;
    try {
      result = await beforeForward(request, context);
    } catch {}
    const verdict = readVerdict(result);
    if ('reply' in verdict) {
      try {
        return await replyWith(verdict.reply, cors);
      } catch {
        return refuse('refused', cors);
      }
    }
    if (verdict.forward) return undefined;
    if (verdict.unexpected && !warned && !isProduction()) {
      warned = true;
      console.warn(
        `createResetHandler: beforeForward returned ${verdict.unexpected}; the request was refused. ` +
          'Return undefined or true to forward, false to refuse, a Response to answer, or { success: boolean }.',
      );
    }
    return refuse('refused', cors);
  };
}
