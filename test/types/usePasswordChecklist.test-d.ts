// Types of `usePasswordChecklist` (issue 15 item 1).
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ChecklistItem,
  type ConfirmForgotPasswordResult,
  type PasswordChecklist,
  usePasswordChecklist,
} from '../../src';
import type { PasswordRuleId } from '../../src/core';

describe('usePasswordChecklist', () => {
  it('takes an optional hook result and returns the checklist', () => {
    expectTypeOf(usePasswordChecklist).parameters.toEqualTypeOf<[result?: ConfirmForgotPasswordResult]>();
    expectTypeOf(usePasswordChecklist).returns.toEqualTypeOf<PasswordChecklist>();
    // @ts-expect-error a hook result, not options
    usePasswordChecklist({ passwordPolicy: { minimumLength: 8 } });
  });

  it('items are typed rules', () => {
    const { items, allMet, announcement } = usePasswordChecklist();
    expectTypeOf(items).toEqualTypeOf<ChecklistItem[]>();
    // A policy rule's id, or an extra check's (`passwordChecks`), so any string with the rules suggested.
    expectTypeOf(items[0]!.id).toEqualTypeOf<PasswordRuleId | (string & {})>();
    expectTypeOf(items[0]!.met).toEqualTypeOf<boolean>();
    expectTypeOf(items[0]!.label).toEqualTypeOf<string>();
    expectTypeOf(allMet).toEqualTypeOf<boolean>();
    expectTypeOf(announcement).toEqualTypeOf<string>();
    // @ts-expect-error an id is a string
    const notAnId: ChecklistItem['id'] = 42;
    void notAnId;
  });
});
