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
 * Merges the kit's props with a consumer's, the way every prop getter does. Public so an app can
 * combine a getter's result with another library's props, e.g.
 * `<input {...mergeProps(form.getCodeProps(), otherLibrary.getInputProps())} />`.
 *
 * Two arguments, asymmetric (Radix's `composeEventHandlers` rule, not React Aria's `mergeProps`,
 * which takes any number of bags, chains every handler in order and merges ids):
 * - `on[A-Z]…` handlers present in both run `theirs` first, then `ours` — unless `theirs` called
 *   `preventDefault()` on the event (its first argument), which skips `ours`; handlers named in
 *   `always` run `ours` regardless (the kit's `onSubmit`, so a consumer's `preventDefault()`
 *   cannot disable the reset);
 * - `className` and `aria-describedby` join with a space, `ours` first;
 * - `ref`s both receive the element (a new callback ref on every call);
 * - every other key in `theirs` replaces `ours` whole (`style` and `id` are not merged);
 * - a key whose value in `theirs` is `undefined` keeps `ours`.
 * @param ours The kit's props (a getter's result). Not mutated.
 * @param theirs The consumer's props; `undefined` returns `ours` itself.
 * @param always Handler names whose `ours` runs even after `preventDefault()`. @default []
 * @returns A new object (or `ours` when `theirs` is undefined). Never throws.
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
