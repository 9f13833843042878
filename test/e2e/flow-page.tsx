// The page of the whole-flow test (test/package/password-reset-browser.test.ts): `<PasswordReset>` on
// `createProxyTransport`, posting to the same origin's `/api/reset` (or `?api=`), where the test
// mounts `createResetHandler` in front of cognito-local or the strict local Cognito.
import '../../src/styled/styles.css';
import { createRoot } from 'react-dom/client';
import { PasswordReset } from '../../src';
import { createProxyTransport } from '../../src/core';

const params = new URLSearchParams(window.location.search);
const transport = createProxyTransport({ url: params.get('api') ?? '/api/reset' });

createRoot(document.getElementById('root')!).render(
  <PasswordReset
    transport={transport}
    // No cooldown: a test may ask for a second code at once.
    resendCooldownSeconds={0}
    // The strict pool's limit answers with a one-minute wait, as the README suggests for Cognito.
    retryAfterMs={60_000}
    continueHref="/signed-out"
  />,
);
