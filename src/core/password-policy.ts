import { devWarn } from './dev-warn';
import { hasEdgeSpace, JAVA_SPACE, PASSWORD_MAX_LENGTH } from './input-checks';
/**
 * Cognito's password policy: one normalised shape, one rule list, and the checklist derived from it.
 * The zod schema lives in `password-schema.ts` so that the direct transport never pulls zod in.
 */

/** A password policy in the kit's normalised shape. */
export interface PasswordPolicy {
  /** Fewest characters (UTF-16 code units, as Cognito counts), 6–99. @default 8 */
  readonly minimumLength: number;
  /** At least one of A–Z. @default true */
  readonly requireUppercase: boolean;
  /** At least one of a–z. @default true */
  readonly requireLowercase: boolean;
  /** At least one of 0–9. @default true */
  readonly requireNumbers: boolean;
  /** At least one of Cognito's 32 symbols or an inner space. @default true */
  readonly requireSymbols: boolean;
}

/**
 * Cognito's own `PasswordPolicy` (DescribeUserPool, CloudFormation), and the same keys in
 * camelCase as CDK's L1 `CfnUserPool` takes them.
 */
export interface CognitoPasswordPolicy {
  MinimumLength?: number;
  RequireUppercase?: boolean;
  RequireLowercase?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
  /** Accepted so a DescribeUserPool result can be passed as is; the server enforces it, not the checklist. */
  PasswordHistorySize?: number;
  /** Accepted so a DescribeUserPool result can be passed as is; irrelevant to a reset. */
  TemporaryPasswordValidityDays?: number;
}

/** CDK's L1 `CfnUserPool.PasswordPolicyProperty`: the kit's camelCase plus two keys a reset ignores. */
export interface CdkCfnPasswordPolicy extends Partial<PasswordPolicy> {
  passwordHistorySize?: number;
  temporaryPasswordValidityDays?: number;
}

/** CDK's L2 `UserPool` `passwordPolicy` (`aws-cdk-lib/aws-cognito`). */
export interface CdkPasswordPolicy {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireDigits?: boolean;
  requireSymbols?: boolean;
  /** A CDK `Duration`; irrelevant to a reset. */
  tempPasswordValidity?: unknown;
  passwordHistorySize?: number;
}

/** Terraform's `aws_cognito_user_pool` `password_policy` block (as `terraform output -json` gives it). */
export interface TerraformPasswordPolicy {
  minimum_length?: number;
  require_uppercase?: boolean;
  require_lowercase?: boolean;
  require_numbers?: boolean;
  require_symbols?: boolean;
  password_history_size?: number;
  temporary_password_validity_days?: number;
}

/** `auth.password_policy` from Amplify Gen 2's `amplify_outputs.json`. */
export interface AmplifyOutputsPasswordPolicy {
  min_length?: number;
  require_lowercase?: boolean;
  require_uppercase?: boolean;
  require_numbers?: boolean;
  require_symbols?: boolean;
}

/** `Auth.Cognito.passwordFormat` from Amplify JS v6's resources config. */
export interface AmplifyPasswordFormat {
  minLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSpecialCharacters?: boolean;
}

/** A character class as Amplify Gen 1's `aws-exports.js` names it. */
export type AmplifyGen1PasswordCharacter =
  | 'REQUIRES_LOWERCASE'
  | 'REQUIRES_UPPERCASE'
  | 'REQUIRES_NUMBERS'
  | 'REQUIRES_SYMBOLS';

/**
 * `aws_cognito_password_protection_settings` from Amplify Gen 1's `aws-exports.js`: the classes
 * listed are required, the others are not (when the list is given).
 */
export interface AmplifyGen1PasswordSettings {
  passwordPolicyMinLength?: number;
  passwordPolicyCharacters?: readonly AmplifyGen1PasswordCharacter[];
}

/** Any accepted shape, possibly partial; what is left out takes Cognito's default. */
export type PasswordPolicyInput =
  | Partial<PasswordPolicy>
  | CognitoPasswordPolicy
  | CdkCfnPasswordPolicy
  | CdkPasswordPolicy
  | TerraformPasswordPolicy
  | AmplifyOutputsPasswordPolicy
  | AmplifyPasswordFormat
  | AmplifyGen1PasswordSettings;

type Field = keyof PasswordPolicy;
/** The fields in the order every shape below lists its keys. */
const FIELDS = [
  'minimumLength',
  'requireUppercase',
  'requireLowercase',
  'requireNumbers',
  'requireSymbols',
] as const;
/**
 * What the key at each position of a shape means, after the five rules of FIELDS: Cognito's
 * history size and temporary-password validity (no rules for a reset: accepted, range-checked,
 * ignored), then Amplify Gen 1's list of classes. Ranges are Cognito's (PasswordPolicyMinLengthType,
 * PasswordHistorySizeType, TemporaryPasswordValidityDaysType).
 */
const RANGES: Readonly<Record<number, readonly [number, number]>> = { 0: [6, 99], 5: [0, 24], 6: [0, 365] };
const CLASSES = 7;

interface Shape {
  readonly name: string;
  /** Keys by position (see FIELDS and RANGES); `-` holds a position the shape has no key for. */
  readonly keys: readonly string[];
  /** A key accepted and ignored without a check (CDK's `tempPasswordValidity` is a `Duration`). */
  readonly unchecked?: string;
}

const shape = (name: string, keys: string, unchecked?: string): Shape => ({
  name,
  keys: keys.split(' '),
  unchecked,
});

const SHAPES: readonly Shape[] = [
  shape(
    "the kit's camelCase (CDK's CfnUserPool)",
    'minimumLength requireUppercase requireLowercase requireNumbers requireSymbols passwordHistorySize temporaryPasswordValidityDays',
  ),
  shape(
    "Cognito's PasswordPolicy",
    'MinimumLength RequireUppercase RequireLowercase RequireNumbers RequireSymbols PasswordHistorySize TemporaryPasswordValidityDays',
  ),
  shape(
    "Terraform's password_policy",
    'minimum_length require_uppercase require_lowercase require_numbers require_symbols password_history_size temporary_password_validity_days',
  ),
  shape(
    "amplify_outputs.json's password_policy",
    'min_length require_uppercase require_lowercase require_numbers require_symbols',
  ),
  shape(
    "Amplify's passwordFormat",
    'minLength requireUppercase requireLowercase requireNumbers requireSpecialCharacters',
  ),
  shape(
    "CDK's UserPool passwordPolicy",
    'minLength requireUppercase requireLowercase requireDigits requireSymbols passwordHistorySize tempPasswordValidity',
    'tempPasswordValidity',
  ),
  shape(
    "Amplify Gen 1's aws_cognito_password_protection_settings",
    'passwordPolicyMinLength - - - - - - passwordPolicyCharacters',
  ),
];

/** Amplify Gen 1's class names, in FIELDS order from `requireUppercase`. */
const GEN1_CLASSES = ['REQUIRES_UPPERCASE', 'REQUIRES_LOWERCASE', 'REQUIRES_NUMBERS', 'REQUIRES_SYMBOLS'];

const names = (shapes: readonly Shape[]): string => shapes.map((s) => s.name).join(' or ');

/** Cognito's `PasswordType` has `max: 256`. */
export { PASSWORD_MAX_LENGTH };
/** What Cognito applies to anything a policy leaves out (the console's default too). */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = Object.freeze({
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
});

function fail(message: string): never {
  const accepted = SHAPES.map((s) => `${s.name} { ${s.keys.filter((k) => k !== '-').join(', ')} }`).join(
    '; ',
  );
  throw new TypeError(`react-cognito-reset: ${message}. Accepted shapes: ${accepted}.`);
}

// Unknown keys already warned about, so a policy passed on every render warns once per key.
const warned = new Set<string>();

// Interned rather than a WeakMap keyed by the input: an input object may be mutated between
// renders (a WeakMap would hand back a stale policy), and an inline literal is a new object on
// every render (a WeakMap would never hit). There are only 94 × 16 possible policies, so equal
// policies share one frozen object and memo dependencies stay stable. The map also holds each
// interned object under itself, so that one is recognised (and returned) without a second look.
const interned = new Map<unknown, PasswordPolicy>();

/**
 * Turns any accepted policy shape into the kit's normalised, frozen `PasswordPolicy`. Equal
 * policies come back as the same object, so it is cheap to call on every render.
 * @param input the kit's camelCase (also CDK's L1 `CfnUserPool`), Cognito's PascalCase
 *   (DescribeUserPool, CloudFormation), Terraform's snake_case, CDK's L2 `passwordPolicy`,
 *   amplify_outputs.json's `password_policy` (Amplify Gen 2), Amplify JS's `passwordFormat`, or
 *   Amplify Gen 1's `aws_cognito_password_protection_settings`; possibly partial. `undefined` /
 *   `null` keys are left out; keys that are no rule for a reset (history size, temporary-password
 *   validity) are ignored.
 * @default Cognito's default: 8 characters and all four classes
 * @throws TypeError naming the key for keys from two shapes, a non-boolean flag, a minimum length
 *   that is not an integer from 6 to 99, or an ignored integer outside Cognito's range. An unknown
 *   key never throws (a generated config may gain keys): it is ignored, with a warning in development.
 */
export function normalizePasswordPolicy(input?: PasswordPolicyInput | null): PasswordPolicy {
  const given: object = input ?? {};
  if (interned.get(given) === given) return given as PasswordPolicy;
  // Plain objects only (of any realm: JSON parsed in an iframe or a test environment still counts).
  // A primitive's prototype is its wrapper's, so it fails here too.
  const proto = Object.getPrototypeOf(given);
  if (proto && Object.getPrototypeOf(proto)) {
    fail(`a password policy must be a plain object, got ${describe(given)}`);
  }
  // The shapes every key so far belongs to, and the last key that ruled one out.
  let shapes = SHAPES;
  let narrowedBy = '';
  const out: Record<Field, unknown> = { ...DEFAULT_PASSWORD_POLICY };
  for (const key of Object.keys(given)) {
    const owners = SHAPES.filter((s) => key !== '-' && s.keys.includes(key));
    if (!owners.length) {
      if (
        !warned.has(key) &&
        devWarn(`ignoring unknown password policy key ${JSON.stringify(key.slice(0, 40))}`)
      ) {
        warned.add(key);
      }
      continue;
    }
    const left = shapes.filter((s) => owners.includes(s));
    if (!left.length) {
      fail(
        `password policy mixes "${narrowedBy}" (${names(shapes)}) with "${key}" (${names(owners)}); use one shape`,
      );
    }
    if (left.length < shapes.length) narrowedBy = key;
    shapes = left;
    const value: unknown = (given as Record<string, unknown>)[key];
    if (value === undefined || value === null || key === left[0]!.unchecked) continue;
    // Every shape lists its keys in the same order, so the position is the same in any owner.
    const at = left[0]!.keys.indexOf(key);
    if (at === CLASSES) {
      if (!Array.isArray(value) || !value.every((c) => GEN1_CLASSES.includes(c))) {
        fail(
          `password policy "${key}" must be an array of ${GEN1_CLASSES.join(', ')}, got ${describe(value)}`,
        );
      }
      GEN1_CLASSES.forEach((c, i) => {
        out[FIELDS[i + 1]!] = value.includes(c);
      });
      continue;
    }
    const range = RANGES[at];
    if (
      range
        ? !Number.isInteger(value) || (value as number) < range[0] || (value as number) > range[1]
        : typeof value !== 'boolean'
    ) {
      fail(
        `password policy "${key}" must be ${range ? `an integer from ${range[0]} to ${range[1]}` : 'a boolean'}, got ${describe(value)}`,
      );
    }
    if (at < FIELDS.length) out[FIELDS[at]!] = value;
  }
  const key = FIELDS.map((f) => out[f]).join();
  let found = interned.get(key);
  if (!found) {
    found = Object.freeze(out as unknown as PasswordPolicy);
    interned.set(key, found).set(found, found);
  }
  return found;
}

/** A value for an error message; policies hold no secrets, but strings are still cut short. */
function describe(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `the string ${JSON.stringify((value as string).slice(0, 20))}`;
  if (type === 'number' || type === 'boolean') return `${value}`;
  if (type !== 'object') return `a ${type}`;
  if (Array.isArray(value)) return 'an array';
  // Never null here: a null policy is the default and a null key is left out.
  const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof name === 'string' && name && name !== 'Object' ? `a ${name}` : 'an object';
}

// Cognito's published symbol set, exactly: `_`, `+` and `=` are in it (older Amplify UI and
// amazon-cognito-identity-js got them wrong: amplify-ui#2052, amplify-js#1164); `€`, `£`, `§` are not.
// The leading space: a space is a symbol when it is neither leading nor trailing (it is then part
// of the password), so the class rules test the password with its edge runs of whitespace cut off.
const SYMBOL = /[ ^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;
const EDGE_RUNS = new RegExp(`^${JAVA_SPACE}+|${JAVA_SPACE}+$`, 'g');

/** One rule of the policy; the checklist, the schema and the in-memory pool all derive from these. */
export interface PasswordRule<Id extends string = PasswordRuleId> {
  /** Stable id; also the i18n message key suffix. */
  readonly id: Id;
  /** Whether `password` satisfies the rule under `policy` (a class the policy does not ask for is met). */
  test(password: string, policy: PasswordPolicy): boolean;
  /** Values the message interpolates, e.g. `{ min: 8 }`. */
  params(policy: PasswordPolicy): Record<string, number>;
  /** Whether the checklist shows the rule even when met; the others appear only when broken. */
  listed(policy: PasswordPolicy): boolean;
}

const none = () => ({});
const always = () => true;
const never = () => false;

/**
 * A character-class rule: met when the policy does not ask for it, listed exactly when it does.
 * Cutting the edge whitespace off first changes nothing for letters and digits.
 */
function classRule<Id extends string>(id: Id, flag: Exclude<Field, 'minimumLength'>, has: RegExp) {
  return {
    id,
    test: (p: string, policy: PasswordPolicy) => !policy[flag] || has.test(p.replace(EDGE_RUNS, '')),
    params: none,
    listed: (policy: PasswordPolicy) => policy[flag],
  };
}

/**
 * Every rule Cognito applies to a new password, in display order. Lengths count UTF-16 code
 * units (JavaScript's `length`), not code points: Cognito is a Java service whose validators
 * ("Member must have length less than or equal to 256", the policy's minimum) measure with
 * `String.length()`, which counts UTF-16 units, so an emoji counts 2 there as here. AWS publishes
 * no statement either way; only passwords with astral characters right at a limit could differ.
 */
export const PASSWORD_RULES = [
  {
    id: 'minLength',
    test: (p, policy) => p.length >= policy.minimumLength,
    params: (policy) => ({ min: policy.minimumLength }),
    listed: always,
  },
  // Basic Latin only: Cognito counts neither `É` nor `é` as a letter of either case.
  classRule('uppercase', 'requireUppercase', /[A-Z]/),
  classRule('lowercase', 'requireLowercase', /[a-z]/),
  classRule('number', 'requireNumbers', /[0-9]/),
  classRule('symbol', 'requireSymbols', SYMBOL),
  {
    id: 'maxLength',
    test: (p) => p.length <= PASSWORD_MAX_LENGTH,
    params: () => ({ max: PASSWORD_MAX_LENGTH }),
    listed: never,
  },
  // Cognito answers an edge space with InvalidParameterException, not InvalidPasswordException.
  { id: 'noEdgeSpace', test: (p) => !hasEdgeSpace(p), params: none, listed: never },
] as const satisfies readonly PasswordRule<string>[];

/** The id of one of `PASSWORD_RULES`, in display order. */
export type PasswordRuleId = (typeof PASSWORD_RULES)[number]['id'];

/** One line of the checklist. */
export interface PasswordCheck {
  /** Which rule. */
  id: PasswordRuleId;
  /** Whether the password satisfies it. */
  met: boolean;
  /** Values for the message, e.g. `{ min: 8 }`. */
  params: Record<string, number>;
}

/**
 * Checks a password against a policy, in display order: the length rule and every class the
 * policy requires are always listed; "at most 256" and "no space at either end" only when broken.
 * The password is only read, never kept or logged.
 * @param password the candidate; a non-string (an unset form field) is checked as `''`.
 * @param policy any accepted shape. @default Cognito's default policy
 * @throws TypeError only when `policy` is invalid (see `normalizePasswordPolicy`).
 */
export function checkPassword(
  password: string,
  policy?: PasswordPolicyInput | PasswordPolicy | null,
): PasswordCheck[] {
  const p = normalizePasswordPolicy(policy);
  const value = typeof password === 'string' ? password : '';
  return PASSWORD_RULES.flatMap((rule) => {
    const met = rule.test(value, p);
    return met && !rule.listed(p) ? [] : [{ id: rule.id, met, params: rule.params(p) }];
  });
}
