import {
  CognitoError,
  createMemoryTransport,
  type MemoryTransport,
  type MemoryTransportOptions,
  type Operation,
} from '../../src/core';

/** The one account every memory-transport story resets. */
export const DEMO_USER = {
  username: 'alice',
  password: 'Old-pass1!',
  email: 'alice@example.com',
  phone: '+15555550123',
} as const;

/** The code the demo pool "sends" every time, so a story (and a person) can type it. */
export const DEMO_CODE = '123456';
/** Meets Cognito's default policy: 11 characters, all four classes. */
export const STRONG_PASSWORD = 'Brand-new2?';
/** Meets none of the default policy's rules but lowercase. */
export const WEAK_PASSWORD = 'abc';

/** The request id injected errors carry, so "Reference: …" shows as it would from Cognito. */
export const DEMO_REQUEST_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** An error the pool answers with instead of doing its work: plain data, so it can be a control. */
export interface InjectedError {
  /** Which operation fails. */
  operation: Operation;
  /** The `CognitoError` code. */
  code: string;
  /** HTTP status. @default 400 (500 for InternalErrorException, 429 for TooManyRequests, none for client codes) */
  status?: number;
  /** Calls of that operation that succeed before the failures start (1 = the first code was sent fine). @default 0 */
  skip?: number;
  /** How many calls fail; 0 means all of them. @default 0 */
  times?: number;
}

/** Options for the demo pool: everything `createMemoryTransport` takes except the users. */
export type DemoPoolOptions = Omit<MemoryTransportOptions, 'users'> & {
  /** Give the demo user a phone number too (the pool then still prefers email unless `recovery` says otherwise). */
  withPhone?: boolean;
  /** Make the pool answer with an error (on top of the errors it raises itself). */
  inject?: InjectedError;
  /**
   * Whether the demo user's first code was already "sent" when the story starts, as on the confirm
   * step; the request step's stories start before it (so `inject.skip` counts their own requests).
   * @default true
   */
  sent?: boolean;
};

const CLIENT_CODES = /^(Network|Timeout|Abort|Http|Unknown)Error$/;

function defaultStatus(code: string): number | undefined {
  if (code === 'HttpError') return 502;
  if (CLIENT_CODES.test(code)) return undefined;
  if (code === 'InternalErrorException') return 500;
  return code === 'TooManyRequestsException' ? 429 : 400;
}

/** The `fail` option for an `InjectedError`; its counter belongs to one pool. */
function injector(inject: InjectedError): MemoryTransportOptions['fail'] {
  let seen = 0;
  return (operation) => {
    if (operation !== inject.operation) return undefined;
    seen += 1;
    const skip = inject.skip ?? 0;
    const times = inject.times ?? 0;
    if (seen <= skip || (times > 0 && seen > skip + times)) return undefined;
    return new CognitoError({
      code: inject.code,
      status: inject.status ?? defaultStatus(inject.code),
      requestId: CLIENT_CODES.test(inject.code) ? undefined : DEMO_REQUEST_ID,
      message: `injected by the story (${inject.code})`,
    });
  };
}

/**
 * A memory pool with the demo user whose first code has already been "sent", as it would have been
 * on the page before this step. Codes are fixed to `DEMO_CODE` unless `generateCode` says otherwise.
 */
export function createDemoPool(options: DemoPoolOptions = {}): MemoryTransport {
  const { withPhone, inject, sent = true, ...rest } = options;
  const pool = createMemoryTransport({
    users: [
      {
        username: DEMO_USER.username,
        password: DEMO_USER.password,
        email: DEMO_USER.email,
        ...(withPhone ? { phone: DEMO_USER.phone } : {}),
      },
    ],
    generateCode: () => DEMO_CODE,
    ...(inject ? { fail: injector(inject) } : {}),
    ...rest,
  });
  // With latencyMs 0 this settles before the first render commits; with a long latency (the
  // "submitting" story) it stays pending, which that story never needs.
  if (sent) pool.forgotPassword({ username: DEMO_USER.username }).catch(() => {});
  return pool;
}
