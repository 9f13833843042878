export type {
  ActionError,
  ActionFailure,
  ConfirmForgotPasswordResult,
  ForgotPasswordResult,
  ResetActions,
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
