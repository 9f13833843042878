import {
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  type ConfirmForgotPasswordCommandInput,
  ForgotPasswordCommand,
  type ForgotPasswordCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../core/cognito-error';
import { buildRequest } from '../core/cognito-transport';
import { fieldProblem } from '../core/input-checks';
import { toCognitoError } from '../core/to-cognito-error';
import type { ConfirmForgotPasswordInput, Operation, ResetTransport, UserContextData } from '../core/types';
import { blank, reasonCodeOf, toCodeDelivery } from '../core/wire';

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
 * `ConfirmForgotPasswordCommand`. It builds each request exactly as `createCognitoTransport` does
 * (input checks, code normalisation, SecretHash, UserContextData, all checked), maps the delivery
 * through the same checks, and rejects only with `CognitoError`, with the password, code and
 * SecretHash blanked from its message.
 * @throws TypeError at creation when `clientId` is not a valid `ClientId`.
 */
export function createAwsSdkTransport(
  client: CognitoIdentityProviderClient,
  options: AwsSdkTransportOptions,
): ResetTransport {
  const problem = fieldProblem('ClientId', options.clientId);
  if (problem) throw new TypeError(`createAwsSdkTransport: ${problem}`);

  // The fetch transport's request builder (checks, code normalisation, SecretHash, UserContextData),
  // then an abort check, because the providers may be slow.
  const prepare = async (
    operation: Operation,
    input: Partial<ConfirmForgotPasswordInput>,
    signal: AbortSignal | undefined,
  ) => {
    const request = await buildRequest(operation, input, options);
    if (signal?.aborted) throw new CognitoError({ code: 'AbortError', cause: signal.reason });
    return request;
  };
  // SDK errors carry Cognito's message as the SDK parsed it; like the fetch transport's, it must
  // not hold the password, code or SecretHash when Cognito echoes them.
  const guard = async <T>(run: (secrets: (string | undefined)[]) => Promise<T>): Promise<T> => {
    const secrets: (string | undefined)[] = [];
    try {
      return await run(secrets);
    } catch (error) {
      const normalised = toCognitoError(error);
      const { code, status, requestId, retryable } = normalised;
      const message = blank(normalised.message, secrets);
      const reasonCode = reasonCodeOf(normalised.reasonCode, secrets);
      if (message === normalised.message && reasonCode === normalised.reasonCode) throw normalised;
      throw new CognitoError({ code, status, requestId, reasonCode, retryable, message });
    }
  };

  return {
    forgotPassword: (input, callOptions) =>
      guard(async (secrets) => {
        const signal = callOptions?.signal;
        const request = await prepare('ForgotPassword', input, signal);
        secrets.push(...request.secrets);
        const command = new ForgotPasswordCommand(request.body as unknown as ForgotPasswordCommandInput);
        const details = Object((await client.send(command, { abortSignal: signal })).CodeDeliveryDetails);
        return toCodeDelivery(details.Destination, details.DeliveryMedium, details.AttributeName);
      }),
    confirmForgotPassword: (input, callOptions) =>
      guard(async (secrets) => {
        const signal = callOptions?.signal;
        const request = await prepare('ConfirmForgotPassword', input, signal);
        secrets.push(...request.secrets);
        const command = new ConfirmForgotPasswordCommand(
          request.body as unknown as ConfirmForgotPasswordCommandInput,
        );
        await client.send(command, { abortSignal: signal });
      }),
  };
}
