// Attacks on createResetActions as a posted <form>'s action: a previous state the client forged,
// FormData that is not what the form sends, Unicode tricks, an upstream that misbehaves. Every
// answer is a state (never a throw), holds no secret, and is refused exactly as the fetch handler
// refuses the same input. Against the strict local Cognito and a recording Cognito on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResetFormState } from '../../src/core';
import { createResetActions, createResetHandler } from '../../src/server';
import { type LocalCognito, startLocalCognito } from '../../src/testing';
import { recordingCognitoFixture } from './recording-cognito';
import { CODE, PASSWORD, SECRETS, watchConsoleForSecrets } from './secrets';

const console = watchConsoleForSecrets();

const OLD = 'Old-passw0rd!';
const SECRET = 'server-client-secret-attacks';
let cognito: LocalCognito;

beforeAll(async () => {
  cognito = await startLocalCognito({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com' },
      { username: 'bob', password: OLD, email: 'bob@example.com' },
      { username: 'carol', password: OLD, email: 'carol@example.com' },
      { username: 'josé', password: OLD, email: 'jose@example.com' },
    ],
    clients: [{ clientId: 'server', clientSecret: SECRET }],
  });
});
afterAll(() => cognito.stop());

const actions = () =>
  createResetActions({ clientId: 'server', clientSecret: SECRET, endpoint: cognito.endpoint });
const form = (fields: [string, string | Blob][] | Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) {
    data.append(name, value as string);
  }
  return data;
};
const noSecret = (state: unknown, ...more: string[]) => {
  const text = JSON.stringify(state);
  for (const secret of [...SECRETS, SECRET, ...more]) expect(text).not.toContain(secret);
};
const stateKeys = ['step', 'username', 'delivery', 'error', 'invalid'];

describe('a forged previous state', () => {
  const getter = (thrower: () => unknown) => {
    const delivery = {};
    for (const key of ['destination', 'medium', 'attributeName']) {
      Object.defineProperty(delivery, key, { get: thrower, enumerable: true });
    }
    return delivery;
  };
  const throwing = () => {
    throw new Error(`boom ${PASSWORD}`);
  };
  it.each<[string, unknown]>([
    ['a success step', { step: 'success', username: 'alice' }],
    ['a request step with an error', { step: 'request', error: { code: 'X', message: 'y', retryable: 1 } }],
    ['a script in the delivery', { step: 'confirm', delivery: { destination: '<script>x()</script>' } }],
    [
      'an over-long delivery',
      { step: 'confirm', delivery: { destination: 'y'.repeat(300), medium: 'EMAIL' } },
    ],
    ['a bidi override in the delivery', { step: 'confirm', delivery: { destination: 'a\u202e@e***' } }],
    ['another username', { step: 'confirm', username: 'mallory' }],
    ['__proto__ keys', JSON.parse('{"__proto__":{"delivery":{"destination":"x"}},"constructor":{"a":1}}')],
    ['wrong types', { step: 42, username: ['a'], delivery: 'EMAIL' }],
    ['a string', 'confirm'],
    ['a number', 7],
    ['an array', [{ delivery: { destination: 'x' } }]],
    ['a huge object', Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]))],
    ['a delivery whose getters throw', { delivery: getter(throwing) }],
    ['a delivery that is a throwing Proxy', { delivery: new Proxy({}, { get: throwing }) }],
    ['a state that is a throwing Proxy', new Proxy({}, { get: throwing, has: throwing })],
  ])(
    '%s: answers a confirm state for the posted fields, never throws or echoes a secret',
    async (_, forged) => {
      const state = (await actions().confirmForgotPassword(
        forged as never,
        form({ username: 'ghost', code: CODE, password: PASSWORD, confirmPassword: PASSWORD }),
      )) as ResetFormState;
      expect(state.step).toBe('confirm');
      expect(state.username).toBe('ghost');
      expect(state.error?.code).toBe('UserNotFoundException');
      for (const key of Object.keys(state)) expect(stateKeys).toContain(key);
      const { destination } = state.delivery ?? {};
      if (destination !== undefined) expect(destination).toMatch(/^[^\p{C}]{1,256}$/u);
      expect(destination).not.toBe('x'); // never read from a prototype
      noSecret(state);
    },
  );

  it('a forged success step with a wrong code resets nothing', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    await forgotPassword(null, form({ username: 'carol' }));
    const code = cognito.pool.pendingCode('carol')!;
    const wrong = code === '000000' ? '111111' : '000000';
    const state = (await confirmForgotPassword(
      { step: 'success', username: 'carol' },
      form({ username: 'carol', code: wrong, password: PASSWORD }),
    )) as ResetFormState;
    expect(state).toMatchObject({ step: 'confirm', error: { code: 'CodeMismatchException' } });
    expect(cognito.pool.signIn('carol', OLD)).toBe(true);
  });
});

describe('posted fields the form never sends', () => {
  it.each<[string, [string, string | Blob][]]>([
    ['a file as username', [['username', new Blob(['alice'])]]],
    ['no username', []],
    ['an over-long username', [['username', 'a'.repeat(200_000)]]],
    ['a zero-width space in the username', [['username', 'ali\u200bce']]],
    ['a bidi override in the username', [['username', '\u202ealice']]],
    ['a NUL in the username', [['username', 'alice\u0000']]],
  ])('request with %s: a request state with the handler’s refusal, nothing sent', async (_, fields) => {
    const before = cognito.pool.pendingCode('alice');
    const state = (await actions().forgotPassword(null, form(fields))) as ResetFormState;
    expect(state.step).toBe('request');
    expect(state.error?.code).toMatch(/^(InvalidParameterException|RequestEntityTooLargeException)$/);
    expect(cognito.pool.pendingCode('alice')).toBe(before);
    // The page renders the username back: never more than a username can be.
    expect((state.username ?? '').length).toBeLessThanOrEqual(128);
  });

  it.each<[string, string, string]>([
    ['128 characters, kept', 'é'.repeat(128), 'é'.repeat(128)],
    ['129 characters, left out', 'é'.repeat(129), ''],
    ['128 astral characters, kept', '𝒜'.repeat(128), '𝒜'.repeat(128)],
    ['a zero-width space, kept to be fixed', 'ali\u200bce', 'ali\u200bce'],
    ['only spaces inside, kept to be fixed', 'a b', 'a b'],
  ])('the username rendered back: %s', async (_, posted, shown) => {
    const { forgotPassword, confirmForgotPassword } = actions();
    expect(await forgotPassword(null, form({ username: posted }))).toMatchObject({ username: shown });
    const state = await confirmForgotPassword(
      null,
      form({ username: posted, code: CODE, password: PASSWORD }),
    );
    expect(state).toMatchObject({ step: 'confirm', username: shown });
  });

  it('repeated keys: the first value counts, as a browser posts one field once', async () => {
    const state = await actions().forgotPassword(
      null,
      form([
        ['username', 'bob'],
        ['username', 'alice'],
      ]),
    );
    expect(state).toMatchObject({ step: 'confirm', username: 'bob' });
  });

  it('an NFD username is the NFC one; a code with spaces, dashes, full-width digits and zero-width marks is the code', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    const sent = await forgotPassword(null, form({ username: 'jose\u0301' }));
    expect(sent).toMatchObject({ step: 'confirm', username: 'josé' });
    const code = cognito.pool.pendingCode('josé')!;
    const full = [...code].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    const typed = ` ${full.slice(0, 2)}\u200b-${full.slice(2, 4)} \u2066${full.slice(4)}\u2069 `;
    const done = await confirmForgotPassword(
      sent as ResetFormState,
      form({ username: 'jose\u0301', code: typed, password: PASSWORD, confirmPassword: PASSWORD }),
    );
    expect(done).toEqual({ step: 'success', username: 'josé' });
    noSecret(done, code);
  });

  it.each<[string, Record<string, string | Blob>]>([
    ['a file as the code', { code: new Blob(['123456']) as never }],
    ['a file as the password', { password: new Blob([PASSWORD]) as never }],
    ['no code', { code: undefined as never }],
    ['an over-long code', { code: '1'.repeat(5000) }],
    ['a code with a NUL', { code: '123\u0000456' }],
    ['an over-long password', { password: `${PASSWORD}${'x'.repeat(300)}` }],
    ['a password with a NUL', { password: `${PASSWORD}\u0000` }],
    ['an over-long password (20 kB)', { password: `${PASSWORD}${'x'.repeat(20_000)}` }],
  ])('confirm with %s: a confirm state with a refusal, never a secret', async (_, change) => {
    const fields: [string, string | Blob][] = [];
    const base = { username: 'alice', code: CODE, password: PASSWORD, ...change };
    for (const [name, value] of Object.entries(base)) if (value !== undefined) fields.push([name, value]);
    const state = (await actions().confirmForgotPassword(null, form(fields))) as ResetFormState;
    expect(state.step).toBe('confirm');
    expect(state.error?.code).toMatch(/Exception$/);
    noSecret(state, typeof change.password === 'string' ? change.password : PASSWORD);
    expect(cognito.pool.signIn('alice', OLD)).toBe(true);
  });
});

describe('the same refusals as the fetch handler', () => {
  const cases: [string, Record<string, string>][] = [
    ['an empty username', { username: '', code: CODE, password: PASSWORD }],
    ['a username with a control character', { username: 'a\u0007b', code: CODE, password: PASSWORD }],
    ['a code of letters and symbols', { username: 'alice', code: '12<34>', password: PASSWORD }],
    ['an empty password', { username: 'alice', code: CODE, password: '' }],
    ['a password of 257 characters', { username: 'alice', code: CODE, password: `${'P1!a'.repeat(64)}x` }],
  ];
  it.each(cases)('%s', async (_, fields) => {
    const handler = createResetHandler({
      clientId: 'server',
      clientSecret: SECRET,
      endpoint: cognito.endpoint,
    });
    const response = await handler(
      new Request('http://local.test/', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.ConfirmForgotPassword',
        },
        body: JSON.stringify({
          Username: fields.username,
          ConfirmationCode: fields.code,
          Password: fields.password,
        }),
      }),
    );
    const wire = await response.json();
    const state = (await actions().confirmForgotPassword(null, form(fields))) as ResetFormState;
    expect(state.error?.code).toBe(wire.__type);
    expect(state.error?.status).toBe(response.status);
  });
});

describe('an upstream or gate that misbehaves: a state, never a throw', () => {
  const upstream = recordingCognitoFixture();
  const withUpstream = (extra: object = {}) =>
    createResetActions({
      clientId: 'server',
      clientSecret: SECRET,
      endpoint: upstream.url,
      timeoutMs: 200,
      ...extra,
    });
  const post = () => form({ username: 'alice', code: CODE, password: PASSWORD, confirmPassword: PASSWORD });

  it.each<[string, Parameters<typeof upstream.answer>[0]]>([
    ['a stall', () => 'hang'],
    ['a dropped connection', () => 'reset'],
    [
      'a 500 of HTML',
      () => ({ status: 500, headers: { 'content-type': 'text/html' }, body: `<h1>${PASSWORD}</h1>` }),
    ],
    ['a 200 of HTML', () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>' })],
    [
      'an error that echoes the secrets in every field',
      (request) => ({
        status: 400,
        body: JSON.stringify({
          __type: `InvalidParameterException`,
          message: `${request.json.Password} ${request.json.ConfirmationCode} ${request.json.SecretHash}`,
          reasonCode: String(request.json.ConfirmationCode),
        }),
      }),
    ],
  ])('%s', async (_, script) => {
    upstream.answer(script);
    const { forgotPassword, confirmForgotPassword } = withUpstream();
    const sent = (await forgotPassword(null, form({ username: 'alice' }))) as ResetFormState;
    expect(['request', 'confirm']).toContain(sent.step);
    const state = (await confirmForgotPassword(sent, post())) as ResetFormState;
    expect(['confirm', 'success']).toContain(state.step);
    noSecret([sent, state], upstream.requests.map((r) => String(r.json.SecretHash)).join('') || 'none');
  });

  it.each<[string, () => unknown]>([
    [
      'throws',
      () => {
        throw new Error(`gate down ${PASSWORD}`);
      },
    ],
    ['rejects', () => Promise.reject(new Error('gate down'))],
    ['answers false', () => false],
    ['answers a 200 Response', () => new Response('{}')],
    ['answers a string', () => 'yes'],
  ])('a beforeForward that %s refuses (fail closed), nothing sent', async (_, gate) => {
    const { forgotPassword, confirmForgotPassword } = withUpstream({ beforeForward: gate });
    const sent = (await forgotPassword(null, form({ username: 'alice' }))) as ResetFormState;
    const state = (await confirmForgotPassword(sent, post())) as ResetFormState;
    expect(sent).toMatchObject({ step: 'request', error: { code: expect.stringMatching(/Exception$/) } });
    expect(state).toMatchObject({ step: 'confirm', error: { code: expect.stringMatching(/Exception$/) } });
    expect(upstream.requests).toHaveLength(0);
    noSecret([sent, state]);
  });
});

afterAll(() => {
  for (const line of console.lines) expect(line).not.toContain(SECRET);
});
