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
} from '../core/action-results';
export { toNodeHandler } from './node-http';
export { createResetActions, type ResetActionsOptions } from './reset-actions';
export {
  type BeforeForwardContext,
  type BeforeForwardResult,
  createResetHandler,
  type ResetHandlerOptions,
  type TrustProxy,
} from './reset-handler';
