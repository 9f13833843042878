import * as z from 'zod/v4/mini';
import { fieldProblem } from '../core/input-checks';
import type { PasswordPolicy } from '../core/password-policy';
import { passwordRules } from '../core/password-schema';
import { type CodeField, cleanUsername } from './code-field';

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
  code: CodeField;
  askUsername: boolean;
  confirmPassword: boolean;
}

/**
 * The form's zod/mini schema. Issue messages are catalogue keys (`validation.codeRequired`), so the
 * view translates them. The password rule is `passwordRules` (what `passwordSchema` checks too),
 * the username cleaning `cleanUsername` (what the hook sends): neither is restated here.
 */
export function formSchema(o: FormSchemaOptions) {
  const code = z.string().check(
    z.minLength(1, { error: 'validation.codeRequired' }),
    // No `abort`: an aborted issue anywhere skips the object-level checks, and the confirmation
    // mismatch must be found while the code is still empty. The field shows its first issue only.
    z.refine((v) => o.code.test(v), { error: 'validation.codeFormat' }),
    z.refine((v) => o.code.length === null || v.length === o.code.length, { error: 'validation.codeLength' }),
  );
  return z
    .object({
      username: o.askUsername
        ? z.string().check(
            z.overwrite(cleanUsername),
            z.minLength(1, { error: 'validation.usernameRequired' }),
            // Cognito's own Username constraint, the one the transport checks before sending.
            z.refine((v) => !fieldProblem('Username', v), { error: 'validation.usernameInvalid' }),
          )
        : z.string(),
      code,
      password: z.string().check(
        z.minLength(1, { error: 'validation.passwordRequired' }),
        passwordRules(o.policy, () => 'validation.passwordPolicy'),
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
