/**
 * Wire-level and transport types. Every parameter of Cognito's ConfirmForgotPassword and
 * ForgotPassword has a home: ClientId, SecretHash, UserContextData and AnalyticsMetadata are
 * transport configuration; Username, ConfirmationCode, Password and ClientMetadata come with each call.
 */

/** `UserContextData` as Cognito's API takes it (advanced security / threat protection). */
export interface UserContextData {
  /** The user's IP address. Cognito only honours it from confidential clients (a server). */
  IpAddress?: string;
  /** The blob from `AmazonCognitoAdvancedSecurityData.getData(…)`. */
  EncodedData?: string;
}

/** `AnalyticsMetadata` as Cognito's API takes it. */
export interface AnalyticsMetadata {
  /** The Amazon Pinpoint endpoint id. */
  AnalyticsEndpointId?: string;
}

/** The body of a `ConfirmForgotPassword` request (awsJson1_1). */
export interface ConfirmForgotPasswordRequest {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  ConfirmationCode: string;
  Password: string;
  AnalyticsMetadata?: AnalyticsMetadata;
  UserContextData?: UserContextData;
  ClientMetadata?: Record<string, string>;
}

/** The body of a `ForgotPassword` request (awsJson1_1). */
export interface ForgotPasswordRequest {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  AnalyticsMetadata?: AnalyticsMetadata;
  UserContextData?: UserContextData;
  ClientMetadata?: Record<string, string>;
}

/** `CodeDeliveryDetails` as Cognito returns it from `ForgotPassword`. */
export interface CodeDeliveryDetails {
  Destination?: string;
  DeliveryMedium?: 'EMAIL' | 'SMS';
  AttributeName?: string;
}

/** The body of a `ForgotPassword` response. */
export interface ForgotPasswordResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails;
}

/** Where a code was sent, in the kit's words. */
export interface CodeDelivery {
  /** The masked destination, e.g. `a***@e***`. */
  destination?: string;
  /** How the code travelled. */
  medium?: 'EMAIL' | 'SMS';
  /** The attribute the code went to, e.g. `email`. */
  attributeName?: string;
}

/** Options every transport call accepts. */
export interface CallOptions {
  /** Aborts the request; the call then rejects with `CognitoError` code `AbortError`. */
  signal?: AbortSignal;
}

/** Input of `ResetTransport.forgotPassword`. */
export interface ForgotPasswordInput {
  username: string;
  clientMetadata?: Record<string, string>;
}

/** Input of `ResetTransport.confirmForgotPassword`. */
export interface ConfirmForgotPasswordInput {
  username: string;
  code: string;
  password: string;
  clientMetadata?: Record<string, string>;
}

/**
 * How the React layers talk to Cognito. Every transport rejects only with `CognitoError`,
 * normalising inside itself.
 */
export interface ResetTransport {
  /** Sends (or re-sends) a code. "Resend code" is simply ForgotPassword again. */
  forgotPassword(input: ForgotPasswordInput, options?: CallOptions): Promise<CodeDelivery>;
  /** Checks the code and sets the new password in one call. */
  confirmForgotPassword(input: ConfirmForgotPasswordInput, options?: CallOptions): Promise<void>;
}

/** The two operations the kit calls. */
export type Operation = 'ForgotPassword' | 'ConfirmForgotPassword';

/**
 * An extra password check beside the pool's policy: one definition that a checklist item and the
 * form's validation both derive from. `test` answers whether the password passes; it may be
 * asynchronous (a network lookup, a lazily loaded estimator), in which case it receives a `signal`
 * that aborts when the password changes. A `test` that throws, rejects or times out is reported
 * as unavailable, never treated as a failure: the user pool's own policy stays the authority.
 * Lives in core (types only) so the hook and `react-cognito-reset/checks` share it without React.
 */
export interface PasswordCheckDefinition {
  /** Stable id: the checklist item's key and the `data-rule` of its element. */
  readonly id: string;
  /**
   * What the checklist shows, and the field's error while the check fails: a catalogue key
   * (`rules.notBreached`) or plain text.
   */
  readonly message: string;
  /**
   * `true` when the password passes.
   * @param password the new password, exactly as typed.
   * @param context `username` when known; `signal` aborts a stale asynchronous test.
   */
  test(password: string, context: PasswordCheckContext): boolean | Promise<boolean>;
}

/** What a {@link PasswordCheckDefinition}'s `test` receives beside the password. */
export interface PasswordCheckContext {
  /** The account's username, when the form knows it. @default undefined */
  readonly username?: string;
  /** Aborted when the password changes or the form unmounts. @default undefined */
  readonly signal?: AbortSignal;
}
