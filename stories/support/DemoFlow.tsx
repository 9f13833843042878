import type { ComponentType } from 'react';
import {
  ForgotPasswordForm,
  type ForgotPasswordFormProps,
  PasswordReset,
  type PasswordResetProps,
} from '../../src';
import { useDemoPool } from './DemoForm';
import type { DemoPoolOptions } from './demo-pool';

/** `<ForgotPasswordForm>`'s props as stories pass them: the transport comes from `pool`. */
export interface DemoRequestProps
  extends Omit<ForgotPasswordFormProps, 'transport' | 'proxyUrl' | 'actions'> {
  /** How the in-memory pool behind the form behaves (latency, injected failures, limits…). */
  pool?: DemoPoolOptions;
}

/** `<ForgotPasswordForm>` on a fresh demo pool that has sent nothing yet. */
export function DemoRequest({ pool, ...props }: DemoRequestProps) {
  const transport = useDemoPool({ sent: false, ...pool });
  return <ForgotPasswordForm {...props} transport={transport} />;
}

/** `<PasswordReset>`'s props as stories pass them: the transport comes from `pool`. */
export interface DemoResetProps extends Omit<PasswordResetProps, 'transport' | 'proxyUrl' | 'actions'> {
  /** How the in-memory pool behind the flow behaves. */
  pool?: DemoPoolOptions;
}

/**
 * `<PasswordReset>` on a fresh demo pool that has sent nothing yet; its policy is the flow's unless
 * `pool` names one, so the checklist and the "server" never disagree.
 */
export function DemoReset({ pool, ...props }: DemoResetProps) {
  const transport = useDemoPool({ sent: false, passwordPolicy: props.passwordPolicy, ...pool });
  return <PasswordReset {...props} transport={transport} />;
}

/** The components for `meta.component` (autodocs reads their own JSDoc and props tables). */
export const ForgotPasswordFormForDocs = ForgotPasswordForm as unknown as ComponentType<DemoRequestProps>;
export const PasswordResetForDocs = PasswordReset as unknown as ComponentType<DemoResetProps>;
