import { CognitoError } from './cognito-error';
import { checkInput, fieldProblem, normalizeCode } from './input-checks';
import type {
  CallOptions,
  CodeDelivery,
  ConfirmForgotPasswordInput,
  ForgotPasswordResponse,
  Operation,
  ResetTransport,
  UserContextData,
} from './types';
import { callCognito, type WireConfig } from './wire';

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
  /** Reject with `TimeoutError` when no complete response arrived in time; `0` disables. @default 30000 */
  timeoutMs?: number;
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
 * The request building and answer reading behind `createCognitoTransport`, over any endpoint that
 * speaks Cognito's awsJson1_1 — including the kit's server handler, which adds ClientId and
 * SecretHash itself (`createProxyTransport`). Inputs are checked and a pasted code normalised here.
 * @param wire Where to send (`WireConfig`) and what to add to each request (`WireTransportOptions`);
 * other keys are ignored, so `createCognitoTransport` passes its options through.
 */
export function createWireTransport(wire: WireConfig & WireTransportOptions): ResetTransport {
  const { clientId, secretHash, userContextData, analyticsEndpointId } = wire;

  const call = async (
    operation: Operation,
    input: Partial<ConfirmForgotPasswordInput>,
    callOptions?: CallOptions,
  ): Promise<unknown> => {
    try {
      const { username, password, clientMetadata } = input;
      // An undefined ClientMetadata is neither checked nor sent (JSON.stringify leaves it out).
      const body: Record<string, unknown> = { Username: username, ClientMetadata: clientMetadata };
      if (operation === 'ConfirmForgotPassword') {
        body.ConfirmationCode = normalizeCode(input.code!);
        body.Password = password;
      }
      // Check before asking the secretHash provider, which may itself be a network call; then
      // check again with what it gave.
      const invalid =
        checkInput(body) ||
        // biome-ignore lint/suspicious/noAssignInExpressions: set and check the hash in one step (bundle size).
        (secretHash && checkInput({ SecretHash: (body.SecretHash = await secretHash(username!)) }));
      if (invalid) throw invalid;
      // JSON.stringify leaves out a field that is undefined: no ClientId behind the kit's server
      // handler, which adds it. createCognitoTransport checked ClientId once, at creation.
      return await callCognito(
        wire,
        operation,
        {
          ...body,
          ClientId: clientId,
          UserContextData: await userContextData?.(username!),
          AnalyticsMetadata: analyticsEndpointId ? { AnalyticsEndpointId: analyticsEndpointId } : undefined,
        },
        callOptions?.signal,
        [body.ConfirmationCode as string, password!],
      );
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
      const answer = (await call('ForgotPassword', input, callOptions)) as ForgotPasswordResponse | null;
      const details = answer?.CodeDeliveryDetails;
      return details
        ? {
            destination: details.Destination,
            medium: details.DeliveryMedium,
            attributeName: details.AttributeName,
          }
        : {};
    },
  };
}
