import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { createMemoryTransport, type MemoryTransportOptions } from '../../src/core/memory-transport';
import { computeSecretHash } from '../../src/core/secret-hash';

const OLD = 'Old-passw0rd!';
const NEW = 'New-passw0rd!';
const CODE = '246810';

function pool(extra: Partial<MemoryTransportOptions> = {}) {
  return createMemoryTransport({
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com', phone: '+15555550123' },
      { username: 'off', password: OLD, email: 'off@example.com', enabled: false },
      { username: 'forced', password: OLD, email: 'forced@example.com', status: 'FORCE_CHANGE_PASSWORD' },
      { username: 'reset', password: OLD, email: 'reset@example.com', status: 'RESET_REQUIRED' },
      { username: 'quiet', password: OLD, email: 'quiet@example.com', emailVerified: false },
      {
        username: 'mixed',
        password: OLD,
        email: 'mixed@example.com',
        emailVerified: false,
        phone: '+15555550188',
      },
      { username: 'silent', password: OLD, phone: '+15555550177', phoneVerified: false },
    ],
    generateCode: () => CODE,
    ...extra,
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(CognitoError.is(error)).toBe(true);
    return (error as CognitoError).code;
  }
  return 'ok';
}

describe('user states', () => {
  it.each([false, true])(
    'a disabled user is NotAuthorizedException for both operations (prevention %s)',
    async (prevent) => {
      const transport = pool({ preventUserExistenceErrors: prevent });
      const error = await transport.forgotPassword({ username: 'off' }).catch((e: CognitoError) => e);
      expect(error).toMatchObject({
        code: 'NotAuthorizedException',
        message: 'User is disabled.',
        status: 400,
      });
      expect(
        await codeOf(transport.confirmForgotPassword({ username: 'off', code: CODE, password: NEW })),
      ).toBe('NotAuthorizedException');
    },
  );

  it('a user in FORCE_CHANGE_PASSWORD cannot reset; one in RESET_REQUIRED can and may then sign in', async () => {
    const transport = pool();
    await expect(transport.forgotPassword({ username: 'forced' })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'User password cannot be reset in the current state.',
    });
    const signIn = (USERNAME: string, PASSWORD: string) =>
      codeOf(
        transport.receive('InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME, PASSWORD },
        }),
      );
    expect(await signIn('reset', OLD)).toBe('PasswordResetRequiredException');
    await transport.forgotPassword({ username: 'reset' });
    await transport.confirmForgotPassword({ username: 'reset', code: CODE, password: NEW });
    expect(await signIn('reset', NEW)).toBe('ok');
    expect(await signIn('reset', OLD)).toBe('NotAuthorizedException');
  });

  it('unverified channels receive nothing: the recovery order skips them, and none left is InvalidParameterException', async () => {
    const transport = pool();
    expect(await codeOf(transport.forgotPassword({ username: 'quiet' }))).toBe('InvalidParameterException');
    expect(await codeOf(transport.forgotPassword({ username: 'silent' }))).toBe('InvalidParameterException');
    await expect(transport.forgotPassword({ username: 'mixed' })).resolves.toEqual({
      destination: '+*******0188',
      medium: 'SMS',
      attributeName: 'phone_number',
    });
    const phoneFirst = pool({ recovery: ['phone', 'email'] });
    await expect(phoneFirst.forgotPassword({ username: 'alice' })).resolves.toMatchObject({ medium: 'SMS' });
    await expect(pool().forgotPassword({ username: 'alice' })).resolves.toMatchObject({ medium: 'EMAIL' });
    const prevented = pool({ preventUserExistenceErrors: true });
    await expect(prevented.forgotPassword({ username: 'quiet' })).resolves.toMatchObject({ medium: 'EMAIL' });
    expect(prevented.pendingCode('quiet')).toBeUndefined();
  });

  it('InitiateAuth answers each state as Cognito does', async () => {
    const transport = pool({
      users: [
        { username: 'alice', password: OLD, email: 'a@example.com' },
        { username: 'off', password: OLD, enabled: false },
        { username: 'new', password: OLD, confirmed: false },
        { username: 'forced', password: OLD, status: 'FORCE_CHANGE_PASSWORD' },
      ],
    });
    const auth = (USERNAME: string, PASSWORD: string, AuthFlow = 'USER_PASSWORD_AUTH') =>
      transport.receive('InitiateAuth', {
        AuthFlow,
        ClientId: 'web',
        AuthParameters: { USERNAME, PASSWORD },
      });
    const { body } = await auth('alice', OLD);
    const result = body.AuthenticationResult as Record<string, string>;
    expect(result.TokenType).toBe('Bearer');
    const claims = JSON.parse(Buffer.from(result.IdToken!.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ 'cognito:username': 'alice', token_use: 'id', client_id: 'web' });
    expect(await codeOf(auth('alice', 'wrong'))).toBe('NotAuthorizedException');
    expect(await codeOf(auth('nobody', OLD))).toBe('UserNotFoundException');
    expect(await codeOf(auth('off', OLD))).toBe('NotAuthorizedException');
    expect(await codeOf(auth('new', OLD))).toBe('UserNotConfirmedException');
    expect((await auth('forced', OLD)).body).toMatchObject({ ChallengeName: 'NEW_PASSWORD_REQUIRED' });
    expect(await codeOf(auth('alice', OLD, 'USER_SRP_AUTH'))).toBe('InvalidParameterException');
    const prevented = pool({ preventUserExistenceErrors: true });
    expect(
      await codeOf(
        prevented.receive('InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'nobody', PASSWORD: OLD },
        }),
      ),
    ).toBe('NotAuthorizedException');
  });

  it('any other operation is UnknownOperationException', async () => {
    expect(await codeOf(pool().receive('SignUp', {}))).toBe('UnknownOperationException');
    expect(await codeOf(pool().receive('toString', {}))).toBe('UnknownOperationException');
  });
});

describe('records are checked, never silently ignored', () => {
  it.each([
    ['a misspelt key', { username: 'a', password: 'x', enable: false }, /unknown key "enable"/],
    [
      'an attribute name',
      { username: 'a', password: 'x', email_verified: false },
      /unknown key "email_verified"/,
    ],
    ['a wrong type', { username: 'a', password: 'x', enabled: 'no' }, /enabled must be a boolean/],
    ['an unknown status', { username: 'a', password: 'x', status: 'ARCHIVED' }, /status must be one of/],
    [
      'a contradiction',
      { username: 'a', password: 'x', confirmed: true, status: 'UNCONFIRMED' },
      /contradicts/,
    ],
  ])('a user with %s is a TypeError', (_, user, message) => {
    expect(() => createMemoryTransport({ users: [user as never] })).toThrow(message);
  });

  it.each([
    ['an unknown key', { clientId: 'web', secret: 's' }, /unknown key "secret"/],
    ['an invalid ClientId', { clientId: 'my web' }, /ClientId must match/],
    ['an empty secret', { clientId: 'web', clientSecret: '' }, /clientSecret is empty/],
  ])('a client with %s is a TypeError', (_, client, message) => {
    expect(() => createMemoryTransport({ users: [], clients: [client as never] })).toThrow(message);
  });

  it('two clients with one ClientId is a TypeError', () => {
    expect(() =>
      createMemoryTransport({ users: [], clients: [{ clientId: 'web' }, { clientId: 'web' }] }),
    ).toThrow(/two clients/);
  });
});

describe('app clients and SecretHash', () => {
  const SECRET = 'local-secret-1';
  const clients = [{ clientId: 'web' }, { clientId: 'server', clientSecret: SECRET }];
  const hash =
    (secret: string, clientId = 'server') =>
    (username: string) =>
      computeSecretHash(secret, username, clientId);

  it.each([
    ['a client without secret', { clientId: 'web' }, 'ok'],
    ['the right SecretHash', { clientId: 'server', secretHash: hash(SECRET) }, 'ok'],
    [
      'a SecretHash made with another secret',
      { clientId: 'server', secretHash: hash('other') },
      'NotAuthorizedException',
    ],
    [
      'a SecretHash made for another client',
      { clientId: 'server', secretHash: hash(SECRET, 'web') },
      'NotAuthorizedException',
    ],
    ['no SecretHash', { clientId: 'server' }, 'NotAuthorizedException'],
    ['an unknown client', { clientId: 'mobile' }, 'ResourceNotFoundException'],
    ['no client at all', {}, 'InvalidParameterException'],
  ])('%s: %s', async (_, transportOptions, expected) => {
    const transport = pool({ clients, ...transportOptions });
    expect(await codeOf(transport.forgotPassword({ username: 'alice' }))).toBe(expected);
    expect(
      await codeOf(transport.confirmForgotPassword({ username: 'alice', code: CODE, password: NEW })),
    ).toBe(expected);
    expect(transport.signIn('alice', expected === 'ok' ? NEW : OLD)).toBe(true);
  });

  it('a throwing secretHash provider is UnknownError, as with the fetch transport', async () => {
    const transport = pool({
      clients,
      clientId: 'server',
      secretHash: () => {
        throw new Error('vault down');
      },
    });
    expect(await codeOf(transport.forgotPassword({ username: 'alice' }))).toBe('UnknownError');
  });

  it('the client check comes before the user lookup: an unknown user behind a wrong hash is NotAuthorizedException', async () => {
    const transport = pool({ clients, clientId: 'server', secretHash: hash('other') });
    expect(await codeOf(transport.forgotPassword({ username: 'nobody' }))).toBe('NotAuthorizedException');
  });
});
