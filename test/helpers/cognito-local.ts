/**
 * Helpers for tests that talk to the cognito-local started by test/setup/cognito-local.ts
 * (node project only). Typical use:
 *
 * ```ts
 * const pool = await createTestPool();
 * const user = await pool.createUser();               // CONFIRMED, with an email and a known password
 * const transport = createCognitoTransport({ clientId: pool.clientId, endpoint: pool.endpoint });
 * await transport.forgotPassword({ username: user.username });
 * const code = await pool.readCode(user.username);    // the code cognito-local "sent"
 * await pool.signIn(user.username, 'New-Passw0rd!');  // rejects with the SDK's error when refused
 * ```
 *
 * Every call creates uniquely named pools and users, so test files may run in parallel against the
 * one server. cognito-local is lenient (see COGNITO.md): it checks codes but not the password
 * policy, SecretHash, expiry or attempt limits, and refuses a wrong password with
 * `InvalidPasswordException` where Cognito says `NotAuthorizedException`.
 */
import { randomUUID } from 'node:crypto';
import type {
  AuthenticationResultType,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { inject } from 'vitest';
import {
  createConfirmedUser,
  createPool,
  readConfirmationCode,
  adminClient as sharedAdminClient,
  signIn,
} from '../../scripts/cognito-local.mjs';

/** The base URL of the running cognito-local, e.g. `http://127.0.0.1:41234/`. Pass it as `endpoint`. */
export function cognitoLocalEndpoint(): string {
  return inject('cognitoLocalEndpoint');
}

let client: CognitoIdentityProviderClient | undefined;

/**
 * An AWS SDK v3 client pointed at cognito-local (scripts/cognito-local.mjs's `adminClient`), one per
 * test file. The credentials are dummies: cognito-local does not verify SigV4.
 */
export function adminClient(): CognitoIdentityProviderClient {
  client ??= sharedAdminClient(cognitoLocalEndpoint());
  return client;
}

/** A unique name such as `user-3f9c2a1b`, for pools, clients and users. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A user created by `TestPool.createUser`. */
export interface TestUser {
  /** The sign-in name (not an email unless you chose one). */
  username: string;
  /** The verified `email` attribute, where ForgotPassword "delivers" the code. */
  email: string;
  /** The current permanent password. */
  password: string;
}

/** Options of `TestPool.createUser`. */
export interface TestUserOptions {
  /** @default a unique `user-xxxxxxxx` */
  username?: string;
  /** @default `<username>@example.com` (or `<unique>@example.com` when the username has no ASCII form) */
  email?: string;
  /** @default 'Initial-Passw0rd!' */
  password?: string;
}

/** A fresh user pool with one public app client, plus helpers bound to it. */
export interface TestPool {
  /** cognito-local's base URL (use as `endpoint`). */
  endpoint: string;
  /** e.g. `local_AbCd1234`. */
  userPoolId: string;
  /** The app client: no secret, USER_PASSWORD_AUTH allowed. */
  clientId: string;
  /** Creates a CONFIRMED user with a verified email and a permanent password. */
  createUser(options?: TestUserOptions): Promise<TestUser>;
  /**
   * The code the last ForgotPassword generated for `username`, read from cognito-local's database
   * file; `undefined` when none is pending (e.g. after a successful ConfirmForgotPassword).
   */
  readCode(username: string): Promise<string | undefined>;
  /**
   * Signs in with InitiateAuth USER_PASSWORD_AUTH. Resolves with the tokens; rejects with the SDK's
   * error (its `name` is the Cognito code) when the password is refused, or when Cognito answers a
   * challenge instead of tokens.
   */
  signIn(username: string, password: string): Promise<AuthenticationResultType>;
}

/** Creates a user pool (usernames need not be emails) and a public app client in cognito-local. */
export async function createTestPool(): Promise<TestPool> {
  const endpoint = cognitoLocalEndpoint();
  const sdk = adminClient();
  const { userPoolId, clientId } = await createPool(sdk, {
    poolName: uniqueName('pool'),
    clientName: uniqueName('client'),
  });

  return {
    endpoint,
    userPoolId,
    clientId,

    async createUser(options = {}) {
      const username = options.username ?? uniqueName('user');
      const email =
        options.email ?? `${/^[\w.+-]+$/.test(username) ? username : uniqueName('user')}@example.com`;
      const password = options.password ?? 'Initial-Passw0rd!';
      await createConfirmedUser(sdk, userPoolId, { username, email, password });
      return { username, email, password };
    },

    readCode: (username) => readConfirmationCode(inject('cognitoLocalDataDir'), userPoolId, username),

    signIn: (username, password) => signIn(sdk, clientId, username, password),
  };
}
