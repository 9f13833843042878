import { useInsertionEffect, useRef, useSyncExternalStore } from 'react';

/**
 * A ref that holds the latest `value`, written after render (never during it, which concurrent
 * rendering makes unsafe) and before any layout effect or event handler reads it.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * A function whose identity never changes and that always runs the latest `fn`: actions
 * (`submit`, `resend`, `reset`) can be effect dependencies and memoised props.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useLatest(fn);
  const stable = useRef<((...args: A) => R) | null>(null);
  stable.current ??= (...args) => latest.current(...args);
  return stable.current;
}

const subscribe = () => () => {};

/**
 * False while the server renders and while React hydrates its markup, true from then on. A
 * client-only mount is true from its first render: no extra render just to find out.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
