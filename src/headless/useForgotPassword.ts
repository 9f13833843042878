import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import * as z from 'zod/v4/mini';
import { CognitoError } from '../core/cognito-error';
import { describeCognitoError } from '../core/describe-error';
import type { CodeDelivery } from '../core/types';
import { createTranslator, errorMessageKey, mergeMessages } from '../i18n/messages';
import { cleanUsername } from './code-field';
import { placeOf, surfaceView, useErrorSurface } from './error-surface';
import type { ForgotPasswordResult, UseForgotPasswordOptions } from './forgot-password-types';
import { type ResetFormValues, usernameSchema } from './form-schema';
import { mergeProps, useIsoLayoutEffect } from './merge-props';
import { buildPropGetters } from './prop-getters';
import { useHydrated, useLatest, useStableCallback } from './react-utils';
import { safeCall } from './safe-call';
import { useSlots } from './slots';
import { useAlertFocus } from './useAlertFocus';
import { useDeadline } from './useCountdown';
import { useRequestLifecycle } from './useRequestLifecycle';

// The username rule the confirm form's schema uses too: one definition, in form-schema.ts.
const schema = z.object({ username: usernameSchema() });

type Outcome = { username: string; delivery: CodeDelivery } | CognitoError | null;

/**
 * All the behaviour of the request step (ForgotPassword), no markup: a username field with
 * `autocomplete="username"`, submit → `transport.forgotPassword`, status, and errors placed by
 * `describeError(error, { operation: 'forgotPassword' })` — at the username field when it is at
 * fault, otherwise in the alert, which takes focus. The request life cycle (one request at a time,
 * abort on unmount and `reset()`), the error surface and the prop getters are the confirm hook's.
 *
 * `UserNotFoundException` is a success with an empty `delivery`, worded like any delivery without
 * details: the page never reveals whether an account exists (with PreventUserExistenceErrors,
 * Cognito itself answers an unknown user with a simulated delivery).
 */
export function useForgotPassword(options: UseForgotPasswordOptions): ForgotPasswordResult {
  const latest = useLatest(options);
  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);
  const t = useMemo(() => createTranslator(messages), [messages]);
  const [resolver] = useState(() => zodResolver(schema as any) as unknown as Resolver<ResetFormValues>);
  const form = useForm<ResetFormValues>({
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
    defaultValues: {
      username: cleanUsername(options.defaultUsername),
      code: '',
      password: '',
      confirmPassword: '',
    },
  });

  const hydrated = useHydrated();
  const life = useRequestLifecycle();
  const surface = useErrorSurface();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const open = useDeadline(waitUntil);
  const [alertRef, focusAlert] = useAlertFocus();
  const [slots, slotRef] = useSlots();
  const submitted = useRef(false);

  const error = outcome instanceof CognitoError ? outcome : null;
  const sent = outcome && !(outcome instanceof CognitoError) ? outcome : null;
  const errorDescription = useMemo(
    () =>
      error &&
      describeCognitoError(error, { operation: 'forgotPassword', retryAfterMs: options.retryAfterMs }),
    [error, options.retryAfterMs],
  );
  // A throttle's "try again in N seconds" goes when the wait is over.
  const waitOver = open && errorDescription?.action === 'wait';
  useIsoLayoutEffect(() => {
    if (!waitOver) return;
    surface.waitOver('forgotPassword');
    setOutcome(null);
  }, [waitOver]);

  const pending = life.active !== null;
  const submitBlocked = !hydrated || !open || sent !== null;
  const canSubmit = !submitBlocked && !pending;
  const now = useLatest({ canSubmit });

  const succeed = (username: string, delivery: CodeDelivery) => {
    setOutcome({ username, delivery });
    safeCall(latest.current.onEvent, {
      type: 'codeSent',
      ...(delivery.medium ? { medium: delivery.medium } : {}),
    });
    safeCall(latest.current.onSuccess, { username, delivery });
  };

  const fail = (raw: unknown) => {
    const e = CognitoError.is(raw) ? raw : new CognitoError({ code: 'UnknownError', cause: raw });
    const o = latest.current;
    const description = describeCognitoError(e, {
      operation: 'forgotPassword',
      retryAfterMs: o.retryAfterMs,
    });
    if (description.action === 'wait') setWaitUntil(Date.now() + description.retryAfterMs!);
    setOutcome(e);
    const target = placeOf(description.field, true);
    surface.place({
      operation: 'forgotPassword',
      error: e,
      description,
      target,
      key: errorMessageKey(description),
      params: description.params,
    });
    if (target === 'form') focusAlert();
    else form.setFocus('username');
    const { field, action } = description;
    safeCall(o.onEvent, { type: 'requestFailed', code: e.code, field, action });
    safeCall(o.onError, e);
  };

  const send = async (claim: object) => {
    const o = latest.current;
    const username = cleanUsername(form.getValues('username'));
    const input = { username, ...(o.clientMetadata ? { clientMetadata: o.clientMetadata } : {}) };
    surface.starting('forgotPassword');
    setOutcome(null);
    safeCall(o.onEvent, { type: 'requested' });
    await life.run(claim, 'forgotPassword', (signal) => o.transport.forgotPassword(input, { signal }), {
      // A transport that resolves null or undefined still sent the code: "sent, no details".
      done: (delivery) => succeed(username, delivery ?? {}),
      failed: (e) =>
        CognitoError.is(e) && e.code === 'UserNotFoundException' ? succeed(username, {}) : fail(e),
    });
  };

  const submit = useStableCallback((event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    if (!now.current.canSubmit) return;
    // Claimed before anything is awaited: a double click or Enter spam in one task sends one request.
    const claim = life.claim();
    if (!claim) return;
    submitted.current = true;
    life.submit(claim, form.handleSubmit, () => send(claim));
  });

  const reset = useStableCallback(() => {
    life.abortAll();
    setOutcome(null);
    surface.reset();
    submitted.current = false;
    form.reset();
  });

  const status =
    life.active === 'forgotPassword' ? 'submitting' : sent ? 'success' : error ? 'error' : 'idle';
  const { fieldErrors, formError } = surfaceView(surface, form.formState.errors, t, {});
  const base = useId();
  const ids = useMemo(
    () => ({
      form: `${base}form`,
      username: `${base}username`,
      error: `${base}error`,
      status: `${base}status`,
    }),
    [base],
  );
  const secondsLeft = open ? 0 : Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));

  const result = {
    status,
    error,
    errorDescription,
    delivery: sent?.delivery ?? null,
    username: sent?.username ?? null,
    fieldErrors: fieldErrors.username ? { username: fieldErrors.username } : {},
    formError,
    errorMessage: formError?.message ?? null,
    canSubmit,
    hydrated,
    waitSeconds: secondsLeft,
    waitUntil: open ? 0 : waitUntil,
    submit,
    reset,
    t,
    dir: messages.dir,
    lang: options.messages?.lang,
    ids,
    // Buttons keep their names while busy: progress is said in the status region.
    statusMessage: status === 'submitting' ? t('requestSubmitting') : null,
  } as const;
  // The confirm hook's getters, over this step's one field: the same ids, ARIA wiring, merging
  // and data attributes. Only the parts of its result they read for these getters are given.
  const getters = buildPropGetters({ ...result, asksUsername: true } as never, {
    form,
    inputMode: 'text',
    pending,
    submitBlocked,
    submit,
    edited: surface.edited,
    alertRef,
    slots,
    slotRef,
    statusKind: status === 'submitting' ? status : undefined,
    submitted,
    confirmVerdict: () => undefined,
  });
  return {
    ...result,
    getFormProps: getters.getFormProps,
    // The one field of the step: Enter sends.
    getUsernameProps: (props) => getters.getUsernameProps(mergeProps({ enterKeyHint: 'send' }, props)),
    getSubmitProps: getters.getSubmitProps,
    getErrorProps: getters.getErrorProps,
    getLabelProps: (props) => getters.getLabelProps('username', props),
    getFieldErrorProps: (props) => getters.getFieldErrorProps('username', props),
    getDescriptionProps: (props) => getters.getDescriptionProps('username', props),
    getStatusProps: getters.getStatusProps,
  };
}
