import { checkPassword, type PasswordPolicy } from '../core/password-policy';
import type { PasswordCheckDefinition } from '../core/types';

/** Where a check stands for the password as typed. */
export type CheckState = 'met' | 'unmet' | 'pending' | 'unavailable';

/** One line of the one list: a policy rule or an extra check. */
export interface CheckItem {
  /** The rule's or the check's id. */
  id: string;
  /** `met`, `unmet`, `pending` (an asynchronous test is running) or `unavailable` (it threw or timed out). */
  state: CheckState;
  /** The message's parameters (`min`, `max`). */
  params: Record<string, number>;
  /** A catalogue key (`rules.minLength`) or an extra check's plain text. */
  message: string;
  /** True for an extra check (`passwordChecks`), false for a rule of the pool's policy. */
  extra: boolean;
}

export interface RunnerOptions {
  /** The username a test receives, when known. */
  username?: () => string;
  /** A test threw, rejected or timed out: reported, never a failure. */
  onUnavailable: (id: string) => void;
  /** An asynchronous test answered (a synchronous one answers within the keystroke's own validation). */
  onSettled: () => void;
}

/** An asynchronous test gets this long before it is reported unavailable. */
const TIMEOUT_MS = 10_000;
/** Typing pauses this long before an asynchronous test runs. */
const DEBOUNCE_MS = 300;

/**
 * Runs the extra checks for the password as typed. Synchronous tests answer at once; a test that
 * answered with a promise once is debounced from then on, gets a signal that aborts when the
 * password changes, and is `unavailable` when it throws, rejects or outlasts 10 s. Typing never
 * waits for it; `settle()` (on submit) does.
 */
export function createCheckRunner() {
  let checks: readonly PasswordCheckDefinition[] = [];
  let options: RunnerOptions = { onUnavailable() {}, onSettled() {} };
  let password = '';
  let states: Record<string, CheckState> = {};
  let controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let later: PasswordCheckDefinition[] = [];
  let running: Promise<unknown>[] = [];
  let version = 0;
  const asynchronous = new Set<string>();
  const listeners = new Set<() => void>();
  const notify = () => {
    version++;
    for (const listener of listeners) listener();
  };
  const set = (id: string, state: CheckState) => {
    states = { ...states, [id]: state };
    notify();
  };

  const test = (check: PasswordCheckDefinition, signal: AbortSignal) => {
    const done = (state: CheckState, late?: boolean) => {
      if (signal.aborted) return;
      set(check.id, state);
      if (state === 'unavailable') options.onUnavailable(check.id);
      if (late) options.onSettled();
    };
    try {
      const answer = check.test(password, { username: options.username?.() || undefined, signal });
      if (typeof (answer as Promise<boolean>)?.then !== 'function') return done(answer ? 'met' : 'unmet');
      asynchronous.add(check.id);
      let deadline: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        deadline = setTimeout(reject, TIMEOUT_MS);
      });
      running.push(
        Promise.race([answer, timeout])
          .then((met) => done(met ? 'met' : 'unmet', true))
          .catch(() => done('unavailable', true))
          .finally(() => clearTimeout(deadline)),
      );
    } catch {
      done('unavailable');
    }
  };

  const runAsync = () => {
    timer = undefined;
    for (const check of later) test(check, controller.signal);
  };

  const run = (next: string) => {
    if (next === password && version) return;
    password = next;
    controller.abort();
    controller = new AbortController();
    clearTimeout(timer);
    running = [];
    states = {};
    later = [];
    for (const check of checks) {
      if (!next) states[check.id] = 'unmet';
      else if (asynchronous.has(check.id)) later.push(check);
      else test(check, controller.signal);
    }
    for (const check of later) states[check.id] = 'pending';
    if (later.length) timer = setTimeout(runAsync, DEBOUNCE_MS);
    notify();
  };

  return {
    /** The latest `passwordChecks` and callbacks; a new array with the same checks changes nothing. */
    configure(next: readonly PasswordCheckDefinition[] | undefined, latest: RunnerOptions) {
      checks = next ?? [];
      options = latest;
    },
    /** Starts checking a new password; a stale test's signal aborts. */
    run,
    /** Runs a debounced test now and resolves once every test for `next` has answered. */
    async settle(next: string) {
      run(next);
      if (timer) {
        clearTimeout(timer);
        runAsync();
      }
      await Promise.all(running);
    },
    /** The extra checks' lines for `value`: pending while the runner has not seen it yet. */
    items(value: string): CheckItem[] {
      return checks.map((c) => ({
        id: c.id,
        state: value === password ? (states[c.id] ?? 'pending') : value ? 'pending' : 'unmet',
        params: {},
        message: c.message,
        extra: true,
      }));
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes whenever a state does (for `useSyncExternalStore`). */
    version: () => version,
    /** Aborts every test in flight (unmount). */
    stop() {
      controller.abort();
      clearTimeout(timer);
    },
  };
}

/** The runner a form holds. */
export type CheckRunner = ReturnType<typeof createCheckRunner>;

/**
 * The one list the checklist and the form's schema both read: the policy's rules as
 * `checkPassword` lists them, then the extra checks.
 */
export function passwordChecklist(
  password: string,
  policy: PasswordPolicy,
  runner?: CheckRunner,
): CheckItem[] {
  return [
    ...checkPassword(password, policy).map((c) => ({
      id: c.id as string,
      state: (c.met ? 'met' : 'unmet') as CheckState,
      params: c.params,
      message: `rules.${c.id}`,
      extra: false,
    })),
    ...(runner?.items(password) ?? []),
  ];
}
