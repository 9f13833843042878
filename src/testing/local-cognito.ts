/**
 * The memory pool served over HTTP as Cognito's awsJson1_1, for an app's own end-to-end tests and
 * for non-JavaScript clients (the AWS CLI, SDKs in other languages). Node only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CognitoError } from '../core/cognito-error';
import {
  createMemoryTransport,
  type MemoryCodeEvent,
  type MemoryTransport,
  type MemoryTransportOptions,
} from '../core/memory-transport';
import { TARGET_PREFIX } from '../core/wire';
import { fromCognito, JSON_TYPE, NO_STORE, refuse } from '../server/cognito-reply';
import { toNodeHandler } from '../server/node-http';
import { readJsonObject } from '../server/request-body';

/** How long a request body may take to arrive, as in `createResetHandler` (its default). */
const BODY_TIMEOUT_MS = 10_000;

/** Options of {@link startLocalCognito}: the pool's, plus where to listen. */
export interface LocalCognitoOptions extends Omit<MemoryTransportOptions, 'clientId' | 'secretHash'> {
  /** The interface to listen on. Keep it on loopback: the code endpoint hands out codes. @default '127.0.0.1' */
  host?: string;
  /** The TCP port; `0` picks a free one (read `port` or `endpoint` afterwards). @default 0 */
  port?: number;
  /** Serve `GET /_local/code?username=…` (see {@link LocalCognito.endpoint}). @default true */
  codeEndpoint?: boolean;
  /** The largest request body accepted, in bytes; larger ones get 413. @default 262144 */
  maxBodyBytes?: number;
}

/** A running local Cognito. */
export interface LocalCognito {
  /**
   * The base URL, `http://127.0.0.1:<port>/`: the `endpoint` of `createCognitoTransport`, the AWS
   * SDK's `endpoint`, the AWS CLI's `--endpoint-url`. Besides Cognito's API it answers
   * `GET /health` with `{"ok":true}` and, unless `codeEndpoint` is false, `GET
   * /_local/code?username=<any alias>` with `{"username","code"}`: the code awaiting
   * confirmation, or `null` (status 404). Codes never appear in Cognito's own answers.
   */
  readonly endpoint: string;
  /** The host it listens on. */
  readonly host: string;
  /** The port it listens on. */
  readonly port: number;
  /** The first app client's id, when `clients` was given. */
  readonly clientId: string | undefined;
  /** The pool itself: `calls`, `pendingCode`, `signIn`, or `receive` without HTTP. */
  readonly pool: MemoryTransport;
  /** Every code sent so far, oldest first (the same events `onCode` gets). */
  readonly codes: readonly MemoryCodeEvent[];
  /** Stops listening and closes open connections. Idempotent. */
  stop(): Promise<void>;
  /** `await using cognito = await startLocalCognito(…)` stops it at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void>;
}

// A browser page on another loopback port (the app under test) calls it directly, as it would
// call Cognito, whose API answers CORS requests from any origin.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-amzn-requestid, x-amzn-errortype, date',
} as const;

/**
 * Starts the kit's strict in-memory user pool as an HTTP server that speaks Cognito's awsJson1_1
 * (`POST /`, `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`): ForgotPassword,
 * ConfirmForgotPassword and InitiateAuth with `USER_PASSWORD_AUTH`. Errors come back as Cognito
 * sends them: the status, `x-amzn-errortype`, a `{"__type","message"}` body and
 * `x-amzn-requestid`. Everything `createMemoryTransport` enforces (policy, expiry, attempt and
 * request limits, history, PreventUserExistenceErrors, user states, app clients and SecretHash)
 * holds over HTTP too.
 * @throws TypeError / RangeError for invalid pool options (as `createMemoryTransport`), or the
 * listen error (e.g. `EADDRINUSE`).
 */
export async function startLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  const { host = '127.0.0.1', port = 0, codeEndpoint = true, maxBodyBytes = 262_144, ...rest } = options;
  const codes: MemoryCodeEvent[] = [];
  const pool = createMemoryTransport({
    ...rest,
    onCode: (event) => {
      rest.onCode?.(event);
      codes.push({ ...event, delivery: { ...event.delivery } });
    },
  });
  const handler = createLocalCognitoHandler(pool, { codeEndpoint, maxBodyBytes });
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= close(server);
    return stopped;
  };
  return {
    endpoint: `http://${urlHost}:${address.port}/`,
    host: address.address,
    port: address.port,
    clientId: rest.clients?.[0]?.clientId,
    pool,
    get codes() {
      return codes.map((event) => ({ ...event }));
    },
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets (the SDK's agent, a browser) would otherwise hold close() open.
    server.closeAllConnections();
  });
}

/**
 * The Fetch-API handler behind {@link startLocalCognito}, for hosts that bring their own server.
 * @param pool A memory pool from `createMemoryTransport`.
 */
export function createLocalCognitoHandler(
  pool: MemoryTransport,
  { codeEndpoint = true, maxBodyBytes = 262_144 }: { codeEndpoint?: boolean; maxBodyBytes?: number } = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...CORS,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers':
            request.headers.get('access-control-request-headers') ?? 'content-type, x-amz-target',
          'access-control-max-age': '600',
        },
      });
    }
    if (request.method === 'GET' && url.pathname === '/health') return json(200, { ok: true });
    if (request.method === 'GET' && codeEndpoint && url.pathname === '/_local/code') {
      const username = url.searchParams.get('username') ?? '';
      const code = pool.pendingCode(username) ?? null;
      return json(code === null ? 404 : 200, { username, code });
    }
    if (request.method !== 'POST') return refuse('method', CORS);
    if (!/^application\/x-amz-json-1\.[01]\b/i.test(request.headers.get('content-type') ?? '')) {
      return refuse('contentType', CORS);
    }
    // The same body deadline as the kit's handler: a stalled upload is answered, not held.
    const body = await readJsonObject(request, maxBodyBytes, BODY_TIMEOUT_MS);
    if (body === 'timeout') return refuse('bodyTimeout', CORS);
    if (body === 'too-large') return refuse('tooLarge', CORS);
    if (body === 'not-json') return refuse('notJson', CORS);
    const target = request.headers.get('x-amz-target') ?? '';
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
    try {
      const answer = await pool.receive(operation, body);
      return json(200, answer.body, { 'x-amzn-requestid': answer.requestId });
    } catch (error) {
      return fromCognito(
        CognitoError.is(error) ? error : new CognitoError({ code: 'InternalErrorException', status: 500 }),
        CORS,
      );
    }
  };
}

function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...JSON_TYPE, ...NO_STORE, ...CORS, ...headers },
  });
}
