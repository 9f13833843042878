import { CognitoError } from './cognito-error';
import { checkInput } from './input-checks';
import {
  createDirectory,
  deliveryFor,
  MESSAGES,
  type MemoryUserInit,
  POLICY_MESSAGES,
  poolError,
  type RecoveryChannel,
  randomDigits,
  simulatedDelivery,
  type UserRecord,
  wait,
} from './memory-pool';
import { checkPassword, normalizePasswordPolicy, type PasswordPolicyInput } from './password-policy';
import type {
  CallOptions,
  CodeDelivery,
  ConfirmForgotPasswordInput,
  ForgotPasswordInput,
  Operation,
  ResetTransport,
} from './types';

export type { MemoryUserInit, RecoveryChannel } from './memory-pool';

/** What `onCode` receives each time the pool "sends" a code. */
export interface MemoryCodeEvent {
  /** The user's canonical `username`, even when the call named an alias. */
  username: string;
  /** The code, exactly as the user would receive it. */
  code: string;
  /** The masked delivery the call returned. */
  delivery: CodeDelivery;
}

/** The input an operation received; `fail` sees it to decide whether to inject an error. */
export type MemoryOperationInput = ForgotPasswordInput | ConfirmForgotPasswordInput;

/** One call the pool received. Holds no password and no code. */
export interface MemoryCall {
  /** Which operation. */
  operation: Operation;
  /** The `username` as sent (it may be an alias). */
  username: string;
  /** `now()` when the call arrived. */
  at: number;
  /** `'ok'`, or the `CognitoError` code the call rejected with. */
  outcome: string;
}

/** Options of `createMemoryTransport`. */
export interface MemoryTransportOptions {
  /** The users of the pool. */
  users: readonly MemoryUserInit[];
  /** The pool's policy, in any shape `normalizePasswordPolicy` accepts. @default Cognito's default */
  passwordPolicy?: PasswordPolicyInput;
  /** How long a code stays valid. @default 3_600_000 (Cognito's one hour) */
  codeTtlMs?: number;
  /** Wrong codes after which the user is locked out with LimitExceededException. @default 5 */
  maxAttempts?: number;
  /** How long that lockout lasts on the `now` clock. Cognito publishes no figure. @default 900_000 */
  lockoutMs?: number;
  /** ForgotPassword calls per user within `codeRequestWindowMs` before LimitExceededException. @default 5 */
  maxCodeRequests?: number;
  /** The sliding window for `maxCodeRequests`. @default 3_600_000 */
  codeRequestWindowMs?: number;
  /** Cognito's `PasswordHistorySize`, 0–24; the current password counts as one. @default 0 */
  passwordHistorySize?: number;
  /** Cognito's PreventUserExistenceErrors = ENABLED (`false` is LEGACY). @default false */
  preventUserExistenceErrors?: boolean;
  /** Cognito's `UsernameConfiguration.CaseSensitive`. @default false (the console's default) */
  caseSensitive?: boolean;
  /** Where codes go, first available wins (Cognito's AccountRecoverySetting). @default ['email', 'phone'] */
  recovery?: readonly RecoveryChannel[];
  /** Delay before each answer; an abort during it rejects with `AbortError`. @default 0 */
  latencyMs?: number;
  /** The clock every expiry and limit reads. @default Date.now */
  now?: () => number;
  /** Called with each code "sent". If it throws, the call fails with CodeDeliveryFailureException. */
  onCode?: (event: MemoryCodeEvent) => void;
  /** Digits in a generated code. @default 6 */
  codeLength?: number;
  /** Makes codes (e.g. a fixed `'123456'` for a story). @default random digits from WebCrypto */
  generateCode?: () => string;
  /**
   * Runs on every call after the latency and before any check; an error it returns is what the
   * call rejects with (state untouched), so a story or test can produce any row of the error table
   * (ForbiddenException, InternalErrorException…). If it throws, the call rejects with InternalErrorException.
   */
  fail?: (operation: Operation, input: Readonly<MemoryOperationInput>) => CognitoError | undefined;
}

/** An in-memory Cognito user pool that is also a `ResetTransport`. */
export interface MemoryTransport extends ResetTransport {
  /** Every call so far, oldest first (a copy). No passwords, no codes. */
  readonly calls: readonly MemoryCall[];
  /** The code awaiting confirmation for a user (by any alias), expired or not. */
  pendingCode(username: string): string | undefined;
  /** Whether `password` is the user's current password (the check a sign-in makes; account state aside). */
  signIn(username: string, password: string): boolean;
}

const HOUR = 3_600_000;

function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `createMemoryTransport: ${name} must be an integer from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

/**
 * Creates an in-memory user pool that answers ForgotPassword and ConfirmForgotPassword as a
 * strict Cognito does: policy, code expiry, code replacement, attempt and request limits,
 * password history and PreventUserExistenceErrors. It powers Storybook, the docs and tests.
 * Every rejection is a `CognitoError` with status 400, a request id and Cognito's wording.
 * @throws TypeError / RangeError at creation for an invalid policy, option or duplicate name.
 */
export function createMemoryTransport(options: MemoryTransportOptions): MemoryTransport {
  const policy = normalizePasswordPolicy(options.passwordPolicy);
  const now = options.now ?? Date.now;
  const codeTtlMs = requireInteger('codeTtlMs', options.codeTtlMs ?? HOUR, 1);
  const maxAttempts = requireInteger('maxAttempts', options.maxAttempts ?? 5, 1);
  const lockoutMs = requireInteger('lockoutMs', options.lockoutMs ?? 15 * 60_000, 0);
  const maxCodeRequests = requireInteger('maxCodeRequests', options.maxCodeRequests ?? 5, 1);
  const codeRequestWindowMs = requireInteger('codeRequestWindowMs', options.codeRequestWindowMs ?? HOUR, 0);
  const historySize = requireInteger('passwordHistorySize', options.passwordHistorySize ?? 0, 0, 24);
  const latencyMs = requireInteger('latencyMs', options.latencyMs ?? 0, 0);
  const codeLength = requireInteger('codeLength', options.codeLength ?? 6, 1, 2048);
  const generateCode = options.generateCode ?? (() => randomDigits(codeLength));
  const prevent = options.preventUserExistenceErrors ?? false;
  const recovery = options.recovery ?? ['email', 'phone'];
  const directory = createDirectory(options.users, options.caseSensitive ?? false);
  const calls: MemoryCall[] = [];
  let requests = 0;

  // Deterministic, UUID-shaped ids: snapshots and stories stay stable from run to run.
  const nextRequestId = () => `00000000-0000-4000-8000-${(++requests).toString(16).padStart(12, '0')}`;

  async function run<T>(
    operation: Operation,
    input: MemoryOperationInput,
    callOptions: CallOptions | undefined,
    handle: (requestId: string) => T,
  ): Promise<T> {
    const call: MemoryCall = { operation, username: String(input?.username ?? ''), at: now(), outcome: 'ok' };
    calls.push(call);
    const requestId = nextRequestId();
    try {
      await wait(latencyMs, callOptions?.signal);
      const injected = options.fail?.(operation, input);
      if (injected) throw injected;
      return handle(requestId);
    } catch (error) {
      const cognitoError = CognitoError.is(error)
        ? error
        : new CognitoError({ code: 'InternalErrorException', status: 500, requestId, cause: error });
      call.outcome = cognitoError.code;
      throw cognitoError;
    }
  }

  // Checked before anything else, as Cognito's request validation runs before any user lookup;
  // this is why an edge space is InvalidParameterException and never InvalidPasswordException.
  function validate(request: Parameters<typeof checkInput>[0], metadata: unknown, requestId: string): void {
    const problem = checkInput(metadata === undefined ? request : { ...request, ClientMetadata: metadata });
    if (problem) throw poolError('InvalidParameterException', problem.message, requestId);
  }

  function forgotPassword(input: ForgotPasswordInput, requestId: string): CodeDelivery {
    validate({ Username: input.username }, input.clientMetadata, requestId);
    const user = directory.find(input.username);
    if (!user) {
      if (prevent) return simulatedDelivery(input.username);
      throw poolError('UserNotFoundException', MESSAGES.userNotFound, requestId);
    }
    // An unconfirmed user has no verified attribute yet, so Cognito treats them like a user with
    // none (aws-sdk-android#713, aws-sdk-net#1984); with prevention on it pretends to deliver.
    const delivery = user.confirmed ? deliveryFor(user, recovery) : undefined;
    if (!delivery) {
      if (prevent) return simulatedDelivery(input.username);
      throw poolError('InvalidParameterException', MESSAGES.noRecoveryChannel, requestId);
    }
    const at = now();
    user.codeRequests = user.codeRequests.filter((t) => t > at - codeRequestWindowMs);
    if (user.codeRequests.length >= maxCodeRequests) {
      throw poolError('LimitExceededException', MESSAGES.limitExceeded, requestId);
    }
    user.codeRequests.push(at);
    const code = generateCode();
    if (typeof code !== 'string' || checkInput({ ConfirmationCode: code })) {
      throw new CognitoError({
        code: 'InternalErrorException',
        message: MESSAGES.badGeneratedCode,
        status: 500,
        requestId,
      });
    }
    try {
      options.onCode?.({ username: user.username, code, delivery: { ...delivery } });
    } catch (cause) {
      throw new CognitoError({
        code: 'CodeDeliveryFailureException',
        message: MESSAGES.deliveryFailed,
        status: 400,
        requestId,
        cause,
      });
    }
    // The newest code replaces the old one: "Resend code" is simply ForgotPassword again.
    user.pending = { code, issuedAt: at };
    return delivery;
  }

  /*
   * The order of checks, and why:
   * 1. field constraints (InvalidParameterException) – request validation precedes everything;
   * 2. unknown user – UserNotFoundException, or with PreventUserExistenceErrors the
   *    CodeMismatchException Cognito documents for that case;
   * 3. unconfirmed user – UserNotConfirmedException (CodeMismatch with prevention, same reason);
   * 4. lockout – LimitExceededException, even for the right code, until `lockoutMs` has passed;
   * 5. no pending code (never requested, or consumed by a success) or an expired one –
   *    ExpiredCodeException, whose text "please request a code again" is the only way out; a
   *    CodeMismatch would send the user back to retyping a code that can never work;
   * 6. wrong code – CodeMismatchException, counted towards the lockout;
   * 7. policy – InvalidPasswordException, then history – PasswordHistoryPolicyViolationException.
   *    Only once the code is proven right (so the policy never becomes a free code oracle nor
   *    masks a wrong code), and neither consumes the code nor counts an attempt: the user fixes
   *    the password and submits the same code again. Cognito does not publish this order
   *    (unverified); it is the one that costs the user least.
   */
  function confirmForgotPassword(input: ConfirmForgotPasswordInput, requestId: string): void {
    validate(
      { Username: input.username, ConfirmationCode: input.code, Password: input.password },
      input.clientMetadata,
      requestId,
    );
    const user = directory.find(input.username);
    if (!user) {
      if (prevent) throw poolError('CodeMismatchException', MESSAGES.codeMismatch, requestId);
      throw poolError('UserNotFoundException', MESSAGES.userNotFound, requestId);
    }
    if (!user.confirmed) {
      if (prevent) throw poolError('CodeMismatchException', MESSAGES.codeMismatch, requestId);
      throw poolError('UserNotConfirmedException', MESSAGES.userNotConfirmed, requestId);
    }
    const at = now();
    if (user.lockedUntil !== undefined) {
      if (at < user.lockedUntil) throw poolError('LimitExceededException', MESSAGES.limitExceeded, requestId);
      user.lockedUntil = undefined;
      user.failures = 0;
    }
    // Valid up to and including `issuedAt + codeTtlMs`; expired strictly after.
    if (!user.pending || at > user.pending.issuedAt + codeTtlMs) {
      throw poolError('ExpiredCodeException', MESSAGES.expiredCode, requestId);
    }
    // The pool is the server: it compares what arrived exactly. Normalising pasted input is the
    // transport's job, so a fake that forgave " 123 456" would hide a transport bug.
    if (input.code !== user.pending.code) {
      user.failures += 1;
      if (user.failures >= maxAttempts) user.lockedUntil = at + lockoutMs;
      throw poolError('CodeMismatchException', MESSAGES.codeMismatch, requestId);
    }
    const broken = checkPassword(input.password, policy).find((check) => !check.met);
    if (broken) {
      const reason = POLICY_MESSAGES[broken.id] ?? broken.id;
      throw poolError('InvalidPasswordException', `${MESSAGES.policyPrefix}${reason}`, requestId);
    }
    if (historySize > 0 && user.passwords.slice(0, historySize).includes(input.password)) {
      throw poolError('PasswordHistoryPolicyViolationException', MESSAGES.passwordHistory, requestId);
    }
    user.passwords = [input.password, ...user.passwords].slice(0, Math.max(1, historySize));
    user.pending = undefined;
    user.failures = 0;
  }

  const find = (username: string): UserRecord | undefined => directory.find(username);

  return {
    forgotPassword: (input, callOptions) =>
      run('ForgotPassword', input, callOptions, (requestId) => forgotPassword(input, requestId)),
    confirmForgotPassword: (input, callOptions) =>
      run('ConfirmForgotPassword', input, callOptions, (requestId) =>
        confirmForgotPassword(input, requestId),
      ),
    get calls() {
      return calls.map((call) => ({ ...call }));
    },
    pendingCode: (username) => find(username)?.pending?.code,
    signIn: (username, password) => find(username)?.passwords[0] === password,
  };
}
