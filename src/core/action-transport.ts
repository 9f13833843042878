import type { ResetActionFunctions } from './action-results';
import { CognitoError } from './cognito-error';
import { buildRequest } from './cognito-transport';
import { toCognitoError } from './to-cognito-error';
import type {
  CallOptions,
  CodeDelivery,
  ConfirmForgotPasswordInput,
  Operation,
  ResetTransport,
} from './types';
import { DEFAULT_TIMEOUT_MS, errorFromResponse, toCodeDelivery } from './wire';

/** Options of {@link createActionTransport}. */
export interface ActionTransportOptions {
  /**
   * Reject with `TimeoutError` when an action has not answered in time; `0` disables. The action
   * itself keeps running on the server (a Server Action cannot be cancelled).
   * @default 30000
   */
  timeoutMs?: number;
}

// A result is plain data (what crosses a Server Action boundary): a Response or another class
// instance that happens to have `ok: true` is not one.
// (A plain object's prototype is the one whose own prototype is null.)
const isObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
};

/**
 * Reads an action's `{ ok: false, error }` with the wire's own rules (code token, secrets blanked,
 * request id and reasonCode shapes), so a result carries no more than a Cognito answer could.
 */
function fromFailure(error: Record<string, unknown>, secrets: (string | undefined)[]): CognitoError {
  const headers = new Headers();
  try {
    if (typeof error.requestId === 'string') headers.set('x-amzn-requestid', error.requestId);
  } catch {}
  const status = typeof error.status === 'number' ? error.status : undefined;
  // Only strings are read: a number, object or BigInt in a field is junk, and must not make this throw.
  const text = (key: string) => (typeof error[key] === 'string' ? error[key] : undefined);
  const body = JSON.stringify({
    __type: text('code'),
    message: text('message'),
    reasonCode: text('reasonCode'),
  });
  const parsed = errorFromResponse(status as number, headers, body, secrets);
  // A code-less or malformed failure is the action's fault, not a response without a code.
  return parsed.code === 'HttpError' && status === undefined
    ? new CognitoError({ code: 'UnknownError', message: 'The action answered a failure without a code' })
    : parsed;
}

/**
 * A transport over two Server Actions (`createResetActions` on `/server`, or your own
 * `'use server'` functions that return its results), for apps whose server should hold the client
 * secret without an API route. Inputs are checked and a pasted code normalised in the browser
 * first, as the fetch transport does. It rejects with the same `CognitoError`s: the action's
 * `{ ok: false, error }` becomes that error; an action that throws becomes `NetworkError` when no
 * answer arrived (`toCognitoError`'s reading of what it threw) or `UnknownError`; one that answers
 * anything but a result object becomes `UnknownError`; an aborted call `AbortError`, a late one
 * `TimeoutError`.
 * @throws TypeError at creation when either action is not a function.
 */
export function createActionTransport(
  actions: ResetActionFunctions,
  options: ActionTransportOptions = {},
): ResetTransport {
  if (typeof actions?.forgotPassword !== 'function' || typeof actions.confirmForgotPassword !== 'function') {
    throw new TypeError('createActionTransport: pass { forgotPassword, confirmForgotPassword } actions');
  }
  const ms = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const call = async (
    operation: Operation,
    input: Partial<ConfirmForgotPasswordInput>,
    callOptions?: CallOptions,
  ): Promise<Record<string, unknown>> => {
    const { body, secrets } = await buildRequest(operation, input, {}).catch((cause) => {
      throw CognitoError.is(cause) ? cause : new CognitoError({ code: 'UnknownError', cause });
    });
    const signal = callOptions?.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      const end = (code: string) => reject(new CognitoError({ code }));
      onAbort = () => end('AbortError');
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort);
      if (ms > 0 && ms < 2 ** 31) timer = setTimeout(end, ms, 'TimeoutError');
    });
    let result: unknown;
    try {
      result = await Promise.race([
        stop,
        (async () => {
          const payload: Record<string, unknown> = { username: body.Username };
          if (body.ClientMetadata !== undefined) payload.clientMetadata = body.ClientMetadata;
          if (operation === 'ForgotPassword') return actions.forgotPassword(payload as never);
          payload.code = body.ConfirmationCode;
          payload.password = body.Password;
          return actions.confirmForgotPassword(payload as never);
        })(),
      ]);
    } catch (cause) {
      if (CognitoError.is(cause)) throw cause;
      const error = toCognitoError(cause);
      throw error.code === 'NetworkError'
        ? error
        : new CognitoError({ code: 'UnknownError', message: 'The action threw instead of answering', cause });
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
    if (isObject(result) && result.ok === true) return result;
    if (isObject(result) && result.ok === false && isObject(result.error)) {
      throw fromFailure(result.error, secrets);
    }
    throw new CognitoError({
      code: 'UnknownError',
      message: 'The action answered something that is not a result',
    });
  };

  return {
    async forgotPassword(input, callOptions): Promise<CodeDelivery> {
      const delivery = Object((await call('ForgotPassword', input, callOptions)).delivery);
      return toCodeDelivery(delivery.destination, delivery.medium, delivery.attributeName);
    },
    async confirmForgotPassword(input, callOptions): Promise<void> {
      await call('ConfirmForgotPassword', input, callOptions);
    },
  };
}
