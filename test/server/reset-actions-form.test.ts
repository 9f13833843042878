// createResetActions called as a posted <form>'s action (React 19 `useActionState`: previous state and
// FormData): the page's next state, never a secret in it, and every guarantee of the plain calls.
// Against the strict local Cognito on 127.0.0.1 (SecretHash checked, codes, policy, attempts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResetFormState } from '../../src/core';
import { createResetActions } from '../../src/server';
import { type LocalCognito, startLocalCognito } from '../../src/testing';
import { PASSWORD, SECRETS, watchConsoleForSecrets } from './secrets';

watchConsoleForSecrets();

const OLD = 'Old-passw0rd!';
const SECRET = 'server-client-secret-form';
let cognito: LocalCognito;

beforeAll(async () => {
  cognito = await startLocalCognito({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com' },
      { username: 'bob', password: OLD, email: 'bob@example.com' },
      { username: 'pat', password: OLD, phone: '+15555550123' },
      { username: 'dan', password: OLD, email: 'dan@example.com' },
    ],
    clients: [{ clientId: 'server', clientSecret: SECRET }],
  });
});
afterAll(() => cognito.stop());

const actions = () =>
  createResetActions({ clientId: 'server', clientSecret: SECRET, endpoint: cognito.endpoint });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const noSecret = (state: unknown, ...more: string[]) => {
  const text = JSON.stringify(state);
  for (const secret of [...SECRETS, SECRET, ...more]) expect(text).not.toContain(secret);
};

describe('createResetActions as form actions', () => {
  it('walks the steps: request → confirm (username, delivery) → success; sign-in with the new password only', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    const sent = await forgotPassword(null, form({ username: '  alice ' }));
    expect(sent).toEqual({
      step: 'confirm',
      username: 'alice',
      delivery: { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' },
    });
    const code = cognito.pool.pendingCode('alice')!;
    const done = await confirmForgotPassword(
      sent,
      form({
        username: 'alice',
        code: ` ${code.slice(0, 3)}-${code.slice(3)} `,
        password: PASSWORD,
        confirmPassword: PASSWORD,
      }),
    );
    expect(done).toEqual({ step: 'success', username: 'alice' });
    noSecret(done, code);
    expect(cognito.pool.signIn('alice', PASSWORD)).toBe(true);
    expect(cognito.pool.signIn('alice', OLD)).toBe(false);
  });

  it('takes FormData as the only argument too (a plain <form action>)', async () => {
    const sent = await actions().forgotPassword(form({ username: 'pat' }) as never);
    expect(sent).toEqual({
      step: 'confirm',
      username: 'pat',
      delivery: { destination: '+*******0123', medium: 'SMS', attributeName: 'phone_number' },
    });
  });

  it('keeps the step, the username and the delivery with a wrong code, and says which error', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    const sent = (await forgotPassword(null, form({ username: 'bob' }))) as ResetFormState;
    const code = cognito.pool.pendingCode('bob')!;
    const wrong = code === '000000' ? '111111' : '000000';
    const state = await confirmForgotPassword(
      sent,
      form({ username: 'bob', code: wrong, password: PASSWORD, confirmPassword: PASSWORD }),
    );
    expect(state).toMatchObject({
      step: 'confirm',
      username: 'bob',
      delivery: sent.delivery,
      error: { code: 'CodeMismatchException', status: 400, retryable: false },
    });
    noSecret(state, wrong, code);
  });

  it('refuses a confirmation that differs before anything is sent', async () => {
    const { forgotPassword, confirmForgotPassword } = actions();
    await forgotPassword(null, form({ username: 'dan' }));
    const code = cognito.pool.pendingCode('dan')!;
    const state = await confirmForgotPassword(
      null,
      form({ username: 'dan', code, password: PASSWORD, confirmPassword: `${PASSWORD}x` }),
    );
    expect(state).toEqual({ step: 'confirm', username: 'dan', delivery: {}, invalid: 'passwordMismatch' });
    // Nothing was sent: the code is still pending and the old password still works.
    expect(cognito.pool.pendingCode('dan')).toBe(code);
    expect(cognito.pool.signIn('dan', OLD)).toBe(true);
  });

  it.each([
    ['an empty username', { username: '' }],
    ['a missing username', {}],
    ['a username with a space inside', { username: 'a b\u0000' }],
  ])('answers %s with the request step and an error, never throwing', async (_, fields) => {
    const state = await actions().forgotPassword(null, form(fields as Record<string, string>));
    expect(state).toMatchObject({ step: 'request', error: { code: 'InvalidParameterException' } });
  });

  it('words an unknown user as a sent code: the page never reveals whether an account exists', async () => {
    const state = await actions().forgotPassword(null, form({ username: 'nobody-here' }));
    expect(state).toEqual({ step: 'confirm', username: 'nobody-here', delivery: {} });
  });

  it('re-reads the previous state it gets back from the page: only a sane delivery is kept', async () => {
    const { confirmForgotPassword } = actions();
    const forged = {
      step: 'success',
      username: 'mallory',
      delivery: { destination: 'x'.repeat(5000), medium: 'PIGEON', attributeName: 'email' },
      error: { code: 'Whatever', message: PASSWORD, retryable: true },
    };
    const state = await confirmForgotPassword(
      forged as never,
      form({ username: 'ghost', code: '123456', password: PASSWORD }),
    );
    expect(state).toMatchObject({ step: 'confirm', username: 'ghost', delivery: { attributeName: 'email' } });
    expect((state as ResetFormState).delivery).toEqual({ attributeName: 'email' });
    noSecret(state);
  });

  it('a file where text belongs is an empty field, not a crash', async () => {
    const data = new FormData();
    data.append('username', new Blob(['alice']), 'alice.txt');
    const state = await actions().forgotPassword(null, data);
    expect(state).toMatchObject({
      step: 'request',
      username: '',
      error: { code: 'InvalidParameterException' },
    });
  });
});
