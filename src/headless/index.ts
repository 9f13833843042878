export { ConfirmForgotPasswordProvider, useConfirmForgotPasswordContext } from './context';
export { mergeProps } from './merge-props';
export type * from './types';
export { useConfirmForgotPassword } from './useConfirmForgotPassword';
export { useCountdown } from './useCountdown';
export { type ChecklistItem, type PasswordChecklist, usePasswordChecklist } from './usePasswordChecklist';
