import type { Ref, RefCallback } from 'react';
import { useEffect, useLayoutEffect } from 'react';

type AnyProps = Record<string, any>;

type RefNode = { fn?: RefCallback<unknown>; next: WeakMap<object, RefNode> };
const composed: RefNode = { next: new WeakMap() };

/** Sets one ref; returns a React 19 cleanup when a callback ref gave one. */
function setRef<T>(ref: Ref<T>, node: T | null): unknown {
  // React 19's RefCallback may return a cleanup; React 18's types say void.
  if (typeof ref === 'function') return (ref as (node: T | null) => unknown)(node);
  if (ref) (ref as { current: T | null }).current = node;
}

/**
 * One ref that sets every ref it is given, so the kit's ref and the consumer's both see the element.
 * The same refs (by identity, in the same order) give back the same function, so React does not
 * detach and re-attach the element on every render (it does whenever a callback ref is new); a
 * single ref is returned as is. React 19 ref cleanups are honoured: when any callback ref returns
 * a cleanup, the composed ref returns one that runs it and clears the other refs (React 19 then
 * calls no ref with `null`); React 18 ignores it and calls the composed ref with `null` instead.
 * Radix's `composeRefs` rule, memoised without a hook so prop getters can use it.
 * @returns `undefined` when no ref is set. Never throws (unless a ref itself does).
 */
export function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): Ref<T> | undefined {
  const list = refs.filter(Boolean) as Ref<T>[];
  if (list.length < 2) return list[0];
  let entry = composed;
  for (const ref of list) {
    let next = entry.next.get(ref as object);
    if (!next) {
      next = { next: new WeakMap() };
      entry.next.set(ref as object, next);
    }
    entry = next;
  }
  entry.fn ??= (node) => {
    const cleanups = list.map((ref) => setRef(ref, node as T));
    if (!cleanups.some((c) => typeof c === 'function')) return;
    return () =>
      list.forEach((ref, i) => {
        const cleanup = cleanups[i];
        if (typeof cleanup === 'function') cleanup();
        else setRef(ref, null);
      });
  };
  return entry.fn as RefCallback<T>;
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
 * - `ref`s both receive the element (one stable ref for the same pair: see `mergeRefs`);
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
