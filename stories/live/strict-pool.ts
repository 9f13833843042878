// The strict local Cognito the "Live/Strict local Cognito" story talks to, started by `npm start`
// (scripts/start.mjs) and by the story tests (test/storybook/global-setup.ts). Node only.
import { type LocalCognito, startLocalCognito } from '../../src/testing';
import type { StrictPoolConfig } from './strict-config';

/**
 * Starts the demo pool: Cognito's default policy, a two-minute code, three wrong codes before a
 * one-minute lockout, and a history of three, so each strict error can be seen within minutes.
 * @param onCode Told each code as it is "sent" (the terminal of `npm start` prints it).
 */
export async function startStrictPool(
  onCode?: (username: string, code: string) => void,
): Promise<{ cognito: LocalCognito; config: StrictPoolConfig }> {
  const demo = {
    clientId: 'playground',
    username: 'demo',
    password: 'Old-pass1!',
    passwordPolicy: {
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    },
    codeTtlSeconds: 120,
    maxAttempts: 3,
    maxCodeRequests: 5,
    passwordHistorySize: 3,
  };
  const cognito = await startLocalCognito({
    users: [{ username: demo.username, password: demo.password, email: 'demo@example.com' }],
    clients: [{ clientId: demo.clientId }],
    passwordPolicy: demo.passwordPolicy,
    codeTtlMs: demo.codeTtlSeconds * 1000,
    maxAttempts: demo.maxAttempts,
    lockoutMs: 60_000,
    maxCodeRequests: demo.maxCodeRequests,
    passwordHistorySize: demo.passwordHistorySize,
    onCode: ({ username, code }) => onCode?.(username, code),
  });
  return { cognito, config: { ...demo, endpoint: cognito.endpoint } };
}
