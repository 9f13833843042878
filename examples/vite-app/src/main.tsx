// The drop-in form in a plain Vite + React app: what a user writes after `npm install react-cognito-reset`.
//
//   /                                          an in-memory pool (user "alice", code 123456), no network
//   /?endpoint=<url>&clientId=<id>&username=…  a Cognito API at `endpoint` (cognito-local, a VPC endpoint)
import { ConfirmResetForm } from 'react-cognito-reset';
import { createCognitoTransport, createMemoryTransport, type ResetTransport } from 'react-cognito-reset/core';
import 'react-cognito-reset/styles.css';
import './page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(window.location.search);

/** The in-memory pool's one account; the page shows it, so a person trying the example can finish a reset. */
const DEMO = { username: 'alice', password: 'Old-pass1!', email: 'alice@example.com', code: '123456' };

/** The transport the URL asks for, made once for the page's life. */
function transportFromUrl(): { transport: ResetTransport; username: string | undefined; demo: boolean } {
  const endpoint = params.get('endpoint');
  const clientId = params.get('clientId');
  if (endpoint && clientId) {
    return {
      transport: createCognitoTransport({ clientId, endpoint }),
      username: params.get('username') ?? undefined,
      demo: false,
    };
  }
  const pool = createMemoryTransport({
    users: [{ username: DEMO.username, password: DEMO.password, email: DEMO.email }],
    // A fixed code, so a person trying the example (and its test) can type it.
    generateCode: () => DEMO.code,
  });
  // The page before this one asked for the code; here the pool "sends" it on load.
  void pool.forgotPassword({ username: DEMO.username });
  return { transport: pool, username: DEMO.username, demo: true };
}

const { transport, username, demo } = transportFromUrl();

function App() {
  return (
    <>
      {demo && (
        <p className="demo-note" data-testid="demo-credentials">
          An in-memory pool, nothing leaves the page. Account <code>{DEMO.username}</code> (old password{' '}
          <code>{DEMO.password}</code>); the code is always <code>{DEMO.code}</code>. Pick any new password
          the checklist accepts.
        </p>
      )}
      <ConfirmResetForm
        transport={transport}
        username={username}
        delivery={demo ? { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' } : undefined}
        onContinue={() => window.location.assign('/sign-in')}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
