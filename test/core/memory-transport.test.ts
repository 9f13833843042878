import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import {
  createMemoryTransport,
  type MemoryCodeEvent,
  type MemoryTransportOptions,
} from '../../src/core/memory-transport';

const OLD = 'Old-passw0rd!';
const NEW = 'New-passw0rd!';
const START = 1_700_000_000_000;

/** A pool with alice (email), bob (phone only), carol (no channel), dave (unconfirmed), on a fake clock. */
function setup(extra: Partial<MemoryTransportOptions> = {}) {
  const clock = { t: START };
  const codes: MemoryCodeEvent[] = [];
  const transport = createMemoryTransport({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com', aliases: ['sub-1234'] },
      { username: 'bob', password: OLD, phone: '+15555550123' },
      { username: 'carol', password: OLD },
      { username: 'dave', password: OLD, email: 'dave@example.com', confirmed: false },
    ],
    now: () => clock.t,
    onCode: (event) => codes.push(event),
    ...extra,
  });
  const lastCode = () => codes.at(-1)!.code;
  return { transport, clock, codes, lastCode };
}

async function rejection(promise: Promise<unknown>): Promise<CognitoError> {
  try {
    await promise;
  } catch (error) {
    expect(CognitoError.is(error)).toBe(true);
    return error as CognitoError;
  }
  throw new Error('expected the call to reject');
}

async function expectCode(promise: Promise<unknown>, code: string, message?: string) {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  expect(error.status).toBe(400);
  expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  if (message !== undefined) expect(error.message).toBe(message);
  return error;
}

describe('createMemoryTransport: the happy path', () => {
  it('resets the password: the new one signs in, the old one no longer does', async () => {
    const { transport, lastCode } = setup();
    const delivery = await transport.forgotPassword({ username: 'alice' });
    expect(delivery).toEqual({ destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' });
    expect(lastCode()).toMatch(/^\d{6}$/);
    expect(transport.pendingCode('alice')).toBe(lastCode());
    await expect(
      transport.confirmForgotPassword({ username: 'alice', code: lastCode(), password: NEW }),
    ).resolves.toBeUndefined();
    expect(transport.signIn('alice', NEW)).toBe(true);
    expect(transport.signIn('alice', OLD)).toBe(false);
    expect(transport.pendingCode('alice')).toBeUndefined();
  });

  it('consumes the code: confirming twice with it gives ExpiredCodeException', async () => {
    const { transport, lastCode } = setup();
    await transport.forgotPassword({ username: 'alice' });
    const code = lastCode();
    await transport.confirmForgotPassword({ username: 'alice', code, password: NEW });
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code, password: 'Other-passw0rd!' }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('accepts any alias (email, custom alias) and ignores case by default', async () => {
    const { transport, codes, lastCode } = setup();
    await transport.forgotPassword({ username: 'Alice@Example.com' });
    expect(codes.at(-1)!.username).toBe('alice');
    await transport.confirmForgotPassword({ username: 'sub-1234', code: lastCode(), password: NEW });
    expect(transport.signIn('ALICE', NEW)).toBe(true);
    expect(transport.signIn('nobody', NEW)).toBe(false);
  });

  it('with caseSensitive, another case is another (unknown) user', async () => {
    const { transport } = setup({ caseSensitive: true });
    await expectCode(transport.forgotPassword({ username: 'Alice' }), 'UserNotFoundException');
    await expect(transport.forgotPassword({ username: 'alice' })).resolves.toMatchObject({ medium: 'EMAIL' });
  });

  it('sends by SMS to a phone-only user, and follows the recovery order', async () => {
    const { transport } = setup();
    await expect(transport.forgotPassword({ username: 'bob' })).resolves.toEqual({
      destination: '+*******0123',
      medium: 'SMS',
      attributeName: 'phone_number',
    });
    const both = createMemoryTransport({
      users: [{ username: 'erin', password: OLD, email: 'erin@example.org', phone: '+447700900123' }],
      recovery: ['phone', 'email'],
    });
    await expect(both.forgotPassword({ username: 'erin' })).resolves.toMatchObject({
      destination: '+********0123',
      medium: 'SMS',
    });
  });

  it('uses codeLength, or generateCode when given', async () => {
    const long = setup({ codeLength: 8 });
    await long.transport.forgotPassword({ username: 'alice' });
    expect(long.lastCode()).toMatch(/^\d{8}$/);
    const fixed = setup({ generateCode: () => 'AbC123' });
    await fixed.transport.forgotPassword({ username: 'alice' });
    expect(fixed.lastCode()).toBe('AbC123');
  });

  it('gives deterministic, distinct request ids', async () => {
    const { transport } = setup();
    const a = await expectCode(transport.forgotPassword({ username: 'nobody' }), 'UserNotFoundException');
    const b = await expectCode(transport.forgotPassword({ username: 'nobody' }), 'UserNotFoundException');
    expect(a.requestId).toBe('00000000-0000-4000-8000-000000000001');
    expect(b.requestId).toBe('00000000-0000-4000-8000-000000000002');
  });
});

describe('ForgotPassword errors', () => {
  it('an unknown user is UserNotFoundException (LEGACY)', async () => {
    const { transport, codes } = setup();
    await expectCode(
      transport.forgotPassword({ username: 'nobody' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
    expect(codes).toHaveLength(0);
  });

  it('a user without email or phone, or unconfirmed, is InvalidParameterException (LEGACY)', async () => {
    const { transport, codes } = setup();
    const message =
      'Cannot reset password for the user as there is no registered/verified email or phone_number';
    await expectCode(transport.forgotPassword({ username: 'carol' }), 'InvalidParameterException', message);
    await expectCode(transport.forgotPassword({ username: 'dave' }), 'InvalidParameterException', message);
    expect(codes).toHaveLength(0);
  });

  it('with preventUserExistenceErrors, all three get a stable simulated delivery and no code', async () => {
    const { transport, codes } = setup({ preventUserExistenceErrors: true });
    const first = await transport.forgotPassword({ username: 'nobody' });
    expect(first).toMatchObject({ medium: 'EMAIL', attributeName: 'email' });
    expect(first.destination).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*$/);
    await expect(transport.forgotPassword({ username: 'nobody' })).resolves.toEqual(first);
    await expect(transport.forgotPassword({ username: 'ghost@example.net' })).resolves.toEqual({
      destination: 'g***@e***',
      medium: 'EMAIL',
      attributeName: 'email',
    });
    await expect(transport.forgotPassword({ username: '+15555559999' })).resolves.toMatchObject({
      destination: '+*******9999',
      medium: 'SMS',
    });
    await expect(transport.forgotPassword({ username: 'carol' })).resolves.toHaveProperty('medium');
    await expect(transport.forgotPassword({ username: 'dave' })).resolves.toHaveProperty('medium');
    expect(codes).toHaveLength(0);
    expect(transport.pendingCode('dave')).toBeUndefined();
  });

  it('rejects an invalid username with InvalidParameterException before any lookup', async () => {
    const { transport } = setup();
    await expectCode(transport.forgotPassword({ username: '' }), 'InvalidParameterException');
    await expectCode(transport.forgotPassword({ username: 'a'.repeat(129) }), 'InvalidParameterException');
    await expectCode(transport.forgotPassword({ username: 'has space' }), 'InvalidParameterException');
  });

  it('limits code requests per user, then lets them through as the window slides', async () => {
    const { transport, clock } = setup({ maxCodeRequests: 3, codeRequestWindowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      await transport.forgotPassword({ username: 'alice' });
      clock.t += 10_000;
    }
    await expectCode(
      transport.forgotPassword({ username: 'alice' }),
      'LimitExceededException',
      'Attempt limit exceeded, please try after some time.',
    );
    // Another user is not affected.
    await expect(transport.forgotPassword({ username: 'bob' })).resolves.toMatchObject({ medium: 'SMS' });
    clock.t = START + 60_000; // the first request is now exactly one window old
    await expect(transport.forgotPassword({ username: 'alice' })).resolves.toMatchObject({ medium: 'EMAIL' });
  });

  it('fails with CodeDeliveryFailureException and keeps no code when delivery (onCode) throws', async () => {
    const transport = createMemoryTransport({
      users: [{ username: 'alice', password: OLD, email: 'alice@example.com' }],
      onCode: () => {
        throw new Error('smtp down');
      },
    });
    await expectCode(transport.forgotPassword({ username: 'alice' }), 'CodeDeliveryFailureException');
    expect(transport.pendingCode('alice')).toBeUndefined();
  });

  it('reports a generateCode that Cognito could not send as InternalErrorException', async () => {
    const { transport } = setup({ generateCode: () => '12 34' });
    const error = await rejection(transport.forgotPassword({ username: 'alice' }));
    expect(error.code).toBe('InternalErrorException');
    expect(error.message).not.toContain('12 34');
  });
});

describe('code replacement and expiry', () => {
  it('a new code replaces the old one, which then gives CodeMismatchException', async () => {
    const { transport, lastCode } = setup({ generateCode: counterCodes() });
    await transport.forgotPassword({ username: 'alice' });
    const first = lastCode();
    await transport.forgotPassword({ username: 'alice' });
    const second = lastCode();
    expect(second).not.toBe(first);
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code: first, password: NEW }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    await transport.confirmForgotPassword({ username: 'alice', code: second, password: NEW });
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('without a requested code, ExpiredCodeException', async () => {
    const { transport } = setup();
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code: '123456', password: NEW }),
      'ExpiredCodeException',
    );
  });

  it('a code is valid up to and including issuedAt + codeTtlMs (default one hour)', async () => {
    const { transport, clock, lastCode } = setup();
    await transport.forgotPassword({ username: 'alice' });
    clock.t = START + 3_600_000;
    await transport.confirmForgotPassword({ username: 'alice', code: lastCode(), password: NEW });
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('one millisecond later it is ExpiredCodeException, whatever code is typed', async () => {
    const { transport, clock, lastCode } = setup();
    await transport.forgotPassword({ username: 'alice' });
    clock.t = START + 3_600_001;
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code: lastCode(), password: NEW }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code: 'wrong', password: NEW }),
      'ExpiredCodeException',
    );
    expect(transport.signIn('alice', OLD)).toBe(true);
  });

  it('honours a custom codeTtlMs, and a new code restarts the clock', async () => {
    const { transport, clock, lastCode } = setup({ codeTtlMs: 1_000 });
    await transport.forgotPassword({ username: 'alice' });
    clock.t += 1_001;
    await expectCode(
      transport.confirmForgotPassword({ username: 'alice', code: lastCode(), password: NEW }),
      'ExpiredCodeException',
    );
    await transport.forgotPassword({ username: 'alice' });
    clock.t += 1_000;
    await transport.confirmForgotPassword({ username: 'alice', code: lastCode(), password: NEW });
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it.each([
    ['spaces', ' 123 456 '],
    ['a dash', '123-456'],
    ['full-width digits', '１２３４５６'],
    ['a no-break space', '123\u00a0456'],
    ['a zero-width space', '123\u200b456'],
  ])('normalises a pasted code with %s exactly as the fetch transport does', async (_, pasted) => {
    const { transport } = setup({ generateCode: () => '123456' });
    await transport.forgotPassword({ username: 'alice' });
    await transport.confirmForgotPassword({ username: 'alice', code: pasted, password: NEW });
    expect(transport.signIn('alice', NEW)).toBe(true);
  });

  it('the pool itself (receive, the wire) compares the code exactly: no forgiving spaces or full-width digits', async () => {
    const { transport } = setup({ generateCode: () => '123456' });
    await transport.forgotPassword({ username: 'alice' });
    const wire = (ConfirmationCode: string) =>
      transport.receive('ConfirmForgotPassword', { Username: 'alice', ConfirmationCode, Password: NEW });
    await expectCode(wire('１２３４５６'), 'CodeMismatchException');
    await expectCode(wire('123-456'), 'CodeMismatchException');
    await expectCode(wire(' 123456'), 'InvalidParameterException');
    await expectCode(wire('123 456'), 'InvalidParameterException');
    expect(transport.signIn('alice', OLD)).toBe(true);
  });
});

/** Codes 100001, 100002, … so that two codes are never equal by chance. */
function counterCodes() {
  let n = 100_000;
  return () => String(++n);
}
