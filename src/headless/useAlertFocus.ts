import { useRef, useState } from 'react';
import { useIsoLayoutEffect } from './merge-props';

/**
 * The form-level alert's ref, and a way to move focus to it after the next commit. Focus waits for
 * the commit because an alert that styles hide while empty cannot take focus, and a microtask runs
 * before React has committed its text. The ref is one callback for the life of the form: a new one
 * each render would detach and re-attach the alert.
 * @returns `[alertRef, focusAlertAfterCommit]`.
 */
export function useAlertFocus(): [(el: HTMLElement | null) => void, () => void] {
  const alert = useRef<HTMLElement | null>(null);
  const pending = useRef(false);
  const [alertRef] = useState(() => (el: HTMLElement | null) => {
    alert.current = el;
  });
  const [focusAfterCommit] = useState(() => () => {
    pending.current = true;
  });
  useIsoLayoutEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    alert.current?.focus();
  });
  return [alertRef, focusAfterCommit];
}
