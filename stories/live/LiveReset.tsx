import { type FormEvent, useId, useMemo, useState } from 'react';
import {
  type CodeDelivery,
  describeError,
  type PasswordPolicyInput,
  type ResetTransport,
} from '../../src/core';
import { en } from '../../src/i18n/en';
import { createTranslator, type MessageKey } from '../../src/i18n/messages';
import { ConfirmResetForm } from '../../src/styled';
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
}: LiveResetProps) {
  const id = useId();
  const [username, setUsername] = useState(defaultUsername);
  const [sentTo, setSentTo] = useState<{ username: string; delivery: CodeDelivery } | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [inbox, setInbox] = useState<string | null>(null);
  const [round, setRound] = useState(0);

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
    setSentTo(null);
    setInbox(null);
    setRound((n) => n + 1);
  };

  return (
    <div className="live" data-testid="live-reset">
      <p className="live-target">{target}</p>
      {sentTo ? (
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
            onContinue={startOver}
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
