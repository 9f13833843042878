export {
  type BeforeForwardContext,
  type BeforeForwardResult,
  createResetHandler,
  type ResetHandlerOptions,
  type TrustProxy,
} from './reset-handler';
export { toNodeHandler } from './node-http';
