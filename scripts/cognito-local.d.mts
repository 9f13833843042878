// Types for scripts/cognito-local.mjs, so the TypeScript tests can import it under strict settings.
import type {
  AuthenticationResultType,
  CognitoIdentityProviderClient,
  PasswordPolicyType,
} from '@aws-sdk/client-cognito-identity-provider';

/** A running cognito-local, started by `launchCognitoLocal`. */
export interface CognitoLocal {
  /** Its base URL, e.g. `http://127.0.0.1:41234/`: the transport's or SDK's `endpoint`. */
  endpoint: string;
  /** Folder of its JSON database: one `<userPoolId>.json` per pool. */
  dataDir: string;
  /** Its temporary working folder (removed by `stop`). */
  workDir: string;
  /** Its process id. */
  pid: number;
  /** Stops it by PID and removes the working folder. */
  stop(): Promise<void>;
}

/** Options of `createPool`. */
export interface PoolOptions {
  poolName: string;
  /** The app client's name. */
  clientName: string;
  /** @default none: cognito-local then reports no policy and Cognito would apply its default */
  passwordPolicy?: PasswordPolicyType;
  /** e.g. `['email']`. @default none */
  autoVerifiedAttributes?: ('email' | 'phone_number')[];
}

/** A free TCP port on 127.0.0.1 (it can be taken again before use: callers retry). */
export declare function freePort(): Promise<number>;
/** Starts cognito-local on 127.0.0.1 in a fresh temporary folder; resolves once /health answers. */
export declare function launchCognitoLocal(): Promise<CognitoLocal>;
/** An AWS SDK v3 client pointed at cognito-local, with dummy credentials. */
export declare function adminClient(endpoint: string): CognitoIdentityProviderClient;
/** Creates a user pool and one public app client (no secret, USER_PASSWORD_AUTH allowed). */
export declare function createPool(
  sdk: CognitoIdentityProviderClient,
  options: PoolOptions,
): Promise<{ userPoolId: string; clientId: string }>;
/** Creates a CONFIRMED user with a verified email and a permanent password. */
export declare function createConfirmedUser(
  sdk: CognitoIdentityProviderClient,
  userPoolId: string,
  user: { username: string; email: string; password: string },
): Promise<void>;
/** The code the last ForgotPassword generated for `username`, from the database file; `undefined` when none. */
export declare function readConfirmationCode(
  dataDir: string,
  userPoolId: string,
  username: string,
): Promise<string | undefined>;
/** InitiateAuth USER_PASSWORD_AUTH: the tokens, or a rejection with the SDK's error (or on a challenge). */
export declare function signIn(
  sdk: CognitoIdentityProviderClient,
  clientId: string,
  username: string,
  password: string,
): Promise<AuthenticationResultType>;
