/**
 * The result objects the kit's Server Actions (`createResetActions` on `/server`) return and
 * `createActionTransport` reads. Plain, serialisable data: a Server Action's return value crosses
 * the network, and a thrown error would lose its details in a production Next.js build.
 */

import type { CodeDelivery, ConfirmForgotPasswordInput, ForgotPasswordInput } from './types';

/** Why an action failed: the fields of a `CognitoError`, as data. Never holds a password, code or SecretHash. */
export interface ActionError {
  /** A Cognito exception name (`CodeMismatchException`) or a client-side code (`HttpError`). */
  code: string;
  /** For logs only, never shown to a user; secrets are blanked from it. */
  message: string;
  /** `x-amzn-requestid`, when Cognito sent one. */
  requestId?: string;
  /** `InvalidParameterException`'s reason, when Cognito gave one. */
  reasonCode?: string;
  /** The HTTP status Cognito (or the kit's own checks) answered with. */
  status?: number;
  /** Whether the same request may succeed if sent again later. */
  retryable: boolean;
}

/** A failed action. */
export interface ActionFailure {
  ok: false;
  error: ActionError;
}

/** What the `forgotPassword` action returns: where the code went, or why it was not sent. */
export type ForgotPasswordResult = { ok: true; delivery: CodeDelivery } | ActionFailure;

/** What the `confirmForgotPassword` action returns. */
export type ConfirmForgotPasswordResult = { ok: true } | ActionFailure;

/** The steps of the whole reset: request a code, confirm it with a new password, done. */
export type ResetStep = 'request' | 'confirm' | 'success';

/**
 * What an action answers to a posted `<form>` (React 19's `useActionState`, with or without
 * JavaScript): the step the page shows next and what that step needs. It is rendered into the
 * page (and, as the next post's previous state, into a hidden input), so it never holds a code,
 * a password or a SecretHash.
 */
export interface ResetFormState {
  /** The step to show: `confirm` after a sent code, `success` after a reset, else the posted one. */
  step: ResetStep;
  /** The username the form sent (trimmed, NFC), kept for the next step or to fix it. */
  username?: string;
  /** Where the code went, as the request answered it (carried through the confirm step). */
  delivery?: CodeDelivery;
  /** Why the posted request failed, as data (words come from `describeError`). */
  error?: ActionError;
  /** A check the server made before sending: the confirmation differs from the new password. */
  invalid?: 'passwordMismatch';
}

/** The arguments of a `forgotPassword` action: one plain input, or `(previousState, FormData)` from a form. */
export type ForgotPasswordActionArgs = [input: ForgotPasswordInput | ResetFormState | null, form?: FormData];
/** The arguments of a `confirmForgotPassword` action: one plain input, or `(previousState, FormData)` from a form. */
export type ConfirmForgotPasswordActionArgs = [
  input: ConfirmForgotPasswordInput | ResetFormState | null,
  form?: FormData,
];

/**
 * The two Server Actions as the kit calls them: `createActionTransport` with one plain object
 * (and reads a result), a `<form action>` (React 19) with `(previousState, FormData)` (and reads
 * a {@link ResetFormState}). Your own `'use server'` functions that pass their arguments on to
 * `createResetActions`' pair have this shape:
 * ```ts
 * export async function forgotPassword(...args: ForgotPasswordActionArgs) { return reset().forgotPassword(...args); }
 * ```
 */
export interface ResetActionFunctions {
  /** Sends (or re-sends) a code. */
  forgotPassword(
    input: ForgotPasswordActionArgs[0],
    form?: FormData,
  ): Promise<ForgotPasswordResult | ResetFormState>;
  /** Checks the code and sets the new password. */
  confirmForgotPassword(
    input: ConfirmForgotPasswordActionArgs[0],
    form?: FormData,
  ): Promise<ConfirmForgotPasswordResult | ResetFormState>;
}

/** The pair `createResetActions` returns: each answers a plain input with a result, a posted form with a state. */
export interface ResetActions extends ResetActionFunctions {
  /** Sends (or re-sends) a code. */
  forgotPassword(input: ForgotPasswordInput): Promise<ForgotPasswordResult>;
  forgotPassword(state: ResetFormState | null, form: FormData): Promise<ResetFormState>;
  forgotPassword(...args: ForgotPasswordActionArgs): Promise<ForgotPasswordResult | ResetFormState>;
  /** Checks the code and sets the new password. */
  confirmForgotPassword(input: ConfirmForgotPasswordInput): Promise<ConfirmForgotPasswordResult>;
  confirmForgotPassword(state: ResetFormState | null, form: FormData): Promise<ResetFormState>;
  confirmForgotPassword(
    ...args: ConfirmForgotPasswordActionArgs
  ): Promise<ConfirmForgotPasswordResult | ResetFormState>;
}
