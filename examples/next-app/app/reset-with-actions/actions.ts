// app/reset-with-actions/actions.ts
'use server';
import {
  type ConfirmForgotPasswordActionArgs,
  createResetActions,
  type ForgotPasswordActionArgs,
} from 'react-cognito-reset/server';

// Created on the first call, not at import: `next build` imports this module without the pool's settings.
let actions: ReturnType<typeof createResetActions> | undefined;
const reset = () =>
  (actions ??= createResetActions({
    clientId: process.env.COGNITO_CLIENT_ID!,
    clientSecret: process.env.COGNITO_CLIENT_SECRET, // server-only: never NEXT_PUBLIC_
    region: process.env.COGNITO_REGION,
    endpoint: process.env.COGNITO_ENDPOINT, // optional: cognito-local in development
  }));

// Each takes a plain input (the client transport, once hydrated) or (previous state, FormData)
// (the form's post, before hydration or without JavaScript), and answers with data, never a throw.
export async function forgotPassword(...args: ForgotPasswordActionArgs) {
  return reset().forgotPassword(...args);
}
export async function confirmForgotPassword(...args: ConfirmForgotPasswordActionArgs) {
  return reset().confirmForgotPassword(...args);
}
