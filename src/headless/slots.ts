import { type RefCallback, useMemo, useState } from 'react';

/**
 * Which of the elements a field may point at (its description, its error message, the policy list)
 * are in the document, and under which id. An element's getter hands out a stable ref that reports
 * its mount and unmount, so a field's `aria-describedby` names an id only while that element is
 * rendered — whatever the order of the getter calls, in whichever component they run, and with
 * the id the element really carries (a consumer's `id` wins). React Aria's `useSlotId` learns the
 * same from the DOM after layout; a ref learns it as the element commits.
 *
 * Refs are written in the commit, never during render. The state is a string so that a ref
 * detached and attached again within one commit (a consumer's inline callback ref is new on every
 * render) leaves it equal and React bails out instead of looping.
 * @returns the mounted elements' ids by slot name, and `ref(slot)`: the slot's stable callback ref.
 */
export function useSlots(): [Readonly<Record<string, string>>, (slot: string) => RefCallback<HTMLElement>] {
  const [state, setState] = useState('{}');
  const [ref] = useState(() => {
    const mounted: Record<string, string> = {};
    const refs: Record<string, RefCallback<HTMLElement>> = {};
    return (slot: string) =>
      (refs[slot] ??= (node) => {
        if (node?.id) mounted[slot] = node.id;
        else delete mounted[slot];
        setState(JSON.stringify(mounted, Object.keys(mounted).sort()));
      });
  });
  return [useMemo(() => JSON.parse(state), [state]), ref];
}
