/**
 * The state behind `createMemoryTransport`: user records, alias lookup, masked delivery and the
 * Cognito-like error texts. Kept apart from the transport so the behavioural rules (order of
 * checks, limits) read in one place and the bookkeeping in another.
 */
import { CognitoError } from './cognito-error';
import type { CodeDelivery } from './types';

/** A user of the in-memory pool. */
export interface MemoryUserInit {
  /** The user's `username` (Cognito's immutable sign-in name). */
  username: string;
  /** The current password. Not checked against the policy: admins may set anything. */
  password: string;
  /** The `email` attribute, treated as verified. Also accepted as a sign-in alias. */
  email?: string;
  /** The `phone_number` attribute in E.164 (`+15555550123`), treated as verified. Also an alias. */
  phone?: string;
  /** `false` for a user who signed up and never confirmed. @default true */
  confirmed?: boolean;
  /** Further names the user may be addressed by (`preferred_username`, `sub`, …). */
  aliases?: string[];
}

/** Where a recovery code may go, in the order the pool tries them. */
export type RecoveryChannel = 'email' | 'phone';

/** A user as the pool keeps it. Never leaves the closure of the transport. */
export interface UserRecord {
  readonly username: string;
  readonly email?: string;
  readonly phone?: string;
  readonly confirmed: boolean;
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

/** Picks the channel a code goes to, following the pool's recovery order. */
export function deliveryFor(user: UserRecord, order: readonly RecoveryChannel[]): CodeDelivery | undefined {
  for (const channel of order) {
    if (channel === 'email' && user.email) {
      return { destination: maskEmail(user.email), medium: 'EMAIL', attributeName: 'email' };
    }
    if (channel === 'phone' && user.phone) {
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
    if (!init.username) throw new TypeError('createMemoryTransport: every user needs a username');
    if (typeof init.password !== 'string') {
      throw new TypeError('createMemoryTransport: every user needs a password string');
    }
    const record: UserRecord = {
      username: init.username,
      ...(init.email ? { email: init.email } : {}),
      ...(init.phone ? { phone: init.phone } : {}),
      confirmed: init.confirmed ?? true,
      passwords: [init.password],
      failures: 0,
      codeRequests: [],
    };
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
