import { useEffect, useReducer, useRef } from 'react';

/**
 * Asks the browser for the code of an incoming SMS (WebOTP: `navigator.credentials.get({ otp:
 * { transport: ['sms'] } })`, Chrome and Edge on Android, Safari fills through `autocomplete`
 * instead). The browser shows its own prompt; the code it returns is typed into `input` (see
 * web-otp.ts, loaded with `import()` only where it will ask); nothing is submitted. Does nothing
 * where `OTPCredential` is missing. The SMS must end with the line `@<the page's domain> #<code>`
 * (see the README).
 * @param enabled ask now (the code went by SMS and the step is on screen).
 * @param input the code input's element; `set` receives the code when none is rendered (it should
 *   read what it needs at the call: it is the one from the render that asked).
 * @returns `stop()` aborts the request and asks no more (submit); `restart()` asks again for a new
 *   code (resend, reset), aborting the request as it re-renders. Unmounting aborts it.
 */
export function useWebOtp(
  enabled: boolean,
  input: { readonly current: HTMLInputElement | null },
  set: (code: string) => void,
) {
  const [round, restart] = useReducer((n: number) => n + 1, 0);
  const abort = useRef<() => void>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks again after a restart
  useEffect(() => {
    if (!enabled || !('OTPCredential' in globalThis)) return;
    const controller = new AbortController();
    abort.current = () => controller.abort();
    // A module that fails to load asks nothing: the user types the code.
    import('./web-otp').then(
      (m) => m.askForCode(controller.signal, input, set),
      () => {},
    );
    return abort.current;
  }, [enabled, round]);
  return { stop: () => abort.current?.(), restart };
}
