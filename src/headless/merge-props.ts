import type { Ref, RefCallback } from 'react';
import { useEffect, useLayoutEffect } from 'react';

type AnyProps = Record<string, any>;

/** Sets every ref it is given, so the kit's ref and the consumer's both see the element. */
export function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

/**
 * Merges the kit's props with a consumer's: handlers both run (the consumer's first, and the kit's
 * is skipped when the consumer called `preventDefault()`, unless the handler is named in `always`),
 * class names and `aria-describedby` ids join, refs merge, and any other prop the consumer passes wins.
 */
export function mergeProps<A extends AnyProps, B extends AnyProps>(
  ours: A,
  theirs: B | undefined,
  always: readonly string[] = [],
): A & B {
  if (!theirs) return ours as A & B;
  const out: AnyProps = { ...ours };
  for (const key of Object.keys(theirs)) {
    const a = ours[key];
    const b = theirs[key];
    if (b === undefined) continue;
    if (typeof a === 'function' && typeof b === 'function' && /^on[A-Z]/.test(key)) {
      out[key] = (event: any, ...rest: unknown[]) => {
        b(event, ...rest);
        if (!event?.defaultPrevented || always.includes(key)) a(event, ...rest);
      };
    } else if ((key === 'className' || key === 'aria-describedby') && a && b) {
      out[key] = `${a} ${b}`;
    } else if (key === 'ref' && a) {
      out[key] = mergeRefs(a, b);
    } else {
      out[key] = b;
    }
  }
  return out as A & B;
}

/** A data attribute that is present (`""`) or absent, never the string `"false"`. */
export function dataFlag(on: unknown): '' | undefined {
  return on ? '' : undefined;
}

/** Space-joins the tokens that are set (class names, ids for `aria-describedby`); undefined when none is. */
export function tokens(...list: unknown[]): string | undefined {
  return list.filter(Boolean).join(' ') || undefined;
}

/** useLayoutEffect in the browser; useEffect on the server, where React 18 warns about the former. */
export const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
