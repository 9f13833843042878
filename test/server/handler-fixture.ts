// The reset handler as the guard and hook tests drive it: a confidential client forwarding to a
// recording Cognito, and browser-shaped requests to it that pass every check unless a test changes
// one part (method, a header, the body).
import { expect } from 'vitest';
import { parseErrorResponse } from '../../src/core/wire';
import { createResetHandler, type ResetHandlerOptions } from '../../src/server';
import { recordingCognitoFixture } from './recording-cognito';
import { CODE, expectNoSecrets, PASSWORD } from './secrets';

export const CLIENT_ID = '1example23456789';
export const TARGET = 'AWSCognitoIdentityProviderService.';
/** A ConfirmForgotPassword body the handler accepts; carries the secrets tests look for. */
export const CONFIRM = { Username: 'alice@example.com', ConfirmationCode: CODE, Password: PASSWORD };

/**
 * A request to the handler as the kit's proxy transport sends it, for ConfirmForgotPassword.
 * @param headers - added to or replacing the default content-type and x-amz-target
 * @param method - @default 'POST'
 */
export function post(body: BodyInit | null, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request('https://app.example.com/api/reset', {
    method,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET}ConfirmForgotPassword`,
      ...headers,
    },
    body,
    // Node's fetch Request refuses a stream body without it.
    ...(body instanceof ReadableStream && { duplex: 'half' }),
  } as RequestInit);
}

/**
 * Starts a recording Cognito for the enclosing file (see {@link recordingCognitoFixture}) and returns
 * it with `handlerWith`, which builds a handler forwarding to it with a client secret; `options`
 * override the defaults, and `expectRefusal`, which checks a refusal is in Cognito's error format,
 * carries no secret, and reached no Cognito.
 */
export function handlerFixture() {
  const cognito = recordingCognitoFixture();
  const handlerWith = (options: Partial<ResetHandlerOptions> = {}) =>
    createResetHandler({ clientId: CLIENT_ID, clientSecret: 'secret', endpoint: cognito.url, ...options });
  async function expectRefusal(response: Response, status: number, code: string): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-errortype')).toBe(code);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = JSON.parse(await expectNoSecrets(response));
    expect(body.__type).toBe(code);
    expect(typeof body.message).toBe('string');
    expect((await parseErrorResponse(response)).code).toBe(code);
    expect(cognito.requests).toHaveLength(0);
  }
  return { cognito, handlerWith, expectRefusal };
}
