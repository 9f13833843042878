// createActionTransport: Server Action results turned back into the transport contract. The real
// actions run against the strict local Cognito on 127.0.0.1 and must reject with the same
// CognitoErrors as the fetch transport does against the same pool; hand-written actions stand in
// for what a broken or hostile action could answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResetActions } from '../../src/core/action-results';
import { createActionTransport } from '../../src/core/action-transport';
import { CognitoError } from '../../src/core/cognito-error';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import { createResetActions } from '../../src/server';
import { type LocalCognito, startLocalCognito } from '../../src/testing';

const OLD = 'Old-passw0rd!';
const NEW = 'Zq7!unique-New-Passw0rd';
let cognito: LocalCognito;

beforeAll(async () => {
  cognito = await startLocalCognito({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com' },
      { username: 'bob', password: OLD, email: 'bob@example.com' },
      { username: 'carl', password: OLD, email: 'carl@example.com' },
      { username: 'dora', password: OLD, email: 'dora@example.com' },
      { username: 'quiet', password: OLD, email: 'quiet@example.com', emailVerified: false },
    ],
    clients: [{ clientId: 'web' }],
    passwordHistorySize: 1,
  });
});
afterAll(() => cognito.stop());

const viaActions = () =>
  createActionTransport(createResetActions({ clientId: 'web', endpoint: cognito.endpoint }));
const direct = () => createCognitoTransport({ clientId: 'web', endpoint: cognito.endpoint });

async function rejection(promise: Promise<unknown>): Promise<CognitoError> {
  const error = await promise.then(
    () => {
      throw new Error('resolved');
    },
    (e: unknown) => e,
  );
  expect(CognitoError.is(error)).toBe(true);
  return error as CognitoError;
}
const fields = ({ code, message, status, reasonCode, retryable }: CognitoError) => ({
  code,
  message,
  status,
  reasonCode,
  retryable,
});

describe('createActionTransport over createResetActions', () => {
  it('resets a password end to end', async () => {
    const transport = viaActions();
    expect(await transport.forgotPassword({ username: 'alice' })).toEqual({
      destination: 'a***@e***',
      medium: 'EMAIL',
      attributeName: 'email',
    });
    await transport.confirmForgotPassword({
      username: 'alice',
      code: cognito.pool.pendingCode('alice')!,
      password: NEW,
    });
    expect(cognito.pool.signIn('alice', NEW)).toBe(true);
    expect(cognito.pool.signIn('alice', OLD)).toBe(false);
  });

  it.each([
    ['CodeMismatchException', { username: 'bob', code: '999999x', password: NEW }],
    ['UserNotFoundException', { username: 'ghost', code: '123456', password: NEW }],
    ['InvalidPasswordException', { username: 'carl', code: 'pending', password: 'short' }],
    ['PasswordHistoryPolicyViolationException', { username: 'dora', code: 'pending', password: OLD }],
  ])('rejects with the CognitoError the fetch transport gives: %s', async (code, input) => {
    if (input.username !== 'ghost') await direct().forgotPassword({ username: input.username });
    const pending = cognito.pool.pendingCode(input.username)!;
    const call = () => ({ ...input, code: input.code === 'pending' ? pending : input.code });
    const expected = await rejection(direct().confirmForgotPassword(call()));
    const actual = await rejection(viaActions().confirmForgotPassword(call()));
    expect(expected.code).toBe(code);
    expect(fields(actual)).toEqual(fields(expected));
    expect(actual.requestId).toMatch(/^[\w-]+$/);
  });

  it('rejects ForgotPassword errors the same way: no verified contact', async () => {
    const expected = await rejection(direct().forgotPassword({ username: 'quiet' }));
    const actual = await rejection(viaActions().forgotPassword({ username: 'quiet' }));
    expect(fields(actual)).toEqual(fields(expected));
  });

  it.each([
    ['a username with a space', { username: 'a b', code: '123456', password: NEW }],
    ['an empty code', { username: 'bob', code: ' ', password: NEW }],
    ['a password with a leading space', { username: 'bob', code: '123456', password: ` ${NEW}` }],
  ])('checks %s in the browser: InvalidParameterException, the action never called', async (_, input) => {
    let called = 0;
    const transport = createActionTransport({
      forgotPassword: async () => ({ ok: true, delivery: {} }),
      confirmForgotPassword: async () => {
        called++;
        return { ok: true };
      },
    });
    expect((await rejection(transport.confirmForgotPassword(input))).code).toBe('InvalidParameterException');
    expect(called).toBe(0);
  });

  it('sends the normalised code and only the fields the action takes', async () => {
    const seen: unknown[] = [];
    const transport = createActionTransport({
      forgotPassword: async (input) => {
        seen.push(input);
        return { ok: true, delivery: {} };
      },
      confirmForgotPassword: async (input) => {
        seen.push(input);
        return { ok: true };
      },
    });
    await transport.forgotPassword({ username: 'bob', extra: 'x' } as never);
    await transport.confirmForgotPassword({
      username: 'bob',
      code: ' 123-456 ',
      password: NEW,
      clientMetadata: { a: 'b' },
    });
    expect(seen).toEqual([
      { username: 'bob' },
      { username: 'bob', code: '123456', password: NEW, clientMetadata: { a: 'b' } },
    ]);
  });
});

/** A transport whose actions answer `value` (or run `run`). */
const answering = (run: () => unknown) =>
  createActionTransport({ forgotPassword: run, confirmForgotPassword: run } as unknown as ResetActions);
const confirm = (transport: ReturnType<typeof answering>) =>
  transport.confirmForgotPassword({ username: 'bob', code: '123456', password: NEW });

describe('createActionTransport with a broken action', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['{ ok: "yes" }', { ok: 'yes' }],
    ['{ ok: false } without error', { ok: false }],
    ['{ ok: false, error: "boom" }', { ok: false, error: 'boom' }],
    ['an error without a code', { ok: false, error: { message: 'x' } }],
    ['an error whose code is markup', { ok: false, error: { code: '<img src=x>', message: 'x' } }],
    ['a Response', new Response('{}')],
    ['a code that is a BigInt', { ok: false, error: { code: 1n, message: 2n } }],
    ['a code that is an object', { ok: false, error: { code: { toString: () => 'CodeMismatchException' } } }],
  ])('turns an answer of %s into UnknownError', async (_, value) => {
    for (const call of [
      confirm,
      (t: ReturnType<typeof answering>) => t.forgotPassword({ username: 'bob' }),
    ]) {
      const error = await rejection(call(answering(async () => value)));
      expect(error.code).toBe('UnknownError');
      expect(error.message).toMatch(/action/);
    }
  });

  it.each([
    ['a TypeError from a failed fetch', new TypeError('Failed to fetch'), 'NetworkError'],
    ['a network failure in Safari', new TypeError('Load failed'), 'NetworkError'],
    [
      'an Error (Next hides the server error)',
      new Error('An error occurred in the Server Components render'),
      'UnknownError',
    ],
    ['a string', 'boom', 'UnknownError'],
  ])('turns a throw of %s into a CognitoError (%s)', async (_, thrown, code) => {
    const error = await rejection(confirm(answering(() => Promise.reject(thrown))));
    expect(error.code).toBe(code);
    expect(error.cause ?? thrown).toBeDefined();
  });

  it('keeps a failure result within the wire rules: secrets blanked, junk request id and reasonCode dropped', async () => {
    const error = await rejection(
      confirm(
        answering(async () => ({
          ok: false,
          error: {
            code: 'InvalidParameterException',
            message: `nope ${NEW} 123456`,
            requestId: 'bad id\n',
            reasonCode: { nested: true },
            status: 400,
            retryable: true,
          },
        })),
      ),
    );
    expect(fields(error)).toEqual({
      code: 'InvalidParameterException',
      message: 'nope *** ***',
      status: 400,
      reasonCode: undefined,
      retryable: false,
    });
    expect(error.requestId).toBeUndefined();
  });

  it('reads a failure result without a status', async () => {
    const error = await rejection(
      confirm(
        answering(async () => ({ ok: false, error: { code: 'LimitExceededException', message: 'm' } })),
      ),
    );
    expect(fields(error)).toEqual({
      code: 'LimitExceededException',
      message: 'm',
      status: undefined,
      reasonCode: undefined,
      retryable: true,
    });
  });

  it('drops a junk delivery', async () => {
    const transport = answering(async () => ({
      ok: true,
      delivery: { destination: '\u202Eevil', medium: 'FAX', attributeName: 'email' },
    }));
    expect(await transport.forgotPassword({ username: 'bob' })).toEqual({ attributeName: 'email' });
  });

  it('rejects with AbortError when the signal aborts, before or during the call', async () => {
    const never = answering(() => new Promise(() => {}));
    const before = new AbortController();
    before.abort();
    const during = new AbortController();
    const pending = never.forgotPassword({ username: 'bob' }, { signal: during.signal });
    during.abort();
    expect((await rejection(never.forgotPassword({ username: 'bob' }, { signal: before.signal }))).code).toBe(
      'AbortError',
    );
    expect((await rejection(pending)).code).toBe('AbortError');
  });

  it('rejects with TimeoutError when the action never answers within timeoutMs', async () => {
    const transport = createActionTransport(
      { forgotPassword: () => new Promise(() => {}), confirmForgotPassword: () => new Promise(() => {}) },
      { timeoutMs: 20 },
    );
    const error = await rejection(transport.forgotPassword({ username: 'bob' }));
    expect(error.code).toBe('TimeoutError');
    expect(error.retryable).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['an empty object', {}],
    ['one action', { forgotPassword: async () => ({ ok: true }) }],
  ])('throws a TypeError at creation for %s', (_, actions) => {
    expect(() => createActionTransport(actions as never)).toThrow(/createActionTransport/);
  });
});
