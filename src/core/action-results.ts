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

/**
 * The two Server Actions `createActionTransport` calls: the pair `createResetActions` returns, or
 * your own `'use server'` functions that call them. Each takes one serialisable argument.
 */
export interface ResetActions {
  /** Sends (or re-sends) a code. */
  forgotPassword(input: ForgotPasswordInput): Promise<ForgotPasswordResult>;
  /** Checks the code and sets the new password. */
  confirmForgotPassword(input: ConfirmForgotPasswordInput): Promise<ConfirmForgotPasswordResult>;
}
