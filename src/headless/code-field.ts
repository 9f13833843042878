import { normalizeCode } from '../core/input-checks';
import type { CodeOptions } from './types';

const DIGITS = /^[0-9]+$/;
const ALPHANUMERIC = /^[0-9A-Za-z]+$/;

/** The code field's rules, derived once from the `code` option. */
export interface CodeField {
  /** Characters in a code, or null when the pool's template decides. */
  length: number | null;
  /** Whether a normalised code has only allowed characters. Stateless: same code, same answer. */
  test: (code: string) => boolean;
  /** Equal for equal rules, so the form's schema is rebuilt only when a rule changes. */
  key: string;
  /** The on-screen keyboard. */
  inputMode: 'numeric' | 'text';
}

/**
 * The code field's rules. The keyboard comes from `inputMode` or `characters`, never from the
 * regex's source text (`/^[0-9]{6}$|^[A-Z]{8}$/` starts like a digits pattern but is not one).
 */
export function codeField(options: CodeOptions | undefined): CodeField {
  const length = options?.length === undefined ? 6 : options.length;
  const characters = options?.characters ?? (options?.pattern ? undefined : 'digits');
  const pattern = options?.pattern ?? (characters === 'alphanumeric' ? ALPHANUMERIC : DIGITS);
  // A `g` or `y` flag makes `test` resume from `lastIndex`, so the same code would pass, then
  // fail, then pass: a copy without them answers the same every time.
  const stateless = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const inputMode = options?.inputMode ?? (characters === 'digits' ? 'numeric' : 'text');
  return {
    length,
    test: (code) => stateless.test(code),
    key: `${length} ${stateless} ${inputMode}`,
    inputMode,
  };
}

/**
 * A code as typed or pasted, made into what Cognito expects (`normalizeCode`: spaces, dashes,
 * full-width digits), then cut to the code's length: a paste longer than the code keeps what fits,
 * and a seventh digit never lands in a position nobody can see.
 */
export function cleanCode(raw: string, length: number | null): string {
  const code = normalizeCode(raw);
  return length === null ? code : code.slice(0, length);
}

/**
 * A username as the app passed it or the user typed it: trimmed and NFC-normalised, the same
 * cleaning for both, so "alice " and "alice\n" reach Cognito as "alice".
 */
export function cleanUsername(value: unknown): string {
  return typeof value === 'string' ? value.trim().normalize('NFC') : '';
}
