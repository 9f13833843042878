// Amplify UI's drop-in, opened on its reset flow; Amplify.configure is what every app calls first.
import { Authenticator } from '@aws-amplify/ui-react';

export { Amplify } from 'aws-amplify';

/** The Authenticator as an app renders it for a password reset. */
export function ResetPassword() {
  return <Authenticator initialState="forgotPassword" />;
}
