import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CognitoError } from '../core/cognito-error';
import { describeCognitoError, type ErrorOperation } from '../core/describe-error';
import { devWarn } from '../core/dev-warn';
import { fieldProblem } from '../core/input-checks';
import { checkPassword } from '../core/password-policy';
import type { CodeDelivery } from '../core/types';
import { createTranslator, errorMessageKey, mergeMessages } from '../i18n/messages';
import { cleanCode, cleanUsername } from './code-field';
import { CHECKLIST } from './context';
import { placeOf, surfaceView, useErrorSurface } from './error-surface';
import { mergeProps, useIsoLayoutEffect } from './merge-props';
import { buildPropGetters } from './prop-getters';
import { useHydrated, useLatest, useStableCallback } from './react-utils';
import { safeCall } from './safe-call';
import { useSlots } from './slots';
import type {
  ConfirmForgotPasswordResult,
  ResendStatus,
  ResetStatus,
  UseConfirmForgotPasswordOptions,
} from './types';
import { useAlertFocus } from './useAlertFocus';
import { useDeadline } from './useCountdown';
import { useRequestLifecycle } from './useRequestLifecycle';
import { useResetForm } from './useResetForm';
import { useWebOtp } from './useWebOtp';

const FIELDS = ['username', 'code', 'password', 'confirmPassword'];
type Outcome<Done> = Done | CognitoError | null;

/**
 * All the behaviour of the confirm-reset step, no markup: react-hook-form for the fields, a zod/mini
 * schema derived from the password rules, and prop getters that wire ids, ARIA and handlers. The
 * request life cycle (`useRequestLifecycle.ts`) and the error surface (`error-surface.ts`) are their
 * own modules; this one wires them to the form.
 */
export function useConfirmForgotPassword(
  options: UseConfirmForgotPasswordOptions,
): ConfirmForgotPasswordResult {
  // Handlers read the latest options: the transport and callbacks may be new objects every render.
  const latest = useLatest(options);

  const { form, policy, code, given, asksUsername, asksConfirmPassword, schemaRef, checks } =
    useResetForm(options);
  const cooldownSeconds = Number(options.resendCooldownSeconds ?? 30);
  const cooldownMs = Number.isFinite(cooldownSeconds) && cooldownSeconds > 0 ? cooldownSeconds * 1000 : 0;
  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);
  const t = useMemo(() => createTranslator(messages), [messages]);

  const hydrated = useHydrated();
  const life = useRequestLifecycle();
  const surface = useErrorSurface();
  const [confirmOutcome, setConfirmOutcome] = useState<Outcome<'success'>>(null);
  const [resendOutcome, setResendOutcome] = useState<Outcome<'sent'>>(null);
  const [resentTo, setResentTo] = useState<CodeDelivery | null>(null);
  const [resendAt, setResendAt] = useState(() => Date.now() + cooldownMs);
  const [waits, setWaits] = useState<Record<ErrorOperation, number>>({
    confirmForgotPassword: 0,
    forgotPassword: 0,
  });
  const resendAvailableAt = Math.max(resendAt, waits.forgotPassword);
  // These re-render the form once, when a wait ends; the countdowns on screen tick on their own.
  const resendOpen = useDeadline(resendAvailableAt);
  const confirmOpen = useDeadline(waits.confirmForgotPassword);

  const codeRef = useRef<HTMLInputElement | null>(null);
  const [alertRef, focusAlert] = useAlertFocus();
  const [slots, slotRef] = useSlots();
  const submitted = useRef(false);

  // When a throttle's wait is over, its "try again in N seconds" no longer holds: the message
  // goes, and the operation is no longer in error.
  const waitOver = (outcome: Outcome<string>, open: boolean, operation: ErrorOperation) =>
    open && outcome instanceof CognitoError && describeCognitoError(outcome, { operation }).action === 'wait';
  const confirmWaitOver = waitOver(confirmOutcome, confirmOpen, 'confirmForgotPassword');
  const resendWaitOver = waitOver(resendOutcome, resendOpen, 'forgotPassword');
  useIsoLayoutEffect(() => {
    if (confirmWaitOver) {
      surface.waitOver('confirmForgotPassword');
      setConfirmOutcome(null);
    }
    if (resendWaitOver) {
      surface.waitOver('forgotPassword');
      setResendOutcome(null);
    }
  }, [confirmWaitOver, resendWaitOver]);

  const success = confirmOutcome === 'success';
  const pending = life.active !== null;
  // The one definition of each: every getter and the styled parts read these.
  const submitBlocked = !hydrated || !confirmOpen || success;
  const canSubmit = !submitBlocked && !pending;
  const canResend = hydrated && resendOpen && !pending && !success;

  // What the handlers need from this render, written after it.
  const now = useLatest({
    given,
    asksUsername,
    canSubmit,
    canResend,
    resendAvailableAt,
    policy,
    code,
    cooldownMs,
  });

  const usernameToSend = () => now.current.given || cleanUsername(form.getValues('username'));

  // Written during render on purpose, and idempotent: the checklist lists the checks in the first
  // render (the server's and the hydrating one), before any effect could hand them over.
  checks.configure(options.passwordChecks, {
    username: usernameToSend,
    onUnavailable: (id) => safeCall(latest.current.onEvent, { type: 'checkUnavailable', id }),
    // A verdict that lands while the password's error is on screen updates it.
    onSettled: () => {
      const state = form.getFieldState('password');
      if (state.isTouched || submitted.current) void form.trigger('password');
    },
  });
  // The password is followed only while there is a check: without one, a keystroke does no work for
  // them (and the runner, password-checks.ts, is never loaded).
  const hasChecks = !!options.passwordChecks?.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form and the runner live as long as the hook
  useEffect(() => {
    if (!hasChecks) return;
    checks.run(form.getValues('password') ?? '');
    const watching = form.watch((values) => checks.run(values.password ?? ''));
    return () => {
      watching.unsubscribe();
      checks.stop();
    };
  }, [hasChecks]);

  const delivery = resentTo ?? options.delivery;
  // A code from WebOTP goes in as a typed one does (web-otp.ts); without a rendered input, cleaned.
  const otp = useWebOtp(
    !success && delivery?.medium !== 'EMAIL' && (options.webOtp ?? delivery?.medium === 'SMS'),
    codeRef,
    (raw) => form.setValue('code', cleanCode(raw, now.current.code.length)),
  );

  /** A username the kit itself finds unusable is a username problem, found before anything is sent. */
  const usernameProblem = (operation: ErrorOperation, username: string) => {
    if (!fieldProblem('Username', username)) return false;
    surface.place({
      operation,
      error: null,
      description: null,
      target: now.current.asksUsername ? 'username' : 'form',
      key: 'validation.usernameInvalid',
      params: {},
    });
    if (now.current.asksUsername) form.setFocus('username');
    else focusAlert();
    return true;
  };

  const fail = (raw: unknown, operation: ErrorOperation, password?: string) => {
    // Transports reject only with CognitoError; anything else broke that promise and is "unknown".
    const error = CognitoError.is(raw) ? raw : new CognitoError({ code: 'UnknownError', cause: raw });
    const o = latest.current;
    const passwordMetPolicy =
      password !== undefined && checkPassword(password, now.current.policy).every((c) => c.met);
    const description = describeCognitoError(error, {
      operation,
      retryAfterMs: o.retryAfterMs,
      resendAvailableInMs: now.current.resendAvailableAt - Date.now(),
      passwordMetPolicy,
    });
    if (description.messageKey === 'passwordPolicyMismatch') {
      devWarn('Cognito rejected a password that meets `passwordPolicy`: pass the pool’s own policy');
    }
    if (description.action === 'wait') {
      const until = Date.now() + description.retryAfterMs!;
      setWaits((w) => ({ ...w, [operation]: until }));
    }
    if (operation === 'confirmForgotPassword') setConfirmOutcome(error);
    else setResendOutcome(error);
    // Placed once, now: a field when one is at fault and on screen, else the form's alert.
    const { field } = description;
    const target = placeOf(field, now.current.asksUsername);
    surface.place({
      operation,
      error,
      description,
      target,
      key: errorMessageKey(description),
      params: description.params,
    });
    // Nothing typed is cleared: the field is focused so the user can fix it in place.
    if (target === 'form') focusAlert();
    else form.setFocus(target);
    safeCall(
      o.onEvent,
      operation === 'confirmForgotPassword'
        ? { type: 'failed', code: error.code, field, action: description.action }
        : { type: 'resendFailed', code: error.code, field, action: description.action },
    );
    safeCall(o.onError, error);
  };

  const confirm = async (claim: object) => {
    const o = latest.current;
    const values = form.getValues();
    // What this attempt sends, fixed now: onSuccess reports this username, whatever is typed later.
    const username = usernameToSend();
    if (usernameProblem('confirmForgotPassword', username)) return life.release(claim);
    const input = {
      username,
      code: cleanCode(values.code, now.current.code.length),
      password: values.password,
      ...(o.clientMetadata ? { clientMetadata: o.clientMetadata } : {}),
    };
    otp.stop();
    surface.starting('confirmForgotPassword');
    setConfirmOutcome(null);
    safeCall(o.onEvent, { type: 'submitted' });
    await life.run(
      claim,
      'confirmForgotPassword',
      (signal) => o.transport.confirmForgotPassword(input, { signal }),
      {
        done: () => {
          setConfirmOutcome('success');
          safeCall(latest.current.onEvent, { type: 'succeeded' });
          safeCall(latest.current.onSuccess, { username });
        },
        failed: (e) => fail(e, 'confirmForgotPassword', input.password),
      },
    );
  };

  const submit = useStableCallback((event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    if (!now.current.canSubmit) return;
    // Claimed before anything is awaited: a double click or Enter spam in one task sends one request.
    const claim = life.claim();
    if (!claim) return;
    submitted.current = true;
    // Waits for the extra checks on this password (each bounded by its timeout) before validating.
    life.submit(
      claim,
      form.handleSubmit,
      () => confirm(claim),
      () => checks.settle(form.getValues('password') ?? ''),
    );
  });

  const resend = useStableCallback(async () => {
    if (!now.current.canResend) return;
    const claim = life.claim();
    if (!claim) return;
    if (now.current.asksUsername && !(await form.trigger('username', { shouldFocus: true }))) {
      return life.release(claim);
    }
    const o = latest.current;
    const username = usernameToSend();
    if (usernameProblem('forgotPassword', username)) return life.release(claim);
    otp.stop();
    surface.starting('forgotPassword');
    setResendOutcome(null);
    const input = { username, ...(o.clientMetadata ? { clientMetadata: o.clientMetadata } : {}) };
    await life.run(claim, 'forgotPassword', (signal) => o.transport.forgotPassword(input, { signal }), {
      done: (answer) => {
        // A transport that resolves null or undefined still sent the code: "sent, no details".
        const d: CodeDelivery = answer ?? {};
        setResentTo(d.destination || d.medium ? d : null);
        setResendOutcome('sent');
        setResendAt(Date.now() + now.current.cooldownMs);
        // A new code makes every verdict on the old one stale.
        surface.clear((p) => p.target === 'code');
        setConfirmOutcome((c) =>
          c instanceof CognitoError && describeCognitoError(c).field === 'code' ? null : c,
        );
        safeCall(latest.current.onEvent, { type: 'resent', ...(d.medium ? { medium: d.medium } : {}) });
        otp.restart();
        form.setFocus('code', { shouldSelect: true });
      },
      failed: (e) => fail(e, 'forgotPassword'),
    });
  });

  const reset = useStableCallback(() => {
    life.abortAll();
    otp.restart();
    setConfirmOutcome(null);
    setResendOutcome(null);
    setResentTo(null);
    surface.reset();
    submitted.current = false;
    form.reset();
  });

  const status: ResetStatus =
    life.active === 'confirmForgotPassword'
      ? 'submitting'
      : success
        ? 'success'
        : confirmOutcome
          ? 'error'
          : 'idle';
  const resendStatus: ResendStatus =
    life.active === 'forgotPassword'
      ? 'sending'
      : resendOutcome === 'sent'
        ? 'sent'
        : resendOutcome
          ? 'error'
          : 'idle';
  const error = confirmOutcome instanceof CognitoError ? confirmOutcome : null;
  const resendError = resendOutcome instanceof CognitoError ? resendOutcome : null;
  const errorDescription = useMemo(() => error && describeCognitoError(error), [error]);
  const resendErrorDescription = useMemo(
    () => resendError && describeCognitoError(resendError, { operation: 'forgotPassword' }),
    [resendError],
  );

  const { fieldErrors, formError } = surfaceView(surface, form.formState.errors, t, {
    length: code.length ?? 0,
    min: policy.minimumLength,
  });

  const base = useId();
  const ids = useMemo(
    () =>
      Object.fromEntries(
        ['form', 'error', 'policy', 'status', ...FIELDS].map((k) => [k, base + k]),
      ) as ConfirmForgotPasswordResult['ids'],
    [base],
  );
  // Buttons keep their names while busy: progress and results are said in the status region.
  const statusKind =
    status === 'submitting'
      ? 'submitting'
      : resendStatus === 'sending'
        ? 'resending'
        : resendStatus === 'sent'
          ? 'resent'
          : undefined;
  const secondsUntil = (until: number) => Math.max(0, Math.ceil((until - Date.now()) / 1000));

  const result = {
    status,
    error,
    errorDescription,
    resendStatus,
    resendError,
    resendErrorDescription,
    formError,
    errorMessage: formError?.message ?? null,
    fieldErrors,
    // Follows the prop, until a resend reports where the new code went.
    delivery,
    statusMessage: statusKind ? t(statusKind, { destination: delivery?.destination ?? '' }) : null,
    resent: resendStatus === 'sent',
    resending: resendStatus === 'sending',
    resend,
    resendAvailableIn: resendOpen ? 0 : secondsUntil(resendAvailableAt),
    resendAvailableAt,
    waitSeconds: confirmOpen ? 0 : secondsUntil(waits.confirmForgotPassword),
    waitUntil: waits.confirmForgotPassword,
    canSubmit,
    canResend,
    hydrated,
    username: asksUsername ? undefined : given,
    asksUsername,
    asksConfirmPassword,
    codeLength: code.length,
    reset,
    t,
    dir: messages.dir,
    // Only a catalogue the app passed names the language; built-in English inherits the page's.
    lang: options.messages?.lang,
    ids,
    // Not in the public type: what usePasswordChecklist needs, under a key only it knows.
    [CHECKLIST]: { control: form.control, policy, checks },
  };
  const getters = buildPropGetters(result, {
    form,
    inputMode: code.inputMode,
    pending,
    submitBlocked,
    submit,
    edited: surface.edited,
    alertRef,
    slots,
    slotRef,
    statusKind,
    submitted,
    confirmVerdict: () =>
      schemaRef.current.safeParse(form.getValues()).error?.issues.find((i) => i.path[0] === 'confirmPassword')
        ?.message,
  });
  // The code input's element, for WebOTP to fill in.
  const { getCodeProps } = getters;
  getters.getCodeProps = (props) => getCodeProps(mergeProps({ ref: codeRef }, props));
  return Object.assign(result, getters);
}
