// Page B: Amplify UI's Authenticator on its reset flow, configured against cognito-local.
import { Authenticator } from '@aws-amplify/ui-react';
import { Amplify } from 'aws-amplify';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: params.get('userPoolId') ?? '',
      userPoolClientId: params.get('clientId') ?? '',
      userPoolEndpoint: params.get('endpoint') ?? '',
      loginWith: { username: true },
    },
  },
});

createRoot(document.getElementById('root')!).render(<Authenticator initialState="forgotPassword" />);
