import { createContext, useContext } from 'react';
import type { Control } from 'react-hook-form';
import type { PasswordPolicy } from '../core/password-policy';
import type { PasswordChecks } from './checklist';
import type { ResetFormValues } from './form-schema';
import type { ConfirmForgotPasswordResult } from './types';

/**
 * The key under which a hook result carries what `usePasswordChecklist` reads: react-hook-form's
 * `control`, the normalised policy and the extra checks. Deliberately not in `ConfirmForgotPasswordResult`: the public
 * type would otherwise tie apps to react-hook-form's internal `Control` type (and version), and
 * writing through it would skip the hook's own bookkeeping. A symbol survives `{ ...result }`.
 */
export const CHECKLIST: unique symbol = Symbol('react-cognito-reset checklist');

/** A hook result as `useConfirmForgotPassword` builds it. */
export type ResultWithChecklist = ConfirmForgotPasswordResult & {
  [CHECKLIST]: { control: Control<ResetFormValues>; policy: PasswordPolicy; checks: PasswordChecks };
};

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
