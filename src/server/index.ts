export { toNodeHandler } from './node-http';
export {
  type BeforeForwardContext,
  type BeforeForwardResult,
  createResetHandler,
  type ResetHandlerOptions,
  type TrustProxy,
} from './reset-handler';
