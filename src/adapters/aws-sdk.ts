import {
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../core/cognito-error';
import { checkInput, normalizeCode } from '../core/input-checks';
import { toCognitoError } from '../core/to-cognito-error';
import type { CodeDelivery, ResetTransport, UserContextData } from '../core/types';

/** Options of {@link createAwsSdkTransport}. */
export interface AwsSdkTransportOptions {
  /** The app client id (`ClientId`). */
  clientId: string;
  /**
   * Gives the `SecretHash` for a username, for app clients with a secret (compute it with
   * `computeSecretHash` where the secret lives: on a server).
   * @default undefined (no SecretHash: a public client)
   */
  secretHash?: (username: string) => string | Promise<string>;
  /**
   * Gives `UserContextData` for a username (threat protection), e.g. `advancedSecurityData(…)`.
   * @default undefined
   */
  userContextData?: (username: string) => UserContextData | undefined | Promise<UserContextData | undefined>;
}

/**
 * A transport over an AWS SDK v3 `CognitoIdentityProviderClient` you already have (its region,
 * endpoint, retries and middleware apply), using `ForgotPasswordCommand` and
 * `ConfirmForgotPasswordCommand`. Like every transport it checks inputs first, normalises a
 * pasted code, and rejects only with `CognitoError`.
 */
export function createAwsSdkTransport(
  client: CognitoIdentityProviderClient,
  options: AwsSdkTransportOptions,
): ResetTransport {
  const { clientId, secretHash, userContextData } = options;

  // Checks and completes a request body; the abort check comes last because the providers may be slow.
  const prepare = async <T extends { Username: string }>(input: T, signal: AbortSignal | undefined) => {
    const invalid = checkInput(input);
    if (invalid) throw invalid;
    const body: T & { ClientId: string; SecretHash?: string; UserContextData?: UserContextData } = {
      ...input,
      ClientId: clientId,
    };
    if (secretHash) body.SecretHash = await secretHash(input.Username);
    const context = await userContextData?.(input.Username);
    if (context) body.UserContextData = context;
    if (signal?.aborted) throw new CognitoError({ code: 'AbortError', cause: signal.reason });
    return body;
  };
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toCognitoError(error);
    }
  };

  return {
    forgotPassword: ({ username, clientMetadata }, callOptions) =>
      guard(async () => {
        const signal = callOptions?.signal;
        const input = { Username: username, ...(clientMetadata && { ClientMetadata: clientMetadata }) };
        const command = new ForgotPasswordCommand(await prepare(input, signal));
        const details = (await client.send(command, { abortSignal: signal })).CodeDeliveryDetails;
        const delivery: CodeDelivery = {};
        if (details?.Destination) delivery.destination = details.Destination;
        if (details?.DeliveryMedium === 'EMAIL' || details?.DeliveryMedium === 'SMS')
          delivery.medium = details.DeliveryMedium;
        if (details?.AttributeName) delivery.attributeName = details.AttributeName;
        return delivery;
      }),
    confirmForgotPassword: ({ username, code, password, clientMetadata }, callOptions) =>
      guard(async () => {
        const signal = callOptions?.signal;
        const input = {
          Username: username,
          ConfirmationCode: typeof code === 'string' ? normalizeCode(code) : code,
          Password: password,
          ...(clientMetadata && { ClientMetadata: clientMetadata }),
        };
        await client.send(new ConfirmForgotPasswordCommand(await prepare(input, signal)), {
          abortSignal: signal,
        });
      }),
  };
}
