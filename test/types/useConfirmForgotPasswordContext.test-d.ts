// Types of `useConfirmForgotPasswordContext` and its provider (issue 15 item 1).
import { describe, expectTypeOf, it } from 'vitest';
import {
  ConfirmForgotPasswordProvider,
  type ConfirmForgotPasswordResult,
  useConfirmForgotPasswordContext,
} from '../../src';

describe('useConfirmForgotPasswordContext', () => {
  it('names the part, optionally takes a result, and returns a result (never null: it throws)', () => {
    expectTypeOf(useConfirmForgotPasswordContext).parameters.toEqualTypeOf<
      [part: string, given?: ConfirmForgotPasswordResult]
    >();
    expectTypeOf(useConfirmForgotPasswordContext).returns.toEqualTypeOf<ConfirmForgotPasswordResult>();
    // @ts-expect-error the part's name is required, for the error it throws
    useConfirmForgotPasswordContext();
  });

  it('the provider takes a hook result', () => {
    expectTypeOf(ConfirmForgotPasswordProvider).parameter(0).toHaveProperty('value');
    expectTypeOf<
      Parameters<typeof ConfirmForgotPasswordProvider>[0]['value']
    >().toEqualTypeOf<ConfirmForgotPasswordResult | null>();
  });
});
