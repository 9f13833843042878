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

/** Cognito's own `PasswordPolicy` (DescribeUserPool, CloudFormation, CDK's L1, Terraform outputs). */
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

/** Any of the four accepted shapes, possibly partial; what is left out takes Cognito's default. */
export type PasswordPolicyInput =
  | Partial<PasswordPolicy>
  | CognitoPasswordPolicy
  | AmplifyOutputsPasswordPolicy
  | AmplifyPasswordFormat;

type Field = keyof PasswordPolicy;
type Range = readonly [number, number];
/** The fields in the order every shape below lists its keys. */
const FIELDS = [
  'minimumLength',
  'requireUppercase',
  'requireLowercase',
  'requireNumbers',
  'requireSymbols',
] as const;
/** Cognito's limits (PasswordPolicyMinLengthType in its API model). */
const MIN_LENGTH_RANGE: Range = [6, 99];

interface Shape {
  readonly name: string;
  /** Key → the field it sets, or the range of a key that is accepted, checked and ignored. */
  readonly keys: ReadonlyMap<string, Field | Range>;
}

function shape(name: string, keys: string, ignored: Record<string, Range> = {}): Shape {
  const map = new Map<string, Field | Range>(keys.split(' ').map((k, i) => [k, FIELDS[i]!]));
  for (const [k, range] of Object.entries(ignored)) map.set(k, range);
  return { name, keys: map };
}

// Each shape's keys, space-separated, in FIELDS order.
const SHAPES: readonly Shape[] = [
  shape("the kit's camelCase", FIELDS.join(' ')),
  // Ranges from Cognito's API model (PasswordHistorySizeType, TemporaryPasswordValidityDaysType).
  shape(
    "Cognito's PasswordPolicy",
    'MinimumLength RequireUppercase RequireLowercase RequireNumbers RequireSymbols',
    { PasswordHistorySize: [0, 24], TemporaryPasswordValidityDays: [0, 365] },
  ),
  shape(
    "amplify_outputs.json's password_policy",
    'min_length require_uppercase require_lowercase require_numbers require_symbols',
  ),
  shape(
    "Amplify's passwordFormat",
    'minLength requireUppercase requireLowercase requireNumbers requireSpecialCharacters',
  ),
];

const ACCEPTED = SHAPES.map((s) => `${s.name} { ${[...s.keys.keys()].join(', ')} }`).join('; ');

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
  throw new TypeError(`react-cognito-reset: ${message}. Accepted shapes: ${ACCEPTED}.`);
}

// Interned rather than a WeakMap keyed by the input: an input object may be mutated between
// renders (a WeakMap would hand back a stale policy), and an inline literal is a new object on
// every render (a WeakMap would never hit). There are only 94 × 16 possible policies, so equal
// policies share one frozen object and memo dependencies stay stable.
const interned = new Map<string, PasswordPolicy>();
const internedSet = new WeakSet<object>();

function intern(p: PasswordPolicy): PasswordPolicy {
  const key = FIELDS.map((f) => +p[f]).join();
  let found = interned.get(key);
  if (!found) {
    found = Object.freeze({ ...p });
    interned.set(key, found);
    internedSet.add(found);
  }
  return found;
}

/**
 * Turns any accepted policy shape into the kit's normalised, frozen `PasswordPolicy`. Equal
 * policies come back as the same object, so it is cheap to call on every render.
 * @param input camelCase, Cognito's PascalCase, amplify_outputs.json's `password_policy` or
 *   Amplify's `passwordFormat`, possibly partial. `undefined` / `null` keys are left out.
 * @default Cognito's default: 8 characters and all four classes
 * @throws TypeError naming the key for an unknown key, keys from two shapes, a non-boolean flag,
 *   or a minimum length that is not an integer from 6 to 99.
 */
export function normalizePasswordPolicy(input?: PasswordPolicyInput | null): PasswordPolicy {
  if (input === undefined || input === null) return intern(DEFAULT_PASSWORD_POLICY);
  if (internedSet.has(input)) return input as PasswordPolicy;
  // Plain objects only (of any realm: JSON parsed in an iframe or a test environment still counts).
  const proto = typeof input === 'object' ? Object.getPrototypeOf(input) : undefined;
  if (typeof input !== 'object' || (proto !== null && Object.getPrototypeOf(proto) !== null)) {
    fail(`a password policy must be a plain object, got ${describe(input)}`);
  }
  let shapes = SHAPES;
  let narrowedBy: string | undefined;
  const out: { -readonly [K in Field]: PasswordPolicy[K] } = { ...DEFAULT_PASSWORD_POLICY };
  for (const key of Object.keys(input)) {
    const owners = shapes.filter((s) => s.keys.has(key));
    if (owners.length === 0) {
      const others = SHAPES.filter((s) => s.keys.has(key)).map((s) => s.name);
      if (others.length === 0) fail(`unknown password policy key "${key}"`);
      const before = shapes.map((s) => s.name).join(' or ');
      fail(
        `password policy mixes "${narrowedBy}" (${before}) with "${key}" (${others.join(' or ')}); use one shape`,
      );
    }
    if (owners.length < shapes.length) narrowedBy = key;
    shapes = owners;
    const value: unknown = (input as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    const spec = owners[0]!.keys.get(key)!;
    const range = spec === 'minimumLength' ? MIN_LENGTH_RANGE : typeof spec === 'string' ? undefined : spec;
    if (range) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1]) {
        fail(
          `password policy "${key}" must be an integer from ${range[0]} to ${range[1]}, got ${describe(value)}`,
        );
      }
      if (spec === 'minimumLength') out.minimumLength = value;
    } else if (typeof value !== 'boolean') {
      fail(`password policy "${key}" must be a boolean, got ${describe(value)}`);
    } else {
      out[spec as Exclude<Field, 'minimumLength'>] = value;
    }
  }
  return intern(out);
}

/** A value for an error message; policies hold no secrets, but strings are still cut short. */
function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 20))}`;
  if (value === null || Array.isArray(value)) return value ? 'an array' : 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof name === 'string' && name && name !== 'Object' ? `a ${name}` : 'an object';
}

// Cognito's published symbol set, exactly: `_`, `+` and `=` are in it (older Amplify UI and
// amazon-cognito-identity-js got them wrong: amplify-ui#2052, amplify-js#1164); `€`, `£`, `§` are not.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;
/** A space is a symbol only when it is neither leading nor trailing (it is then part of the password). */
const EDGE_RUNS = new RegExp(`^${JAVA_SPACE}+|${JAVA_SPACE}+$`, 'g');
const hasInnerSpace = (p: string): boolean => p.replace(EDGE_RUNS, '').includes(' ');

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

/** A character-class rule: met when the policy does not ask for it, listed exactly when it does. */
function classRule<Id extends string>(
  id: Id,
  flag: Exclude<Field, 'minimumLength'>,
  has: (p: string) => boolean,
) {
  return {
    id,
    test: (p: string, policy: PasswordPolicy) => !policy[flag] || has(p),
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
  classRule('uppercase', 'requireUppercase', (p) => /[A-Z]/.test(p)),
  classRule('lowercase', 'requireLowercase', (p) => /[a-z]/.test(p)),
  classRule('number', 'requireNumbers', (p) => /[0-9]/.test(p)),
  classRule('symbol', 'requireSymbols', (p) => SYMBOL.test(p) || hasInnerSpace(p)),
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
  const checks: PasswordCheck[] = [];
  for (const rule of PASSWORD_RULES) {
    const met = rule.test(value, p);
    if (met && !rule.listed(p)) continue;
    checks.push({ id: rule.id, met, params: rule.params(p) });
  }
  return checks;
}
