import { checkPassword, type PasswordPolicy } from '../core/password-policy';
import type { PasswordCheckDefinition } from '../core/types';
import type { CheckRunner, RunnerOptions } from './password-checks';

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

/** What lists the extra checks' lines: a form's `PasswordChecks`, or a runner itself. */
export interface ExtraChecks {
  items(value: string): CheckItem[];
}

/**
 * The extra checks (`passwordChecks`) of one form, with the runner's interface
 * (`createCheckRunner`, password-checks.ts). The runner itself is loaded with `import()` the first
 * time a password is to be checked against at least one check, so a form without `passwordChecks`
 * never downloads it and does no work for it per keystroke; once loaded, it answers every call.
 * Until then each check is listed `unmet` for an empty password and `pending` for any other (the
 * lines the server renders and hydration expects); if it cannot be loaded, `unavailable`,
 * reported, blocking nothing (the pool's policy is the authority).
 * @param load how the runner's module is loaded (a test hands in one that fails).
 */
export function createPasswordChecks(load = () => import('./password-checks')) {
  let checks: readonly PasswordCheckDefinition[] = [];
  let options: RunnerOptions;
  // The password to check; emptied on unmount, so a runner that loads later tests nothing.
  let password = '';
  let runner: CheckRunner | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;
  let version = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    version++;
    for (const listener of listeners) listener();
  };
  const run = (next: string) => {
    password = next;
    if (runner) runner.run(next);
    else if (checks.length) {
      loading ??= load().then(
        (m) => {
          runner = m.attach(checks, options, password, notify);
        },
        () => {
          failed = true;
          for (const check of checks) options.onUnavailable(check.id);
          notify();
        },
      );
    }
  };
  return {
    /** The latest `passwordChecks` and callbacks (written during render, idempotent). */
    configure(next: readonly PasswordCheckDefinition[] | undefined, latest: RunnerOptions) {
      checks = next ?? [];
      options = latest;
      runner?.configure(checks, latest);
    },
    /** Starts checking a new password; loads the runner first when there is a check. */
    run,
    /** Resolves once every check has answered for `next`. */
    async settle(next: string) {
      run(next);
      await loading;
      await runner?.settle(next);
    },
    items: (value: string): CheckItem[] =>
      runner?.items(value) ??
      checks.map((c) => ({
        id: c.id,
        state: failed ? 'unavailable' : value ? 'pending' : 'unmet',
        params: {},
        message: c.message,
        extra: true,
      })),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes whenever a line does (for `useSyncExternalStore`). */
    version: () => version,
    /** Aborts every test in flight (unmount). */
    stop() {
      password = '';
      runner?.stop();
    },
  };
}

/** The extra checks a form holds. */
export type PasswordChecks = ReturnType<typeof createPasswordChecks>;

/**
 * The one list the checklist and the form's schema both read: the policy's rules as
 * `checkPassword` lists them, then the extra checks.
 */
export function passwordChecklist(
  password: string,
  policy: PasswordPolicy,
  extra?: ExtraChecks,
): CheckItem[] {
  return [
    ...checkPassword(password, policy).map((c) => ({
      id: c.id as string,
      state: (c.met ? 'met' : 'unmet') as CheckState,
      params: c.params,
      message: `rules.${c.id}`,
      extra: false,
    })),
    ...(extra?.items(password) ?? []),
  ];
}
