import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { CONFIRM_FORGOT_PASSWORD_ERRORS, FORGOT_PASSWORD_ERRORS } from '../../src/core/error-codes';
import { createMemoryTransport, type MemoryTransportOptions } from '../../src/core/memory-transport';

const OLD = 'Old-passw0rd!';
const NEW = 'New-passw0rd!';
const CODE = '739164';
const START = 1_700_000_000_000;
const WRONG = '246810';

/** alice (confirmed, email) and dave (unconfirmed), a fixed code, a fake clock. */
function setup(extra: Partial<MemoryTransportOptions> = {}) {
  const clock = { t: START };
  const transport = createMemoryTransport({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com' },
      { username: 'dave', password: OLD, email: 'dave@example.com', confirmed: false },
    ],
    now: () => clock.t,
    generateCode: () => CODE,
    ...extra,
  });
  return { transport, clock };
}

async function expectCode(promise: Promise<unknown>, code: string, message?: string) {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${code}, but the call succeeded`);
    },
    (e: unknown) => e,
  );
  expect(CognitoError.is(error)).toBe(true);
  expect((error as CognitoError).code).toBe(code);
  if (message !== undefined) expect((error as CognitoError).message).toBe(message);
  return error as CognitoError;
}

const confirm = (
  t: ReturnType<typeof setup>['transport'],
  code: string,
  password = NEW,
  username = 'alice',
) => t.confirmForgotPassword({ username, code, password });

describe('ConfirmForgotPassword: users', () => {
  it('an unknown user is UserNotFoundException (LEGACY) and CodeMismatchException with prevention', async () => {
    await expectCode(confirm(setup().transport, CODE, NEW, 'nobody'), 'UserNotFoundException');
    const prevented = setup({ preventUserExistenceErrors: true }).transport;
    await expectCode(
      confirm(prevented, CODE, NEW, 'nobody'),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('an unconfirmed user is UserNotConfirmedException (LEGACY) and CodeMismatchException with prevention', async () => {
    await expectCode(confirm(setup().transport, CODE, NEW, 'dave'), 'UserNotConfirmedException');
    await expectCode(
      confirm(setup({ preventUserExistenceErrors: true }).transport, CODE, NEW, 'dave'),
      'CodeMismatchException',
    );
  });
});

describe('ConfirmForgotPassword: field constraints come first', () => {
  it.each([
    ['a leading space', ' New-passw0rd!'],
    ['a trailing space', 'New-passw0rd! '],
    ['a trailing tab', 'New-passw0rd!\t'],
    ['257 characters', `Aa1!${'x'.repeat(253)}`],
  ])('a password with %s is InvalidParameterException, not InvalidPasswordException', async (_, password) => {
    const { transport } = setup();
    await transport.forgotPassword({ username: 'alice' });
    const error = await expectCode(confirm(transport, CODE, password), 'InvalidParameterException');
    expect(error.message).not.toContain(password.trim());
    // Nothing was consumed or counted: the right code still works.
    await confirm(transport, CODE);
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('an empty or blank code, or a bad ClientMetadata, is InvalidParameterException', async () => {
    const { transport } = setup();
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, ''), 'InvalidParameterException');
    // Blank once normalised as the fetch transport normalises it: nothing is left to send.
    await expectCode(confirm(transport, ' \u200b - '), 'InvalidParameterException');
    await expectCode(
      transport.confirmForgotPassword({
        username: 'alice',
        code: CODE,
        password: NEW,
        clientMetadata: { big: 'x'.repeat(131_073) },
      }),
      'InvalidParameterException',
    );
  });
});

describe('ConfirmForgotPassword: attempt limit', () => {
  it('locks out after maxAttempts wrong codes, even for the right code, until the window passes', async () => {
    const { transport, clock } = setup({ maxAttempts: 3, lockoutMs: 60_000 });
    await transport.forgotPassword({ username: 'alice' });
    for (let i = 0; i < 3; i++) await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await expectCode(
      confirm(transport, CODE),
      'LimitExceededException',
      'Attempt limit exceeded, please try after some time.',
    );
    clock.t += 59_999;
    await expectCode(confirm(transport, CODE), 'LimitExceededException');
    clock.t += 1;
    await confirm(transport, CODE);
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('defaults to 5 attempts and a 15-minute lockout', async () => {
    const { transport, clock } = setup();
    await transport.forgotPassword({ username: 'alice' });
    for (let i = 0; i < 4; i++) await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await expectCode(confirm(transport, CODE), 'LimitExceededException');
    clock.t += 15 * 60_000;
    await confirm(transport, CODE);
  });

  it('a new code does not reset the counter (no brute force by resending)', async () => {
    const { transport } = setup({ maxAttempts: 2 });
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await expectCode(confirm(transport, CODE), 'LimitExceededException');
  });

  it('the counter starts again after the lockout lifts and after a success', async () => {
    const { transport, clock } = setup({ maxAttempts: 2, lockoutMs: 1_000 });
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    clock.t += 1_000;
    await expectCode(confirm(transport, WRONG), 'CodeMismatchException');
    await confirm(transport, CODE);
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, WRONG, 'Third-passw0rd!'), 'CodeMismatchException');
    await confirm(transport, CODE, 'Third-passw0rd!');
  });
});

describe('ConfirmForgotPassword: password policy', () => {
  it.each([
    ['Sh0rt!', 'Password not long enough'],
    ['no-upper-0!', 'Password must have uppercase characters'],
    ['NO-LOWER-0!', 'Password must have lowercase characters'],
    ['No-Numbers!', 'Password must have numeric characters'],
    ['NoSymbols00', 'Password must have symbol characters'],
  ])('%s is InvalidPasswordException: %s', async (password, reason) => {
    const { transport } = setup();
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(
      confirm(transport, CODE, password),
      'InvalidPasswordException',
      `Password did not conform with policy: ${reason}`,
    );
    // The code survives a policy failure: fix the password, submit the same code.
    await confirm(transport, CODE);
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('checks the code before the policy', async () => {
    const { transport } = setup();
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, WRONG, 'weak'), 'CodeMismatchException');
  });

  it('takes the policy in any accepted shape and counts an inner space as a symbol', async () => {
    const { transport } = setup({ passwordPolicy: { MinimumLength: 12, RequireSymbols: true } });
    await transport.forgotPassword({ username: 'alice' });
    await expectCode(confirm(transport, CODE, 'Abcdef-1234'), 'InvalidPasswordException');
    await confirm(transport, CODE, 'Abcdef 12345');
    expect(transport.signIn('alice', 'Abcdef 12345')).toBe(true);
  });

  it('a lenient policy accepts what Cognito would accept', async () => {
    const { transport } = setup({
      passwordPolicy: {
        minimumLength: 6,
        requireUppercase: false,
        requireLowercase: false,
        requireNumbers: false,
        requireSymbols: false,
      },
    });
    await transport.forgotPassword({ username: 'alice' });
    await confirm(transport, CODE, 'simple');
  });
});

describe('ConfirmForgotPassword: password history', () => {
  /** Resets alice's password to `password` and returns the outcome code ('ok' or the error code). */
  async function reset(transport: ReturnType<typeof setup>['transport'], password: string) {
    await transport.forgotPassword({ username: 'alice' });
    return confirm(transport, CODE, password).then(
      () => 'ok',
      (e: CognitoError) => e.code,
    );
  }

  it('size 0 (default): even the current password may be set again', async () => {
    const { transport } = setup({ maxCodeRequests: 10 });
    expect(await reset(transport, OLD)).toBe('ok');
    expect(await reset(transport, NEW)).toBe('ok');
    expect(await reset(transport, OLD)).toBe('ok');
  });

  it('size 1: only the current password is refused', async () => {
    const { transport } = setup({ passwordHistorySize: 1, maxCodeRequests: 10 });
    expect(await reset(transport, OLD)).toBe('PasswordHistoryPolicyViolationException');
    expect(await reset(transport, NEW)).toBe('ok');
    expect(await reset(transport, OLD)).toBe('ok');
  });

  it('size 3: the current and the two before are refused, the fourth back is allowed', async () => {
    const { transport } = setup({ passwordHistorySize: 3, maxCodeRequests: 10 });
    const [a, b, c, d] = ['Aa-passw0rd!', 'Bb-passw0rd!', 'Cc-passw0rd!', 'Dd-passw0rd!'];
    expect(await reset(transport, a)).toBe('ok');
    expect(await reset(transport, b)).toBe('ok');
    expect(await reset(transport, c)).toBe('ok');
    for (const used of [a, b, c])
      expect(await reset(transport, used)).toBe('PasswordHistoryPolicyViolationException');
    expect(transport.signIn('alice', c)).toBe(true);
    expect(await reset(transport, d)).toBe('ok');
    expect(await reset(transport, a)).toBe('ok');
  });

  it('refuses sizes outside 0–24 at creation', () => {
    expect(() => setup({ passwordHistorySize: 25 })).toThrow(RangeError);
    expect(() => setup({ passwordHistorySize: -1 })).toThrow(RangeError);
    expect(() => setup({ passwordHistorySize: 24 })).not.toThrow();
  });
});

describe('latency and abort', () => {
  it('answers after latencyMs', async () => {
    const { transport } = setup({ latencyMs: 5 });
    await expect(transport.forgotPassword({ username: 'alice' })).resolves.toMatchObject({ medium: 'EMAIL' });
  });

  it('an abort during the wait rejects with AbortError and changes nothing', async () => {
    const { transport } = setup({ latencyMs: 60_000 });
    const controller = new AbortController();
    const pending = transport.forgotPassword({ username: 'alice' }, { signal: controller.signal });
    controller.abort(new Error('user left'));
    const error = await expectCode(pending, 'AbortError');
    expect(error.retryable).toBe(false);
    expect(transport.pendingCode('alice')).toBeUndefined();
    expect(transport.calls.at(-1)).toMatchObject({ operation: 'ForgotPassword', outcome: 'AbortError' });
  });

  it('an already aborted signal rejects at once, also without latency', async () => {
    const { transport } = setup();
    await transport.forgotPassword({ username: 'alice' });
    const signal = AbortSignal.abort();
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code: CODE, password: NEW }, { signal }),
      'AbortError',
    );
    expect(transport.signIn('alice', OLD)).toBe(true);
  });
});

describe('fail injection', () => {
  it.each([...CONFIRM_FORGOT_PASSWORD_ERRORS])(
    'can make ConfirmForgotPassword reject with %s',
    async (code) => {
      const { transport } = setup({
        fail: (operation) =>
          operation === 'ConfirmForgotPassword' ? new CognitoError({ code, status: 400 }) : undefined,
      });
      await transport.forgotPassword({ username: 'alice' });
      await expectCode(confirm(transport, CODE), code);
      expect(transport.signIn('alice', OLD)).toBe(true);
      expect(transport.pendingCode('alice')).toBe(CODE);
    },
  );

  it.each([...FORGOT_PASSWORD_ERRORS])('can make ForgotPassword reject with %s', async (code) => {
    const { transport } = setup({ fail: () => new CognitoError({ code }) });
    await expectCode(transport.forgotPassword({ username: 'alice' }), code);
    expect(transport.pendingCode('alice')).toBeUndefined();
  });

  it('sees the input, so it can fail one user only; a hook that throws becomes InternalErrorException', async () => {
    const { transport } = setup({
      fail: (_, input) => {
        if (input.username === 'dave') throw new Error('bug in the story');
        return input.username === 'nobody'
          ? new CognitoError({ code: 'ForbiddenException', status: 403 })
          : undefined;
      },
    });
    await expectCode(transport.forgotPassword({ username: 'nobody' }), 'ForbiddenException');
    await expectCode(transport.forgotPassword({ username: 'dave' }), 'InternalErrorException');
    await expect(transport.forgotPassword({ username: 'alice' })).resolves.toMatchObject({ medium: 'EMAIL' });
  });
});

describe('calls log', () => {
  it('records operation, username, time and outcome, and never a password or a code', async () => {
    const { transport, clock } = setup({ passwordHistorySize: 1 });
    await transport.forgotPassword({ username: 'alice' });
    clock.t += 1_000;
    await confirm(transport, WRONG).catch(() => undefined);
    await confirm(transport, CODE, OLD).catch(() => undefined);
    await confirm(transport, CODE, ` ${NEW}`).catch(() => undefined);
    await confirm(transport, CODE);
    expect(transport.calls).toEqual([
      { operation: 'ForgotPassword', username: 'alice', at: START, outcome: 'ok' },
      {
        operation: 'ConfirmForgotPassword',
        username: 'alice',
        at: START + 1_000,
        outcome: 'CodeMismatchException',
      },
      {
        operation: 'ConfirmForgotPassword',
        username: 'alice',
        at: START + 1_000,
        outcome: 'PasswordHistoryPolicyViolationException',
      },
      {
        operation: 'ConfirmForgotPassword',
        username: 'alice',
        at: START + 1_000,
        outcome: 'InvalidParameterException',
      },
      { operation: 'ConfirmForgotPassword', username: 'alice', at: START + 1_000, outcome: 'ok' },
    ]);
    const dump = JSON.stringify(transport);
    for (const secret of [CODE, WRONG, OLD, NEW, 'passw0rd']) {
      expect(dump).not.toContain(secret);
      expect(JSON.stringify(transport.calls)).not.toContain(secret);
    }
  });

  it('is a copy: changing it does not change the pool', async () => {
    const { transport } = setup();
    await transport.forgotPassword({ username: 'alice' });
    (transport.calls as unknown[]).length = 0;
    expect(transport.calls).toHaveLength(1);
  });
});
