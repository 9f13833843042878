// createResetActions: the handler's guarantees as Server Actions that answer with data. Against the
// strict local Cognito (SecretHash checked, codes, policy) and, where an upstream must misbehave
// (echoes, redirects), the recording Cognito. Both listen on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResetActions } from '../../src/server';
import { type LocalCognito, startLocalCognito } from '../../src/testing';
import { recordingCognitoFixture } from './recording-cognito';
import { CODE, PASSWORD, SECRETS, watchConsoleForSecrets } from './secrets';

watchConsoleForSecrets();

const OLD = 'Old-passw0rd!';
const SECRET = 'server-client-secret-1';
let cognito: LocalCognito;

beforeAll(async () => {
  cognito = await startLocalCognito({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com' },
      { username: 'bob', password: OLD, email: 'bob@example.com' },
      { username: 'pat', password: OLD, phone: '+15555550123' },
    ],
    clients: [{ clientId: 'server', clientSecret: SECRET }],
  });
});
afterAll(() => cognito.stop());

const actions = () =>
  createResetActions({ clientId: 'server', clientSecret: SECRET, endpoint: cognito.endpoint });
const noSecret = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const secret of [...SECRETS, SECRET]) expect(text).not.toContain(secret);
};

describe('createResetActions against the strict local Cognito', () => {
  it('resets a password: delivery, the issued code, sign-in with the new password only', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    const sent = await forgotPassword({ username: 'alice' });
    expect(sent).toEqual({
      ok: true,
      delivery: { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' },
    });
    const code = cognito.pool.pendingCode('alice')!;
    expect(await confirmForgotPassword({ username: 'alice', code, password: PASSWORD })).toEqual({
      ok: true,
    });
    expect(cognito.pool.signIn('alice', PASSWORD)).toBe(true);
    expect(cognito.pool.signIn('alice', OLD)).toBe(false);
  });

  it('gives an SMS delivery as data', async () => {
    expect(await actions().forgotPassword({ username: 'pat' })).toEqual({
      ok: true,
      delivery: { destination: '+*******0123', medium: 'SMS', attributeName: 'phone_number' },
    });
  });

  it.each([' 123-456 ', '１２３４５６', '123\u00a0456'])(
    'normalises a pasted code (%j) before sending',
    async (typed) => {
      const local = await startLocalCognito({
        users: [{ username: 'carol', password: OLD, email: 'carol@example.com' }],
        clients: [{ clientId: 'server', clientSecret: SECRET }],
        generateCode: () => '123456',
      });
      try {
        const { forgotPassword, confirmForgotPassword } = createResetActions({
          clientId: 'server',
          clientSecret: SECRET,
          endpoint: local.endpoint,
        });
        await forgotPassword({ username: 'carol' });
        expect(await confirmForgotPassword({ username: 'carol', code: typed, password: PASSWORD })).toEqual({
          ok: true,
        });
      } finally {
        await local.stop();
      }
    },
  );

  it('answers Cognito errors as data with status, request id and retryable, and never throws', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    await forgotPassword({ username: 'bob' });
    const wrong = await confirmForgotPassword({ username: 'bob', code: '000000x', password: PASSWORD });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'CodeMismatchException', status: 400, retryable: false },
    });
    expect(wrong.ok === false && wrong.error.requestId).toMatch(/^[\w-]{1,128}$/);
    const weak = await confirmForgotPassword({
      username: 'bob',
      code: cognito.pool.pendingCode('bob')!,
      password: 'short',
    });
    expect(weak).toMatchObject({ ok: false, error: { code: 'InvalidPasswordException', status: 400 } });
    const ghost = await confirmForgotPassword({ username: 'ghost', code: CODE, password: PASSWORD });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'UserNotFoundException', retryable: false } });
    for (const result of [wrong, weak, ghost]) noSecret(result);
  });

  it('adds the SecretHash on the server: a wrong secret is NotAuthorizedException, as data', async () => {
    const wrong = createResetActions({
      clientId: 'server',
      clientSecret: 'not-it',
      endpoint: cognito.endpoint,
    });
    const missing = createResetActions({ clientId: 'server', endpoint: cognito.endpoint });
    for (const set of [wrong, missing]) {
      expect(await set.forgotPassword({ username: 'alice' })).toMatchObject({
        ok: false,
        error: { code: 'NotAuthorizedException', status: 400, retryable: false },
      });
    }
  });

  it.each([
    ['no input', undefined],
    ['null', null],
    ['a string', 'alice'],
    ['a number username', { username: 5 }],
    ['a username with a space', { username: 'al ice' }],
    ['an empty username', { username: '' }],
    ['a username of 129 characters', { username: 'a'.repeat(129) }],
    ['ClientMetadata with a number', { username: 'alice', clientMetadata: { a: 1 } }],
    ['ClientMetadata as an array', { username: 'alice', clientMetadata: ['a'] }],
    ['a BigInt in ClientMetadata', { username: 'alice', clientMetadata: { a: 1n } }],
  ])(
    'forgotPassword refuses %s with InvalidParameterException before Cognito is called',
    async (_, input) => {
      const before = cognito.pool.calls.length;
      const result = await actions().forgotPassword(input as never);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'InvalidParameterException', retryable: false },
      });
      expect(cognito.pool.calls.length).toBe(before);
    },
  );

  it.each([
    ['no code', { username: 'alice', password: PASSWORD }],
    ['a code of spaces only', { username: 'alice', code: '   ', password: PASSWORD }],
    ['a password with a trailing space', { username: 'alice', code: CODE, password: `${PASSWORD} ` }],
    ['a password of 257 characters', { username: 'alice', code: CODE, password: `Aa1!${'x'.repeat(253)}` }],
    ['a number password', { username: 'alice', code: CODE, password: 12345678 }],
  ])('confirmForgotPassword refuses %s before Cognito is called, naming no secret', async (_, input) => {
    const before = cognito.pool.calls.length;
    const result = await actions().confirmForgotPassword(input as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidParameterException' } });
    expect(cognito.pool.calls.length).toBe(before);
    noSecret(result);
  });

  it('caps the input: more than maxBodyBytes is RequestEntityTooLargeException, never sent', async () => {
    const before = cognito.pool.calls.length;
    const { forgotPassword } = createResetActions({
      clientId: 'server',
      clientSecret: SECRET,
      endpoint: cognito.endpoint,
      maxBodyBytes: 1024,
    });
    const result = await forgotPassword({ username: 'alice', clientMetadata: { note: 'x'.repeat(2000) } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'RequestEntityTooLargeException', status: 413 },
    });
    expect(cognito.pool.calls.length).toBe(before);
  });

  it('answers an unreachable Cognito as retryable data', async () => {
    const closed = await startLocalCognito({ users: [] });
    const endpoint = closed.endpoint;
    await closed.stop();
    const result = await createResetActions({ clientId: 'server', endpoint }).forgotPassword({
      username: 'alice',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InternalErrorException', status: 502, retryable: true },
    });
  });
});

describe('createResetActions guarantees against a misbehaving upstream', () => {
  const upstream = recordingCognitoFixture();

  it('blanks a password, code and SecretHash Cognito echoes from every field of the result', async () => {
    upstream.answer((request) => ({
      status: 400,
      headers: { 'x-amzn-errortype': 'InvalidParameterException', 'x-amzn-requestid': 'req-1' },
      body: JSON.stringify({
        __type: 'InvalidParameterException',
        message: `bad ${request.json.Password} ${request.json.ConfirmationCode} ${request.json.SecretHash}`,
        reasonCode: String(request.json.Password),
      }),
    }));
    const result = await createResetActions({
      clientId: 'server',
      clientSecret: SECRET,
      endpoint: upstream.url,
    }).confirmForgotPassword({ username: 'alice', code: CODE, password: PASSWORD });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'InvalidParameterException',
        message: 'bad *** *** ***',
        requestId: 'req-1',
        status: 400,
        retryable: false,
      },
    });
    expect(upstream.requests[0]?.json.SecretHash).toEqual(expect.any(String));
    noSecret(result);
  });

  it.each([301, 302, 307, 308])(
    'never follows a %i redirect: one request, an error result',
    async (status) => {
      upstream.answer(() => ({ status, headers: { location: `${upstream.url}elsewhere` }, body: '{}' }));
      const result = await createResetActions({
        clientId: 'server',
        endpoint: upstream.url,
      }).confirmForgotPassword({
        username: 'alice',
        code: CODE,
        password: PASSWORD,
      });
      expect(result.ok).toBe(false);
      expect(upstream.requests).toHaveLength(1);
    },
  );

  it('drops a junk delivery instead of passing it on', async () => {
    upstream.answer(() => ({
      status: 200,
      body: JSON.stringify({
        CodeDeliveryDetails: { Destination: { x: 1 }, DeliveryMedium: 'PIGEON', AttributeName: 'email' },
      }),
    }));
    expect(
      await createResetActions({ clientId: 'server', endpoint: upstream.url }).forgotPassword({
        username: 'a',
      }),
    ).toEqual({
      ok: true,
      delivery: { attributeName: 'email' },
    });
  });

  it('answers a Cognito that never ends within timeoutMs as data', async () => {
    upstream.answer(() => 'hang');
    const result = await createResetActions({
      clientId: 'server',
      endpoint: upstream.url,
      timeoutMs: 50,
    }).forgotPassword({
      username: 'alice',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InternalErrorException', status: 504, retryable: true },
    });
  });
});

describe('createResetActions beforeForward', () => {
  const upstream = recordingCognitoFixture();
  const withGate = (beforeForward: (context: unknown) => unknown) =>
    createResetActions({ clientId: 'server', endpoint: upstream.url, beforeForward });

  it('sees the operation, username and ClientMetadata, never the password or code', async () => {
    const seen: unknown[] = [];
    const result = await withGate((context) => {
      seen.push(context);
    }).confirmForgotPassword({
      username: 'alice',
      code: CODE,
      password: PASSWORD,
      clientMetadata: { captcha: 't' },
    });
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([
      {
        operation: 'ConfirmForgotPassword',
        username: 'alice',
        ip: undefined,
        clientMetadata: { captcha: 't' },
      },
    ]);
    noSecret(seen);
  });

  it.each([
    ['false', () => false],
    [
      'a throw',
      () => {
        throw new Error('limiter down');
      },
    ],
    ['a rejection', () => Promise.reject(new Error('limiter down'))],
    ['{ success: false }', () => ({ success: false })],
    ['a 200 Response (a page, not an answer)', () => new Response('<p>captcha</p>', { status: 200 })],
    ['a 302 Response', () => new Response(null, { status: 302, headers: { location: '/captcha' } })],
  ])('refuses on %s with TooManyRequestsException, forwarding nothing', async (_, gate) => {
    const warn = console.warn;
    const result = await withGate(gate).forgotPassword({ username: 'alice' });
    console.warn = warn;
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TooManyRequestsException', status: 429, retryable: true },
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards on undefined, true and { success: true }', async () => {
    for (const verdict of [undefined, true, { success: true }]) {
      expect(await withGate(() => verdict).forgotPassword({ username: 'alice' })).toMatchObject({ ok: true });
    }
    expect(upstream.requests).toHaveLength(3);
  });

  it("reads an error Response as Cognito's answer: its code and status", async () => {
    const result = await withGate(
      () =>
        new Response(JSON.stringify({ __type: 'CaptchaRequiredException', message: 'solve it' }), {
          status: 400,
        }),
    ).forgotPassword({ username: 'alice' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CaptchaRequiredException', message: 'solve it', status: 400, retryable: false },
    });
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('createResetActions options', () => {
  it.each([
    ['an invalid clientId', { clientId: 'a b', region: 'eu-west-1' }, /createResetActions: ClientId/],
    ['no region or endpoint', { clientId: 'web' }, /createResetActions: pass `region` or `endpoint`/],
    ['a relative endpoint', { clientId: 'web', endpoint: '/cognito' }, /createResetActions: `endpoint`/],
    [
      'a zero timeout',
      { clientId: 'web', region: 'eu-west-1', timeoutMs: 0 },
      /createResetActions: `timeoutMs`/,
    ],
  ])('throws a TypeError naming createResetActions for %s', (_, options, message) => {
    expect(() => createResetActions(options as never)).toThrow(TypeError);
    expect(() => createResetActions(options as never)).toThrow(message);
  });
});
