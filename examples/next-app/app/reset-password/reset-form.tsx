// app/reset-password/reset-form.tsx
'use client';
import { ConfirmResetForm } from 'react-cognito-reset';
import { createProxyTransport } from 'react-cognito-reset/core';

const transport = createProxyTransport({ url: '/api/reset' });

export function ResetForm({ username }: { username?: string }) {
  return (
    <ConfirmResetForm
      transport={transport}
      username={username}
      passwordPolicy={{ minimumLength: 12 }}
      onSuccess={() => window.location.assign('/sign-in')}
    />
  );
}
