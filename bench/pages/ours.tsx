// Page A: the drop-in, talking to cognito-local through the fetch transport, as an app ships it.
import { createRoot } from 'react-dom/client';
import { ConfirmResetForm } from '../../src';
import { createCognitoTransport } from '../../src/core';

const params = new URLSearchParams(location.search);
const transport = createCognitoTransport({
  clientId: params.get('clientId') ?? '',
  endpoint: params.get('endpoint') ?? '',
});

createRoot(document.getElementById('root')!).render(
  <ConfirmResetForm
    transport={transport}
    username={params.get('username') ?? ''}
    delivery={{ destination: 'b***@e***', medium: 'EMAIL' }}
  />,
);
