// The HTTP face of the local Cognito: Cognito's awsJson1_1 framing, request ids, codes never in
// answers, the local-only code endpoint, CORS and a clean stop. The behaviour itself is the
// matrix's (matrix.test.ts).
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseErrorResponse } from '../../src/core/wire';
import { type LocalCognito, startLocalCognito } from '../../src/testing';

const OLD = 'Old-passw0rd!';
const NEW = 'New-passw0rd!';
const running: LocalCognito[] = [];

async function start(extra: Partial<Parameters<typeof startLocalCognito>[0]> = {}) {
  const cognito = await startLocalCognito({
    users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }],
    clients: [{ clientId: 'web' }],
    ...extra,
  });
  running.push(cognito);
  return cognito;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop()));
});

/** A raw awsJson1_1 POST, as any SDK sends it. */
function post(cognito: LocalCognito, operation: string, body: object, headers: Record<string, string> = {}) {
  return fetch(cognito.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('startLocalCognito: the wire', () => {
  it('listens on 127.0.0.1 and a free port by default', async () => {
    const cognito = await start();
    expect(cognito.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(cognito.port).toBeGreaterThan(0);
    expect(cognito.clientId).toBe('web');
    await expect((await fetch(new URL('health', cognito.endpoint))).json()).resolves.toEqual({ ok: true });
  });

  it.each([
    ['CodeMismatchException', 'Invalid verification code provided, please try again.', true],
    ['UserNotFoundException', 'Username/client id combination not found.', false],
    ['ResourceNotFoundException', 'User pool client mobile does not exist.', false],
    ['InvalidParameterException', undefined, false],
  ])(
    'answers %s as Cognito does: status, x-amzn-errortype, {"__type","message"}, x-amzn-requestid',
    async (type, message, sent) => {
      const cognito = await start({ generateCode: () => '111111' });
      if (sent) await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'alice' });
      const body = {
        CodeMismatchException: {
          ClientId: 'web',
          Username: 'alice',
          ConfirmationCode: '222222',
          Password: NEW,
        },
        UserNotFoundException: {
          ClientId: 'web',
          Username: 'ghost',
          ConfirmationCode: '222222',
          Password: NEW,
        },
        ResourceNotFoundException: {
          ClientId: 'mobile',
          Username: 'alice',
          ConfirmationCode: '222222',
          Password: NEW,
        },
        InvalidParameterException: { ClientId: 'web', Username: 'alice', Password: NEW },
      }[type]!;
      const response = await post(cognito, 'ConfirmForgotPassword', body);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-amzn-errortype')).toBe(type);
      expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
      expect(response.headers.get('x-amzn-requestid')).toMatch(REQUEST_ID);
      const json = (await response.clone().json()) as Record<string, string>;
      expect(Object.keys(json).sort()).toEqual(['__type', 'message']);
      expect(json.__type).toBe(type);
      if (message) expect(json.message).toBe(message);
      // The kit's own parser reads it back whole.
      const parsed = await parseErrorResponse(response);
      expect(parsed).toMatchObject({ code: type, status: 400, message: json.message });
      expect(parsed.requestId).toBe(response.headers.get('x-amzn-requestid'));
    },
  );

  it('never puts a code in an answer: the whole flow, headers and bodies', async () => {
    const seen: string[] = [];
    const cognito = await start({ onCode: ({ code }) => seen.push(code) });
    const texts: string[] = [];
    const record = async (response: Response) => {
      texts.push(JSON.stringify([...response.headers]), await response.text());
      return response;
    };
    const first = await record(await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'alice' }));
    expect(first.status).toBe(200);
    expect(first.headers.get('x-amzn-requestid')).toMatch(REQUEST_ID);
    expect(JSON.parse(texts[1]!)).toEqual({
      CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    await record(await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'alice' }));
    const [old, code] = seen as [string, string];
    await record(
      await post(cognito, 'ConfirmForgotPassword', {
        ClientId: 'web',
        Username: 'alice',
        ConfirmationCode: old,
        Password: NEW,
      }),
    );
    const done = await record(
      await post(cognito, 'ConfirmForgotPassword', {
        ClientId: 'web',
        Username: 'alice',
        ConfirmationCode: code,
        Password: NEW,
      }),
    );
    expect(done.status).toBe(200);
    expect(texts.at(-1)).toBe('{}');
    for (const text of texts) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(old);
      expect(text).not.toContain(NEW);
    }
    expect(cognito.codes.map((event) => event.code)).toEqual([old, code]);
  });

  it('InitiateAuth USER_PASSWORD_AUTH proves which password works', async () => {
    const cognito = await start();
    const auth = (PASSWORD: string) =>
      post(cognito, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: 'web',
        AuthParameters: { USERNAME: 'alice', PASSWORD },
      });
    const ok = await auth(OLD);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { AuthenticationResult: object }).AuthenticationResult).toMatchObject({
      TokenType: 'Bearer',
      ExpiresIn: 3600,
    });
    const refused = await auth(NEW);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException');
  });

  it.each([
    ['another operation', 'SignUp', 'application/x-amz-json-1.1', '{}', 400, 'UnknownOperationException'],
    ['no known target prefix', 'x', 'application/x-amz-json-1.1', '{}', 400, 'UnknownOperationException'],
    [
      'a form content type',
      'ForgotPassword',
      'application/x-www-form-urlencoded',
      '{}',
      400,
      'SerializationException',
    ],
    [
      'a body that is not JSON',
      'ForgotPassword',
      'application/x-amz-json-1.1',
      '{"Username":',
      400,
      'SerializationException',
    ],
    ['a JSON array', 'ForgotPassword', 'application/x-amz-json-1.1', '[]', 400, 'SerializationException'],
  ])('refuses %s as Cognito would', async (_, operation, type, body, status, errorType) => {
    const cognito = await start();
    const response = await fetch(cognito.endpoint, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-amz-target':
          operation === 'x' ? 'Other.ForgotPassword' : `AWSCognitoIdentityProviderService.${operation}`,
      },
      body,
    });
    expect(response.status).toBe(status);
    expect(response.headers.get('x-amzn-errortype')).toBe(errorType);
    expect(((await response.json()) as { __type: string }).__type).toBe(errorType);
  });

  it('refuses a body over maxBodyBytes with 413 and GET / with 405', async () => {
    const cognito = await start({ maxBodyBytes: 100 });
    const big = await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'x'.repeat(200) });
    expect(big.status).toBe(413);
    expect((await fetch(cognito.endpoint)).status).toBe(405);
  });

  it('answers CORS like Cognito, so an app page on another port can call it', async () => {
    const cognito = await start();
    const preflight = await fetch(cognito.endpoint, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,cache-control',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type,x-amz-target,cache-control',
    );
    const error = await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'ghost' });
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('access-control-expose-headers')).toContain('x-amzn-errortype');
  });
});

describe('startLocalCognito: the local-only code endpoint', () => {
  it('gives the pending code by any alias, and 404 once it is used', async () => {
    const cognito = await start();
    const read = (username: string) =>
      fetch(new URL(`_local/code?username=${encodeURIComponent(username)}`, cognito.endpoint));
    expect((await read('alice')).status).toBe(404);
    await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'alice' });
    const code = cognito.codes.at(-1)!.code;
    for (const name of ['alice', 'ALICE', 'alice@example.com']) {
      await expect((await read(name)).json()).resolves.toEqual({ username: name, code });
    }
    await post(cognito, 'ConfirmForgotPassword', {
      ClientId: 'web',
      Username: 'alice',
      ConfirmationCode: code,
      Password: NEW,
    });
    const after = await read('alice');
    expect(after.status).toBe(404);
    await expect(after.json()).resolves.toEqual({ username: 'alice', code: null });
  });

  it('is not served with codeEndpoint: false', async () => {
    const cognito = await start({ codeEndpoint: false });
    await post(cognito, 'ForgotPassword', { ClientId: 'web', Username: 'alice' });
    const response = await fetch(new URL('_local/code?username=alice', cognito.endpoint));
    expect(response.status).toBe(405);
    expect(await response.text()).not.toContain(cognito.codes.at(-1)!.code);
  });
});

describe('startLocalCognito: lifecycle', () => {
  it('stops with keep-alive connections open, frees the port, and stop() is idempotent', async () => {
    const cognito = await start();
    await post(
      cognito,
      'ForgotPassword',
      { ClientId: 'web', Username: 'alice' },
      { connection: 'keep-alive' },
    );
    await Promise.all([cognito.stop(), cognito.stop()]);
    await expect(fetch(new URL('health', cognito.endpoint))).rejects.toThrow();
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(cognito.port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => again.close(resolve));
  });

  it('rejects with the listen error when the port is taken, and with a TypeError for a bad record', async () => {
    const first = await start();
    await expect(start({ port: first.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await expect(
      start({ users: [{ username: 'a', password: 'x', enable: false } as never] }),
    ).rejects.toThrow(/unknown key "enable"/);
  });
});
