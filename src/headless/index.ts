'use client';
export { ConfirmForgotPasswordProvider, useConfirmForgotPasswordContext } from './context';
export { mergeProps } from './merge-props';
export { type ResetLink, type ResetLinkOptions, readResetLink } from './reset-link';
export type * from './types';
export { useConfirmForgotPassword } from './useConfirmForgotPassword';
export { useCountdown } from './useCountdown';
export { type ChecklistItem, type PasswordChecklist, usePasswordChecklist } from './usePasswordChecklist';
