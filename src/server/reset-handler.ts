import { cognitoEndpoint } from '../core/cognito-transport';
import { type CheckedField, checkInput } from '../core/input-checks';
import { computeSecretHash } from '../core/secret-hash';
import type { Operation, UserContextData } from '../core/types';
import { callCognito, TARGET_PREFIX, type WireConfig } from '../core/wire';
import { clientIp, type TrustProxy } from './client-ip';
import { cognitoErrorResponse, fromCognito, JSON_TYPE, NO_STORE, refuse } from './cognito-reply';
import { readJsonObject } from './request-body';

export type { TrustProxy } from './client-ip';

/** What `beforeForward` learns about a request. It never sees the password or the code. */
export interface BeforeForwardContext {
  /** The operation the browser asked for. */
  operation: Operation;
  /** The username exactly as it will be sent to Cognito. */
  username: string;
  /** The client's IP address, only when `trustProxy` is set and yielded one. */
  ip?: string;
  /** The request's `ClientMetadata` (e.g. a captcha token the app put there). */
  clientMetadata?: Record<string, string>;
}

/**
 * What `beforeForward` may answer: `false` refuses the request with 429 `TooManyRequestsException`;
 * a `Response` is sent instead of forwarding (e.g. your own captcha challenge); anything else
 * (`undefined`, `true`, a limiter's result object) forwards it. Throwing or rejecting also refuses
 * with 429, so a rate limiter that rejects when the budget is spent
 * (`(req, { username }) => limiter.consume(username)`) works as is.
 */
export type BeforeForwardResult = unknown;

/** Options of {@link createResetHandler}. */
export interface ResetHandlerOptions {
  /** The app client id. Whatever `ClientId` the browser sends is replaced with this one. */
  clientId: string;
  /** The app client secret. When set, the handler adds `SecretHash`; it never leaves the server. */
  clientSecret?: string;
  /** The pool's region, e.g. `eu-west-1`. Required unless `endpoint` is given. */
  region?: string;
  /** Use Cognito's FIPS endpoint (US and GovCloud regions). @default false */
  fips?: boolean;
  /** A full URL that replaces the regional one (cognito-local, a VPC endpoint). */
  endpoint?: string;
  /**
   * Origins allowed to call the handler (`https://app.example.com`), or a predicate. A request
   * with another `Origin` is refused with 403 `ForbiddenException`; a request without `Origin`
   * (not a browser) is let through. When set, allowed cross-origin callers also get CORS headers.
   * @default undefined (no origin check, no CORS headers: same-origin browsers only)
   */
  allowedOrigins?: readonly string[] | ((origin: string) => boolean);
  /**
   * Runs after validation and before forwarding: rate limits, captcha, audit. The request's body has
   * been read already; use `context`. See {@link BeforeForwardResult}.
   * @default undefined (every valid request is forwarded)
   */
  beforeForward?: (
    request: Request,
    context: BeforeForwardContext,
  ) => BeforeForwardResult | Promise<BeforeForwardResult>;
  /**
   * Where to read the user's IP for `UserContextData.IpAddress` (Cognito threat protection).
   * @default undefined (never sent: an IP header nobody vouches for is not evidence)
   */
  trustProxy?: TrustProxy;
  /**
   * The largest body accepted, in bytes; larger bodies get 413.
   * @default 16384
   */
  maxBodyBytes?: number;
  /**
   * How long to wait for Cognito before answering 504 `InternalErrorException`.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * The `fetch` used to reach Cognito.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}

// Fields the browser may set, per operation. Everything else (ClientId, SecretHash, unknown keys)
// is dropped: the proxy must not let a caller choose another app client or forge a hash.
const FIELDS: Record<Operation, readonly string[]> = {
  ForgotPassword: ['Username', 'ClientMetadata', 'AnalyticsMetadata'],
  ConfirmForgotPassword: ['Username', 'ConfirmationCode', 'Password', 'ClientMetadata', 'AnalyticsMetadata'],
};
const CHECKED: Record<Operation, readonly CheckedField[]> = {
  ForgotPassword: ['Username'],
  ConfirmForgotPassword: ['Username', 'ConfirmationCode', 'Password'],
};
// Cross-origin scripts may only read these if told so; the error parser wants both.
const EXPOSED = 'x-amzn-errortype, x-amzn-requestid';

/**
 * A Fetch-API handler for confidential app clients: it accepts the same awsJson1_1 requests as
 * Cognito (`X-Amz-Target` ForgotPassword or ConfirmForgotPassword) without ClientId and
 * SecretHash, adds them, forwards to Cognito and answers exactly as Cognito did. Use it as a
 * Next.js route (`export const POST = createResetHandler(…)`), in Hono, Deno, Bun, Workers, or in
 * Node's `http` through `toNodeHandler`. It never logs anything.
 */
export function createResetHandler(options: ResetHandlerOptions): (request: Request) => Promise<Response> {
  const { clientId, clientSecret, beforeForward, trustProxy } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 16_384;
  const clientIdProblem = checkInput({ ClientId: clientId });
  if (clientIdProblem) throw new TypeError(`createResetHandler: ${clientIdProblem.message}`);
  const { endpoint, region } = options;
  if (!endpoint && !region) throw new TypeError('createResetHandler: pass `region` or `endpoint`');
  // A server has no page to resolve a relative URL against.
  if (endpoint && !/^https?:\/\/[^/]/i.test(endpoint)) {
    throw new TypeError('createResetHandler: `endpoint` must be an absolute http(s) URL');
  }
  const wire: WireConfig = {
    url: endpoint || cognitoEndpoint(region!, options.fips),
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  const isAllowed = allowList(options.allowedOrigins);

  return async function handleReset(request: Request): Promise<Response> {
    const origin = request.headers.get('origin');
    if (origin !== null && isAllowed && !isAllowed(origin)) return refuse('origin');
    const cors: Record<string, string> =
      origin !== null && isAllowed
        ? { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': EXPOSED }
        : {};
    if (request.method === 'OPTIONS' && origin !== null && isAllowed) return preflight(request, cors);
    if (request.method !== 'POST') return refuse('method', { allow: 'POST', ...cors });

    const operation = operationOf(request.headers.get('x-amz-target'));
    if (!operation) return refuse('target', cors);
    if (!/^application\/(x-amz-json-1\.[01]|json)\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      return refuse('contentType', cors);
    }
    const input = await readJsonObject(request, maxBodyBytes);
    if (input === 'too-large') return refuse('tooLarge', cors);
    if (input === 'not-json') return refuse('notJson', cors);

    // The same checks the browser transport runs, so a malformed request never costs a Cognito
    // call (nor a slot of its rate limit); the message names the field, never its value.
    const checked: Record<string, unknown> = {};
    for (const field of CHECKED[operation]) checked[field] = input[field];
    if (input.ClientMetadata !== undefined) checked.ClientMetadata = input.ClientMetadata;
    const invalid = checkInput(checked);
    if (invalid) return cognitoErrorResponse(400, 'InvalidParameterException', invalid.message, cors);

    const username = input.Username as string;
    const ip = clientIp(request, trustProxy);
    const clientMetadata = input.ClientMetadata as Record<string, string> | undefined;
    if (beforeForward) {
      let verdict: BeforeForwardResult;
      try {
        verdict = await beforeForward(request, { operation, username, ip, clientMetadata });
      } catch {
        verdict = false;
      }
      if (verdict === false) return refuse('refused', cors);
      if (verdict instanceof Response) return withHeaders(verdict, cors);
    }

    const body: Record<string, unknown> = { ClientId: clientId };
    for (const field of FIELDS[operation]) if (input[field] !== undefined) body[field] = input[field];
    if (clientSecret) body.SecretHash = await computeSecretHash(clientSecret, username, clientId);
    const userContextData = contextData(input.UserContextData, ip);
    if (userContextData) body.UserContextData = userContextData;

    // Cognito's answer is re-encoded from the kit's one parser rather than piped through: the
    // same status, code, message, reasonCode and request id reach the browser, and a password or
    // code that a validation message might echo is blanked on the way.
    const secrets = [input.Password, input.ConfirmationCode].filter(
      (v): v is string => typeof v === 'string',
    );
    try {
      // Cognito's request id goes back on success too, as Cognito itself would answer.
      const headers = new Headers({ ...JSON_TYPE, ...NO_STORE, ...cors });
      const send = wire.fetch || fetch;
      const relay: typeof fetch = async (url, init) => {
        const response = await send(url, init);
        const requestId = response.headers.get('x-amzn-requestid');
        if (requestId) headers.set('x-amzn-requestid', requestId);
        return response;
      };
      const answer = await callCognito({ ...wire, fetch: relay }, operation, body, undefined, secrets);
      return new Response(JSON.stringify(answer), { status: 200, headers });
    } catch (error) {
      return fromCognito(error, cors);
    }
  };
}

function allowList(
  allowed: ResetHandlerOptions['allowedOrigins'],
): ((origin: string) => boolean) | undefined {
  if (typeof allowed === 'function') return allowed;
  if (!allowed) return undefined;
  // Browsers send the serialised origin (scheme://host[:port], lower-case, no path or slash),
  // so configured values are normalised the same way once, here.
  const set = new Set(allowed.map((origin) => new URL(origin).origin));
  return (origin) => set.has(origin);
}

function operationOf(target: string | null): Operation | undefined {
  const name = target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  return name === 'ForgotPassword' || name === 'ConfirmForgotPassword' ? name : undefined;
}

// EncodedData comes from Cognito's advanced-security script in the browser and is passed on;
// IpAddress is only ever the one the trusted proxy reported, never the browser's claim.
function contextData(fromBrowser: unknown, ip: string | undefined): UserContextData | undefined {
  const encoded = (fromBrowser as UserContextData | undefined)?.EncodedData;
  const data: UserContextData = {};
  if (typeof encoded === 'string') data.EncodedData = encoded;
  if (ip) data.IpAddress = ip;
  return data.EncodedData || data.IpAddress ? data : undefined;
}

function preflight(request: Request, cors: Record<string, string>): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...NO_STORE,
      ...cors,
      vary: 'Origin, Access-Control-Request-Headers',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers':
        request.headers.get('access-control-request-headers') ?? 'content-type, x-amz-target',
      'access-control-max-age': '600',
    },
  });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...NO_STORE, ...headers })) merged.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}
