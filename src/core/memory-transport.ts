import { CognitoError } from './cognito-error';
import { checkInput, normalizeCode } from './input-checks';
import {
  createClients,
  createDirectory,
  deliveryFor,
  localAuthenticationResult,
  MESSAGES,
  type MemoryClientInit,
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
import { computeSecretHash } from './secret-hash';
import type {
  CallOptions,
  CodeDelivery,
  CodeDeliveryDetails,
  ConfirmForgotPasswordInput,
  ForgotPasswordInput,
  Operation,
  ResetTransport,
} from './types';

export type { MemoryClientInit, MemoryUserInit, MemoryUserStatus, RecoveryChannel } from './memory-pool';

/** What the pool answers: the two reset operations, and `InitiateAuth` to prove a new password. */
export type MemoryOperation = Operation | 'InitiateAuth';

/** One answer of {@link MemoryTransport.receive}: the JSON body and the request id Cognito would send. */
export interface MemoryAnswer {
  /** The awsJson1_1 response body (`{}` for ConfirmForgotPassword). */
  body: Record<string, unknown>;
  /** The `x-amzn-requestid` of the answer. */
  requestId: string;
}

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
  operation: MemoryOperation;
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
  /**
   * The pool's app clients. When given, every call must name one (`ResourceNotFoundException`
   * otherwise) and carry the right `SecretHash` for a client with a secret (`NotAuthorizedException`).
   * @default undefined (any ClientId, or none, is accepted)
   */
  clients?: readonly MemoryClientInit[];
  /** The `ClientId` this transport's own calls send, as `createCognitoTransport`'s. @default undefined */
  clientId?: string;
  /** Gives the `SecretHash` this transport's own calls send, as `createCognitoTransport`'s. @default undefined */
  secretHash?: (username: string) => string | Promise<string>;
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
  /**
   * Answers one awsJson1_1 request exactly as it arrived on the wire (`ClientId`, `SecretHash`,
   * `Username`, `ConfirmationCode`…; nothing is normalised), as Cognito would: ForgotPassword,
   * ConfirmForgotPassword, and InitiateAuth with `USER_PASSWORD_AUTH`. The transport's own methods
   * and the HTTP server of `react-cognito-reset/testing` both go through it.
   * @throws CognitoError — Cognito's code, status and message, with a request id;
   * `UnknownOperationException` for any other operation.
   */
  receive(operation: string, request: unknown, options?: CallOptions): Promise<MemoryAnswer>;
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
  const clients = createClients(options.clients);
  const calls: MemoryCall[] = [];
  let requests = 0;

  // Deterministic, UUID-shaped ids: snapshots and stories stay stable from run to run.
  const nextRequestId = () => `00000000-0000-4000-8000-${(++requests).toString(16).padStart(12, '0')}`;

  // Checked before anything else, as Cognito's request validation runs before any lookup; this is
  // why an edge space is InvalidParameterException and never InvalidPasswordException. A field
  // that is undefined (absent; JSON leaves it out) is not checked: callers pass `null` for a
  // required one. ClientId is required once the pool has clients.
  function validate(request: Record<string, unknown>, requestId: string): void {
    const present = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
    if (clients && !('ClientId' in present)) present.ClientId = undefined;
    const problem = checkInput(present);
    if (problem) throw poolError('InvalidParameterException', problem.message, requestId);
  }

  // Then the app client and its SecretHash, before any user is looked up.
  async function checkClient(clientId: unknown, username: unknown, secretHash: unknown, requestId: string) {
    if (!clients) return;
    const client = clients.get(clientId as string);
    if (!client)
      throw poolError('ResourceNotFoundException', MESSAGES.unknownClient(String(clientId)), requestId);
    if (!client.clientSecret) return;
    if (secretHash === undefined) {
      throw poolError('NotAuthorizedException', MESSAGES.secretMissing(client.clientId), requestId);
    }
    const expected = await computeSecretHash(client.clientSecret, String(username), client.clientId);
    if (secretHash !== expected) {
      throw poolError('NotAuthorizedException', MESSAGES.secretWrong(client.clientId), requestId);
    }
  }

  // A disabled user, or one an admin created who never signed in, cannot reset at all.
  function checkState(user: UserRecord, requestId: string): void {
    if (!user.enabled) throw poolError('NotAuthorizedException', MESSAGES.userDisabled, requestId);
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      throw poolError('NotAuthorizedException', MESSAGES.cannotReset, requestId);
    }
  }

  async function forgotPassword(request: Record<string, unknown>, requestId: string) {
    const { ClientId, SecretHash, Username, ClientMetadata } = request;
    validate({ ClientId, SecretHash, Username: Username ?? null, ClientMetadata }, requestId);
    await checkClient(ClientId, Username, SecretHash, requestId);
    const username = Username as string;
    const user = directory.find(username);
    if (!user) {
      if (prevent) return details(simulatedDelivery(username));
      throw poolError('UserNotFoundException', MESSAGES.userNotFound, requestId);
    }
    checkState(user, requestId);
    // An unconfirmed user has no verified attribute yet, so Cognito treats them like a user with
    // none (aws-sdk-android#713, aws-sdk-net#1984); with prevention on it pretends to deliver.
    const delivery = user.status === 'UNCONFIRMED' ? undefined : deliveryFor(user, recovery);
    if (!delivery) {
      if (prevent) return details(simulatedDelivery(username));
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
    return details(delivery);
  }

  /*
   * The order of checks, and why:
   * 1. field constraints (InvalidParameterException) – request validation precedes everything;
   * 2. the app client (ResourceNotFoundException) and its SecretHash (NotAuthorizedException);
   * 3. unknown user – UserNotFoundException, or with PreventUserExistenceErrors the
   *    CodeMismatchException Cognito documents for that case;
   * 4. a disabled user or one in FORCE_CHANGE_PASSWORD – NotAuthorizedException;
   * 5. unconfirmed user – UserNotConfirmedException (CodeMismatch with prevention, same reason);
   * 6. lockout – LimitExceededException, even for the right code, until `lockoutMs` has passed;
   * 7. no pending code (never requested, or consumed by a success) or an expired one –
   *    ExpiredCodeException, whose text "please request a code again" is the only way out; a
   *    CodeMismatch would send the user back to retyping a code that can never work;
   * 8. wrong code – CodeMismatchException, counted towards the lockout;
   * 9. policy – InvalidPasswordException, then history – PasswordHistoryPolicyViolationException.
   *    Only once the code is proven right (so the policy never becomes a free code oracle nor
   *    masks a wrong code), and neither consumes the code nor counts an attempt: the user fixes
   *    the password and submits the same code again. Cognito does not publish this order
   *    (unverified); it is the one that costs the user least.
   */
  async function confirmForgotPassword(request: Record<string, unknown>, requestId: string) {
    const { ClientId, SecretHash, Username, ConfirmationCode, Password, ClientMetadata } = request;
    // Username, ConfirmationCode and Password are required: absent, they fail like a bad value.
    const required = { Username: Username ?? null, ConfirmationCode: ConfirmationCode ?? null };
    validate({ ClientId, SecretHash, ...required, Password: Password ?? null, ClientMetadata }, requestId);
    await checkClient(ClientId, Username, SecretHash, requestId);
    const user = directory.find(Username as string);
    if (!user) {
      if (prevent) throw poolError('CodeMismatchException', MESSAGES.codeMismatch, requestId);
      throw poolError('UserNotFoundException', MESSAGES.userNotFound, requestId);
    }
    checkState(user, requestId);
    if (user.status === 'UNCONFIRMED') {
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
    // transport's job (below, as the fetch transport does), so a server that forgave " 123 456"
    // would hide a transport that forgot to.
    if (ConfirmationCode !== user.pending.code) {
      user.failures += 1;
      if (user.failures >= maxAttempts) user.lockedUntil = at + lockoutMs;
      throw poolError('CodeMismatchException', MESSAGES.codeMismatch, requestId);
    }
    const password = Password as string;
    const broken = checkPassword(password, policy).find((check) => !check.met);
    if (broken) {
      const reason = POLICY_MESSAGES[broken.id] ?? broken.id;
      throw poolError('InvalidPasswordException', `${MESSAGES.policyPrefix}${reason}`, requestId);
    }
    if (historySize > 0 && user.passwords.slice(0, historySize).includes(password)) {
      throw poolError('PasswordHistoryPolicyViolationException', MESSAGES.passwordHistory, requestId);
    }
    user.passwords = [password, ...user.passwords].slice(0, Math.max(1, historySize));
    user.pending = undefined;
    user.failures = 0;
    // A reset is what RESET_REQUIRED asks for; the user may sign in again.
    user.status = 'CONFIRMED';
    return {};
  }

  // USER_PASSWORD_AUTH: enough of InitiateAuth for a test to prove which password works.
  async function initiateAuth(request: Record<string, unknown>, requestId: string) {
    const { AuthFlow, ClientId, ClientMetadata } = request;
    const parameters = Object(request.AuthParameters) as Record<string, unknown>;
    const { USERNAME, PASSWORD, SECRET_HASH } = parameters;
    validate({ ClientId, ClientMetadata }, requestId);
    if (AuthFlow !== 'USER_PASSWORD_AUTH')
      throw poolError('InvalidParameterException', MESSAGES.authFlow, requestId);
    for (const [name, value] of [
      ['USERNAME', USERNAME],
      ['PASSWORD', PASSWORD],
    ]) {
      if (typeof value !== 'string' || !value) {
        throw poolError('InvalidParameterException', `Missing required parameter ${name}`, requestId);
      }
    }
    await checkClient(ClientId, USERNAME, SECRET_HASH, requestId);
    const user = directory.find(USERNAME as string);
    if (!user) {
      throw prevent
        ? poolError('NotAuthorizedException', MESSAGES.incorrectPassword, requestId)
        : poolError('UserNotFoundException', MESSAGES.userDoesNotExist, requestId);
    }
    if (!user.enabled) throw poolError('NotAuthorizedException', MESSAGES.userDisabled, requestId);
    if (user.passwords[0] !== PASSWORD) {
      throw poolError('NotAuthorizedException', MESSAGES.incorrectPassword, requestId);
    }
    if (user.status === 'UNCONFIRMED') {
      throw poolError('UserNotConfirmedException', MESSAGES.userNotConfirmed, requestId);
    }
    if (user.status === 'RESET_REQUIRED') {
      throw poolError('PasswordResetRequiredException', MESSAGES.resetRequired, requestId);
    }
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      return {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        ChallengeParameters: {
          USER_ID_FOR_SRP: user.username,
          requiredAttributes: '[]',
          userAttributes: '{}',
        },
        Session: `local-session.${randomDigits(24)}`,
      };
    }
    return {
      AuthenticationResult: localAuthenticationResult(user.username, String(ClientId ?? ''), now()),
      ChallengeParameters: {},
    };
  }

  const HANDLERS: Record<
    MemoryOperation,
    (request: Record<string, unknown>, requestId: string) => Promise<Record<string, unknown>>
  > = {
    ForgotPassword: forgotPassword,
    ConfirmForgotPassword: confirmForgotPassword,
    InitiateAuth: initiateAuth,
  };

  async function receive(
    operation: string,
    request: unknown,
    callOptions?: CallOptions,
  ): Promise<MemoryAnswer> {
    if (!Object.hasOwn(HANDLERS, operation)) {
      throw poolError('UnknownOperationException', MESSAGES.unknownOperation, nextRequestId());
    }
    const op = operation as MemoryOperation;
    const wire = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
    const named = op === 'InitiateAuth' ? Object(wire.AuthParameters).USERNAME : wire.Username;
    const call: MemoryCall = { operation: op, username: String(named ?? ''), at: now(), outcome: 'ok' };
    calls.push(call);
    const requestId = nextRequestId();
    try {
      await wait(latencyMs, callOptions?.signal);
      const injected = op === 'InitiateAuth' ? undefined : options.fail?.(op, kitInput(wire));
      if (injected) throw injected;
      return { body: await HANDLERS[op](wire, requestId), requestId };
    } catch (error) {
      const cognitoError = CognitoError.is(error)
        ? error
        : new CognitoError({ code: 'InternalErrorException', status: 500, requestId, cause: error });
      call.outcome = cognitoError.code;
      throw cognitoError;
    }
  }

  // The kit's input as a wire request, built as `createCognitoTransport` builds it: the pasted
  // code normalised by the same function, ClientId and SecretHash from the options.
  async function send(
    operation: Operation,
    input: Partial<ConfirmForgotPasswordInput>,
    callOptions?: CallOptions,
  ) {
    const request: Record<string, unknown> = {
      ClientId: options.clientId,
      Username: input?.username,
      ClientMetadata: input?.clientMetadata,
    };
    if (operation === 'ConfirmForgotPassword') {
      request.ConfirmationCode = normalizeCode(input?.code as string);
      request.Password = input?.password;
    }
    if (options.secretHash && typeof input?.username === 'string') {
      try {
        request.SecretHash = await options.secretHash(input.username);
      } catch (cause) {
        throw new CognitoError({ code: 'UnknownError', cause });
      }
    }
    return (await receive(operation, request, callOptions)).body;
  }

  const find = (username: string): UserRecord | undefined => directory.find(username);

  return {
    forgotPassword: async (input, callOptions) => {
      const { CodeDeliveryDetails: d } = (await send('ForgotPassword', input, callOptions)) as {
        CodeDeliveryDetails: CodeDeliveryDetails;
      };
      return { destination: d.Destination, medium: d.DeliveryMedium, attributeName: d.AttributeName };
    },
    confirmForgotPassword: async (input, callOptions) => {
      await send('ConfirmForgotPassword', input, callOptions);
    },
    receive,
    get calls() {
      return calls.map((call) => ({ ...call }));
    },
    pendingCode: (username) => find(username)?.pending?.code,
    signIn: (username, password) => find(username)?.passwords[0] === password,
  };
}

/** `CodeDeliveryDetails` on the wire for the kit's `CodeDelivery`. */
function details(delivery: CodeDelivery): { CodeDeliveryDetails: CodeDeliveryDetails } {
  return {
    CodeDeliveryDetails: {
      Destination: delivery.destination,
      DeliveryMedium: delivery.medium,
      AttributeName: delivery.attributeName,
    },
  };
}

/** What `fail` sees: the wire request in the kit's words. */
function kitInput(wire: Record<string, unknown>): MemoryOperationInput {
  const input: Record<string, unknown> = { username: wire.Username };
  if (wire.ConfirmationCode !== undefined) input.code = wire.ConfirmationCode;
  if (wire.Password !== undefined) input.password = wire.Password;
  if (wire.ClientMetadata !== undefined) input.clientMetadata = wire.ClientMetadata;
  return input as unknown as MemoryOperationInput;
}
