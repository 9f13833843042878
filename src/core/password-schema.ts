// Its own module: zod stays out of anything that only imports the transports or `checkPassword`.
import * as z from 'zod/v4/mini';
import {
  checkPassword,
  normalizePasswordPolicy,
  type PasswordPolicy,
  type PasswordPolicyInput,
  type PasswordRuleId,
} from './password-policy';

/** The `params` of every issue `passwordSchema` raises. */
export type PasswordIssueParams = { rule: PasswordRuleId } & Record<string, number | string>;

/** The schema `passwordSchema` returns: a string schema with the policy's checks. */
export type PasswordSchema = z.ZodMiniString<string>;

// One schema per (interned) policy, so a form that calls passwordSchema on every render hands the
// resolver the same object and react-hook-form's memoisation keeps working.
const cache = new WeakMap<PasswordPolicy, PasswordSchema>();

/**
 * A zod/mini schema for a new password, derived from `checkPassword` (the rules are never
 * restated): one `custom` issue per unmet rule, in display order, with `message` set to the
 * rule id and `params` `{ rule, ...ruleParams }` (e.g. `{ rule: 'minLength', min: 8 }`) for the
 * UI to translate. The password never appears in an issue unless the caller asks zod to
 * `reportInput`.
 * @param policy any shape `normalizePasswordPolicy` accepts. @default Cognito's default policy
 * @throws TypeError at once when the policy is invalid, not at parse time.
 */
export function passwordSchema(policy?: PasswordPolicyInput | PasswordPolicy | null): PasswordSchema {
  const normalized = normalizePasswordPolicy(policy);
  let schema = cache.get(normalized);
  if (!schema) {
    schema = z.string().check(
      z.superRefine((value, ctx) => {
        for (const check of checkPassword(value, normalized)) {
          if (check.met) continue;
          const params: PasswordIssueParams = { ...check.params, rule: check.id };
          ctx.addIssue({ code: 'custom', message: check.id, params });
        }
      }),
    );
    cache.set(normalized, schema);
  }
  return schema;
}
