import { createMemoryTransport, type MemoryTransport, type MemoryTransportOptions } from '../../src/core';

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

/** Options for the demo pool: everything `createMemoryTransport` takes except the users. */
export type DemoPoolOptions = Omit<MemoryTransportOptions, 'users'> & {
  /** Give the demo user a phone number too (the pool then still prefers email unless `recovery` says otherwise). */
  withPhone?: boolean;
};

/**
 * A memory pool with the demo user whose first code has already been "sent", as it would have been
 * on the page before this step. Codes are fixed to `DEMO_CODE` unless `generateCode` says otherwise.
 */
export function createDemoPool(options: DemoPoolOptions = {}): MemoryTransport {
  const { withPhone, ...rest } = options;
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
    ...rest,
  });
  // With latencyMs 0 this settles before the first render commits; with a long latency (the
  // "submitting" story) it stays pending, which that story never needs.
  pool.forgotPassword({ username: DEMO_USER.username }).catch(() => {});
  return pool;
}
