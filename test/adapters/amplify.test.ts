import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAmplifyTransport } from '../../src/adapters/amplify';
import { CognitoError } from '../../src/core/cognito-error';
import { createTestPool } from '../helpers/cognito-local';
import { recordingCognitoFixture, startRecordingCognito } from '../server/recording-cognito';

// Amplify warns on every call that a custom userPoolEndpoint is in use; that is the point here.
ConsoleLogger.LOG_LEVEL = 'ERROR';

/** Configures the Amplify singleton as an app would, with a loopback `userPoolEndpoint`. */
function configureAmplify(
  userPoolEndpoint: string,
  userPoolId = 'us-east-1_local',
  userPoolClientId = 'client1',
) {
  Amplify.configure({ Auth: { Cognito: { userPoolId, userPoolClientId, userPoolEndpoint } } });
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('createAmplifyTransport against cognito-local', () => {
  it('sends a code, refuses a wrong one, resets with the right one, and the new password signs in', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    configureAmplify(pool.endpoint, pool.userPoolId, pool.clientId);
    const transport = createAmplifyTransport();
    const newPassword = 'Amplify-Reset-Passw0rd!';

    const delivery = await transport.forgotPassword({
      username: user.username,
      clientMetadata: { source: 'test' },
    });
    expect(delivery).toEqual({ destination: user.email, medium: 'EMAIL', attributeName: 'email' });
    const code = await pool.readCode(user.username);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await rejection(
      transport.confirmForgotPassword({
        username: user.username,
        code: code === '000000' ? '111111' : '000000',
        password: newPassword,
      }),
    );
    expect(CognitoError.is(wrong)).toBe(true);
    expect(wrong).toMatchObject({ code: 'CodeMismatchException', status: 400 });

    const pasted = `${code!.slice(0, 3)}-${code!.slice(3)}`;
    await expect(
      transport.confirmForgotPassword({ username: user.username, code: pasted, password: newPassword }),
    ).resolves.toBeUndefined();
    await expect(pool.signIn(user.username, newPassword)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
  });
});

describe('createAmplifyTransport on the wire', () => {
  const recorder = recordingCognitoFixture();
  beforeEach(() => {
    configureAmplify(recorder.url);
  });

  it('passes clientMetadata and maps the delivery', async () => {
    const delivery = await createAmplifyTransport().forgotPassword({
      username: 'alice',
      clientMetadata: { k: 'v' },
    });

    expect(delivery).toEqual({ destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' });
    expect(recorder.requests[0]?.json).toMatchObject({
      ClientId: 'client1',
      Username: 'alice',
      ClientMetadata: { k: 'v' },
    });
  });

  it.each([
    [
      'Destination as an object',
      { Destination: { a: 1 }, DeliveryMedium: 'EMAIL', AttributeName: 'email' },
      { medium: 'EMAIL', attributeName: 'email' },
    ],
    ['a 1 MB Destination', { Destination: 'a'.repeat(1_000_000), DeliveryMedium: 'SMS' }, { medium: 'SMS' }],
    [
      'a bidi override in Destination',
      { Destination: 'a***\u202e@e***', DeliveryMedium: 'EMAIL' },
      { medium: 'EMAIL' },
    ],
  ])('kind 9 (issue 13): %s is dropped by the one delivery mapping', async (_, details, expected) => {
    recorder.answer(() => ({ status: 200, body: JSON.stringify({ CodeDeliveryDetails: details }) }));
    expect(await createAmplifyTransport().forgotPassword({ username: 'alice' })).toEqual(expected);
  });

  it('keeps a code Amplify does not know (PasswordHistoryPolicyViolationException) with status and request id', async () => {
    recorder.answer(() => ({
      status: 400,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'PasswordHistoryPolicyViolationException:http://internal.amazon.com/',
        'x-amzn-requestid': 'req-5',
      },
      body: JSON.stringify({ message: 'Password has previously been used' }),
    }));
    const error = await rejection(
      createAmplifyTransport().confirmForgotPassword({
        username: 'alice',
        code: '123456',
        password: 'Passw0rd!',
      }),
    );

    expect(CognitoError.is(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'PasswordHistoryPolicyViolationException',
      status: 400,
      requestId: 'req-5',
    });
  });

  it('checks inputs first: no request for an invalid code or password', async () => {
    const transport = createAmplifyTransport();
    for (const input of [
      { username: 'alice', code: '', password: 'Passw0rd!' },
      { username: 'alice', code: '123456', password: ' Passw0rd!' },
    ]) {
      expect(await rejection(transport.confirmForgotPassword(input))).toMatchObject({
        code: 'InvalidParameterException',
      });
    }
    expect(recorder.requests).toHaveLength(0);
  });

  it('an aborted signal rejects with AbortError, before sending or while waiting', async () => {
    const transport = createAmplifyTransport();
    const early = await rejection(
      transport.forgotPassword({ username: 'alice' }, { signal: AbortSignal.abort() }),
    );
    expect(early).toMatchObject({ code: 'AbortError' });
    expect(recorder.requests).toHaveLength(0);

    recorder.answer(() => 'hang');
    const controller = new AbortController();
    const pending = rejection(transport.forgotPassword({ username: 'alice' }, { signal: controller.signal }));
    await expect.poll(() => recorder.requests.length).toBe(1);
    controller.abort();
    const late = await pending;
    expect(CognitoError.is(late)).toBe(true);
    expect(late).toMatchObject({ code: 'AbortError' });
  });

  it('an unreachable endpoint rejects with NetworkError', async () => {
    const closed = await startRecordingCognito();
    await closed.close();
    configureAmplify(closed.url);
    const error = await rejection(createAmplifyTransport().forgotPassword({ username: 'alice' }));
    expect(CognitoError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: 'NetworkError' });
  });

  it('without Amplify.configure for Cognito it rejects with a CognitoError, sending nothing', async () => {
    Amplify.configure({});
    const error = await rejection(createAmplifyTransport().forgotPassword({ username: 'alice' }));
    expect(CognitoError.is(error)).toBe(true);
    expect(recorder.requests).toHaveLength(0);
  });
});
