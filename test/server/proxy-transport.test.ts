import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { createProxyTransport } from '../../src/core/proxy-transport';
import { createResetHandler, type ResetHandlerOptions, toNodeHandler } from '../../src/server';
import { createTestPool } from '../helpers/cognito-local';
import { type RecordingCognito, startRecordingCognito } from './recording-cognito';
import { CODE, PASSWORD, watchConsoleForSecrets } from './secrets';

watchConsoleForSecrets();

let servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

/** Serves the reset handler with Node's http on loopback, as an app would; returns its URL. */
async function serveHandler(options: ResetHandlerOptions): Promise<string> {
  const server = createServer(toNodeHandler(createResetHandler(options)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/reset`;
}

describe('createProxyTransport on the wire', () => {
  let recorder: RecordingCognito;
  beforeAll(async () => {
    recorder = await startRecordingCognito();
  });
  afterAll(() => recorder.close());

  it('sends the Cognito request minus ClientId and SecretHash, with the extra headers', async () => {
    recorder.requests.length = 0;
    const transport = createProxyTransport({ url: recorder.url, headers: { 'x-csrf-token': 'tok-1' } });

    await expect(
      transport.confirmForgotPassword({
        username: 'alice',
        code: ' 918-273 ',
        password: PASSWORD,
        clientMetadata: { a: 'b' },
      }),
    ).resolves.toBeUndefined();
    const [sent] = recorder.requests;
    expect(sent?.json).toEqual({
      Username: 'alice',
      ConfirmationCode: CODE,
      Password: PASSWORD,
      ClientMetadata: { a: 'b' },
    });
    expect(sent?.headers).toMatchObject({
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.ConfirmForgotPassword',
      'cache-control': 'no-store',
      'x-csrf-token': 'tok-1',
    });
  });

  it('checks inputs before sending, like the direct transport', async () => {
    recorder.requests.length = 0;
    const transport = createProxyTransport({ url: recorder.url });
    const error = await transport
      .confirmForgotPassword({ username: 'alice', code: CODE, password: ` ${PASSWORD}` })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidParameterException' });
    expect(recorder.requests).toHaveLength(0);
  });

  it('refuses a url that is neither a path nor http(s)', () => {
    expect(() => createProxyTransport({ url: 'api.example.com/reset' })).toThrow(TypeError);
    expect(() => createProxyTransport({ url: 'javascript:alert(1)' })).toThrow(TypeError);
    expect(() => createProxyTransport({ url: '/api/reset' })).not.toThrow();
  });

  it("reads the handler's own refusals with the one error parser", async () => {
    const url = await serveHandler({
      clientId: 'client1',
      endpoint: recorder.url,
      beforeForward: () => false,
    });
    const error = await createProxyTransport({ url })
      .forgotPassword({ username: 'alice' })
      .catch((e: unknown) => e);
    expect(CognitoError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: 'TooManyRequestsException', status: 429, retryable: true });
  });
});

describe('a full reset: createProxyTransport → handler on node:http → cognito-local', () => {
  it('sends a code, refuses a wrong one, resets with the right one, and the new password signs in', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    const seen: string[] = [];
    const url = await serveHandler({
      clientId: pool.clientId,
      // cognito-local ignores SecretHash; that it is right is proven against the recording server.
      clientSecret: 'a-server-only-secret',
      endpoint: pool.endpoint,
      allowedOrigins: ['http://app.localhost'],
      beforeForward: (request, { operation }) => {
        seen.push(operation);
        return request.headers.get('x-csrf-token') === 'tok-1';
      },
    });
    const transport = createProxyTransport({ url, headers: { 'x-csrf-token': 'tok-1' } });
    const newPassword = 'Proxied-Passw0rd!';

    const delivery = await transport.forgotPassword({ username: user.username });
    expect(delivery).toEqual({ destination: user.email, medium: 'EMAIL', attributeName: 'email' });
    const code = await pool.readCode(user.username);
    expect(code).toMatch(/^\d{6}$/);

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await transport
      .confirmForgotPassword({ username: user.username, code: wrongCode, password: newPassword })
      .catch((e: unknown) => e);
    expect(CognitoError.is(wrong)).toBe(true);
    expect(wrong).toMatchObject({ code: 'CodeMismatchException', status: 400 });

    await expect(
      transport.confirmForgotPassword({ username: user.username, code: code!, password: newPassword }),
    ).resolves.toBeUndefined();
    await expect(pool.signIn(user.username, newPassword)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
    expect(seen).toEqual(['ForgotPassword', 'ConfirmForgotPassword', 'ConfirmForgotPassword']);

    // Without the header beforeForward asks for, the handler refuses and cognito-local is not asked.
    const refused = await createProxyTransport({ url })
      .forgotPassword({ username: user.username })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'TooManyRequestsException', status: 429 });
  });
});
