export type {
  ActionError,
  ActionFailure,
  ConfirmForgotPasswordActionArgs,
  ConfirmForgotPasswordResult,
  ForgotPasswordActionArgs,
  ForgotPasswordResult,
  ResetActionFunctions,
  ResetActions,
  ResetFormState,
  ResetStep,
} from './action-results';
export { type ActionTransportOptions, createActionTransport } from './action-transport';
export { type AdvancedSecurityDataOptions, advancedSecurityData } from './advanced-security';
export { CognitoError, type CognitoErrorInit } from './cognito-error';
export { type CognitoTransportOptions, createCognitoTransport } from './cognito-transport';
export {
  DEFAULT_RETRY_AFTER_MS,
  type DescribeErrorOptions,
  describeError,
  ERROR_MESSAGE_KEYS,
  type ErrorAction,
  type ErrorDescription,
  type ErrorField,
  type ErrorMessageKey,
  type ErrorOperation,
} from './describe-error';
export * from './error-codes';
export { normalizeCode } from './input-checks';
export {
  createMemoryTransport,
  type MemoryAnswer,
  type MemoryCall,
  type MemoryClientInit,
  type MemoryCodeEvent,
  type MemoryOperation,
  type MemoryTransport,
  type MemoryTransportOptions,
  type MemoryUserInit,
  type MemoryUserStatus,
} from './memory-transport';
export {
  type AmplifyGen1PasswordSettings,
  type AmplifyOutputsPasswordPolicy,
  type AmplifyPasswordFormat,
  type CdkCfnPasswordPolicy,
  type CdkPasswordPolicy,
  type CognitoPasswordPolicy,
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  normalizePasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_RULES,
  type PasswordCheck,
  type PasswordPolicy,
  type PasswordPolicyInput,
  type PasswordRuleId,
  type TerraformPasswordPolicy,
} from './password-policy';
export { type PasswordIssueParams, type PasswordSchema, passwordSchema } from './password-schema';
export { createProxyTransport, type ProxyTransportOptions } from './proxy-transport';
export { computeSecretHash } from './secret-hash';
export { toCognitoError } from './to-cognito-error';
export * from './types';
