import { createContext, useContext } from 'react';
import type { ConfirmForgotPasswordResult } from './types';

/**
 * Shares one `useConfirmForgotPassword` result with the parts below it. There is deliberately no
 * default value: a part outside its root must fail loudly, not render a form that does nothing.
 */
export const ConfirmForgotPasswordContext = createContext<ConfirmForgotPasswordResult | null>(null);
ConfirmForgotPasswordContext.displayName = 'ConfirmForgotPasswordContext';

/** Provides a hook result to `usePasswordChecklist` and the styled parts. */
export const ConfirmForgotPasswordProvider = ConfirmForgotPasswordContext.Provider;

/**
 * Reads the nearest hook result, or `given` when passed; throws a clear error naming `part` when
 * there is neither.
 */
export function useConfirmForgotPasswordContext(
  part: string,
  given?: ConfirmForgotPasswordResult,
): ConfirmForgotPasswordResult {
  const fromContext = useContext(ConfirmForgotPasswordContext);
  const value = given ?? fromContext;
  if (!value) {
    throw new Error(
      `<${part}> must be used inside <ConfirmResetForm> (or a ConfirmForgotPasswordProvider given the result of useConfirmForgotPassword).`,
    );
  }
  return value;
}
