// Loaded on demand: `useWebOtp` imports this module with `import()` only where it will ask (the
// code went by SMS, or the app opted in, and the browser has `OTPCredential`). A static import
// would put it back into every form.

/**
 * Asks the browser for the code of an incoming SMS (`navigator.credentials.get({ otp: { transport:
 * ['sms'] }, signal })`) and types the answer into `input` through its own input event, as a typed
 * or pasted code goes in: the field's onChange normalises and caps it and the slots redraw.
 * Nothing is submitted. Without a rendered input, `set` receives the code.
 * @param signal aborts the request; an answer after the abort fills nothing.
 */
export function askForCode(
  signal: AbortSignal,
  input: { readonly current: HTMLInputElement | null },
  set: (code: string) => void,
): void {
  const credentials = navigator.credentials;
  if (signal.aborted || !credentials?.get) return;
  credentials
    .get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)
    .then((credential) => {
      const code = (credential as { code?: unknown } | null)?.code;
      const field = input.current;
      if (signal.aborted || typeof code !== 'string') return;
      if (!field) return set(code);
      // React tracks the value through the prototype's setter: setting it there makes the event count.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, code);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    })
    // Aborted, refused by the user, or no SMS in time: the user types the code as usual.
    .catch(() => {});
}
