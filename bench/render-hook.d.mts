// Types for bench/render-hook.mjs.

/** The names of the components whose function ran in the commit of `root` (a React FiberRoot). */
export function renderedIn(root: unknown): string[];
/** A page init script counting commits and component renders while the bench is armed. */
export const RENDER_COUNTER: string;
