import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { cleanCode } from './code-field';
import type { ResetFormValues } from './form-schema';

/**
 * The code field's starting value from `defaultCode` (a code a reset link carried), cleaned and
 * cut to the code's length exactly as a typed or pasted code is.
 */
export const defaultCodeOf = (raw: unknown, length: number | null): string =>
  typeof raw === 'string' ? cleanCode(raw, length) : '';

/**
 * Follows a `defaultCode` that arrives after mount (a link read in an effect, after hydration):
 * it fills the field while the user has not typed in it, and becomes what `reset()` returns to.
 * A code the user typed is never overwritten.
 */
export function useDefaultCode(form: UseFormReturn<ResetFormValues>, defaultCode: string): void {
  const seeded = useRef(defaultCode);
  useEffect(() => {
    if (seeded.current === defaultCode) return;
    seeded.current = defaultCode;
    if (!form.getFieldState('code').isDirty) form.resetField('code', { defaultValue: defaultCode });
  }, [form, defaultCode]);
}
