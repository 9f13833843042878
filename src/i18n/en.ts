import { enErrors } from './en-errors';
import type { Message } from './types';

/**
 * The English catalogue: every user-visible string of the kit. It is the one source of the
 * keys; each locale module has exactly these keys and parameter names (a test checks it).
 * A function message receives named parameters, so a language orders them itself.
 */
export const en = {
  /** The language's BCP 47 tag, set as `lang` on the form's root so screen readers pick the right voice. */
  lang: 'en',
  /** Writing direction of the language. */
  dir: 'ltr' as 'ltr' | 'rtl',
  heading: 'Reset your password',
  intro: 'Enter the code we sent you and choose a new password.',
  deliveryEmail: ({ destination }) => `We sent a code by email to ${destination}.`,
  deliverySms: ({ destination }) => `We sent a code by text message to ${destination}.`,
  deliveryOther: ({ destination }) => `We sent a code to ${destination}.`,
  usernameLabel: 'Username',
  codeLabel: 'Verification code',
  codeHint: ({ length }) =>
    length ? `The ${length}-character code from your message.` : 'The code from your message.',
  passwordLabel: 'New password',
  confirmPasswordLabel: 'Confirm new password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  capsLockOn: 'Caps Lock is on.',
  policyTitle: 'Your new password needs',
  ruleMet: 'done',
  ruleUnmet: 'not yet',
  ruleChecking: 'checking…',
  ruleUnavailable: 'couldn’t be checked',
  ruleChanged: ({ rule, state }) => `${rule}: ${state}.`,
  submit: 'Reset password',
  submitting: 'Resetting password…',
  resend: 'Resend code',
  resendIn: ({ seconds }) => `Resend code in ${seconds} s`,
  resending: 'Sending a new code…',
  resent: ({ destination }) =>
    destination ? `We sent a new code to ${destination}.` : 'We sent a new code.',
  waitCountdown: ({ seconds }) => `You can try again in ${seconds} s.`,
  retry: 'Try again',
  requestId: ({ requestId }) => `Reference: ${requestId}`,
  successHeading: 'Your password has been reset',
  successBody: 'You can now sign in with your new password.',
  continue: 'Continue to sign in',
  requestHeading: 'Forgot your password?',
  codeSentHeading: 'Check your messages',
  requestIntro: 'Enter your username and we’ll send you a code to reset your password.',
  requestSubmit: 'Send code',
  requestSubmitting: 'Sending code…',
  codeSentNeutral: 'If an account exists for this username, we sent it a code.',
  haveCode: 'I already have a code',
  changeUsername: 'Use a different username',
  rules: {
    minLength: ({ min }) => `At least ${min} characters`,
    uppercase: 'An uppercase letter (A–Z)',
    lowercase: 'A lowercase letter (a–z)',
    number: 'A number (0–9)',
    symbol: 'A symbol, such as ! @ # $ %',
    maxLength: ({ max }) => `At most ${max} characters`,
    noEdgeSpace: 'No space at the start or the end',
    notBreached: 'Not found in a known data breach',
    strength: 'Hard to guess',
  },
  validation: {
    usernameRequired: 'Enter your username.',
    usernameInvalid: 'This username has characters that can’t be used.',
    codeRequired: 'Enter the code from your message.',
    codeLength: ({ length }) => `The code has ${length} characters.`,
    codeFormat: 'The code has only the characters from your message.',
    passwordRequired: 'Choose a new password.',
    passwordPolicy: 'Your new password doesn’t meet every rule below yet.',
    confirmRequired: 'Enter your new password again.',
    passwordMismatch: 'The passwords don’t match.',
  },
  errors: enErrors,
} satisfies CatalogueShape;

/** What every catalogue looks like: strings or functions of parameters, two levels deep. */
type CatalogueShape = { lang: string; dir: 'ltr' | 'rtl' } & Record<
  string,
  Message | Record<string, Message> | 'ltr' | 'rtl'
>;

/** The type of a complete catalogue. */
export type Messages = typeof en;
/** A catalogue or a partial override: merged over English, one level deep. */
export type PartialMessages = {
  [K in keyof Messages]?: Messages[K] extends Record<string, Message> ? Partial<Messages[K]> : Messages[K];
};
