// app/reset-with-actions/page.tsx — a Server Component. The two Server Actions are references a
// Server Component may pass; the form posts to them, so the reset works without JavaScript too.
import { PasswordReset } from 'react-cognito-reset';
import { confirmForgotPassword, forgotPassword } from './actions';

export default function Page() {
  return (
    <PasswordReset
      actions={{ forgotPassword, confirmForgotPassword }}
      passwordPolicy={{ minimumLength: 12 }}
      continueHref="/sign-in"
    />
  );
}
