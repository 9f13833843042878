// The page of the proxy test (test/package/proxy-browser.test.ts): the drop-in on
// `createProxyTransport`, posting to the same origin's `/api/reset`, where the test mounts
// `createResetHandler`. The browser never learns the pool's client id or where Cognito is.
import '../../src/styled/styles.css';
import { createRoot } from 'react-dom/client';
import { ConfirmResetForm } from '../../src';
import { createProxyTransport } from '../../src/core';

const transport = createProxyTransport({ url: '/api/reset' });
const username = new URLSearchParams(window.location.search).get('username') ?? undefined;

createRoot(document.getElementById('root')!).render(
  // No cooldown: the test asks for the first code with "Resend code", as a user whose email never came.
  <ConfirmResetForm transport={transport} username={username} resendCooldownSeconds={0} />,
);
