import type {
  ButtonHTMLAttributes,
  FormHTMLAttributes,
  HTMLAttributes,
  InputHTMLAttributes,
  LabelHTMLAttributes,
  Ref,
  RefCallback,
} from 'react';
import type { CognitoError } from '../core/cognito-error';
import type { ErrorDescription, ErrorOperation } from '../core/describe-error';
import type { PasswordPolicyInput } from '../core/password-policy';
import type { CodeDelivery, PasswordCheckDefinition, ResetTransport } from '../core/types';
import type { PartialMessages } from '../i18n/en';
import type { MessageKey, Translate } from '../i18n/messages';
import type { MessageParams } from '../i18n/types';

/** How the code field behaves. */
export interface CodeOptions {
  /**
   * Characters in a code; `null` when the pool's message template decides (Cognito allows up to
   * 2048). Typing or pasting more keeps the first `length` characters.
   * @default 6
   */
  length?: number | null;
  /**
   * The kind of code, setting both the allowed characters and the keyboard: `digits` is
   * `/^[0-9]+$/` with a numeric keyboard, `alphanumeric` is `/^[0-9A-Za-z]+$/` with a text one.
   * `pattern` and `inputMode` override either half.
   * @default 'digits' when no `pattern` is given
   */
  characters?: 'digits' | 'alphanumeric';
  /**
   * Characters a code may contain, tested against the whole normalised code. Flags `g` and `y`
   * are ignored (they would make the answer depend on the previous test).
   * @default /^[0-9]+$/
   */
  pattern?: RegExp;
  /**
   * The on-screen keyboard. Never guessed from `pattern`'s text.
   * @default 'numeric' for `characters: 'digits'` (the default without a `pattern`), else 'text'
   */
  inputMode?: 'numeric' | 'text';
}

/** An analytics event. It never carries the password or the code. */
export type ResetEvent =
  | { type: 'submitted' }
  | { type: 'succeeded' }
  | { type: 'failed'; code: string; field: ErrorDescription['field']; action: ErrorDescription['action'] }
  | { type: 'resent'; medium?: CodeDelivery['medium'] }
  /** An extra password check threw or timed out: shown as unavailable, blocking nothing. */
  | { type: 'checkUnavailable'; id: string }
  | {
      type: 'resendFailed';
      code: string;
      field: ErrorDescription['field'];
      action: ErrorDescription['action'];
    };

/** Options of `useConfirmForgotPassword` (and props of `<ConfirmResetForm>`). */
export interface UseConfirmForgotPasswordOptions {
  /** How to reach Cognito. May be a new object on every render. */
  transport: ResetTransport;
  /**
   * The account being reset, sent trimmed and NFC-normalised (as a typed one is). When absent,
   * empty or blank (e.g. from `?username=`), the form asks for it.
   */
  username?: string;
  /** The pool's password policy, in any shape `normalizePasswordPolicy` accepts. @default Cognito's default: 8 characters, all four classes */
  passwordPolicy?: PasswordPolicyInput;
  /** How the code field behaves. @default { length: 6, pattern: /^[0-9]+$/ } */
  code?: CodeOptions;
  /**
   * A code to start with, e.g. `readResetLink().code` from a reset link. Cleaned and cut to the
   * code's length as a typed code is (`" 123-456 "` → `"123456"`); it fills the field until the
   * user types there, also when it arrives after mount, and is what `reset()` returns to. Never
   * written to a DOM attribute.
   * @default undefined (an empty field)
   */
  defaultCode?: string;
  /** Ask for the new password twice. @default true */
  confirmPassword?: boolean;
  /** Passed to the pool's Lambda triggers with each call. */
  clientMetadata?: Record<string, string>;
  /** Seconds before "Resend code" is offered, counted from mount and from each resend. @default 30 */
  resendCooldownSeconds?: number;
  /** How long to wait after LimitExceeded / TooManyFailedAttempts / TooManyRequests (Cognito publishes none). @default 60000 */
  retryAfterMs?: number;
  /** Where the earlier ForgotPassword sent the code, for "We sent a code to a***@e***". */
  delivery?: CodeDelivery;
  /** Messages merged over English. */
  messages?: PartialMessages;
  /**
   * Checks beside the pool's policy (`react-cognito-reset/checks` has a breach range query and a
   * strength estimate). They join the checklist and block submit with their `message` while they
   * fail; an asynchronous one runs 300 ms after typing pauses, is aborted when the password
   * changes and shows as pending; submit waits for it. One that throws or outlasts 10 s is shown
   * as unavailable, reported (`onEvent` `checkUnavailable`) and blocks nothing.
   * @default []
   */
  passwordChecks?: readonly PasswordCheckDefinition[];
  /**
   * Ask the browser for the code of an incoming SMS (WebOTP, where `OTPCredential` exists); the
   * code fills in, the user still submits. Never for a code sent by e-mail.
   * @default true when `delivery.medium` (or a resend's) is `'SMS'`
   */
  webOtp?: boolean;
  /**
   * Called once the password has been reset, with the username that request sent. Whatever it
   * throws is re-thrown asynchronously and changes nothing about the reset.
   */
  onSuccess?: (result: { username: string }) => void;
  /** Called with every failure of a request (both operations). Its exceptions are isolated, as `onSuccess`'s. */
  onError?: (error: CognitoError) => void;
  /** Analytics events, without secrets. The kit itself sends no telemetry. Its exceptions are isolated, as `onSuccess`'s. */
  onEvent?: (event: ResetEvent) => void;
}

/** The form's fields. */
export type ResetField = 'username' | 'code' | 'password' | 'confirmPassword';

/** A field error, ready to show. */
export interface FieldErrorInfo {
  /** The catalogue key. */
  key: MessageKey;
  /** The key's parameters. */
  params: MessageParams;
  /** The translated text. */
  message: string;
  /** True when the server, not the schema, raised it. */
  server: boolean;
}

/** Lifecycle of the reset request (ConfirmForgotPassword); a resend has its own, `ResendStatus`. */
export type ResetStatus = 'idle' | 'submitting' | 'success' | 'error';

/** Lifecycle of the last resend (ForgotPassword). */
export type ResendStatus = 'idle' | 'sending' | 'sent' | 'error';

/** The message in the form's alert, and the operation it reports on. */
export interface FormErrorInfo {
  /** `confirmForgotPassword` for "Reset password", `forgotPassword` for "Resend code". */
  operation: ErrorOperation;
  /** `describeError`'s verdict; null for a problem the kit found before sending. */
  description: ErrorDescription | null;
  /** The translated text. */
  message: string;
}

/** `data-*` attributes: getters set some (`data-invalid`, `data-state`…) and accept any. */
export type DataAttributes = { [name: `data-${string}`]: string | number | boolean | undefined };

/**
 * What a prop getter takes and returns for an element: React's attributes for that element (so a
 * handler keeps its real signature), `data-*` attributes, and a `ref`.
 */
export type GetterProps<E extends HTMLElement, A = HTMLAttributes<E>> = A &
  DataAttributes & { ref?: Ref<E> | undefined };

/** Props for an `<input>` (`getUsernameProps`, `getCodeProps`, `getPasswordProps`, `getConfirmPasswordProps`). */
export type InputGetterProps = GetterProps<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>;
/** Props for a `<button>` (`getSubmitProps`, `getResendProps`). */
export type ButtonGetterProps = GetterProps<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>;
/** Props for the `<form>` (`getFormProps`). */
export type FormGetterProps = GetterProps<HTMLFormElement, FormHTMLAttributes<HTMLFormElement>>;
/** Props for a `<label>` (`getLabelProps`). */
export type LabelGetterProps = GetterProps<HTMLLabelElement, LabelHTMLAttributes<HTMLLabelElement>>;
/** Props any element accepts (`<div>`, `<p>`, `<ul>`…), for the alert, messages, the policy list and the status region. */
export type ElementGetterProps = GetterProps<HTMLElement>;
/**
 * What the getters of elements a field may point at return: the kit's `ref` is always a callback
 * (it reports whether the element is rendered, merged with yours), which fits any element's `ref`.
 */
export type ElementGetterResult = HTMLAttributes<HTMLElement> &
  DataAttributes & { ref: RefCallback<HTMLElement> };

/** What `useConfirmForgotPassword` returns. */
export interface ConfirmForgotPasswordResult {
  /** The reset request's state: `idle`, `submitting`, `success` or `error`. A resend never changes it. */
  status: ResetStatus;
  /** The last reset request's failure, or null. */
  error: CognitoError | null;
  /** `describeError(error, { operation: 'confirmForgotPassword' })`, or null. */
  errorDescription: ErrorDescription | null;
  /** The last resend's state. */
  resendStatus: ResendStatus;
  /** The last resend's failure, or null. */
  resendError: CognitoError | null;
  /** `describeError(resendError, { operation: 'forgotPassword' })`, or null. */
  resendErrorDescription: ErrorDescription | null;
  /** What the form's alert shows (either operation's form-level error), or null. */
  formError: FormErrorInfo | null;
  /** The translated form-level message (`formError.message`), or null when there is none. */
  errorMessage: string | null;
  /** Errors per field, shown once a field has been left or the form submitted. */
  fieldErrors: Partial<Record<ResetField, FieldErrorInfo>>;
  /** Where the code went, updated by each resend. */
  delivery: CodeDelivery | undefined;
  /** True while a resend (ForgotPassword) is in flight. */
  resending: boolean;
  /** True right after a resend succeeded, until the next action. */
  resent: boolean;
  /** Sends a new code (ForgotPassword again). Resolves when done; never rejects. */
  resend: () => Promise<void>;
  /**
   * Whole seconds before resend is offered again, as of this render. The hook re-renders when
   * it reaches 0, not every second: show a live count with `useCountdown(resendAvailableAt)`.
   */
  resendAvailableIn: number;
  /** When resend is offered again (a `Date.now()` timestamp: the cooldown, or a resend throttle); 0 or past when it is. */
  resendAvailableAt: number;
  /** Whole seconds a reset must wait after a throttle (LimitExceeded and friends), as of this render; 0 when none. Live: `useCountdown(waitUntil)`. */
  waitSeconds: number;
  /** When a reset may be tried again after a throttle (a `Date.now()` timestamp); 0 when none. */
  waitUntil: number;
  /** True when a submit would send a request now. */
  canSubmit: boolean;
  /** True when a resend would send a request now. */
  canResend: boolean;
  /** True once the form is hydrated; submit stays disabled before. */
  hydrated: boolean;
  /** The username given as an option (cleaned), or undefined when the form asks for it. */
  username: string | undefined;
  /** Whether the form asks for the username. */
  asksUsername: boolean;
  /** Whether the form asks for the password twice. */
  asksConfirmPassword: boolean;
  /** The code length, or null when unknown. */
  codeLength: number | null;
  /** Clears the form and the request state. */
  reset: () => void;
  /** Translates a catalogue key with the merged messages. */
  t: Translate;
  /** Writing direction of the catalogue. */
  dir: 'ltr' | 'rtl';
  /** Language tag of the catalogue the app passed, if it names one; else the page's language applies. */
  lang: string | undefined;
  /** The hook's ids (`form` for a `form=` attribute outside the form, and so on). Spread the getters rather than writing these yourself: they also tell the hook what is rendered. */
  ids: Record<
    'form' | 'username' | 'code' | 'password' | 'confirmPassword' | 'error' | 'policy' | 'status',
    string
  >;
  /**
   * Props for the `<form>`: `id`, `method="post"` (an Enter before hydration never puts the password
   * in a URL), `noValidate`, `onSubmit` (yours runs first; the kit's runs even if you call
   * `preventDefault()`), `aria-busy` and `data-state`.
   */
  getFormProps: (props?: FormGetterProps) => FormGetterProps;
  /** Props for the username `<input>`; a known username makes it read-only, out of the tab order and `data-hidden` (hide it visually, never with `display: none`). */
  getUsernameProps: (props?: InputGetterProps) => InputGetterProps;
  /** Props for the code `<input>`: cleans what is typed or pasted, `autocomplete="one-time-code"`, `inputMode`, `data-length`. */
  getCodeProps: (props?: InputGetterProps) => InputGetterProps;
  /** Props for the new password `<input>`; described by the policy list while `getPolicyProps`'s element is rendered. */
  getPasswordProps: (props?: InputGetterProps) => InputGetterProps;
  /** Props for the confirmation `<input>`. */
  getConfirmPasswordProps: (props?: InputGetterProps) => InputGetterProps;
  /** Props for "Reset password": `type="submit"`, disabled before hydration, during a throttle and after success; `aria-disabled` and `data-pending` while a request runs. */
  getSubmitProps: (props?: ButtonGetterProps) => ButtonGetterProps;
  /** Props for "Resend code": `type="button"`, its `onClick` sends a new code, disabled until `canResend`. */
  getResendProps: (props?: ButtonGetterProps) => ButtonGetterProps;
  /** Props for the form's alert (`role="alert"`, focused when a form-level error arrives). Render it always, empty when there is no error. */
  getErrorProps: (props?: ElementGetterProps) => ElementGetterResult;
  /** Label props for a field: `htmlFor` and `id`. */
  getLabelProps: (field: ResetField, props?: LabelGetterProps) => LabelGetterProps;
  /**
   * Props for a field's error message (`id`, `ref`). While its element is rendered and the field
   * has an error, the field's `aria-describedby` names it; render it when `fieldErrors[field]` is set.
   */
  getFieldErrorProps: (field: ResetField, props?: ElementGetterProps) => ElementGetterResult;
  /** Props for a field's description (a hint under its label): `id`, `ref`; the field names it while it is rendered. */
  getDescriptionProps: (field: ResetField, props?: ElementGetterProps) => ElementGetterResult;
  /** Props for the password policy list (`id`, `ref`); the new password names it while it is rendered. */
  getPolicyProps: (props?: ElementGetterProps) => ElementGetterResult;
  /**
   * Props for the polite status region (`role="status"`, `id`, `data-status`): render it always and
   * put `statusMessage` in it.
   */
  getStatusProps: (props?: ElementGetterProps) => ElementGetterResult;
  /**
   * What the status region says: the reset or the resend is in progress, or a new code was sent
   * (with where to); null when there is nothing to say. Buttons keep their names while busy.
   */
  statusMessage: string | null;
}
