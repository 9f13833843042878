import { createContext, useContext } from 'react';
import type { ForgotPasswordResult } from './forgot-password-types';

/**
 * Shares one `useForgotPassword` result with the parts below it. No default value: a part outside
 * its root fails loudly instead of rendering a form that does nothing.
 */
export const ForgotPasswordContext = createContext<ForgotPasswordResult | null>(null);
ForgotPasswordContext.displayName = 'ForgotPasswordContext';

/** Provides a `useForgotPassword` result to the styled parts. */
export const ForgotPasswordProvider = ForgotPasswordContext.Provider;

/** Reads the nearest `useForgotPassword` result; throws a clear error naming `part` when there is none. */
export function useForgotPasswordContext(part: string): ForgotPasswordResult {
  const value = useContext(ForgotPasswordContext);
  if (!value) {
    throw new Error(
      `<${part}> must be used inside <ForgotPasswordForm> (or a ForgotPasswordProvider given the result of useForgotPassword).`,
    );
  }
  return value;
}
