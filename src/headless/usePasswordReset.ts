import { useRef, useState } from 'react';
import type { CodeDelivery } from '../core/types';
import { mergeProps, mergeRefs, useIsoLayoutEffect } from './merge-props';
import { useLatest, useStableCallback } from './react-utils';
import type { ElementGetterProps } from './types';

/** The steps of the whole reset: request a code, confirm it with a new password, done. */
export type PasswordResetStep = 'request' | 'confirm' | 'success';

/** Options of `usePasswordReset` (and the flow props of `<PasswordReset>`). */
export interface UsePasswordResetOptions {
  /**
   * The step shown, for apps whose router owns it (a `?step=` parameter, browser back/forward).
   * Pass it with `onStepChange`; leave both out and the flow keeps its own step.
   * @default undefined (uncontrolled, starting at `defaultStep`)
   */
  step?: PasswordResetStep;
  /** Called with the step the flow moves to (after a request, "I already have a code", "Use a different username", success). */
  onStepChange?: (step: PasswordResetStep) => void;
  /** The first step when uncontrolled, e.g. `'confirm'` for a page reached from a link with a code. @default 'request' */
  defaultStep?: PasswordResetStep;
  /** The username the request field starts with, and the confirm step's when it starts there. @default undefined */
  defaultUsername?: string;
}

/** What `usePasswordReset` returns. */
export interface PasswordResetResult {
  /** The step to show. */
  step: PasswordResetStep;
  /** The username the request sent (or `defaultUsername`); undefined when the confirm step must ask. */
  username: string | undefined;
  /** Where the request said the code went; undefined before a request (e.g. "I already have a code"). */
  delivery: CodeDelivery | undefined;
  /** The request step succeeded: on to the confirm step with its username and delivery. */
  requested: (result: { username: string; delivery: CodeDelivery }) => void;
  /** "I already have a code": straight to the confirm step, which asks for the username if none is known. */
  haveCode: () => void;
  /** "Use a different username": back to the request step, its field filled with the last username. */
  changeUsername: () => void;
  /** The confirm step succeeded. */
  confirmed: () => void;
  /**
   * Props for the flow's root element: after each step change (never on first render) focus
   * moves to the new step's heading (the first `h1`–`h6` inside, made focusable with
   * `tabindex="-1"`), and `data-step` names the step.
   */
  getRootProps: (props?: ElementGetterProps) => ElementGetterProps;
}

/**
 * The whole reset as steps — request → confirm → success — with the username and delivery carried
 * between them. Markup is the app's (or `<PasswordReset>`'s); this hook owns the step, the
 * transitions and the focus move to each step's heading, which is how a screen reader learns the
 * step changed.
 */
export function usePasswordReset(options: UsePasswordResetOptions = {}): PasswordResetResult {
  const latest = useLatest(options);
  const [own, setOwn] = useState<PasswordResetStep>(options.defaultStep ?? 'request');
  const step = options.step ?? own;
  const [username, setUsername] = useState(options.defaultUsername);
  const [delivery, setDelivery] = useState<CodeDelivery | undefined>();

  const go = (next: PasswordResetStep) => {
    setOwn(next);
    latest.current.onStepChange?.(next);
  };
  const requested = useStableCallback((result: { username: string; delivery: CodeDelivery }) => {
    setUsername(result.username);
    setDelivery(result.delivery);
    go('confirm');
  });
  const haveCode = useStableCallback(() => {
    setDelivery(undefined);
    go('confirm');
  });
  const changeUsername = useStableCallback(() => go('request'));
  const confirmed = useStableCallback(() => go('success'));

  // Focus follows the step, not the first render: a page must not steal focus on load.
  const root = useRef<HTMLElement | null>(null);
  const shown = useRef(step);
  useIsoLayoutEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const heading = root.current?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [step]);

  return {
    step,
    username: username || undefined,
    delivery,
    requested,
    haveCode,
    changeUsername,
    confirmed,
    getRootProps: (props) => mergeProps({ ref: mergeRefs(root), 'data-step': step }, props),
  };
}
