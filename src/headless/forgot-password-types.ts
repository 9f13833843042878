import type { CognitoError } from '../core/cognito-error';
import type { ErrorDescription } from '../core/describe-error';
import type { CodeDelivery, ResetTransport } from '../core/types';
import type { PartialMessages } from '../i18n/en';
import type { Translate } from '../i18n/messages';
import type {
  ButtonGetterProps,
  ElementGetterProps,
  ElementGetterResult,
  FieldErrorInfo,
  FormErrorInfo,
  FormGetterProps,
  InputGetterProps,
  LabelGetterProps,
} from './types';

/** An analytics event of the request step. It never carries the username. */
export type ForgotPasswordEvent =
  | { type: 'requested' }
  | { type: 'codeSent'; medium?: CodeDelivery['medium'] }
  | {
      type: 'requestFailed';
      code: string;
      field: ErrorDescription['field'];
      action: ErrorDescription['action'];
    };

/** Options of `useForgotPassword` (and props of `<ForgotPasswordForm>`). */
export interface UseForgotPasswordOptions {
  /** How to reach Cognito. May be a new object on every render. */
  transport: ResetTransport;
  /**
   * The username the field starts with (e.g. "Use a different username" coming back, or
   * `readResetLink().username`). Read at mount; `reset()` returns to it.
   * @default ''
   */
  defaultUsername?: string;
  /** Passed to the pool's Lambda triggers with the request. */
  clientMetadata?: Record<string, string>;
  /** How long to wait after LimitExceeded / TooManyRequests (Cognito publishes none). @default 60000 */
  retryAfterMs?: number;
  /** Messages merged over English. */
  messages?: PartialMessages;
  /**
   * Called once a code is on its way, with the username sent and where the code went. An unknown
   * username (`UserNotFoundException`) calls it too, with an empty `delivery`: the page never
   * reveals whether an account exists. Its exceptions are isolated.
   */
  onSuccess?: (result: { username: string; delivery: CodeDelivery }) => void;
  /** Called with every failure of the request. Its exceptions are isolated. */
  onError?: (error: CognitoError) => void;
  /** Analytics events, without the username. Its exceptions are isolated. */
  onEvent?: (event: ForgotPasswordEvent) => void;
}

/** Lifecycle of the request (ForgotPassword). */
export type ForgotPasswordStatus = 'idle' | 'submitting' | 'success' | 'error';

/** What `useForgotPassword` returns. */
export interface ForgotPasswordResult {
  /** `idle`, `submitting`, `success` (a code is on its way) or `error`. */
  status: ForgotPasswordStatus;
  /** The last request's failure, or null. Never `UserNotFoundException`, which reads as success. */
  error: CognitoError | null;
  /** `describeError(error, { operation: 'forgotPassword' })`, or null. */
  errorDescription: ErrorDescription | null;
  /** Where the code went once sent (`{}` when Cognito gave no details, or the user is unknown); else null. */
  delivery: CodeDelivery | null;
  /** The username the successful request sent (cleaned), or null. */
  username: string | null;
  /** The username field's error (the schema's, or the server's), shown once left or submitted. */
  fieldErrors: { username?: FieldErrorInfo };
  /** What the form's alert shows, or null. */
  formError: FormErrorInfo | null;
  /** `formError.message`, or null. */
  errorMessage: string | null;
  /** True when a submit would send a request now. */
  canSubmit: boolean;
  /** True once hydrated; submit stays disabled before. */
  hydrated: boolean;
  /** Whole seconds to wait after a throttle, as of this render; 0 when none. */
  waitSeconds: number;
  /** When a request may be sent again after a throttle (a `Date.now()` timestamp); 0 when none. */
  waitUntil: number;
  /** Sends the request, as the form's submit does. */
  submit: (event?: { preventDefault?: () => void }) => void;
  /** Back to the start: the field holds `defaultUsername` again, errors and the outcome go. */
  reset: () => void;
  /** Translates a catalogue key with the merged messages. */
  t: Translate;
  /** Writing direction of the catalogue. */
  dir: 'ltr' | 'rtl';
  /** Language tag of the catalogue the app passed, if it names one. */
  lang: string | undefined;
  /** The hook's ids. Spread the getters rather than writing these yourself: they also tell the hook what is rendered. */
  ids: Record<'form' | 'username' | 'error' | 'status', string>;
  /**
   * What the status region says: "Sending code…" while the request runs, null otherwise. The
   * submit button keeps its name while busy.
   */
  statusMessage: string | null;
  /**
   * Props for the `<form>`: `id`, `method="post"`, `noValidate`, `onSubmit` (yours runs first; the
   * kit's runs even if you call `preventDefault()`), `aria-busy` and `data-state`.
   */
  getFormProps: (props?: FormGetterProps) => FormGetterProps;
  /**
   * The username `<input>`: `autocomplete="username"`, `enterkeyhint="send"`, `aria-invalid`, and
   * `aria-describedby` naming its description and its error message while each is rendered.
   */
  getUsernameProps: (props?: InputGetterProps) => InputGetterProps;
  /** Props for "Send code": `type="submit"`, disabled before hydration, during a throttle and after success; `aria-disabled` and `data-pending` while the request runs. */
  getSubmitProps: (props?: ButtonGetterProps) => ButtonGetterProps;
  /** Props for the form's alert (`role="alert"`, focused when a form-level error arrives). Render it always, empty when there is no error. */
  getErrorProps: (props?: ElementGetterProps) => ElementGetterResult;
  /** Label props for the username field: `htmlFor` and `id`. */
  getLabelProps: (props?: LabelGetterProps) => LabelGetterProps;
  /**
   * Props for the username's error message (`id`, `ref`). While its element is rendered and the
   * field has an error, the username's `aria-describedby` names it; render it when
   * `fieldErrors.username` is set. Your `id` wins, and is the one named.
   */
  getFieldErrorProps: (props?: ElementGetterProps) => ElementGetterResult;
  /** Props for the username's description (a hint under its label): `id`, `ref`; the field names it while it is rendered. */
  getDescriptionProps: (props?: ElementGetterProps) => ElementGetterResult;
  /**
   * Props for the polite status region (`role="status"`, `id`, `data-status="submitting"` while the
   * request runs): render it always and put `statusMessage` in it.
   */
  getStatusProps: (props?: ElementGetterProps) => ElementGetterResult;
}
