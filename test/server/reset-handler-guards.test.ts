import { describe, expect, it } from 'vitest';
import { CONFIRM, handlerFixture, post, TARGET } from './handler-fixture';
import { CODE, PASSWORD, watchConsoleForSecrets } from './secrets';

const consoleLines = watchConsoleForSecrets();

const { cognito, handlerWith, expectRefusal } = handlerFixture();

describe('requests the handler refuses (nothing reaches Cognito)', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('%s → 405 with Allow: POST, OPTIONS', async (method) => {
    const response = await handlerWith()(post(method === 'GET' ? null : JSON.stringify(CONFIRM), {}, method));
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    await expectRefusal(response, 405, 'UnknownOperationException');
  });

  it.each([
    'AWSCognitoIdentityProviderService.InitiateAuth',
    'AWSCognitoIdentityProviderService.AdminSetUserPassword',
    'AWSCognitoIdentityProviderService.ConfirmForgotPasswordX',
    'ConfirmForgotPassword',
    'SomeOtherService.ForgotPassword',
  ])('X-Amz-Target %s → 400 UnknownOperationException', async (target) => {
    await expectRefusal(
      await handlerWith()(post(JSON.stringify(CONFIRM), { 'x-amz-target': target })),
      400,
      'UnknownOperationException',
    );
  });

  it('no X-Amz-Target → 400 UnknownOperationException', async () => {
    const request = post(JSON.stringify(CONFIRM));
    request.headers.delete('x-amz-target');
    await expectRefusal(await handlerWith()(request), 400, 'UnknownOperationException');
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
  ])('Content-Type %s → 400 SerializationException', async (type) => {
    await expectRefusal(
      await handlerWith()(post(JSON.stringify(CONFIRM), { 'content-type': type })),
      400,
      'SerializationException',
    );
  });

  it('accepts application/json with a charset as well', async () => {
    const response = await handlerWith()(
      post(JSON.stringify(CONFIRM), { 'content-type': 'application/json; charset=utf-8' }),
    );
    expect(response.status).toBe(200);
    expect(cognito.requests).toHaveLength(1);
  });

  it.each([
    ['not JSON', `{"Username":"alice","Password":"${PASSWORD}"`],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['a string', '"hello"'],
    ['empty', ''],
  ])('a body that is %s → 400 SerializationException', async (_, body) => {
    await expectRefusal(await handlerWith()(post(body)), 400, 'SerializationException');
  });

  it('a body that is not UTF-8 → 400 SerializationException', async () => {
    await expectRefusal(
      await handlerWith()(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))),
      400,
      'SerializationException',
    );
  });

  it('a body over the cap (declared by Content-Length) → 413', async () => {
    const big = JSON.stringify({ ...CONFIRM, ClientMetadata: { pad: 'x'.repeat(17_000) } });
    await expectRefusal(await handlerWith()(post(big)), 413, 'RequestEntityTooLargeException');
  });

  it('a streamed body over the cap → 413, and the upload is cancelled rather than read to its end', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    await expectRefusal(
      await handlerWith({ maxBodyBytes: 4096 })(post(endless)),
      413,
      'RequestEntityTooLargeException',
    );
    expect(pulls).toBeLessThan(64);
  });

  it('maxBodyBytes is honoured exactly', async () => {
    const body = JSON.stringify({ Username: 'alice' });
    const operation = { 'x-amz-target': `${TARGET}ForgotPassword` };
    expect((await handlerWith({ maxBodyBytes: body.length })(post(body, operation))).status).toBe(200);
    cognito.requests.length = 0;
    const over = await handlerWith({ maxBodyBytes: body.length - 1 })(post(body, operation));
    await expectRefusal(over, 413, 'RequestEntityTooLargeException');
  });

  it.each([
    ['no Username', { ConfirmationCode: CODE, Password: PASSWORD }],
    ['a numeric Username', { ...CONFIRM, Username: 42 }],
    ['no ConfirmationCode', { Username: 'alice', Password: PASSWORD }],
    ['no Password', { Username: 'alice', ConfirmationCode: CODE }],
    ['a Password with a leading space', { ...CONFIRM, Password: ` ${PASSWORD}` }],
    ['ClientMetadata with a number', { ...CONFIRM, ClientMetadata: { n: 1 } }],
  ])('%s → 400 InvalidParameterException naming the field, never the value', async (_, body) => {
    await expectRefusal(await handlerWith()(post(JSON.stringify(body))), 400, 'InvalidParameterException');
  });
});

describe('allowedOrigins', () => {
  const allowed = ['https://app.example.com/', 'http://localhost:3000'];

  it('refuses another Origin with 403 ForbiddenException and grants it no CORS', async () => {
    const response = await handlerWith({ allowedOrigins: allowed })(
      post(JSON.stringify(CONFIRM), { origin: 'https://evil.example' }),
    );
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    await expectRefusal(response, 403, 'ForbiddenException');
  });

  it('refuses the opaque origin "null" (sandboxed frames, file://)', async () => {
    await expectRefusal(
      await handlerWith({ allowedOrigins: allowed })(post(JSON.stringify(CONFIRM), { origin: 'null' })),
      403,
      'ForbiddenException',
    );
  });

  it('forwards a listed Origin (configured with a trailing slash) and exposes the error headers', async () => {
    const response = await handlerWith({ allowedOrigins: allowed })(
      post(JSON.stringify(CONFIRM), { origin: 'https://app.example.com' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-amzn-errortype, x-amzn-requestid');
    expect(cognito.requests).toHaveLength(1);
  });

  it('lets a request without Origin through (not a browser) without CORS headers', async () => {
    const response = await handlerWith({ allowedOrigins: allowed })(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts a predicate', async () => {
    const handler = handlerWith({ allowedOrigins: (origin) => origin.endsWith('.example.com') });
    expect((await handler(post(JSON.stringify(CONFIRM), { origin: 'https://a.example.com' }))).status).toBe(
      200,
    );
    const refused = await handler(post(JSON.stringify(CONFIRM), { origin: 'https://example.com.evil' }));
    expect(refused.status).toBe(403);
  });

  it('answers a preflight from a listed Origin, and refuses one from elsewhere', async () => {
    const handler = handlerWith({ allowedOrigins: allowed });
    const preflight = (origin: string) =>
      handler(
        new Request('https://app.example.com/api/reset', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,x-amz-target',
          },
        }),
      );
    const ok = await preflight('http://localhost:3000');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(ok.headers.get('access-control-allow-methods')).toBe('POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe(
      'content-type, x-amz-target, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request, cache-control',
    );
    expect((await preflight('https://evil.example')).status).toBe(403);
    // Without allowedOrigins there is no CORS at all: a preflight is just a wrong method.
    const none = await handlerWith()(
      new Request('https://x.test/', { method: 'OPTIONS', headers: { origin: 'https://x.test' } }),
    );
    expect(none.status).toBe(405);
    expect(cognito.requests).toHaveLength(0);
  });
});

it('never wrote to the console', () => {
  expect(consoleLines.lines).toEqual([]);
});
