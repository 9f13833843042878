// The drop-in form in a plain Vite + React app: what a user writes after `npm install react-cognito-reset`.
//
//   /                                          an in-memory pool (user "alice", code 123456), no network
//   /?endpoint=<url>&clientId=<id>&username=…  a Cognito API at `endpoint` (cognito-local, a VPC endpoint)
import { ConfirmResetForm } from 'react-cognito-reset';
import { createCognitoTransport, createMemoryTransport, type ResetTransport } from 'react-cognito-reset/core';
import 'react-cognito-reset/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(window.location.search);

/** The transport the URL asks for, made once for the page's life. */
function transportFromUrl(): { transport: ResetTransport; username: string | undefined } {
  const endpoint = params.get('endpoint');
  const clientId = params.get('clientId');
  if (endpoint && clientId) {
    return {
      transport: createCognitoTransport({ clientId, endpoint }),
      username: params.get('username') ?? undefined,
    };
  }
  const pool = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
    // A fixed code, so a person trying the example (and its test) can type it.
    generateCode: () => '123456',
  });
  // The page before this one asked for the code; here the pool "sends" it on load.
  void pool.forgotPassword({ username: 'alice' });
  return { transport: pool, username: 'alice' };
}

const { transport, username } = transportFromUrl();

function App() {
  return (
    <ConfirmResetForm
      transport={transport}
      username={username}
      onContinue={() => window.location.assign('/sign-in')}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
