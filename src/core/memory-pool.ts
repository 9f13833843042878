/**
 * The state behind `createMemoryTransport`: user records, alias lookup, masked delivery and the
 * Cognito-like error texts. Kept apart from the transport so the behavioural rules (order of
 * checks, limits) read in one place and the bookkeeping in another.
 */
import { CognitoError } from './cognito-error';
import { fieldProblem } from './input-checks';
import type { CodeDelivery } from './types';

/** Cognito's `UserStatus` values a reset can meet. */
export type MemoryUserStatus = 'CONFIRMED' | 'UNCONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED';

/** A user of the in-memory pool. Any other key is refused with a `TypeError` at creation. */
export interface MemoryUserInit {
  /** The user's `username` (Cognito's immutable sign-in name). */
  username: string;
  /** The current password. Not checked against the policy: admins may set anything. */
  password: string;
  /** The `email` attribute. Also accepted as a sign-in alias. */
  email?: string;
  /** Cognito's `email_verified`: an unverified email receives no code. @default true */
  emailVerified?: boolean;
  /** The `phone_number` attribute in E.164 (`+15555550123`). Also an alias. */
  phone?: string;
  /** Cognito's `phone_number_verified`: an unverified phone receives no code. @default true */
  phoneVerified?: boolean;
  /**
   * Cognito's `UserStatus`. `UNCONFIRMED` cannot recover (no verified attribute yet);
   * `FORCE_CHANGE_PASSWORD` (created by an admin, never signed in) is refused with
   * NotAuthorizedException; `RESET_REQUIRED` resets like `CONFIRMED` and cannot sign in before.
   * @default 'CONFIRMED' ('UNCONFIRMED' when `confirmed` is false)
   */
  status?: MemoryUserStatus;
  /** Shorthand: `false` is `status: 'UNCONFIRMED'`. Contradicting `status` is a `TypeError`. @default true */
  confirmed?: boolean;
  /** Cognito's `Enabled`: a disabled user gets NotAuthorizedException ("User is disabled."). @default true */
  enabled?: boolean;
  /** Further names the user may be addressed by (`preferred_username`, `sub`, …). */
  aliases?: string[];
}

/** An app client of the in-memory pool. Any other key is refused with a `TypeError` at creation. */
export interface MemoryClientInit {
  /** Cognito's `ClientId`: 1–128 characters of `[A-Za-z0-9_+]`. */
  clientId: string;
  /** Cognito's `ClientSecret`. When set, every call must carry the right `SecretHash`. */
  clientSecret?: string;
}

/** Where a recovery code may go, in the order the pool tries them. */
export type RecoveryChannel = 'email' | 'phone';

/** A user as the pool keeps it. Never leaves the closure of the transport. */
export interface UserRecord {
  readonly username: string;
  readonly email?: string;
  readonly phone?: string;
  readonly emailVerified: boolean;
  readonly phoneVerified: boolean;
  readonly enabled: boolean;
  status: MemoryUserStatus;
  /** Current password first, then older ones; trimmed to the history size (at least 1). */
  passwords: string[];
  pending?: { code: string; issuedAt: number };
  /** Wrong codes since the last success or lifted lockout. */
  failures: number;
  lockedUntil?: number;
  /** Times of recent ForgotPassword calls, for the code-request limit. */
  codeRequests: number[];
}

/** The Cognito-like English texts, written once. `message` is for logs, never for display. */
export const MESSAGES = {
  codeMismatch: 'Invalid verification code provided, please try again.',
  expiredCode: 'Invalid code provided, please request a code again.',
  limitExceeded: 'Attempt limit exceeded, please try after some time.',
  userNotFound: 'Username/client id combination not found.',
  userNotConfirmed: 'User is not confirmed.',
  userDisabled: 'User is disabled.',
  cannotReset: 'User password cannot be reset in the current state.',
  userDoesNotExist: 'User does not exist.',
  incorrectPassword: 'Incorrect username or password.',
  resetRequired: 'Password reset required for the user',
  unknownClient: (clientId: string) => `User pool client ${clientId} does not exist.`,
  secretMissing: (clientId: string) =>
    `Client ${clientId} is configured for secret but secret was not received`,
  secretWrong: (clientId: string) => `Unable to verify secret hash for client ${clientId}`,
  authFlow: 'The local pool answers InitiateAuth with AuthFlow USER_PASSWORD_AUTH only',
  unknownOperation: 'The local pool answers ForgotPassword, ConfirmForgotPassword and InitiateAuth only',
  noRecoveryChannel:
    'Cannot reset password for the user as there is no registered/verified email or phone_number',
  passwordHistory: 'Password has previously been used.',
  policyPrefix: 'Password did not conform with policy: ',
  aborted: 'The operation was aborted.',
  deliveryFailed: 'Unable to deliver the verification code.',
  badGeneratedCode: 'generateCode returned a value Cognito could not send (empty, whitespace or over 2048).',
} as const;

/** What Cognito says for each policy rule that a password breaks, keyed by `checkPassword`'s ids. */
export const POLICY_MESSAGES: Readonly<Record<string, string>> = {
  minLength: 'Password not long enough',
  uppercase: 'Password must have uppercase characters',
  lowercase: 'Password must have lowercase characters',
  number: 'Password must have numeric characters',
  symbol: 'Password must have symbol characters',
};

/** Builds a 400 `CognitoError` carrying a request id, as a Cognito response would. */
export function poolError(
  code: string,
  message: string,
  requestId: string,
  reasonCode?: string,
): CognitoError {
  return new CognitoError({
    code,
    message,
    status: 400,
    requestId,
    ...(reasonCode === undefined ? {} : { reasonCode }),
  });
}

/**
 * `alice@example.com` → `a***@e***`: Cognito keeps the first character of the local part and of
 * the domain, nothing else (not even the TLD), so a screenshot leaks little.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at + 1) : '';
  return `${firstChar(local)}***@${firstChar(domain)}***`;
}

/** `+15555550123` → `+*******0123`: the plus and the last four digits survive. */
export function maskPhone(phone: string): string {
  const plus = phone.startsWith('+') ? '+' : '';
  const digits = phone.slice(plus.length);
  const keep = Math.min(4, digits.length);
  return `${plus}${'*'.repeat(digits.length - keep)}${digits.slice(digits.length - keep)}`;
}

// Code points, not UTF-16 units: an email may start with an astral character.
function firstChar(text: string): string {
  return Array.from(text)[0] ?? '';
}

/**
 * Picks the channel a code goes to: the first verified one in the pool's recovery order
 * (Cognito's AccountRecoverySetting); `undefined` when there is none.
 */
export function deliveryFor(user: UserRecord, order: readonly RecoveryChannel[]): CodeDelivery | undefined {
  for (const channel of order) {
    if (channel === 'email' && user.email && user.emailVerified) {
      return { destination: maskEmail(user.email), medium: 'EMAIL', attributeName: 'email' };
    }
    if (channel === 'phone' && user.phone && user.phoneVerified) {
      return { destination: maskPhone(user.phone), medium: 'SMS', attributeName: 'phone_number' };
    }
  }
  return undefined;
}

/**
 * The answer Cognito gives, with PreventUserExistenceErrors, for a user who does not exist (or
 * cannot receive a code): a plausible delivery that went nowhere. It is derived from the name
 * alone, so asking twice gives the same answer and nothing distinguishes it from a real one.
 */
export function simulatedDelivery(username: string): CodeDelivery {
  if (/^\+\d{6,}$/.test(username)) {
    return { destination: maskPhone(username), medium: 'SMS', attributeName: 'phone_number' };
  }
  if (/^[^@\s]+@[^@\s]+$/.test(username)) {
    return { destination: maskEmail(username), medium: 'EMAIL', attributeName: 'email' };
  }
  let hash = 0;
  for (const ch of username) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  const letter = (n: number) => String.fromCharCode(97 + (n % 26));
  return {
    destination: `${letter(hash)}***@${letter(hash >>> 8)}***`,
    medium: 'EMAIL',
    attributeName: 'email',
  };
}

/** The user records and their lookup by username or any alias. */
export interface UserDirectory {
  /** Finds a user by username, email, phone or alias, as Cognito accepts any alias as `Username`. */
  find(name: string): UserRecord | undefined;
}

/**
 * Builds the directory. Duplicate names are a configuration mistake (Cognito refuses an alias
 * already taken), so they throw at creation rather than making lookups ambiguous later.
 * @param caseSensitive Cognito's `UsernameConfiguration.CaseSensitive`.
 */
export function createDirectory(users: readonly MemoryUserInit[], caseSensitive: boolean): UserDirectory {
  const byName = new Map<string, UserRecord>();
  const key = (name: string) => (caseSensitive ? name : name.toLowerCase());
  for (const init of users) {
    const record = userRecord(init);
    const names = new Set(
      [init.username, init.email, init.phone, ...(init.aliases ?? [])].filter(Boolean).map((n) => key(n!)),
    );
    for (const name of names) {
      if (byName.has(name)) {
        throw new TypeError(`createMemoryTransport: the name "${name}" belongs to two users`);
      }
      byName.set(name, record);
    }
  }
  return { find: (name) => byName.get(key(name)) };
}

// Written once: the keys a record may have, so a typo (`enable`, `verified`) is an error, not a no-op.
const USER_KEYS: Record<keyof MemoryUserInit, 'string' | 'boolean' | 'object'> = {
  username: 'string',
  password: 'string',
  email: 'string',
  emailVerified: 'boolean',
  phone: 'string',
  phoneVerified: 'boolean',
  status: 'string',
  confirmed: 'boolean',
  enabled: 'boolean',
  aliases: 'object',
};
const CLIENT_KEYS: Record<keyof MemoryClientInit, 'string'> = { clientId: 'string', clientSecret: 'string' };
const STATUSES: readonly MemoryUserStatus[] = [
  'CONFIRMED',
  'UNCONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'RESET_REQUIRED',
];

/** Refuses keys a record does not know and values of the wrong type, naming the key (never a value). */
function checkKeys(what: string, init: object, keys: Record<string, string>): void {
  if (typeof init !== 'object' || init === null)
    throw new TypeError(`createMemoryTransport: ${what} must be an object`);
  for (const [name, value] of Object.entries(init)) {
    if (!Object.hasOwn(keys, name)) {
      throw new TypeError(
        `createMemoryTransport: ${what} has an unknown key "${name}" (known: ${Object.keys(keys).join(', ')})`,
      );
    }
    if (value !== undefined && typeof value !== keys[name]) {
      throw new TypeError(`createMemoryTransport: ${what}.${name} must be a ${keys[name]}`);
    }
  }
}

function userRecord(init: MemoryUserInit): UserRecord {
  checkKeys('a user', init, USER_KEYS);
  if (!init.username) throw new TypeError('createMemoryTransport: every user needs a username');
  if (typeof init.password !== 'string') {
    throw new TypeError('createMemoryTransport: every user needs a password string');
  }
  if (init.status !== undefined && !STATUSES.includes(init.status)) {
    throw new TypeError(`createMemoryTransport: status must be one of ${STATUSES.join(', ')}`);
  }
  const status = init.status ?? (init.confirmed === false ? 'UNCONFIRMED' : 'CONFIRMED');
  if (init.confirmed !== undefined && init.confirmed !== (status !== 'UNCONFIRMED')) {
    throw new TypeError(`createMemoryTransport: confirmed: ${init.confirmed} contradicts status ${status}`);
  }
  return {
    username: init.username,
    ...(init.email ? { email: init.email } : {}),
    ...(init.phone ? { phone: init.phone } : {}),
    emailVerified: init.emailVerified ?? true,
    phoneVerified: init.phoneVerified ?? true,
    enabled: init.enabled ?? true,
    status,
    passwords: [init.password],
    failures: 0,
    codeRequests: [],
  };
}

/**
 * The app clients by `ClientId`; `undefined` when the pool was given none (then any ClientId, or
 * none, is accepted, as the in-process transport needs no client).
 * @throws TypeError for an invalid or duplicate ClientId, an empty secret or an unknown key.
 */
export function createClients(
  clients: readonly MemoryClientInit[] | undefined,
): Map<string, MemoryClientInit> | undefined {
  if (clients === undefined) return undefined;
  const byId = new Map<string, MemoryClientInit>();
  for (const client of clients) {
    checkKeys('a client', client, CLIENT_KEYS);
    const problem = fieldProblem('ClientId', client.clientId);
    if (problem) throw new TypeError(`createMemoryTransport: ${problem}`);
    if (client.clientSecret === '') throw new TypeError('createMemoryTransport: clientSecret is empty');
    if (byId.has(client.clientId)) {
      throw new TypeError(`createMemoryTransport: two clients have the ClientId "${client.clientId}"`);
    }
    byId.set(client.clientId, { ...client });
  }
  return byId;
}

/** `length` random decimal digits from WebCrypto (browsers and Node >= 20 alike). */
export function randomDigits(length: number): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => String(v % 10)).join('');
}

/** Waits `ms`, rejecting with `AbortError` as soon as `signal` aborts (also when already aborted). */
export function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  const aborted = () =>
    new CognitoError({ code: 'AbortError', message: MESSAGES.aborted, cause: signal?.reason });
  if (signal?.aborted) return Promise.reject(aborted());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// base64url of UTF-8 JSON, for the JWT-shaped tokens below.
const segment = (value: object): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/**
 * `InitiateAuth`'s `AuthenticationResult` for a user who signed in. The tokens have a JWT's shape
 * and claims (`sub`, `cognito:username`, `token_use`, `client_id`, `exp`) so an app can decode them,
 * but they are unsigned (`alg: none`): proof for a test that the password worked, never a credential.
 */
export function localAuthenticationResult(username: string, clientId: string, nowMs: number) {
  const iat = Math.floor(nowMs / 1000);
  const claims = { sub: username, 'cognito:username': username, client_id: clientId, iat, exp: iat + 3600 };
  const token = (use: string) =>
    `${segment({ alg: 'none', typ: 'JWT' })}.${segment({ ...claims, token_use: use })}.`;
  return {
    AccessToken: token('access'),
    IdToken: token('id'),
    RefreshToken: `local-refresh.${randomDigits(24)}`,
    ExpiresIn: 3600,
    TokenType: 'Bearer',
  };
}
