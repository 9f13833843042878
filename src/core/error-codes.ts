/** The 18 exceptions Cognito's ConfirmForgotPassword can raise. */
export const CONFIRM_FORGOT_PASSWORD_ERRORS = [
  'CodeMismatchException',
  'ExpiredCodeException',
  'InvalidPasswordException',
  'PasswordHistoryPolicyViolationException',
  'InvalidParameterException',
  'NotAuthorizedException',
  'TooManyFailedAttemptsException',
  'TooManyRequestsException',
  'LimitExceededException',
  'UserNotFoundException',
  'UserNotConfirmedException',
  'ResourceNotFoundException',
  'ForbiddenException',
  'UnexpectedLambdaException',
  'UserLambdaValidationException',
  'InvalidLambdaResponseException',
  'OperationNotEnabledException',
  'InternalErrorException',
] as const;

/** The 4 extra exceptions ForgotPassword can raise. */
export const FORGOT_PASSWORD_ERRORS = [
  'CodeDeliveryFailureException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidEmailRoleAccessPolicyException',
] as const;

/** Codes the kit raises itself when there is no Cognito code to report. */
export const CLIENT_ERRORS = [
  'NetworkError',
  'TimeoutError',
  'AbortError',
  'HttpError',
  'UnknownError',
] as const;

export type ConfirmForgotPasswordErrorCode = (typeof CONFIRM_FORGOT_PASSWORD_ERRORS)[number];
export type ForgotPasswordErrorCode = (typeof FORGOT_PASSWORD_ERRORS)[number];
export type ClientErrorCode = (typeof CLIENT_ERRORS)[number];
/** Every code the kit knows. */
export type CognitoErrorCode = ConfirmForgotPasswordErrorCode | ForgotPasswordErrorCode | ClientErrorCode;
