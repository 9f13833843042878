import type { ErrorMessageKey } from '../core/describe-error';
import { waitTime, withReference as withRef } from './format-helpers';
import type { Message, MessageParams } from './types';

// The one source of the English error wording; the form's catalogue imports it. Rules every
// text follows: say what happened and what to do next, never echo Cognito's raw message,
// never blame the password when the code was wrong, and never hint whether an account exists.

/** `params.seconds` as English prose, rounded by the shared `waitTime` rule. */
function duration(params: MessageParams): string {
  const { count, unit } = waitTime(params);
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Appends the request id, when there is one, so support can find the call. */
const reference = (requestId: string) => ` (Reference: ${requestId})`;
const withReference = (text: string) => withRef(text, reference);

/** English text for every `ErrorMessageKey`. */
export const enErrors = {
  codeMismatch: 'That code isn’t right. Check it and try again, using the most recent code we sent.',
  codeExpired: 'This code has expired. Request a new code, then enter it here.',
  codeOrUsername:
    'We couldn’t reset your password with these details. Check the username and the code, then try again.',
  passwordRejected: 'This password doesn’t meet the password requirements. Choose a different password.',
  passwordReused: 'You’ve used this password before. Choose one you haven’t used recently.',
  invalidRequest:
    'Some of these details weren’t accepted. Check them and try again. The new password can’t begin or end with a space.',
  tooManyAttempts: (params) => `Too many attempts. Try again in ${duration(params)}.`,
  tooManyRequests: (params) => `Too many requests right now. Try again in ${duration(params)}.`,
  codeNotSent:
    'We couldn’t send a code just now. Request a new code, or contact support if this keeps happening.',
  resetNotAllowed: withReference('Your password can’t be reset here right now. Please contact support.'),
  accountUnconfirmed: withReference(
    'Your password can’t be reset until sign-up is complete. Finish signing up first, or contact support.',
  ),
  misconfigured: withReference(
    'Password reset isn’t available right now because of a problem on our side. Please contact support.',
  ),
  blocked: withReference(
    'Your request was blocked. If you’re using a VPN or an automated tool, turn it off and try again, or contact support.',
  ),
  requestDeclined: withReference('Your request was declined. Please contact support.'),
  serverError: withReference('Something went wrong on our side. Please try again in a moment.'),
  codeExpiredWait: (params) =>
    `This code has expired. You can request a new code in ${duration(params)}, then enter it here.`,
  passwordPolicyMismatch:
    'This password meets every rule shown here, but this account’s password rules are different. Choose a longer password with more kinds of characters.',
  resendFailed: withReference('We couldn’t send a new code. Please try again.'),
  cannotSendCode: withReference('We can’t send a code to this account. Please contact support.'),
  cannotSendToUsername: 'We couldn’t send a code for this username. Check it and try again.',
  tooManyCodes: (params) =>
    `Too many new codes were requested. You can request another in ${duration(params)}.`,
  network: 'We couldn’t connect. Check your internet connection and try again.',
  timeout: 'This is taking too long. Check your connection and try again.',
  aborted: 'The request was cancelled before it finished. Please try again.',
  unknown: withReference(
    'Something went wrong. Please try again, and contact support if it keeps happening.',
  ),
} satisfies Record<ErrorMessageKey, Message>;
