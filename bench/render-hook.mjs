// Which components rendered in one React commit, read from the fiber tree React hands a DevTools
// hook. One definition for both counters: bench/render-cost-app.tsx (jsdom, development React,
// with names) and the Chromium pages (production React, counts only: names are minified there).

/**
 * The components whose function ran for one commit, by name. A subtree React skipped keeps its
 * old child fibers (`fiber.child === fiber.alternate.child`), so it is not walked. A re-entered
 * fiber ran if it carries PerformedWork (the rule React DevTools uses) or has a new hook list: a
 * component whose state update turned out to change nothing still ran, then bailed out without
 * PerformedWork. Self-contained (no outer names), so it can be sent into a page as source text.
 */
export function renderedIn(root) {
  // Fiber tags of components that run user code (function, class, forwardRef, memo, simple memo).
  const COMPONENT_TAGS = [0, 1, 11, 14, 15];
  const PERFORMED_WORK = 1;
  const nameOf = (fiber) => {
    const t = fiber.type;
    if (typeof t === 'function') return t.displayName || t.name || '(anonymous)';
    return t?.displayName || t?.render?.displayName || t?.render?.name || t?.type?.name || '(anonymous)';
  };
  const out = [];
  const walk = (first) => {
    for (let fiber = first; fiber; fiber = fiber.sibling) {
      const prev = fiber.alternate;
      const ran = !prev || fiber.flags & PERFORMED_WORK || fiber.memoizedState !== prev.memoizedState;
      if (COMPONENT_TAGS.includes(fiber.tag) && ran) out.push(nameOf(fiber));
      if (!prev || fiber.child !== prev.child) walk(fiber.child);
    }
  };
  walk(root.current);
  return out;
}

/**
 * A page init script (before React loads): a DevTools hook just big enough for React to report
 * each commit, counting commits and component renders while `window.__bench.armed` (the keystroke
 * listeners' switch) is on, into `window.__renders`. Production React reports commits to a hook
 * too; the walk costs script time, so timed visits never carry it.
 */
export const RENDER_COUNTER = `(() => {
  const renderedIn = ${renderedIn.toString()};
  const counts = (window.__renders = { commits: 0, renders: 0 });
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!window.__bench || !window.__bench.armed) return;
      counts.commits++;
      counts.renders += renderedIn(root).length;
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
  };
})();
//# sourceURL=bench-render-counter.js`;
