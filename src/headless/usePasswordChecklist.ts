import { useState, useSyncExternalStore } from 'react';
import { useWatch } from 'react-hook-form';
import type { PasswordRuleId } from '../core/password-policy';
import type { MessageKey } from '../i18n/messages';
import { type CheckState, passwordChecklist } from './checklist';
import { CHECKLIST, type ResultWithChecklist, useConfirmForgotPasswordContext } from './context';
import type { ConfirmForgotPasswordResult } from './types';

/** One line of the live checklist. */
export interface ChecklistItem {
  /** The policy rule, or an extra check's id (`passwordChecks`). */
  id: PasswordRuleId | (string & {});
  /** Whether the password typed so far meets it. */
  met: boolean;
  /** `met`, `unmet`, `pending` (an asynchronous check is running) or `unavailable` (it could not answer). */
  state: CheckState;
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
  const { control, policy, checks } = (r as ResultWithChecklist)[CHECKLIST];
  const password = useWatch({ control, name: 'password' }) ?? '';
  useSyncExternalStore(checks.subscribe, checks.version, checks.version);
  // The one list the schema reads too: the policy's rules, then the extra checks.
  const items = passwordChecklist(password, policy, checks).map((c) => ({
    id: c.id,
    met: c.state === 'met',
    state: c.state,
    params: c.params,
    label: r.t(c.message as MessageKey, c.params),
  }));

  // Announce only a rule whose verdict changed since the last one; typing more of the same says
  // nothing, and a check that goes pending and comes back the same says nothing either. A rule not
  // shown last time is `undefined` in `seen.state`, so it never counts as changed. Kept in state,
  // updated while rendering (React's pattern for "information from previous renders"): no ref is
  // written during render.
  const key = `${password ? 1 : 0}${items.map((i) => i.id + i.state).join()}`;
  const [seen, setSeen] = useState(() => ({ key, state: stateOf(items, {}), announcement: '' }));
  let { announcement } = seen;
  if (seen.key !== key) {
    const flipped = items.filter(
      (i) => i.state !== 'pending' && seen.state[i.id] !== undefined && seen.state[i.id] !== i.state,
    );
    if (!password) announcement = '';
    else if (flipped.length) {
      announcement = flipped
        .map((i) => r.t('ruleChanged', { rule: i.label, state: r.t(STATE_WORD[i.state]) }))
        .join(' ');
    }
    setSeen({ key, state: stateOf(items, seen.state), announcement });
  }

  return { items, allMet: items.every((i) => i.met), announcement };
}

/** The catalogue word for each state (what the checklist says after the rule). */
export const STATE_WORD = {
  met: 'ruleMet',
  unmet: 'ruleUnmet',
  pending: 'ruleChecking',
  unavailable: 'ruleUnavailable',
} as const satisfies Record<CheckState, MessageKey>;

/** The last verdict of each rule shown; a pending check keeps its previous verdict. */
function stateOf(
  items: readonly { id: string; state: CheckState }[],
  before: Record<string, CheckState>,
): Record<string, CheckState> {
  return Object.fromEntries(
    items.map((i) => [i.id, i.state === 'pending' ? (before[i.id] ?? 'unmet') : i.state]),
  );
}
