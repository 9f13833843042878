import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { PasswordReset, type PasswordResetStep } from '../../src';
import type { PasswordPolicyInput, ResetTransport } from '../../src/core';
import type { SignInResult } from './live-config';
import './live.css';

/** Props of the live playground. */
export interface LiveResetProps {
  /** The transport to the pool under test (cognito-local, a real region, or a proxy). */
  transport: ResetTransport;
  /** One line saying what the transport talks to, shown above the form. */
  target: string;
  /** The username the request step's field starts with. */
  defaultUsername?: string;
  /** The pool's policy (an unauthenticated page cannot read it from Cognito). */
  passwordPolicy?: PasswordPolicyInput;
  /** Reads the code the pool sent; given only for cognito-local, whose "inbox" is a file. */
  readCode?: (username: string) => Promise<string | null>;
  /** The demo account, shown so a person knows whom to reset and what the old password was. */
  credentials?: { username: string; password: string };
  /**
   * Signs in (InitiateAuth) after the reset, so the success view leads to proof that the new
   * password works and the old one does not; without it, "Continue" starts over.
   */
  signIn?: (username: string, password: string) => Promise<SignInResult>;
}

/** Step 3: sign in with a password and see what the pool says. */
function SignInCheck({
  username,
  signIn,
  onStartOver,
}: {
  username: string;
  signIn: NonNullable<LiveResetProps['signIn']>;
  onStartOver: () => void;
}) {
  const id = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(SignInResult & { tried: number }) | null>(null);
  const tries = useRef(0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !password) return;
    setBusy(true);
    try {
      const r = await signIn(username, password).catch(
        (error): SignInResult => ({ ok: false, code: (error as Error).name }),
      );
      tries.current += 1;
      setResult({ ...r, tried: tries.current });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="rcr" data-testid="live-sign-in">
      <h2 className="rcr-heading">Sign in</h2>
      <p className="rcr-intro">
        Step 3: sign in as <strong>{username}</strong> (InitiateAuth, USER_PASSWORD_AUTH). The new password
        works; the old one is refused.
      </p>
      <form className="rcr-form" onSubmit={submit} noValidate>
        <div className="rcr-field">
          <label className="rcr-label" htmlFor={`${id}-password`}>
            Password
          </label>
          <input
            id={`${id}-password`}
            className="rcr-input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <p
          className="live-result"
          role="status"
          data-result={result ? (result.ok ? 'ok' : 'refused') : undefined}
        >
          {result &&
            (result.ok
              ? `Signed in: the pool issued tokens for ${username} (try ${result.tried}).`
              : `Refused: ${result.code} (try ${result.tried}).`)}
        </p>
        <button type="submit" className="rcr-submit" aria-disabled={busy || undefined}>
          Sign in
        </button>
      </form>
      <button type="button" className="live-link" onClick={onStartOver}>
        Start over
      </button>
    </div>
  );
}

/**
 * A whole reset against a real Cognito API through `<PasswordReset>`: its request step calls
 * ForgotPassword ("Send code"), its confirm step ConfirmForgotPassword (and ForgotPassword again
 * for "Resend code"); with `signIn`, the success view leads on to a sign-in that proves which
 * password works.
 */
export function LiveReset({
  transport,
  target,
  defaultUsername = '',
  passwordPolicy,
  readCode,
  credentials,
  signIn,
}: LiveResetProps) {
  const id = useId();
  const [step, setStep] = useState<PasswordResetStep>('request');
  const [resetFor, setResetFor] = useState<string | null>(null);
  const [inbox, setInbox] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [signingIn, setSigningIn] = useState(false);

  // Every ForgotPassword, the resends included, refreshes the code shown as the "inbox".
  const watched = useMemo<ResetTransport>(
    () => ({
      forgotPassword: async (input, options) => {
        const delivery = await transport.forgotPassword(input, options);
        if (readCode) setInbox(await readCode(input.username).catch(() => null));
        return delivery;
      },
      confirmForgotPassword: (input, options) => transport.confirmForgotPassword(input, options),
    }),
    [transport, readCode],
  );

  const startOver = () => {
    setSigningIn(false);
    setResetFor(null);
    setInbox(null);
    setStep('request');
    setRound((n) => n + 1);
  };

  return (
    <div className="live" data-testid="live-reset">
      <p className="live-target">{target}</p>
      {credentials && (
        <p className="live-credentials" data-testid="live-credentials">
          Demo account: <code>{credentials.username}</code>, starting password{' '}
          <code translate="no">{credentials.password}</code>
        </p>
      )}
      {resetFor !== null && signingIn && signIn ? (
        <SignInCheck username={resetFor} signIn={signIn} onStartOver={startOver} />
      ) : (
        <>
          {step === 'confirm' && (
            <section className="live-inbox" aria-labelledby={`${id}-inbox`}>
              <p id={`${id}-inbox`} className="live-inbox-title">
                {readCode ? 'The code the pool sent' : 'Check the inbox (or phone) of the account'}
              </p>
              {readCode && (
                <p className="live-code" data-testid="live-code" translate="no">
                  {inbox ?? '—'}
                </p>
              )}
              <button type="button" className="live-link" onClick={startOver}>
                Start over
              </button>
            </section>
          )}
          <PasswordReset
            key={round}
            transport={watched}
            defaultUsername={defaultUsername}
            passwordPolicy={passwordPolicy}
            resendCooldownSeconds={10}
            onStepChange={setStep}
            onSuccess={({ username }) => setResetFor(username)}
            onContinue={signIn ? () => setSigningIn(true) : startOver}
          />
        </>
      )}
    </div>
  );
}
