import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import {
  type CodeDelivery,
  describeError,
  type PasswordPolicyInput,
  type ResetTransport,
} from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator, type MessageKey } from '../../src/i18n/messages';
import { ConfirmResetForm } from '../../src/styled';
import type { SignInResult } from './live-config';
import './live.css';

const t = createTranslator(en);

/** Props of the live playground. */
export interface LiveResetProps {
  /** The transport to the pool under test (cognito-local, a real region, or a proxy). */
  transport: ResetTransport;
  /** One line saying what the transport talks to, shown above the form. */
  target: string;
  /** The username offered in the "Send code" step. */
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
 * A whole reset against a real Cognito API: ForgotPassword ("Send code"), then the drop-in, which
 * calls ConfirmForgotPassword (and ForgotPassword again for "Resend code").
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
  const [username, setUsername] = useState(defaultUsername);
  const [sentTo, setSentTo] = useState<{ username: string; delivery: CodeDelivery } | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [inbox, setInbox] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [signingIn, setSigningIn] = useState(false);

  // Every ForgotPassword, the drop-in's resends included, refreshes the code shown as the "inbox".
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

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const name = username.trim();
    if (!name || sending) return;
    setSending(true);
    setSendError(null);
    try {
      const delivery = await watched.forgotPassword({ username: name });
      setSentTo({ username: name, delivery });
    } catch (error) {
      const d = describeError(error);
      setSendError(t(`errors.${d.messageKey}` as MessageKey, d.params));
    } finally {
      setSending(false);
    }
  };

  const startOver = () => {
    setSigningIn(false);
    setSentTo(null);
    setInbox(null);
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
      {sentTo && signingIn && signIn ? (
        <SignInCheck username={sentTo.username} signIn={signIn} onStartOver={startOver} />
      ) : sentTo ? (
        <>
          <section className="live-inbox" aria-labelledby={`${id}-inbox`}>
            <p id={`${id}-inbox`} className="live-inbox-title">
              {readCode
                ? 'The code cognito-local sent'
                : `Code sent to ${sentTo.delivery.destination ?? 'the user'}`}
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
          <ConfirmResetForm
            key={round}
            transport={watched}
            username={sentTo.username}
            delivery={sentTo.delivery}
            passwordPolicy={passwordPolicy}
            resendCooldownSeconds={10}
            onContinue={signIn ? () => setSigningIn(true) : startOver}
          />
        </>
      ) : (
        <div className="rcr">
          <h2 className="rcr-heading">Forgot your password?</h2>
          <p className="rcr-intro">Step 1 of 2: ask the pool to send a code (ForgotPassword).</p>
          <form className="rcr-form" onSubmit={send} noValidate>
            <div className="rcr-field">
              <label className="rcr-label" htmlFor={`${id}-username`}>
                {en.usernameLabel}
              </label>
              <input
                id={`${id}-username`}
                className="rcr-input"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            </div>
            <div className="rcr-error" role="alert">
              {sendError && <p className="rcr-error-text">{sendError}</p>}
            </div>
            <button type="submit" className="rcr-submit" aria-disabled={sending || undefined}>
              Send code
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
