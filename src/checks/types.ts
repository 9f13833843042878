// The definition lives in core (types only), so the hook and these recipes share it and this
// entry imports nothing from React.
export type { PasswordCheckContext, PasswordCheckDefinition } from '../core/types';
