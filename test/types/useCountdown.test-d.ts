// Types of `useCountdown` (issue 15 item 1).
import { describe, expectTypeOf, it } from 'vitest';
import { type ConfirmForgotPasswordResult, useCountdown } from '../../src';

declare const r: ConfirmForgotPasswordResult;

describe('useCountdown', () => {
  it('takes a Date.now() timestamp and returns whole seconds', () => {
    expectTypeOf(useCountdown).parameters.toEqualTypeOf<[until: number]>();
    expectTypeOf(useCountdown).returns.toEqualTypeOf<number>();
    expectTypeOf(r.resendAvailableAt).toEqualTypeOf<number>();
    expectTypeOf(r.waitUntil).toEqualTypeOf<number>();
    // @ts-expect-error a timestamp, not a Date
    useCountdown(new Date());
  });
});
