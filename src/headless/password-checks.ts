import type { PasswordCheckDefinition } from '../core/types';
import type { CheckItem, CheckState } from './checklist';

// Loaded on demand: `createPasswordChecks` (checklist.ts) imports this module with `import()` once a
// form has a check to run. The rest of the kit imports only its types; a static import would put
// the runner back into every form.

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

/** The runner, once `createPasswordChecks` has loaded it. */
export type CheckRunner = ReturnType<typeof createCheckRunner>;

/**
 * The runner for `createPasswordChecks` (checklist.ts), started where the form stands: its checks
 * and callbacks, and the password typed so far. Verdicts that come with it update a password
 * error on screen, as a late answer's do.
 */
export function attach(
  checks: readonly PasswordCheckDefinition[],
  options: RunnerOptions,
  password: string,
  notify: () => void,
): CheckRunner {
  const runner = createCheckRunner();
  runner.subscribe(notify);
  runner.configure(checks, options);
  runner.run(password);
  if (password) options.onSettled();
  return runner;
}
