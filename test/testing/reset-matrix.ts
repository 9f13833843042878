// The reset scenario matrix: one table, run three ways by matrix.test.ts (memory transport
// in-process, the HTTP server through the kit's fetch transport, the AWS SDK v3 client), and
// printed into the README's "Testing your app" section by `renderMatrix` (a test keeps them equal).
import type { MemoryTransportOptions } from '../../src/core/memory-transport';

export const OLD = 'Old-passw0rd!';
export const NEW = 'New-passw0rd!';
export const SECRET = 'local-client-secret-1';
export const START = 1_700_000_000_000;
const HOUR = 3_600_000;

/** The pool every row starts from (a row may add options). */
export function basePool(): MemoryTransportOptions {
  return {
    users: [
      { username: 'alice', password: OLD, email: 'alice@example.com' },
      { username: 'pat', password: OLD, phone: '+15555550123' },
      { username: 'off', password: OLD, email: 'off@example.com', enabled: false },
      { username: 'forced', password: OLD, email: 'forced@example.com', status: 'FORCE_CHANGE_PASSWORD' },
      { username: 'dave', password: OLD, email: 'dave@example.com', confirmed: false },
      { username: 'quiet', password: OLD, email: 'quiet@example.com', emailVerified: false },
      {
        username: 'mixed',
        password: OLD,
        email: 'mixed@example.com',
        emailVerified: false,
        phone: '+15555550188',
      },
      { username: 'carol', password: OLD },
    ],
    clients: [{ clientId: 'web' }, { clientId: 'server', clientSecret: SECRET }],
  };
}

/** Which client a row calls as, and with what SecretHash. */
export type ClientChoice = 'web' | 'server' | 'server-wrong-secret' | 'server-no-secret' | 'unknown';

/**
 * One step. An outcome is `ok`, `<MEDIUM> <masked destination>` for a ForgotPassword that
 * delivered, or the Cognito error code.
 */
export type Step =
  | { forgot: string; expect: string }
  | { confirm: string; code: 'last' | 'previous' | 'wrong' | 'empty'; password: string; expect: string }
  | { signIn: string; password: string; expect: string }
  | { advanceMs: number };

export interface MatrixRow {
  /** What is tried. */
  scenario: string;
  /** What Cognito documents (or is observed to do) for it; README column. */
  cognito: string;
  client?: ClientChoice;
  pool?: Partial<MemoryTransportOptions>;
  steps: Step[];
}

const repeat = <T>(n: number, step: T): T[] => Array.from({ length: n }, () => step);
const signedInWith = (user: string, password: string, other: string): Step[] => [
  { signIn: user, password, expect: 'ok' },
  { signIn: user, password: other, expect: 'NotAuthorizedException' },
];
const policyRow = (rule: string, password: string): MatrixRow => ({
  scenario: `Password breaks the policy: ${rule}`,
  cognito: `InvalidPasswordException ("Password did not conform with policy: …"); the code stays usable`,
  steps: [
    { forgot: 'alice', expect: 'EMAIL a***@e***' },
    { confirm: 'alice', code: 'last', password, expect: 'InvalidPasswordException' },
    { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
  ],
});

export const MATRIX: MatrixRow[] = [
  {
    scenario: 'Correct code',
    cognito: 'Success (`{}`); the new password signs in, the old one no longer does',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
      ...signedInWith('alice', NEW, OLD),
    ],
  },
  {
    scenario: 'Username given as an alias (email, other case)',
    cognito: 'Any alias is accepted as `Username`; case-insensitive by default',
    steps: [
      { forgot: 'alice@example.com', expect: 'EMAIL a***@e***' },
      { confirm: 'ALICE@example.com', code: 'last', password: NEW, expect: 'ok' },
      ...signedInWith('alice', NEW, OLD),
    ],
  },
  {
    scenario: 'Wrong code',
    cognito: 'CodeMismatchException; the password is unchanged',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'wrong', password: NEW, expect: 'CodeMismatchException' },
      ...signedInWith('alice', OLD, NEW),
    ],
  },
  {
    scenario: 'Code omitted (empty)',
    cognito: 'InvalidParameterException (ConfirmationCode is required, 1–2048 non-space characters)',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'empty', password: NEW, expect: 'InvalidParameterException' },
      ...signedInWith('alice', OLD, NEW),
    ],
  },
  {
    scenario: 'Code used within its hour',
    cognito: 'A code is valid for one hour',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { advanceMs: HOUR },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
    ],
  },
  {
    scenario: 'Expired code (after one hour)',
    cognito: 'ExpiredCodeException ("Invalid code provided, please request a code again.")',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { advanceMs: HOUR + 1 },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ExpiredCodeException' },
      ...signedInWith('alice', OLD, NEW),
    ],
  },
  {
    scenario: 'Code reused after a successful reset',
    cognito: 'ExpiredCodeException: a code resets once',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
      { confirm: 'alice', code: 'last', password: 'Other-passw0rd!', expect: 'ExpiredCodeException' },
      ...signedInWith('alice', NEW, 'Other-passw0rd!'),
    ],
  },
  {
    scenario: 'Code replaced by a resend',
    cognito: 'The newest code replaces the old one: the old one is CodeMismatchException',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'previous', password: NEW, expect: 'CodeMismatchException' },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
    ],
  },
  {
    scenario: 'Attempt limit (5 wrong codes)',
    cognito:
      'LimitExceededException ("Attempt limit exceeded, please try after some time."), even for the right code',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      ...repeat(5, {
        confirm: 'alice',
        code: 'wrong',
        password: NEW,
        expect: 'CodeMismatchException',
      } as Step),
      { confirm: 'alice', code: 'last', password: NEW, expect: 'LimitExceededException' },
      ...signedInWith('alice', OLD, NEW),
    ],
  },
  {
    scenario: 'Request limit (6th code within the hour)',
    cognito: 'LimitExceededException (Cognito publishes no exact figure; 5 an hour here)',
    steps: [
      ...repeat(5, { forgot: 'alice', expect: 'EMAIL a***@e***' } as Step),
      { forgot: 'alice', expect: 'LimitExceededException' },
    ],
  },
  policyRow('shorter than MinimumLength (8)', 'Ab1!xyz'),
  policyRow('no uppercase', 'new-passw0rd!'),
  policyRow('no lowercase', 'NEW-PASSW0RD!'),
  policyRow('no number', 'New-password!'),
  policyRow('no symbol', 'NewPassw0rd'),
  {
    scenario: 'Password with a leading space',
    cognito: 'InvalidParameterException (request validation, not the policy)',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: ` ${NEW}`, expect: 'InvalidParameterException' },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
    ],
  },
  {
    scenario: 'Password with a trailing space',
    cognito: 'InvalidParameterException (request validation, not the policy)',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: `${NEW} `, expect: 'InvalidParameterException' },
    ],
  },
  {
    scenario: 'Password of 256 characters',
    cognito: 'Accepted: 256 is the maximum',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: `Aa1!${'x'.repeat(252)}`, expect: 'ok' },
    ],
  },
  {
    scenario: 'Password of 257 characters',
    cognito: 'InvalidParameterException (Password is at most 256)',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      {
        confirm: 'alice',
        code: 'last',
        password: `Aa1!${'x'.repeat(253)}`,
        expect: 'InvalidParameterException',
      },
    ],
  },
  {
    scenario: 'Password used before (PasswordHistorySize 3)',
    cognito: 'PasswordHistoryPolicyViolationException; the code stays usable',
    pool: { passwordHistorySize: 3 },
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: OLD, expect: 'PasswordHistoryPolicyViolationException' },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
    ],
  },
  {
    scenario: 'Unknown user, PreventUserExistenceErrors LEGACY',
    cognito: 'UserNotFoundException',
    steps: [
      { forgot: 'ghost@example.com', expect: 'UserNotFoundException' },
      { confirm: 'ghost@example.com', code: 'wrong', password: NEW, expect: 'UserNotFoundException' },
    ],
  },
  {
    scenario: 'Unknown user, PreventUserExistenceErrors ENABLED',
    cognito: 'A simulated delivery; ConfirmForgotPassword answers CodeMismatchException',
    pool: { preventUserExistenceErrors: true },
    steps: [
      { forgot: 'ghost@example.com', expect: 'EMAIL g***@e***' },
      { confirm: 'ghost@example.com', code: 'wrong', password: NEW, expect: 'CodeMismatchException' },
    ],
  },
  {
    scenario: 'Disabled user',
    cognito: 'NotAuthorizedException ("User is disabled.")',
    steps: [
      { forgot: 'off', expect: 'NotAuthorizedException' },
      { signIn: 'off', password: OLD, expect: 'NotAuthorizedException' },
    ],
  },
  {
    scenario: 'User in FORCE_CHANGE_PASSWORD',
    cognito: 'NotAuthorizedException ("User password cannot be reset in the current state.")',
    steps: [{ forgot: 'forced', expect: 'NotAuthorizedException' }],
  },
  {
    scenario: 'Unconfirmed user',
    cognito:
      'ForgotPassword: InvalidParameterException (no verified attribute); ConfirmForgotPassword: UserNotConfirmedException',
    steps: [
      { forgot: 'dave', expect: 'InvalidParameterException' },
      { confirm: 'dave', code: 'wrong', password: NEW, expect: 'UserNotConfirmedException' },
    ],
  },
  {
    scenario: 'Email present but unverified, no phone',
    cognito: 'InvalidParameterException ("no registered/verified email or phone_number")',
    steps: [{ forgot: 'quiet', expect: 'InvalidParameterException' }],
  },
  {
    scenario: 'Email unverified, phone verified',
    cognito: 'The code goes to the first verified channel of the recovery order: SMS',
    steps: [{ forgot: 'mixed', expect: 'SMS +*******0188' }],
  },
  {
    scenario: 'Phone only',
    cognito: 'SMS to the masked phone number',
    steps: [{ forgot: 'pat', expect: 'SMS +*******0123' }],
  },
  {
    scenario: 'No email and no phone',
    cognito: 'InvalidParameterException ("no registered/verified email or phone_number")',
    steps: [{ forgot: 'carol', expect: 'InvalidParameterException' }],
  },
  {
    scenario: 'Client with a secret, right SecretHash',
    cognito: 'Works as for a public client',
    client: 'server',
    steps: [
      { forgot: 'alice', expect: 'EMAIL a***@e***' },
      { confirm: 'alice', code: 'last', password: NEW, expect: 'ok' },
      ...signedInWith('alice', NEW, OLD),
    ],
  },
  {
    scenario: 'Client with a secret, wrong SecretHash',
    cognito: 'NotAuthorizedException ("Unable to verify secret hash for client …")',
    client: 'server-wrong-secret',
    steps: [
      { forgot: 'alice', expect: 'NotAuthorizedException' },
      { confirm: 'alice', code: 'wrong', password: NEW, expect: 'NotAuthorizedException' },
      { signIn: 'alice', password: OLD, expect: 'NotAuthorizedException' },
    ],
  },
  {
    scenario: 'Client with a secret, SecretHash missing',
    cognito: 'NotAuthorizedException ("Client … is configured for secret but secret was not received")',
    client: 'server-no-secret',
    steps: [
      { forgot: 'alice', expect: 'NotAuthorizedException' },
      { confirm: 'alice', code: 'wrong', password: NEW, expect: 'NotAuthorizedException' },
    ],
  },
  {
    scenario: 'Unknown ClientId',
    cognito: 'ResourceNotFoundException ("User pool client … does not exist.")',
    client: 'unknown',
    steps: [
      { forgot: 'alice', expect: 'ResourceNotFoundException' },
      { confirm: 'alice', code: 'wrong', password: NEW, expect: 'ResourceNotFoundException' },
    ],
  },
];

/** A password as the README names it: the two usual ones by role, a long one by its length. */
function passwordLabel(password: string): string {
  if (password === NEW) return 'new password';
  if (password === OLD) return 'old password';
  return password.length > 20 ? `${password.length}-character password` : `"${password}"`;
}

/** An outcome in a table cell: a delivery (with its asterisks) as code, an error code as is. */
const outcome = (expect: string) => (expect.includes('*') ? `\`${expect}\`` : expect);

/** One step as the README shows it. */
function describeStep(step: Step): string {
  if ('advanceMs' in step)
    return `wait ${step.advanceMs === HOUR ? '1 h' : `1 h + ${step.advanceMs - HOUR} ms`}`;
  if ('forgot' in step) return `ForgotPassword → ${outcome(step.expect)}`;
  if ('confirm' in step) {
    return `Confirm (${step.code} code, ${passwordLabel(step.password)}) → ${step.expect}`;
  }
  return `InitiateAuth (${passwordLabel(step.password)}) → ${step.expect}`;
}

/** The README table: scenario, what Cognito does, what the local pool answers step by step. */
export function renderMatrix(): string {
  const lines = [
    '| Scenario | Cognito (documented or observed) | Local Cognito, step by step |',
    '| --- | --- | --- |',
  ];
  for (const row of MATRIX) {
    // Consecutive identical steps read as one: "5 × Confirm (wrong code, …) → CodeMismatchException".
    const runs: { text: string; times: number }[] = [];
    for (const text of row.steps.map(describeStep)) {
      const last = runs.at(-1);
      if (last?.text === text) last.times += 1;
      else runs.push({ text, times: 1 });
    }
    const steps = runs.map(({ text, times }) => (times > 1 ? `${times} × ${text}` : text)).join('; ');
    const cells = [row.scenario, row.cognito, steps];
    lines.push(`| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}
