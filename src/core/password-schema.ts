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

/**
 * The password rule as a zod/mini check, derived from `checkPassword` (the rules are never
 * restated): one `custom` issue per unmet rule, in display order, with `params`
 * `{ rule, ...ruleParams }`. The one definition both `passwordSchema` and the form's schema use.
 * @param policy a normalised policy.
 * @param message the issue message for a rule. @default the rule id
 */
export function passwordRules(
  policy: PasswordPolicy,
  message: (rule: PasswordRuleId) => string = (id) => id,
) {
  return z.superRefine<string>((value, ctx) => {
    for (const check of checkPassword(value, policy)) {
      if (check.met) continue;
      const params: PasswordIssueParams = { ...check.params, rule: check.id };
      ctx.addIssue({ code: 'custom', message: message(check.id), params });
    }
  });
}

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
    schema = z.string().check(passwordRules(normalized));
    cache.set(normalized, schema);
  }
  return schema;
}
