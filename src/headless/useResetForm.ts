import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { normalizePasswordPolicy } from '../core/password-policy';
import { createPasswordChecks } from './checklist';
import { cleanUsername, codeField } from './code-field';
import { defaultCodeOf, useDefaultCode } from './default-code';
import { formSchema, type ResetFormValues } from './form-schema';
import { useLatest } from './react-utils';
import type { UseConfirmForgotPasswordOptions } from './types';

/**
 * The form wiring: the policy, the code field's rules and the username as the options give them,
 * the zod/mini schema derived from them, and react-hook-form validating with the latest schema.
 */
export function useResetForm(options: UseConfirmForgotPasswordOptions) {
  const policy = normalizePasswordPolicy(options.passwordPolicy);
  const { length, pattern, characters, inputMode } = options.code ?? {};
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pattern compares by its text and flags
  const code = useMemo(
    () => codeField({ length, pattern, characters, inputMode }),
    [length, `${pattern}`, characters, inputMode],
  );
  // One cleaning for a given username and a typed one; empty or blank means "ask for it".
  const given = cleanUsername(options.username);
  const asksUsername = given === '';
  const asksConfirmPassword = options.confirmPassword ?? true;
  const defaultCode = defaultCodeOf(options.defaultCode, code.length);

  const [checks] = useState(createPasswordChecks);
  const schema = useMemo(
    () =>
      formSchema({ policy, code, askUsername: asksUsername, confirmPassword: asksConfirmPassword, checks }),
    [policy, code, asksUsername, asksConfirmPassword, checks],
  );
  const schemaRef = useLatest(schema);
  // One resolver for the form's life that validates with the latest schema.
  const [resolver] = useState(
    (): Resolver<ResetFormValues> => (values, context, opts) =>
      zodResolver(schemaRef.current as any)(values, context, opts as any) as any,
  );
  const form = useForm<ResetFormValues>({
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
    defaultValues: { username: '', code: defaultCode, password: '', confirmPassword: '' },
  });
  useDefaultCode(form, defaultCode);

  return { form, policy, code, given, asksUsername, asksConfirmPassword, schemaRef, checks };
}
