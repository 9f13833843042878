/**
 * Calls an app's callback (`onEvent`, `onSuccess`, `onError`) so that whatever it does cannot change
 * whether a request is sent or how it ends: a throw, or a returned promise that rejects, is caught
 * and re-thrown asynchronously (`reportError` where the platform has it, else an uncaught throw on
 * a timer), so error monitoring still sees it.
 */
export function safeCall<A>(callback: ((arg: A) => unknown) | undefined, arg: A): void {
  if (typeof callback !== 'function') return;
  try {
    const result = callback(arg);
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, rethrow);
    }
  } catch (error) {
    rethrow(error);
  }
}

/** Reports `error` asynchronously (`reportError`, else an uncaught throw on a timer), never to the caller. */
export function rethrow(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}
