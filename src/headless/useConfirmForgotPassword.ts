import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { CognitoError } from '../core/cognito-error';
import { describeCognitoError } from '../core/describe-error';
import { normalizeCode } from '../core/input-checks';
import { normalizePasswordPolicy } from '../core/password-policy';
import type { CodeDelivery } from '../core/types';
import { createTranslator, type MessageKey, mergeMessages } from '../i18n/messages';
import { formSchema, type ResetFormValues } from './form-schema';
import { useIsoLayoutEffect } from './merge-props';
import { buildPropGetters } from './prop-getters';
import type {
  ConfirmForgotPasswordResult,
  FieldErrorInfo,
  ResetField,
  ResetStatus,
  UseConfirmForgotPasswordOptions,
} from './types';
import { useCountdown } from './useCountdown';

const DIGITS = /^[0-9]+$/;
const FIELDS: ResetField[] = ['username', 'code', 'password', 'confirmPassword'];

// A private client: an app's QueryClientProvider, its default retries, global MutationCache
// callbacks and persisters must never see, store or re-send a password reset.
function privateQueryClient() {
  return new QueryClient({ defaultOptions: { mutations: { retry: 0, networkMode: 'always', gcTime: 0 } } });
}

/** A mutation on the private client whose request gets a fresh signal the hook can abort. */
function useRequest<T>(
  client: QueryClient,
  controller: { current: AbortController | null },
  send: (signal: AbortSignal) => Promise<T>,
) {
  return useMutation(
    {
      mutationFn: () => {
        const ctrl = new AbortController();
        controller.current = ctrl;
        return send(ctrl.signal);
      },
    },
    client,
  );
}

/**
 * All the behaviour of the confirm-reset step, no markup: react-hook-form for the fields, a zod/mini
 * schema derived from the password rules, a private react-query mutation for the request, and prop
 * getters that wire ids, ARIA and handlers.
 */
export function useConfirmForgotPassword(
  options: UseConfirmForgotPasswordOptions,
): ConfirmForgotPasswordResult {
  // Callbacks read the latest options: the transport and handlers may be new objects every render.
  const latest = useRef(options);
  latest.current = options;

  const policy = normalizePasswordPolicy(options.passwordPolicy);
  const codeLength = options.code?.length === undefined ? 6 : options.code.length;
  const codePattern = options.code?.pattern ?? DIGITS;
  const asksUsername = options.username === undefined;
  const asksConfirmPassword = options.confirmPassword ?? true;
  const cooldownMs = (options.resendCooldownSeconds ?? 30) * 1000;

  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);
  const t = useMemo(() => createTranslator(messages), [messages]);

  // The policy is interned (equal policies are one object); a pattern compares by its source text,
  // so an inline RegExp literal does not rebuild the schema every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pattern is captured by value
  const schema = useMemo(
    () =>
      formSchema({
        policy,
        codeLength,
        codePattern,
        askUsername: asksUsername,
        confirmPassword: asksConfirmPassword,
      }),
    [policy, codeLength, `${codePattern}`, asksUsername, asksConfirmPassword],
  );
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const resolver = useCallback<Resolver<ResetFormValues>>(
    (values, context, opts) => zodResolver(schemaRef.current as any)(values, context, opts as any) as any,
    [],
  );

  const form = useForm<ResetFormValues>({
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
    defaultValues: { username: options.username ?? '', code: '', password: '', confirmPassword: '' },
  });

  const [queryClient] = useState(privateQueryClient);
  const [error, setError] = useState<CognitoError | null>(null);
  const [delivery, setDelivery] = useState<CodeDelivery | undefined>(options.delivery);
  const [resent, setResent] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const [resendAt, setResendAt] = useState(() => Date.now() + cooldownMs);
  const [waitUntil, setWaitUntil] = useState(0);
  const resendAvailableIn = useCountdown(Math.max(resendAt, waitUntil));
  const waitSeconds = useCountdown(waitUntil);

  const inFlight = useRef(false);
  const generation = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const errorRef = useRef<HTMLElement | null>(null);
  const focusAlert = useRef(false);
  const submitted = useRef(false);
  // Focus the form-level alert only once its message is in the DOM: an element that styles hide
  // while empty cannot take focus, and a microtask runs before React has committed the text.
  useIsoLayoutEffect(() => {
    if (!focusAlert.current) return;
    focusAlert.current = false;
    errorRef.current?.focus();
  });

  // A late answer after unmount or reset() belongs to nobody: a new generation ignores it.
  const cancel = () => {
    generation.current++;
    controller.current?.abort();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: cancel touches refs only
  useEffect(() => {
    setHydrated(true);
    // Unmounting abandons the request in flight, as reset() does.
    return cancel;
  }, []);

  const currentUsername = () => latest.current.username ?? form.getValues('username').trim().normalize('NFC');

  // The password and the code never become mutation variables: the function reads them from the
  // form, so react-query's cache and devtools hold nothing secret.
  const request = () => {
    const o = latest.current;
    return { username: currentUsername(), ...(o.clientMetadata ? { clientMetadata: o.clientMetadata } : {}) };
  };
  const confirm = useRequest(queryClient, controller, (signal) => {
    const values = form.getValues();
    return latest.current.transport.confirmForgotPassword(
      { ...request(), code: normalizeCode(values.code), password: values.password },
      { signal },
    );
  });
  const resendMutation = useRequest(queryClient, controller, (signal) =>
    latest.current.transport.forgotPassword(request(), { signal }),
  );

  const retryAfterMs = options.retryAfterMs;
  // When Cognito's wait is over, its "try again in N seconds" no longer holds: clear it.
  const waitOver = waitUntil > 0 && waitSeconds === 0;
  useEffect(() => {
    if (waitOver) setError((e) => (e && describeCognitoError(e).action === 'wait' ? null : e));
  }, [waitOver]);

  const errorDescription = useMemo(
    () => (error ? describeCognitoError(error, { retryAfterMs }) : null),
    [error, retryAfterMs],
  );

  const fail = (raw: unknown, operation: 'confirm' | 'resend') => {
    // Transports reject only with CognitoError; anything else broke that promise and is "unknown".
    const err = CognitoError.is(raw) ? raw : new CognitoError({ code: 'UnknownError', cause: raw });
    const d = describeCognitoError(err, { retryAfterMs });
    setError(err);
    if (d.action === 'wait') setWaitUntil(Date.now() + d.retryAfterMs!);
    const o = latest.current;
    if (operation === 'confirm')
      o.onEvent?.({ type: 'failed', code: err.code, field: d.field, action: d.action });
    else o.onEvent?.({ type: 'resendFailed', code: err.code });
    o.onError?.(err);
    // Nothing typed is cleared: the field is marked and focused so the user can fix it in place.
    if (d.field !== 'form' && (d.field !== 'username' || asksUsername)) {
      form.setError(d.field, { type: 'server', message: `errors.${d.messageKey}` }, { shouldFocus: true });
    } else {
      focusAlert.current = true;
    }
  };

  // One request's life: clear the last outcome, then act on the answer unless it came too late.
  const run = async <T>(
    mutation: { mutateAsync: () => Promise<T> },
    operation: 'confirm' | 'resend',
    done: (value: T) => void,
  ) => {
    const gen = generation.current;
    setError(null);
    setResent(false);
    try {
      const value = await mutation.mutateAsync();
      if (gen === generation.current) done(value);
    } catch (e) {
      if (gen === generation.current) fail(e, operation);
    } finally {
      inFlight.current = false;
    }
  };

  const onValid = () => {
    latest.current.onEvent?.({ type: 'submitted' });
    return run(confirm, 'confirm', () => {
      latest.current.onEvent?.({ type: 'succeeded' });
      latest.current.onSuccess?.({ username: currentUsername() });
    });
  };

  const waiting = waitSeconds > 0;
  const submit = (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    // useMutation does not de-duplicate: this ref is the one guard against double clicks and Enter spam.
    if (inFlight.current || waiting || !hydrated) return;
    inFlight.current = true;
    submitted.current = true;
    void form
      .handleSubmit(onValid)()
      .finally(() => {
        inFlight.current = false;
      });
  };

  const resend = async () => {
    if (inFlight.current || resendAvailableIn > 0) return;
    if (asksUsername && !(await form.trigger('username', { shouldFocus: true }))) return;
    inFlight.current = true;
    await run(resendMutation, 'resend', (d) => {
      setDelivery(d.destination || d.medium ? d : latest.current.delivery);
      setResent(true);
      setResendAt(Date.now() + cooldownMs);
      form.clearErrors('code');
      latest.current.onEvent?.({ type: 'resent', ...(d.medium ? { medium: d.medium } : {}) });
      form.setFocus('code', { shouldSelect: true });
    });
  };

  const reset = () => {
    cancel();
    inFlight.current = false;
    confirm.reset();
    resendMutation.reset();
    setError(null);
    setResent(false);
    submitted.current = false;
    form.reset();
  };

  const status: ResetStatus = confirm.isPending
    ? 'submitting'
    : confirm.isSuccess
      ? 'success'
      : error
        ? 'error'
        : 'idle';

  const rawErrors: FieldErrors<ResetFormValues> = form.formState.errors;
  const fieldErrors: Partial<Record<ResetField, FieldErrorInfo>> = {};
  const params = { length: codeLength ?? 0, min: policy.minimumLength, seconds: waitSeconds };
  for (const field of FIELDS) {
    const e = rawErrors[field];
    if (!e?.message) continue;
    const key = e.message as MessageKey;
    // Server messages keep the parameters of the moment they arrived (a live countdown is shown
    // apart from them), so an alert is announced once, not once a second.
    const p =
      key.startsWith('errors.') && errorDescription ? { ...params, ...errorDescription.params } : params;
    fieldErrors[field] = { key, params: p, message: t(key, p), server: e.type === 'server' };
  }

  const formLevel = errorDescription && !FIELDS.some((f) => fieldErrors[f]?.server) ? errorDescription : null;
  const errorMessage = formLevel ? t(`errors.${formLevel.messageKey}` as MessageKey, formLevel.params) : null;

  const base = useId();
  const ids = Object.fromEntries(
    ['form', 'error', 'policy', 'status', ...FIELDS].map((k) => [k, base + k]),
  ) as ConfirmForgotPasswordResult['ids'];

  const pending = status === 'submitting' || resendMutation.isPending;
  const canSubmit = hydrated && !waiting && !pending && status !== 'success';

  const result = {
    status,
    error,
    errorDescription,
    errorMessage,
    fieldErrors,
    delivery,
    resent,
    resending: resendMutation.isPending,
    resend,
    resendAvailableIn,
    waitSeconds,
    canSubmit,
    hydrated,
    username: asksUsername ? undefined : options.username,
    asksUsername,
    asksConfirmPassword,
    codeLength,
    reset,
    t,
    dir: messages.dir,
    // Only a catalogue the app passed names the language; built-in English inherits the page's.
    lang: options.messages?.lang,
    ids,
    control: form.control,
    policy,
  };
  return Object.assign(
    result,
    buildPropGetters(result, {
      form,
      inputMode:
        options.code?.inputMode ??
        (codePattern === DIGITS || /^\/\^\[0-9\]/.test(String(codePattern)) ? 'numeric' : 'text'),
      pending,
      submit,
      errorRef,
      submitted,
      confirmVerdict: () =>
        schemaRef.current
          .safeParse(form.getValues())
          .error?.issues.find((i) => i.path[0] === 'confirmPassword')?.message,
    }),
  );
}
