// Page D: the whole flow, talking to cognito-local through the fetch transport, as an app ships it.
// The bench drives its request step ("Send code") for real to reach the confirm step, as it does
// for Amplify UI's Authenticator.
import { createRoot } from 'react-dom/client';
import { PasswordReset } from '../../src';
import { createCognitoTransport } from '../../src/core';

const params = new URLSearchParams(location.search);
const transport = createCognitoTransport({
  clientId: params.get('clientId') ?? '',
  endpoint: params.get('endpoint') ?? '',
});

createRoot(document.getElementById('root')!).render(<PasswordReset transport={transport} />);
