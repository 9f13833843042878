import { describe, expect, it } from 'vitest';
import { parseErrorResponse } from '../../src/core/wire';
import { createResetHandler } from '../../src/server';
import { recordingCognitoFixture } from './recording-cognito';
import { CODE, expectNoSecrets, PASSWORD, watchConsoleForSecrets } from './secrets';

const consoleLines = watchConsoleForSecrets();

const CLIENT_ID = '1example23456789';
const CLIENT_SECRET = 'kt0Xg4p5c3Rz9mS1yVQ2bN8wL7dJ6hF0aE5uK3iO1rT4';
// Computed independently of the kit:
//   printf '%s' 'alice@example.com1example23456789' | openssl dgst -sha256 -hmac "$CLIENT_SECRET" -binary | base64
const HASH_ALICE = '4xYDszFF/PKv1Mvc5uVvrdGGw/g2kLwgpDWZv4hInbQ=';
//   printf '%s' 'jürgen.ßtraße@例え.jp1example23456789' | openssl dgst -sha256 -hmac "$CLIENT_SECRET" -binary | base64
const HASH_NON_ASCII = 'IgdB1LWewptPV2myM+1tqlHBxPgNrWXiNLmPAj9j7Uw=';

const TARGET = 'AWSCognitoIdentityProviderService.';

function resetRequest(operation: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('https://app.example.com/api/reset', {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET + operation, ...headers },
    body: JSON.stringify(body),
  });
}

const confirmBody = (username = 'alice@example.com') => ({
  Username: username,
  ConfirmationCode: CODE,
  Password: PASSWORD,
});

const cognito = recordingCognitoFixture();

describe('createResetHandler forwarding', () => {
  it('adds ClientId and the SecretHash (equal to an openssl vector) and answers as Cognito did', async () => {
    const handler = createResetHandler({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: cognito.url,
    });
    const response = await handler(resetRequest('ConfirmForgotPassword', confirmBody()));

    expect(response.status).toBe(200);
    expect(await expectNoSecrets(response)).toBe('{}');
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-amzn-requestid')).toBe('req-ok-1');
    const [sent] = cognito.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.headers['x-amz-target']).toBe(`${TARGET}ConfirmForgotPassword`);
    expect(sent?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(sent?.json).toEqual({
      ClientId: CLIENT_ID,
      Username: 'alice@example.com',
      ConfirmationCode: CODE,
      Password: PASSWORD,
      SecretHash: HASH_ALICE,
    });
  });

  it('hashes exactly the username sent, non-ASCII included', async () => {
    const handler = createResetHandler({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: cognito.url,
    });
    const response = await handler(resetRequest('ForgotPassword', { Username: 'jürgen.ßtraße@例え.jp' }));

    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toEqual({
      CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    expect(cognito.requests[0]?.json.SecretHash).toBe(HASH_NON_ASCII);
    expect(cognito.requests[0]?.json.Username).toBe('jürgen.ßtraße@例え.jp');
  });

  it("replaces the browser's ClientId and SecretHash, drops unknown keys and the browser's IpAddress", async () => {
    const handler = createResetHandler({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: cognito.url,
    });
    await handler(
      resetRequest('ForgotPassword', {
        ClientId: 'someOtherClient',
        SecretHash: 'forged=',
        Username: 'alice@example.com',
        ClientMetadata: { captcha: 'tok' },
        AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-1' },
        UserContextData: { EncodedData: 'blob', IpAddress: '6.6.6.6' },
        Password: 'not-a-field-of-ForgotPassword',
        Surprise: true,
      }),
    );

    expect(cognito.requests[0]?.json).toEqual({
      ClientId: CLIENT_ID,
      Username: 'alice@example.com',
      ClientMetadata: { captcha: 'tok' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-1' },
      SecretHash: HASH_ALICE,
      UserContextData: { EncodedData: 'blob' },
    });
  });

  it('sends no SecretHash for a public client (no clientSecret)', async () => {
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url });
    await handler(resetRequest('ConfirmForgotPassword', { ...confirmBody(), SecretHash: 'forged=' }));

    expect(cognito.requests[0]?.json).not.toHaveProperty('SecretHash');
    expect(cognito.requests[0]?.json.ClientId).toBe(CLIENT_ID);
  });

  it('builds the regional URL from `region` and calls through the given fetch', async () => {
    const urls: string[] = [];
    const handler = createResetHandler({
      clientId: CLIENT_ID,
      region: 'eu-west-1',
      // Cognito itself is out of reach here: note the URL, then deliver to the loopback recorder.
      fetch: (url, init) => {
        urls.push(String(url));
        return fetch(cognito.url, init);
      },
    });
    expect((await handler(resetRequest('ForgotPassword', { Username: 'bob' }))).status).toBe(200);
    expect(urls).toEqual(['https://cognito-idp.eu-west-1.amazonaws.com/']);
  });

  it('refuses bad configuration at creation', () => {
    expect(() => createResetHandler({ clientId: 'bad id!', endpoint: cognito.url })).toThrow(TypeError);
    expect(() => createResetHandler({ clientId: CLIENT_ID })).toThrow(/region/);
    expect(() => createResetHandler({ clientId: CLIENT_ID, region: 'not a region' })).toThrow(TypeError);
    expect(() => createResetHandler({ clientId: CLIENT_ID, endpoint: '/relative' })).toThrow(/absolute/);
  });
});

describe("createResetHandler passes Cognito's errors on", () => {
  it('keeps status, code, message and request id, readable by the one error parser', async () => {
    cognito.answer(() => ({
      status: 400,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype':
          'CodeMismatchException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/',
        'x-amzn-requestid': 'req-42',
      },
      body: JSON.stringify({
        __type: 'CodeMismatchException',
        message: 'Invalid verification code provided, please try again.',
      }),
    }));
    const handler = createResetHandler({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: cognito.url,
    });
    const response = await handler(resetRequest('ConfirmForgotPassword', confirmBody()));

    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('CodeMismatchException');
    expect(response.headers.get('x-amzn-requestid')).toBe('req-42');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(await expectNoSecrets(response))).toEqual({
      __type: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
    const error = await parseErrorResponse(response);
    expect([error.code, error.status, error.requestId]).toEqual(['CodeMismatchException', 400, 'req-42']);
  });

  it('keeps reasonCode, and a namespaced __type without x-amzn-errortype (as cognito-local sends)', async () => {
    cognito.answer(() => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        __type: 'com.amazonaws.cognito#InvalidParameterException',
        message:
          'Cannot reset password for the user as there is no registered/verified email or phone_number',
        reasonCode: 'INVALID_EMAIL',
      }),
    }));
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url });
    const error = await parseErrorResponse(
      await handler(resetRequest('ForgotPassword', { Username: 'bob' })),
    );

    expect([error.code, error.reasonCode, error.status]).toEqual([
      'InvalidParameterException',
      'INVALID_EMAIL',
      400,
    ]);
  });

  it('blanks a password or code that Cognito echoes in a message', async () => {
    cognito.answer((request) => ({
      status: 400,
      headers: { 'x-amzn-errortype': 'InvalidParameterException' },
      body: JSON.stringify({
        message: `Value '${request.json.Password}' at 'password' failed; code '${request.json.ConfirmationCode}'`,
      }),
    }));
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url });
    const response = await handler(resetRequest('ConfirmForgotPassword', confirmBody()));

    expect(response.status).toBe(400);
    expect(JSON.parse(await expectNoSecrets(response)).message).toBe(
      "Value '***' at 'password' failed; code '***'",
    );
  });

  it('an HTML 503 from a front door stays a 503 without a Cognito code', async () => {
    cognito.answer(() => ({
      status: 503,
      headers: { 'content-type': 'text/html' },
      body: '<h1>Service Unavailable</h1>',
    }));
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url });
    const error = await parseErrorResponse(
      await handler(resetRequest('ForgotPassword', { Username: 'bob' })),
    );

    expect([error.code, error.status, error.retryable]).toEqual(['HttpError', 503, true]);
  });

  it('a 200 that is not JSON becomes 502, never a success', async () => {
    cognito.answer(() => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html>',
    }));
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url });
    const response = await handler(resetRequest('ConfirmForgotPassword', confirmBody()));

    expect(response.status).toBe(502);
    expect((await parseErrorResponse(response)).code).toBe('InternalErrorException');
  });

  it('a dropped connection becomes 502 InternalErrorException', async () => {
    cognito.answer(() => 'reset');
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url });
    const response = await handler(resetRequest('ConfirmForgotPassword', confirmBody()));

    expect(response.status).toBe(502);
    await expectNoSecrets(response);
    const error = await parseErrorResponse(response);
    expect([error.code, error.retryable]).toEqual(['InternalErrorException', true]);
  });

  it('a Cognito that does not answer within timeoutMs becomes 504 InternalErrorException', async () => {
    cognito.answer(() => 'hang');
    const handler = createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url, timeoutMs: 150 });
    const response = await handler(resetRequest('ForgotPassword', { Username: 'bob' }));

    expect(response.status).toBe(504);
    expect((await parseErrorResponse(response)).code).toBe('InternalErrorException');
  });
});

it('never wrote to the console', () => {
  expect(consoleLines.lines).toEqual([]);
});
