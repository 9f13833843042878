import { CognitoError } from './cognito-error';
import { checkInput, fieldProblem, normalizeCode } from './input-checks';
import type {
  CallOptions,
  CodeDelivery,
  ConfirmForgotPasswordInput,
  Operation,
  ResetTransport,
  UserContextData,
} from './types';
import { callCognito, toCodeDelivery, type WireConfig } from './wire';

/** Options of `createCognitoTransport`. */
export interface CognitoTransportOptions {
  /** The app client id (`ClientId`): 1–128 characters of `[A-Za-z0-9_+]`. */
  clientId: string;
  /** The user pool's region, e.g. `eu-west-1`; `cn-*` regions use `amazonaws.com.cn`. Required unless `endpoint` is given. */
  region?: string;
  /** Use Cognito's FIPS endpoint `cognito-idp-fips.{region}.amazonaws.com` (US and GovCloud regions). @default false */
  fips?: boolean;
  /** An absolute URL that replaces the regional one: cognito-local, a VPC endpoint, a proxy. @default derived from `region` */
  endpoint?: string;
  /**
   * Gives the `SecretHash` for a username, for app clients with a secret. Compute it on a server
   * (or use the kit's server handler): a client secret must never reach a browser.
   */
  secretHash?: (username: string) => string | Promise<string>;
  /** Gives `UserContextData` for a username, e.g. `advancedSecurityData({ userPoolId, clientId })`. */
  userContextData?: (username: string) => UserContextData | undefined | Promise<UserContextData | undefined>;
  /** Sent as `AnalyticsMetadata.AnalyticsEndpointId` (Amazon Pinpoint). */
  analyticsEndpointId?: string;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Reject with `TimeoutError` when no complete response arrived in time, even from a `fetch` that
   * ignores the abort signal; `0` disables. @default 30000
   */
  timeoutMs?: number;
  /** The largest answer read, in bytes; a longer one rejects with `HttpError`. @default 1048576 */
  maxResponseBytes?: number;
}

const fail = (message: string): never => {
  throw new TypeError(`createCognitoTransport: ${message}`);
};

/**
 * Cognito's regional endpoint for a region (Amazon's DNS naming: `-fips` host, `.cn` suffix in China).
 * @throws TypeError when `region` does not look like an AWS region.
 */
export function cognitoEndpoint(region: string, fips?: boolean): string {
  // Strict on purpose: the region becomes part of a host name.
  if (!/^[a-z]+(-[a-z]+)+-\d+$/.test(region)) fail('needs `endpoint` or a `region` like "eu-west-1"');
  return `https://cognito-idp${fips ? '-fips' : ''}.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}/`;
}

/**
 * A transport that calls Cognito's public API with plain `fetch` (awsJson1_1, no SDK, no SigV4:
 * ForgotPassword and ConfirmForgotPassword are unauthenticated). Inputs are checked against
 * Cognito's constraints before sending and a pasted code is normalised.
 * @throws TypeError at creation when `clientId` is invalid or neither `region` nor `endpoint` is usable.
 */
export function createCognitoTransport(options: CognitoTransportOptions): ResetTransport {
  const { clientId, region, fips, endpoint } = options;
  const problem = fieldProblem('ClientId', clientId);
  if (problem) fail(problem);
  // The options carry `fetch` and `timeoutMs` under WireConfig's names.
  return createWireTransport({ ...options, url: endpoint || cognitoEndpoint(region!, fips) });
}

/** What `createWireTransport` adds to each request; `clientId` is left out when a proxy adds it. */
export type WireTransportOptions = Pick<
  CognitoTransportOptions,
  'secretHash' | 'userContextData' | 'analyticsEndpointId'
> & { clientId?: string };

/**
 * The one request builder of the fetch transport and the AWS SDK adapter: checks the input against
 * Cognito's constraints, normalises a pasted code, then adds `SecretHash`, `UserContextData` and
 * `AnalyticsMetadata` from the providers and checks what they gave too. Keys left `undefined` are
 * dropped by JSON.stringify and by the SDK's serialiser.
 * @returns The awsJson1_1 body, and the secrets (code, password, SecretHash) to blank from any answer.
 * @throws CognitoError `InvalidParameterException` naming the first bad parameter, never its value;
 * whatever a provider throws.
 */
export async function buildRequest(
  operation: Operation,
  input: Partial<ConfirmForgotPasswordInput>,
  options: WireTransportOptions,
): Promise<{ body: Record<string, unknown>; secrets: (string | undefined)[] }> {
  const { username, password } = input;
  const body: Record<string, unknown> = { Username: username, ClientMetadata: input.clientMetadata };
  if (operation === 'ConfirmForgotPassword') {
    body.ConfirmationCode = normalizeCode(input.code!);
    body.Password = password;
  }
  // Check before asking the providers, which may themselves be network calls; then check again
  // with what they gave.
  let invalid = checkInput(body);
  if (invalid) throw invalid;
  // SecretHash is set (and so checked) only with a provider: checkInput checks a key that is present.
  if (options.secretHash) body.SecretHash = await options.secretHash(username!);
  body.UserContextData = await options.userContextData?.(username!);
  const endpointId = options.analyticsEndpointId;
  body.AnalyticsMetadata = endpointId === undefined ? endpointId : { AnalyticsEndpointId: endpointId };
  invalid = checkInput(body);
  if (invalid) throw invalid;
  body.ClientId = options.clientId;
  return { body, secrets: [body.ConfirmationCode as string, password, body.SecretHash as string] };
}

/**
 * The request building and answer reading behind `createCognitoTransport`, over any endpoint that
 * speaks Cognito's awsJson1_1 — including the kit's server handler, which adds ClientId and
 * SecretHash itself (`createProxyTransport`). Inputs are checked and a pasted code normalised here.
 * @param wire Where to send (`WireConfig`) and what to add to each request (`WireTransportOptions`);
 * other keys are ignored, so `createCognitoTransport` passes its options through.
 */
export function createWireTransport(wire: WireConfig & WireTransportOptions): ResetTransport {
  const call = async (
    operation: Operation,
    input: Partial<ConfirmForgotPasswordInput>,
    callOptions?: CallOptions,
  ): Promise<Record<string, unknown>> => {
    try {
      const { body, secrets } = await buildRequest(operation, input, wire);
      return await callCognito(wire, operation, body, callOptions?.signal, secrets);
    } catch (cause) {
      // A throwing secretHash / userContextData provider (or a JS caller passing no input) must
      // still surface as the one error type every transport promises.
      throw CognitoError.is(cause) ? cause : new CognitoError({ code: 'UnknownError', cause });
    }
  };

  return {
    async confirmForgotPassword(input, callOptions): Promise<void> {
      await call('ConfirmForgotPassword', input, callOptions);
    },
    async forgotPassword(input, callOptions): Promise<CodeDelivery> {
      const details = Object((await call('ForgotPassword', input, callOptions)).CodeDeliveryDetails);
      return toCodeDelivery(details.Destination, details.DeliveryMedium, details.AttributeName);
    },
  };
}
