import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import { createTestPool } from '../helpers/cognito-local';

// Against real HTTP: cognito-local speaks Cognito's awsJson1_1 wire format, so these tests prove
// headers, target, body and the parsing of real answers (COGNITO.md lists what it cannot prove).
describe('createCognitoTransport against cognito-local', () => {
  it('sends a code, refuses a wrong one, resets with the right one, and only the new password signs in', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    const transport = createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint });
    const newPassword = 'Brand-New-Passw0rd!';

    const delivery = await transport.forgotPassword({ username: user.username });
    // cognito-local does not mask the destination as Cognito does.
    expect(delivery).toEqual({ destination: user.email, medium: 'EMAIL', attributeName: 'email' });
    const code = await pool.readCode(user.username);
    expect(code).toMatch(/^\d{6}$/);

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await transport
      .confirmForgotPassword({ username: user.username, code: wrongCode, password: newPassword })
      .catch((error: unknown) => error);
    expect(CognitoError.is(wrong)).toBe(true);
    expect(wrong).toMatchObject({ code: 'CodeMismatchException', status: 400, retryable: false });
    // The failed attempt changed nothing.
    await expect(pool.signIn(user.username, user.password)).resolves.toHaveProperty('AccessToken');

    // Pasted with spaces and a dash: the transport normalises it.
    const pasted = ` ${code!.slice(0, 3)}-${code!.slice(3)} `;
    await expect(
      transport.confirmForgotPassword({ username: user.username, code: pasted, password: newPassword }),
    ).resolves.toBeUndefined();
    expect(await pool.readCode(user.username)).toBeUndefined();

    await expect(pool.signIn(user.username, newPassword)).resolves.toHaveProperty('AccessToken');
    // Real Cognito says NotAuthorizedException; cognito-local 5.3.0 says InvalidPasswordException.
    await expect(pool.signIn(user.username, user.password)).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
  });

  it('replaces the pending code when ForgotPassword is sent again (resend)', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    const transport = createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint });

    await transport.forgotPassword({ username: user.username, clientMetadata: { source: 'test' } });
    const first = await pool.readCode(user.username);
    let second = first;
    // A random six-digit code repeats with probability 1e-6; ask again rather than flake.
    while (second === first) {
      await transport.forgotPassword({ username: user.username });
      second = await pool.readCode(user.username);
    }
    const stale = await transport
      .confirmForgotPassword({ username: user.username, code: first!, password: 'Another-Passw0rd!' })
      .catch((error: unknown) => error);
    expect(stale).toMatchObject({ code: 'CodeMismatchException' });
    await transport.confirmForgotPassword({
      username: user.username,
      code: second!,
      password: 'Another-Passw0rd!',
    });
    await expect(pool.signIn(user.username, 'Another-Passw0rd!')).resolves.toHaveProperty('IdToken');
  });

  it('reports an unknown user and an unknown client with Cognito codes', async () => {
    const pool = await createTestPool();
    const transport = createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint });
    await expect(transport.forgotPassword({ username: 'nobody-here' })).rejects.toMatchObject({
      code: 'UserNotFoundException',
      status: 400,
    });

    const stranger = createCognitoTransport({ clientId: 'unknownclient', endpoint: pool.endpoint });
    await expect(stranger.forgotPassword({ username: 'nobody-here' })).rejects.toMatchObject({
      code: 'ResourceNotFoundException',
      status: 400,
    });
  });
});
