import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { createAwsSdkTransport } from '../../src/adapters/aws-sdk';
import { CognitoError } from '../../src/core/cognito-error';
import { computeSecretHash } from '../../src/core/secret-hash';
import { createTestPool } from '../helpers/cognito-local';
import { recordingCognitoFixture, startRecordingCognito } from '../server/recording-cognito';

// SDK 3.1169 warns on every client that later releases need Node 22; the kit pins it for Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** An SDK client as an app would build it, pointed at a loopback endpoint. */
const sdkClient = (endpoint: string) =>
  new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    // ForgotPassword and ConfirmForgotPassword are unauthenticated, but the SDK signs anyway.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('createAwsSdkTransport against cognito-local', () => {
  it('sends a code, refuses a wrong one, resets with the right one, and the new password signs in', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    const transport = createAwsSdkTransport(sdkClient(pool.endpoint), { clientId: pool.clientId });
    const newPassword = 'Sdk-Reset-Passw0rd!';

    const delivery = await transport.forgotPassword({ username: user.username });
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

    // Pasted with spaces and a dash: normalised as by every transport.
    const pasted = ` ${code!.slice(0, 3)} ${code!.slice(3)}`;
    await expect(
      transport.confirmForgotPassword({ username: user.username, code: pasted, password: newPassword }),
    ).resolves.toBeUndefined();
    await expect(pool.signIn(user.username, newPassword)).resolves.toHaveProperty('AccessToken');
    await expect(pool.signIn(user.username, user.password)).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
  });
});

describe('createAwsSdkTransport on the wire', () => {
  const recorder = recordingCognitoFixture();

  it('sends ClientId, the SecretHash from the provider, UserContextData and ClientMetadata', async () => {
    const transport = createAwsSdkTransport(sdkClient(recorder.url), {
      clientId: '1example23456789',
      secretHash: (username) =>
        computeSecretHash('kt0Xg4p5c3Rz9mS1yVQ2bN8wL7dJ6hF0aE5uK3iO1rT4', username, '1example23456789'),
      userContextData: () => ({ EncodedData: 'blob' }),
    });
    const delivery = await transport.forgotPassword({
      username: 'alice@example.com',
      clientMetadata: { k: 'v' },
    });

    expect(delivery).toEqual({ destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' });
    const [sent] = recorder.requests;
    expect(sent?.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.ForgotPassword');
    expect(sent?.json).toEqual({
      ClientId: '1example23456789',
      Username: 'alice@example.com',
      ClientMetadata: { k: 'v' },
      // printf '%s' 'alice@example.com1example23456789' | openssl dgst -sha256 -hmac <secret> -binary | base64
      SecretHash: '4xYDszFF/PKv1Mvc5uVvrdGGw/g2kLwgpDWZv4hInbQ=',
      UserContextData: { EncodedData: 'blob' },
    });
  });

  it('maps Cognito errors the SDK raises to CognitoError with code, status, request id and reasonCode', async () => {
    recorder.answer(() => ({
      status: 400,
      headers: {
        'x-amzn-errortype': 'LimitExceededException:http://internal.amazon.com/',
        'x-amzn-requestid': 'req-7',
      },
      body: JSON.stringify({ message: 'Attempt limit exceeded, please try after some time.' }),
    }));
    const transport = createAwsSdkTransport(sdkClient(recorder.url), { clientId: 'client1' });
    const error = await rejection(
      transport.confirmForgotPassword({ username: 'alice', code: '123456', password: 'Passw0rd!' }),
    );

    expect(CognitoError.is(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'LimitExceededException',
      status: 400,
      requestId: 'req-7',
      retryable: true,
    });
  });

  it('checks inputs first: no request for an invalid username, code or password', async () => {
    const transport = createAwsSdkTransport(sdkClient(recorder.url), { clientId: 'client1' });
    for (const input of [
      { username: '', code: '123456', password: 'Passw0rd!' },
      { username: 'alice', code: '', password: 'Passw0rd!' },
      { username: 'alice', code: '123456', password: 'Passw0rd! ' },
    ]) {
      expect(await rejection(transport.confirmForgotPassword(input))).toMatchObject({
        code: 'InvalidParameterException',
      });
    }
    expect(await rejection(transport.forgotPassword({ username: 'a b' }))).toMatchObject({
      code: 'InvalidParameterException',
    });
    expect(recorder.requests).toHaveLength(0);
  });

  it('a throwing secretHash provider still rejects with CognitoError', async () => {
    const transport = createAwsSdkTransport(sdkClient(recorder.url), {
      clientId: 'client1',
      secretHash: () => {
        throw new Error('vault unreachable');
      },
    });
    const error = await rejection(transport.forgotPassword({ username: 'alice' }));
    expect(CognitoError.is(error)).toBe(true);
    expect(recorder.requests).toHaveLength(0);
  });

  it('an aborted signal rejects with AbortError, before sending or while waiting', async () => {
    const transport = createAwsSdkTransport(sdkClient(recorder.url), { clientId: 'client1' });
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
    const transport = createAwsSdkTransport(sdkClient(closed.url), { clientId: 'client1' });
    expect(await rejection(transport.forgotPassword({ username: 'alice' }))).toMatchObject({
      code: 'NetworkError',
    });
  });
});

describe('createAwsSdkTransport hardening (issue 13)', () => {
  const recorder = recordingCognitoFixture();
  const PASSWORD = 'Zq7-unique-New-Passw0rd';
  const HASH = 'c2VjcmV0LWhhc2gtZm9yLWFsaWNl+/=';

  it.each([
    ['Destination as an object', { Destination: { a: 1 }, DeliveryMedium: 'EMAIL' }, { medium: 'EMAIL' }],
    [
      'a 1 MB Destination',
      { Destination: 'a'.repeat(1_000_000), AttributeName: 'email' },
      { attributeName: 'email' },
    ],
    [
      'a bidi override in Destination',
      { Destination: 'a***\u202e@e***', DeliveryMedium: 'SMS' },
      { medium: 'SMS' },
    ],
  ])('kind 9: %s is dropped by the one delivery mapping', async (_, details, expected) => {
    recorder.answer(() => ({ status: 200, body: JSON.stringify({ CodeDeliveryDetails: details }) }));
    const transport = createAwsSdkTransport(sdkClient(recorder.url), { clientId: 'client1' });
    expect(await transport.forgotPassword({ username: 'alice' })).toEqual(expected);
  });

  it.each([
    ['UserContextData with an extra key', { userContextData: () => ({ EncodedData: 'b', Evil: 'x' }) }],
    ['UserContextData as a string', { userContextData: () => 'blob' }],
    ['a SecretHash that is not one', { secretHash: () => 'not a hash!' }],
  ])('kind 6: %s → InvalidParameterException, nothing sent', async (_, options) => {
    const transport = createAwsSdkTransport(sdkClient(recorder.url), {
      clientId: 'client1',
      ...(options as object),
    });
    expect(await rejection(transport.forgotPassword({ username: 'alice' }))).toMatchObject({
      code: 'InvalidParameterException',
    });
    expect(recorder.requests).toHaveLength(0);
  });

  it('kind 4: the password, code and SecretHash Cognito echoes are blanked; reasonCode kept only as a token', async () => {
    recorder.answer(() => ({
      status: 400,
      headers: { 'x-amzn-errortype': 'InvalidParameterException' },
      body: JSON.stringify({ message: `bad ${PASSWORD} 918273 ${HASH}`, reasonCode: PASSWORD }),
    }));
    const transport = createAwsSdkTransport(sdkClient(recorder.url), {
      clientId: 'client1',
      secretHash: () => HASH,
    });
    const error = (await rejection(
      transport.confirmForgotPassword({ username: 'alice', code: '918273', password: PASSWORD }),
    )) as CognitoError;
    expect(error.code).toBe('InvalidParameterException');
    expect(error.message).toBe('bad *** *** ***');
    expect(error.reasonCode).toBeUndefined();
  });

  it('refuses an invalid clientId at creation', () => {
    expect(() => createAwsSdkTransport(sdkClient(recorder.url), { clientId: 'bad id!' })).toThrow(TypeError);
  });
});
