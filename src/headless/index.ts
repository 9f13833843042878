'use client';
export type { LocaleTag } from '../i18n/locale-loaders';
export { ConfirmForgotPasswordProvider, useConfirmForgotPasswordContext } from './context';
export { ForgotPasswordProvider, useForgotPasswordContext } from './forgot-password-context';
export type * from './forgot-password-types';
export { mergeProps } from './merge-props';
export { type ResetLink, type ResetLinkOptions, readResetLink } from './reset-link';
export type { TransportSource } from './transport-source';
export type * from './types';
export { useConfirmForgotPassword } from './useConfirmForgotPassword';
export { useCountdown } from './useCountdown';
export { useForgotPassword } from './useForgotPassword';
export { type ChecklistItem, type PasswordChecklist, usePasswordChecklist } from './usePasswordChecklist';
export {
  type PasswordResetResult,
  type PasswordResetStep,
  type UsePasswordResetOptions,
  usePasswordReset,
} from './usePasswordReset';
