import { confirmResetPassword, resetPassword } from 'aws-amplify/auth';
import { CognitoError } from '../core/cognito-error';
import { checkInput, normalizeCode } from '../core/input-checks';
import { toCognitoError } from '../core/to-cognito-error';
import type { ResetTransport } from '../core/types';
import { toCodeDelivery } from '../core/wire';

/**
 * Runs `work`, turning anything it throws into a `CognitoError`. Amplify's auth APIs take no
 * `AbortSignal`, so an abort only stops the wait: the request may still reach Cognito (harmless
 * for ForgotPassword, and a ConfirmForgotPassword that lands anyway has done what was asked).
 */
function settle<T>(work: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal?.aborted) return Promise.reject(new CognitoError({ code: 'AbortError', cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CognitoError({ code: 'AbortError', cause: signal?.reason }));
    signal?.addEventListener('abort', onAbort, { once: true });
    work()
      .then(resolve, (error: unknown) => reject(toCognitoError(error)))
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

function checked(request: Record<string, unknown>): Promise<void> {
  const invalid = checkInput(request);
  return invalid ? Promise.reject(invalid) : Promise.resolve();
}

/**
 * A transport over aws-amplify v6 (`resetPassword` / `confirmResetPassword` from
 * `aws-amplify/auth`), for apps that already call `Amplify.configure(…)`: the pool, client,
 * region and `userPoolEndpoint` come from that configuration, and Amplify adds its own
 * `UserContextData`. Amplify cannot send a `SecretHash`, so app clients with a secret need the
 * kit's server handler instead. Like every transport it checks inputs first, normalises a pasted
 * code, and rejects only with `CognitoError`.
 */
export function createAmplifyTransport(): ResetTransport {
  return {
    forgotPassword: ({ username, clientMetadata }, callOptions) =>
      settle(async () => {
        await checked({ Username: username, ...(clientMetadata && { ClientMetadata: clientMetadata }) });
        const { nextStep } = await resetPassword({ username, options: { clientMetadata } });
        // The one delivery mapping: Amplify widens the medium with PHONE and UNKNOWN, which
        // Cognito's ForgotPassword never sends, and junk in any field is dropped.
        const details = Object(nextStep.codeDeliveryDetails);
        return toCodeDelivery(details.destination, details.deliveryMedium, details.attributeName);
      }, callOptions?.signal),
    confirmForgotPassword: ({ username, code, password, clientMetadata }, callOptions) =>
      settle(async () => {
        // A JS caller may pass no code at all; String(undefined) must not become a code.
        const confirmationCode = typeof code === 'string' ? normalizeCode(code) : code;
        await checked({
          Username: username,
          ConfirmationCode: confirmationCode,
          Password: password,
          ...(clientMetadata && { ClientMetadata: clientMetadata }),
        });
        await confirmResetPassword({
          username,
          confirmationCode,
          newPassword: password,
          options: { clientMetadata },
        });
      }, callOptions?.signal),
  };
}
