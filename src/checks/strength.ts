import type { PasswordCheckDefinition } from './types';

/**
 * The part of a zxcvbn-ts estimator this check uses: `new ZxcvbnFactory(options)` from
 * `@zxcvbn-ts/core` 4 has it (`checkAsync`), and so does anything that scores 0–4 the same way.
 */
export interface StrengthEstimator {
  checkAsync(password: string, userInputs?: (string | number)[]): Promise<{ score: number }>;
}

/** Options of {@link strengthCheck}. */
export interface StrengthCheckOptions {
  /**
   * Loads the estimator on first use, with a dynamic `import()` so that an app pays for
   * zxcvbn-ts only when a password is first checked (and not at all without this check).
   * Called at most once while it succeeds; a rejection is retried on the next password.
   */
  load: () => Promise<StrengthEstimator>;
  /** The lowest zxcvbn score (0–4) that passes. @default 3 */
  minScore?: 0 | 1 | 2 | 3 | 4;
  /** The check's id. @default 'strength' */
  id?: string;
  /** A catalogue key or plain text. @default 'rules.strength' */
  message?: string;
}

/**
 * A password check from a zxcvbn-ts strength estimate (`@zxcvbn-ts/core`, an optional peer the
 * app installs and loads through `load`). The username is passed as a user input, so a password
 * built from it scores lower. Scores: 0 too guessable … 4 very unguessable (zxcvbn's scale).
 * @throws TypeError at creation when `minScore` is not 0–4 or `load` is not a function.
 */
export function strengthCheck(options: StrengthCheckOptions): PasswordCheckDefinition {
  const { load, minScore = 3, id = 'strength', message = 'rules.strength' } = options;
  if (typeof load !== 'function') throw new TypeError('strengthCheck: `load` must be a function');
  if (![0, 1, 2, 3, 4].includes(minScore)) throw new TypeError('strengthCheck: `minScore` must be 0–4');
  let estimator: Promise<StrengthEstimator> | undefined;
  return {
    id,
    message,
    async test(password, { username, signal } = {}) {
      estimator ??= load().catch((error: unknown) => {
        estimator = undefined;
        throw error;
      });
      const loaded = await estimator;
      signal?.throwIfAborted();
      const { score } = await loaded.checkAsync(password, username ? [username] : []);
      return score >= minScore;
    },
  };
}
