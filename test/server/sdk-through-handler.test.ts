// The AWS SDK v3 client, pointed at the reset handler (node:http) in front of cognito-local,
// completes a reset and gets every error as its own typed exception class: the handler speaks
// Cognito's awsJson1_1 exactly, hardening included.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CodeMismatchException,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InvalidParameterException,
  TooManyRequestsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { createResetHandler, toNodeHandler } from '../../src/server';
import { createTestPool } from '../helpers/cognito-local';
import { watchConsoleForSecrets } from './secrets';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
watchConsoleForSecrets();

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('AWS SDK v3 → createResetHandler → cognito-local', () => {
  it('resets a password, and each refusal is its typed exception class', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    let refuseNext = false;
    const server = createServer(
      toNodeHandler(
        createResetHandler({
          clientId: pool.clientId,
          clientSecret: 'a-server-only-secret',
          endpoint: pool.endpoint,
          trustProxy: { header: 'x-forwarded-for' },
          beforeForward: () => !refuseNext,
        }),
      ),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sdk = new CognitoIdentityProviderClient({
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    // The SDK sends the ClientId it knows; the handler replaces it with its own.
    const ClientId = 'ignoredByTheHandler';

    const sent = await sdk.send(new ForgotPasswordCommand({ ClientId, Username: user.username }));
    expect(sent.CodeDeliveryDetails).toEqual({
      Destination: user.email,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const code = (await pool.readCode(user.username))!;

    const wrong = await sdk
      .send(
        new ConfirmForgotPasswordCommand({
          ClientId,
          Username: user.username,
          ConfirmationCode: code === '000000' ? '111111' : '000000',
          Password: 'Sdk-Handler-Passw0rd!',
        }),
      )
      .catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(CodeMismatchException);

    const invalid = await sdk
      .send(new ForgotPasswordCommand({ ClientId, Username: 'a user name with spaces' }))
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(InvalidParameterException);

    refuseNext = true;
    const refused = await sdk
      .send(new ForgotPasswordCommand({ ClientId, Username: user.username }))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequestsException);
    refuseNext = false;

    await sdk.send(
      new ConfirmForgotPasswordCommand({
        ClientId,
        Username: user.username,
        ConfirmationCode: code,
        Password: 'Sdk-Handler-Passw0rd!',
      }),
    );
    await expect(pool.signIn(user.username, 'Sdk-Handler-Passw0rd!')).resolves.toHaveProperty('AccessToken');
  });
});
