import * as z from 'zod/v4/mini';
import { fieldProblem } from '../core/input-checks';
import { checkPassword, type PasswordPolicy } from '../core/password-policy';

/** The values of the form. All strings: the inputs are uncontrolled and read by react-hook-form. */
export interface ResetFormValues {
  username: string;
  code: string;
  password: string;
  confirmPassword: string;
}

/** What shapes the form's schema. */
export interface FormSchemaOptions {
  policy: PasswordPolicy;
  /** Known code length, or null when the pool's template decides. */
  codeLength: number | null;
  /** Characters a code may contain. */
  codePattern: RegExp;
  askUsername: boolean;
  confirmPassword: boolean;
}

/**
 * The form's zod/mini schema. Issue messages are catalogue keys (`validation.codeRequired`), so the
 * view translates them. The password rules are not restated here: the password passes exactly when
 * `checkPassword` finds every rule met (what `passwordSchema` checks too, without pulling it in).
 */
export function formSchema(o: FormSchemaOptions) {
  const code = z.string().check(
    z.minLength(1, { error: 'validation.codeRequired' }),
    // No `abort`: an aborted issue anywhere skips the object-level checks, and the confirmation
    // mismatch must be found while the code is still empty. The field shows its first issue only.
    z.refine((v) => o.codePattern.test(v), { error: 'validation.codeFormat' }),
    z.refine((v) => o.codeLength === null || v.length === o.codeLength, { error: 'validation.codeLength' }),
  );
  return z
    .object({
      username: o.askUsername
        ? z.string().check(
            z.trim(),
            z.minLength(1, { error: 'validation.usernameRequired' }),
            // Cognito's own Username constraint, the one the transport checks before sending.
            z.refine((v) => !fieldProblem('Username', v), { error: 'validation.usernameInvalid' }),
          )
        : z.string(),
      code,
      password: z.string().check(
        z.minLength(1, { error: 'validation.passwordRequired' }),
        z.refine((v) => checkPassword(v, o.policy).every((c) => c.met), {
          error: 'validation.passwordPolicy',
        }),
      ),
      confirmPassword: o.confirmPassword
        ? z.string().check(z.minLength(1, { error: 'validation.confirmRequired' }))
        : z.string(),
    })
    .check(
      z.refine((v) => !o.confirmPassword || !v.confirmPassword || v.confirmPassword === v.password, {
        error: 'validation.passwordMismatch',
        path: ['confirmPassword'],
      }),
    );
}
