// The app page of test/testing/playwright-example.test.ts: what an app's /forgot-password might be.
// A username form that calls ForgotPassword, then the drop-in, both on `createCognitoTransport`
// pointed at the `endpoint` and `clientId` the test passes in the URL (startLocalCognito's).
import '../../src/styled/styles.css';
import { type FormEvent, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfirmResetForm } from '../../src';
import { createCognitoTransport } from '../../src/core';

const query = new URLSearchParams(window.location.search);
const transport = createCognitoTransport({
  clientId: query.get('clientId') ?? '',
  endpoint: query.get('endpoint') ?? '',
});

function ForgotPasswordPage() {
  const [username, setUsername] = useState('');
  const [sent, setSent] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    await transport.forgotPassword({ username });
    setSent(true);
  };
  if (sent) return <ConfirmResetForm transport={transport} username={username} />;
  return (
    <form onSubmit={send}>
      <label htmlFor="username">Username</label>
      <input
        id="username"
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <button type="submit">Send code</button>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<ForgotPasswordPage />);
