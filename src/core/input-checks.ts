import { CognitoError } from './cognito-error';

// Cognito's constraints from its service model (cognito-idp 2016-04-18). The `u` flag makes the
// length bounds count code points, as Smithy's `length` trait does; were Cognito to count UTF-16
// units we would merely be more lenient and Cognito would still answer InvalidParameterException,
// so being wrong here costs little.

/**
 * Java's `\s`, exactly: Cognito (a Java service) rejects a password that starts or ends with one of
 * these six ("^[\S]+.*[\S]+$"); a no-break space or other Unicode space at an end passes. The one
 * definition the transport checks and the policy's `noEdgeSpace` rule both use.
 */
export const JAVA_SPACE = '[ \\t\\n\\v\\f\\r]';
/** Cognito's maximum password length, in UTF-16 units (Java's `String.length()`). */
export const PASSWORD_MAX_LENGTH = 256;
/** True when the password starts or ends with whitespace Cognito refuses. */
// Built per call, not at module level: a top-level `new RegExp` stays in every bundle that imports
// this module (bundlers cannot prove it side-effect free), even one that never checks a password.
export const hasEdgeSpace = (password: string): boolean =>
  new RegExp(`^${JAVA_SPACE}|${JAVA_SPACE}$`).test(password);

const RULES = {
  ClientId: /^[\w+]{1,128}$/u,
  SecretHash: /^[\w+=/]{1,128}$/u,
  // Cognito's [\p{L}\p{M}\p{S}\p{N}\p{P}]: the general categories partition Unicode, so that is
  // exactly "neither a separator (Z) nor other (C)" (checked over every code point).
  Username: /^[^\p{Z}\p{C}]{1,128}$/u,
  ConfirmationCode: /^\S{1,2048}$/u,
  // No `u` here: the password's length counts UTF-16 units, as the policy's rules do.
  Password: new RegExp(`^(?!${JAVA_SPACE})[\\s\\S]{1,${PASSWORD_MAX_LENGTH}}$(?<!${JAVA_SPACE})`),
};

/** A request field the kit checks against Cognito's service model before sending. */
export type CheckedField = keyof typeof RULES;

const METADATA_MAX = 131072;

/**
 * Checks one field against Cognito's constraint. Never throws.
 * @returns `undefined` when the value is acceptable, otherwise a message naming the field and the
 * rule — never the value, so a password or code cannot reach a log.
 */
export function fieldProblem(field: CheckedField, value: unknown): string | undefined {
  const rule = RULES[field];
  return typeof value === 'string' && rule.test(value) ? undefined : `${field} must match ${rule}`;
}

// A plain JSON object whose values are all strings of at most `max` characters and whose keys,
// when `keys` is given, are among them: the shape of every map-valued seed parameter.
const isStringMap = (value: unknown, max: number, keys?: string[]): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(
    ([key, item]) => (!keys || keys.includes(key)) && typeof item === 'string' && item.length <= max,
  );

/**
 * Checks a `ClientMetadata` map: string values of at most 131072 characters. Never throws.
 * @returns `undefined` when acceptable, otherwise a message that contains no key or value.
 */
export function clientMetadataProblem(metadata: unknown): string | undefined {
  return isStringMap(metadata, METADATA_MAX)
    ? undefined
    : `ClientMetadata must map to strings of <= ${METADATA_MAX} characters`;
}

// The other seed parameters, as Cognito's service model types them (AnalyticsMetadataType,
// UserContextDataType): objects of optional string members and nothing else.
const SEEDS = {
  AnalyticsMetadata: ['AnalyticsEndpointId'],
  UserContextData: ['IpAddress', 'EncodedData'],
};

/** A seed parameter `checkInput` checks beside the `CheckedField`s. */
export type CheckedSeed = 'ClientMetadata' | keyof typeof SEEDS;

/**
 * Checks a request body before it is sent: every field of `CheckedField` that the body holds, and
 * every seed parameter (`ClientMetadata`, `AnalyticsMetadata`, `UserContextData`) that is not
 * `undefined`; other keys are ignored. Never throws.
 * @returns `undefined` when all are acceptable, otherwise the `CognitoError` Cognito itself would
 * answer (`InvalidParameterException`) for the first violation, naming the parameter, never its value.
 */
export function checkInput(
  request: Partial<Record<CheckedField | CheckedSeed, unknown>>,
): CognitoError | undefined {
  const problem =
    (Object.keys(RULES) as CheckedField[])
      .map((field) => field in request && fieldProblem(field, request[field]))
      .find(Boolean) ||
    (request.ClientMetadata !== undefined && clientMetadataProblem(request.ClientMetadata)) ||
    (Object.keys(SEEDS) as (keyof typeof SEEDS)[])
      .map(
        (seed) =>
          request[seed] !== undefined &&
          !isStringMap(request[seed], Infinity, SEEDS[seed]) &&
          `${seed} must be { ${SEEDS[seed].join('?: string, ')}?: string }`,
      )
      .find(Boolean);
  return problem ? new CognitoError({ code: 'InvalidParameterException', message: problem }) : undefined;
}

/**
 * Turns a code as users paste or type it into what Cognito expects: " 123 456 ", "123-456",
 * "１２３４５６", "123\u00a0456" all become "123456". Letters are kept (a pool's message template
 * may send alphanumeric codes) and their case is untouched. Never throws; idempotent.
 */
export function normalizeCode(raw: string): string {
  // NFKC folds full-width and other compatibility forms (IME input, copies from CJK mail clients)
  // to ASCII. Whitespace, dashes (incl. U+2212 minus) and invisible format characters (zero-width
  // spaces, bidi marks that RTL mail clients put around numbers) are removed. The second NFKC
  // recomposes characters that a removal brought together, which keeps the function idempotent.
  // `?? ''`: a JS caller that passes no code must get InvalidParameterException, not "undefined".
  return `${raw ?? ''}`
    .normalize('NFKC')
    .replace(/[\s\p{Pd}\p{Cf}\u2212]/gu, '')
    .normalize('NFKC');
}
