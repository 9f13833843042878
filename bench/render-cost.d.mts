/** One typing scenario: commits and component renders per keystroke, and which components rendered. */
export interface RenderCost {
  name: string;
  keys: number;
  commitsPerKey: number;
  rendersPerKey: number;
  components: [string, number][];
}
/** Runs the render-cost scenarios in a child process (jsdom must not leak into the caller). */
export function measureRenderCost(): RenderCost[];
