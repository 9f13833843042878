import { useEffect, useRef, useState } from 'react';
import { useLatest } from './react-utils';

/**
 * Asks the browser for the code of an incoming SMS (WebOTP: `navigator.credentials.get({ otp:
 * { transport: ['sms'] } })`, Chrome and Edge on Android, Safari fills through `autocomplete`
 * instead). The browser shows its own prompt; the code it returns is handed to `fill`, which
 * types it into the field; nothing is submitted. Does nothing where `OTPCredential` is missing.
 * The SMS must end with the line `@<the page's domain> #<code>` (see the README).
 * @param enabled ask now (the code went by SMS and the step is on screen).
 * @returns `stop()` aborts the request and asks no more (submit); `restart()` aborts it and asks
 *   again for a new code (resend, reset). Unmounting aborts it.
 */
export function useWebOtp(enabled: boolean, fill: (code: string) => void) {
  const [round, setRound] = useState(0);
  const current = useRef<AbortController | null>(null);
  const latestFill = useLatest(fill);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks again after a restart
  useEffect(() => {
    const credentials = typeof navigator === 'undefined' ? undefined : navigator.credentials;
    if (!enabled || !('OTPCredential' in globalThis) || !credentials?.get) return;
    const controller = new AbortController();
    current.current = controller;
    credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (!controller.signal.aborted && typeof code === 'string') latestFill.current(code);
      })
      // Aborted, refused by the user, or no SMS in time: the user types the code as usual.
      .catch(() => {});
    return () => controller.abort();
  }, [enabled, round]);
  const [api] = useState(() => ({
    stop: () => current.current?.abort(),
    restart: () => {
      current.current?.abort();
      setRound((n) => n + 1);
    },
  }));
  return api;
}
