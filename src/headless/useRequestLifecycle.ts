import { QueryClient, useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ErrorOperation } from '../core/describe-error';
import { useLatest } from './react-utils';
import { rethrow } from './safe-call';

/** A held claim on the form's one request slot; see `useRequestLifecycle`. */
export type Claim = object;

type Task = () => Promise<unknown>;

/** react-hook-form's `handleSubmit`, as `submit` uses it (any form's values). */
type HandleSubmit = (valid: () => Promise<void>, invalid: () => void) => () => Promise<void>;

// A private client: an app's QueryClientProvider, its default retries, global MutationCache
// callbacks and persisters must never see, store or re-send a password reset. The variables a
// mutation gets are a closure, so neither its cache nor devtools hold the code or the password.
function privateQueryClient() {
  return new QueryClient({ defaultOptions: { mutations: { retry: 0, networkMode: 'always', gcTime: 0 } } });
}

/**
 * The request life cycle of the form: one request at a time, whichever operation; one
 * AbortController per request; unmount and `abortAll()` abort every request in flight, and an
 * answer that arrives after them belongs to nobody.
 *
 * The slot is claimed synchronously (`claim()`), before any `await`, so two calls in one task
 * send one request; whoever claimed it releases it (`release`) if it decides not to send, and
 * `run` releases it when the answer is in.
 */
export function useRequestLifecycle() {
  const [client] = useState(privateQueryClient);
  const mutations = useLatest({
    confirmForgotPassword: useMutation({ mutationFn: (task: Task) => task() }, client),
    forgotPassword: useMutation({ mutationFn: (task: Task) => task() }, client),
  });
  // Which operation is in flight: state, so the form shows it (read-only fields, busy buttons).
  const [active, setActive] = useState<ErrorOperation | null>(null);
  const slot = useRef<Claim | null>(null);
  const controllers = useRef(new Set<AbortController>());
  const generation = useRef(0);

  const [api] = useState(() => {
    const abortAll = () => {
      generation.current++;
      slot.current = null;
      for (const controller of controllers.current) controller.abort();
      controllers.current.clear();
    };
    const release = (claim: Claim) => {
      if (slot.current === claim) slot.current = null;
    };
    return {
      /** Takes the one request slot, or returns null when a request already holds it. */
      claim(): Claim | null {
        if (slot.current) return null;
        slot.current = {};
        return slot.current;
      },
      /** Gives the slot back, if `claim` still holds it. */
      release,
      /**
       * Sends one request under `claim` and settles it: `done` with its value or `failed` with
       * what it threw, both after the slot is free, neither when the answer came too late.
       */
      async run<T>(
        claim: Claim,
        operation: ErrorOperation,
        send: (signal: AbortSignal) => Promise<T>,
        settle: { done: (value: T) => void; failed: (error: unknown) => void },
      ): Promise<void> {
        const controller = new AbortController();
        controllers.current.add(controller);
        const gen = generation.current;
        setActive(operation);
        let outcome: () => void;
        try {
          const value = (await mutations.current[operation].mutateAsync(() => send(controller.signal))) as T;
          outcome = () => settle.done(value);
        } catch (error) {
          outcome = () => settle.failed(error);
        }
        controllers.current.delete(controller);
        if (gen !== generation.current) return;
        if (slot.current === claim) slot.current = null;
        setActive(null);
        outcome();
      },
      /**
       * A form's submit under `claim`, the same for every step: `before` (if given) settles, then
       * react-hook-form validates; a valid form runs `send`, an invalid one gives the slot back.
       * Anything that throws on the way frees the slot too and is reported asynchronously
       * (`rethrow`, as app callbacks' errors are), never as an unhandled rejection or a stuck "submitting".
       */
      submit(
        claim: Claim,
        handleSubmit: HandleSubmit,
        send: () => Promise<void>,
        before?: () => Promise<unknown>,
      ) {
        const validate = () => handleSubmit(send, () => release(claim))();
        (before ? before().then(validate) : validate()).catch((error) => {
          release(claim);
          rethrow(error);
        });
      },
      /** Aborts every request in flight and frees the slot; late answers are ignored. */
      abortAll() {
        abortAll();
        setActive(null);
        mutations.current.confirmForgotPassword.reset();
        mutations.current.forgotPassword.reset();
      },
      unmount: abortAll,
    };
  });

  // Unmounting abandons every request in flight, as reset() does.
  useEffect(() => api.unmount, [api]);

  return { active, ...api };
}
