import { cognitoEndpoint } from '../core/cognito-transport';
import { type CheckedField, type CheckedSeed, checkInput } from '../core/input-checks';
import { computeSecretHash } from '../core/secret-hash';
import type { Operation, UserContextData } from '../core/types';
import {
  callCognito,
  DEFAULT_MAX_RESPONSE_BYTES,
  requestIdOf,
  TARGET_PREFIX,
  toCodeDelivery,
  type WireConfig,
} from '../core/wire';
import { gateOf } from './before-forward';
import { clientIp, type TrustProxy } from './client-ip';
import { ALLOW, cognitoErrorResponse, fromCognito, JSON_TYPE, NO_STORE, refuse } from './cognito-reply';
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
 * What `beforeForward` may answer. It fails closed:
 * - `undefined` or `true` forwards the request;
 * - a Response (recognised by shape: a numeric `status` and a `headers` object, so one from another
 *   Fetch implementation such as the `undici` package counts too) is sent instead of forwarding,
 *   e.g. your own captcha challenge, with `Cache-Control: no-store` and the CORS headers added;
 * - an object with a boolean `success` or `allowed` (what rate limiters such as @upstash/ratelimit
 *   return) forwards only when every such boolean is `true`;
 * - `false`, a throw or rejection, and every other value (`0`, `null`, a string, `{ remainingPoints: 4 }`)
 *   refuse with 429 `TooManyRequestsException` in Cognito's error format. An unexpected value also
 *   logs a warning naming its type (never its content) once per handler, outside production.
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
   * The largest body accepted, in bytes; larger bodies get 413 `RequestEntityTooLargeException`.
   * @default 16384
   */
  maxBodyBytes?: number;
  /**
   * How long the whole request body may take to arrive, in milliseconds, counted from when the
   * handler starts reading it; a slower upload gets 408 `RequestTimeoutException`.
   * @default 10000
   */
  bodyTimeoutMs?: number;
  /**
   * How long to wait for Cognito's complete answer before answering 504 `InternalErrorException`.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * The largest answer from Cognito read, in bytes; a longer one is abandoned and answered 502
   * (or, for an error status, `HttpError` with that status). Cognito's answers are under 1 KB.
   * @default 1048576
   */
  maxResponseBytes?: number;
  /**
   * Request headers a cross-origin preflight may ask for beyond the fixed list the kit and the AWS
   * SDKs send (`content-type`, `x-amz-target`, `x-amz-user-agent`, `amz-sdk-invocation-id`,
   * `amz-sdk-request`, `cache-control`), e.g. `['x-csrf-token']`. Used only with `allowedOrigins`.
   * @default []
   */
  allowedHeaders?: readonly string[];
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
const CHECKED: Record<Operation, readonly (CheckedField | CheckedSeed)[]> = {
  ForgotPassword: ['Username', 'ClientMetadata', 'AnalyticsMetadata', 'UserContextData'],
  ConfirmForgotPassword: [
    'Username',
    'ConfirmationCode',
    'Password',
    'ClientMetadata',
    'AnalyticsMetadata',
    'UserContextData',
  ],
};
// What the kit's transports, Amplify and the AWS SDKs for JavaScript send; a preflight is granted
// these (plus `allowedHeaders`) whatever it asks for, never an echo of its own list.
const ALLOWED_HEADERS = [
  'content-type',
  'x-amz-target',
  'x-amz-user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'cache-control',
];

const positive = (name: string, value: number | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!(value > 0 && value < 2 ** 31)) {
    throw new TypeError(`createResetHandler: \`${name}\` must be a positive number below 2^31`);
  }
  return value;
};
// Cross-origin scripts may only read these if told so; the error parser wants both.
const EXPOSED = 'x-amzn-errortype, x-amzn-requestid';

/**
 * A Fetch-API handler for confidential app clients: it accepts the same awsJson1_1 requests as
 * Cognito (`X-Amz-Target` ForgotPassword or ConfirmForgotPassword) without ClientId and
 * SecretHash, adds them, forwards to Cognito and answers as Cognito did, re-encoding only the
 * fields Cognito defines. Use it as a Next.js route (`export const POST = createResetHandler(…)`),
 * in Hono, Deno, Bun, Workers, or in Node's `http` through `toNodeHandler`. Every request ends
 * within `bodyTimeoutMs` + `timeoutMs` (plus `beforeForward`'s own time); redirects are never
 * followed; answers are read up to `maxResponseBytes`. It logs nothing but one development-time
 * warning about an unexpected `beforeForward` verdict.
 * @throws TypeError at creation for an invalid `clientId`, neither `region` nor `endpoint`, a
 * relative `endpoint`, or a limit that is not a positive number below 2^31.
 */
export function createResetHandler(options: ResetHandlerOptions): (request: Request) => Promise<Response> {
  const { clientId, clientSecret, beforeForward, trustProxy } = options;
  const maxBodyBytes = positive('maxBodyBytes', options.maxBodyBytes, 16_384);
  const bodyTimeoutMs = positive('bodyTimeoutMs', options.bodyTimeoutMs, 10_000);
  const clientIdProblem = checkInput({ ClientId: clientId });
  if (clientIdProblem) throw new TypeError(`createResetHandler: ${clientIdProblem.message}`);
  const { endpoint, region } = options;
  if (!endpoint && !region) throw new TypeError('createResetHandler: pass `region` or `endpoint`');
  // A server has no page to resolve a relative URL against.
  if (endpoint && !/^https?:\/\/[^/\\]/i.test(endpoint)) {
    throw new TypeError('createResetHandler: `endpoint` must be an absolute http(s) URL');
  }
  const wire: WireConfig = {
    url: endpoint || cognitoEndpoint(region!, options.fips),
    fetch: options.fetch,
    timeoutMs: positive('timeoutMs', options.timeoutMs, 10_000),
    maxResponseBytes: positive('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
  };
  const isAllowed = allowList(options.allowedOrigins);
  const allowHeaders = [...ALLOWED_HEADERS, ...(options.allowedHeaders ?? [])].join(', ');
  const gate = beforeForward && gateOf(beforeForward);

  return async function handleReset(request: Request): Promise<Response> {
    const origin = request.headers.get('origin');
    if (origin !== null && isAllowed && !isAllowed(origin)) return refuse('origin');
    const cors: Record<string, string> =
      origin !== null && isAllowed
        ? { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': EXPOSED }
        : {};
    if (request.method === 'OPTIONS' && origin !== null && isAllowed) return preflight(cors, allowHeaders);
    if (request.method !== 'POST') return refuse('method', { ...ALLOW, ...cors });

    const operation = operationOf(request.headers.get('x-amz-target'));
    if (!operation) return refuse('target', cors);
    if (!/^application\/(x-amz-json-1\.[01]|json)\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      return refuse('contentType', cors);
    }
    const input = await readJsonObject(request, maxBodyBytes, bodyTimeoutMs);
    if (input === 'too-large') return refuse('tooLarge', cors);
    if (input === 'timeout') return refuse('bodyTimeout', cors);
    if (input === 'not-json') return refuse('notJson', cors);

    // The same checks the browser transport runs, seed parameters included, so a malformed request
    // never costs a Cognito call (nor a slot of its rate limit); the message names the parameter,
    // never its value.
    // Required fields are checked even when absent; an absent seed parameter is simply not sent.
    const checked: Record<string, unknown> = {};
    for (const field of CHECKED[operation]) checked[field] = input[field];
    const invalid = checkInput(checked);
    if (invalid) return cognitoErrorResponse(400, 'InvalidParameterException', invalid.message, cors);

    const username = input.Username as string;
    const ip = clientIp(request, trustProxy);
    const clientMetadata = input.ClientMetadata as Record<string, string> | undefined;
    const refusal = await gate?.(request, { operation, username, ip, clientMetadata }, cors);
    if (refusal) return refusal;

    const body: Record<string, unknown> = { ClientId: clientId };
    for (const field of FIELDS[operation]) if (input[field] !== undefined) body[field] = input[field];
    const secretHash = clientSecret ? await computeSecretHash(clientSecret, username, clientId) : undefined;
    if (secretHash) body.SecretHash = secretHash;
    const userContextData = contextData(input.UserContextData, ip);
    if (userContextData) body.UserContextData = userContextData;

    // Cognito's answer is re-encoded from the kit's one parser rather than piped through: the
    // same status, code, message, reasonCode and request id reach the browser, and a password,
    // code or SecretHash that an answer might echo is blanked on the way.
    const secrets = [input.Password, input.ConfirmationCode, secretHash].map((v) =>
      typeof v === 'string' ? v : undefined,
    );
    // Cognito's request id goes back on success too, as Cognito itself would answer.
    const headers = new Headers({ ...JSON_TYPE, ...NO_STORE, ...cors });
    const send = wire.fetch || fetch;
    const relay: typeof fetch = async (url, init) => {
      const response = await send(url, init);
      const requestId = requestIdOf(response.headers, secrets);
      if (requestId) headers.set('x-amzn-requestid', requestId);
      return response;
    };
    let answer: Record<string, unknown>;
    try {
      answer = await callCognito({ ...wire, fetch: relay }, operation, body, undefined, secrets);
    } catch (error) {
      return fromCognito(error, cors);
    }
    // Only the fields Cognito defines are re-emitted, each checked: junk an upstream adds stays here.
    let reply = {};
    if (operation === 'ForgotPassword') {
      const details = Object(answer.CodeDeliveryDetails);
      const delivery = toCodeDelivery(details.Destination, details.DeliveryMedium, details.AttributeName);
      reply = {
        CodeDeliveryDetails: {
          Destination: delivery.destination,
          DeliveryMedium: delivery.medium,
          AttributeName: delivery.attributeName,
        },
      };
    }
    return new Response(JSON.stringify(reply), { status: 200, headers });
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

function preflight(cors: Record<string, string>, allowHeaders: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...NO_STORE,
      ...cors,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': allowHeaders,
      'access-control-max-age': '600',
    },
  });
}
