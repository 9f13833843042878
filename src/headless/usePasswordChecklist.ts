import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { checkPassword, type PasswordRuleId } from '../core/password-policy';
import type { MessageKey } from '../i18n/messages';
import { CHECKLIST, type ResultWithChecklist, useConfirmForgotPasswordContext } from './context';
import type { ConfirmForgotPasswordResult } from './types';

/** One line of the live checklist. */
export interface ChecklistItem {
  /** The rule. */
  id: PasswordRuleId;
  /** Whether the password typed so far meets it. */
  met: boolean;
  /** The rule's parameters (`min`, `max`). */
  params: Record<string, number>;
  /** The rule in words, from the catalogue. */
  label: string;
}

/** What `usePasswordChecklist` returns. */
export interface PasswordChecklist {
  /** The listed rules in display order, plus any always-enforced rule that is broken. */
  items: ChecklistItem[];
  /** True when every rule is met. */
  allMet: boolean;
  /** A polite announcement of the last rule that changed state; unchanged text is not re-announced. */
  announcement: string;
}

/**
 * The live password checklist. It subscribes to the password with `useWatch`, so a keystroke
 * re-renders only the component that calls it, not the whole form.
 * @param result the hook's result; when omitted, the nearest `<ConfirmResetForm>` / provider.
 */
export function usePasswordChecklist(result?: ConfirmForgotPasswordResult): PasswordChecklist {
  const r = useConfirmForgotPasswordContext('usePasswordChecklist', result);
  const { control, policy } = (r as ResultWithChecklist)[CHECKLIST];
  const password = useWatch({ control, name: 'password' }) ?? '';
  const items = checkPassword(password, policy).map((c) => ({
    ...c,
    label: r.t(`rules.${c.id}` as MessageKey, c.params),
  }));

  // Announce only a rule that flipped since the last change; typing more of the same says nothing.
  // A rule not shown last time is `undefined` in `seen.met`, so it never counts as flipped. Kept in
  // state, updated while rendering (React's pattern for "information from previous renders"): no
  // ref is written during render.
  const key = `${password ? 1 : 0}${items.map((i) => `${i.id}${+i.met}`).join()}`;
  const [seen, setSeen] = useState(() => ({ key, met: metOf(items), announcement: '' }));
  let { announcement } = seen;
  if (seen.key !== key) {
    const flipped = items.filter((i) => seen.met[i.id] === !i.met);
    if (!password) announcement = '';
    else if (flipped.length) {
      announcement = flipped
        .map((i) => r.t('ruleChanged', { rule: i.label, state: r.t(i.met ? 'ruleMet' : 'ruleUnmet') }))
        .join(' ');
    }
    setSeen({ key, met: metOf(items), announcement });
  }

  return { items, allMet: items.every((i) => i.met), announcement };
}

function metOf(
  items: readonly { id: PasswordRuleId; met: boolean }[],
): Partial<Record<PasswordRuleId, boolean>> {
  return Object.fromEntries(items.map((i) => [i.id, i.met]));
}
