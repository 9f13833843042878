import * as z from 'zod/v4/mini';
import { fieldProblem } from '../core/input-checks';
import type { PasswordPolicy } from '../core/password-policy';
import { type ExtraChecks, passwordChecklist } from './checklist';
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
  /** The extra checks (`passwordChecks`). */
  checks?: ExtraChecks;
}

/**
 * The username field's rule, for both steps (the request step's only field): cleaned by
 * `cleanUsername` (what the hooks send: trimmed, NFC-normalised), required, and within Cognito's own
 * Username constraint (`fieldProblem('Username', …)`, the one the transport checks before sending).
 */
export function usernameSchema() {
  return z.string().check(
    z.overwrite(cleanUsername),
    z.minLength(1, { error: 'validation.usernameRequired' }),
    z.refine((v) => !fieldProblem('Username', v), { error: 'validation.usernameInvalid' }),
  );
}

/**
 * The form's zod/mini schema. Issue messages are catalogue keys (`validation.codeRequired`), so the
 * view translates them. The password is checked against `passwordChecklist`, the one list the
 * checklist shows (the policy's rules as `passwordSchema` checks them, then the extra checks: one
 * that failed raises its own message; a pending or unavailable one blocks nothing), the username
 * cleaned by `cleanUsername` (what the hook sends): neither is restated here.
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
      username: o.askUsername ? usernameSchema() : z.string(),
      code,
      password: z.string().check(
        z.minLength(1, { error: 'validation.passwordRequired' }),
        z.superRefine((value, ctx) => {
          for (const item of passwordChecklist(value, o.policy, o.checks)) {
            if (item.state !== 'unmet') continue;
            ctx.addIssue({
              code: 'custom',
              message: item.extra ? item.message : 'validation.passwordPolicy',
            });
          }
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
