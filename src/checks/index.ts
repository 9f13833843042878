export {
  type BreachedPasswordCheckOptions,
  breachedPasswordCheck,
} from './breached-password';
export { type StrengthCheckOptions, type StrengthEstimator, strengthCheck } from './strength';
export type { PasswordCheckContext, PasswordCheckDefinition } from './types';
