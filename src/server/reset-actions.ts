import type {
  ActionFailure,
  ConfirmForgotPasswordResult,
  ForgotPasswordResult,
  ResetActions,
  ResetFormState,
} from '../core/action-results';
import { CognitoError } from '../core/cognito-error';
import { fieldProblem, normalizeCode } from '../core/input-checks';
import type { Operation } from '../core/types';
import { parseErrorResponse, TARGET_PREFIX, toCodeDelivery } from '../core/wire';
import { readVerdict } from './before-forward';
import { REFUSALS } from './cognito-reply';
import {
  type BeforeForwardContext,
  type BeforeForwardResult,
  createResetHandler,
  type ResetHandlerOptions,
} from './reset-handler';

/** Options of {@link createResetActions}. */
export interface ResetActionsOptions
  extends Pick<
    ResetHandlerOptions,
    'clientId' | 'clientSecret' | 'region' | 'fips' | 'endpoint' | 'timeoutMs' | 'maxResponseBytes' | 'fetch'
  > {
  /**
   * Runs after the input checks and before Cognito is called: rate limits, captcha, audit. In
   * Next.js, read the caller's headers or IP here with `headers()` from `next/headers`. It never
   * sees the password or the code. The verdicts of `createResetHandler`'s `beforeForward`, failing
   * closed: `undefined`, `true` or a limiter's `{ success: true }` forward; `false`, a throw and
   * every other value refuse with `TooManyRequestsException` (429). A Response with an error status
   * is read as Cognito's answer (a `{"__type","message"}` body gives that code); a Response with
   * any other status refuses, since an action answers with data, not a page.
   * @default undefined (every valid request is forwarded)
   */
  beforeForward?: (context: BeforeForwardContext) => BeforeForwardResult | Promise<BeforeForwardResult>;
  /**
   * The largest input accepted, in bytes of its JSON form; larger input gets
   * `RequestEntityTooLargeException`.
   * @default 16384
   */
  maxBodyBytes?: number;
}

const NAME = 'createResetHandler';
// The handler only needs a URL to build a Request; nothing is ever sent to it.
const LOCAL_URL = 'http://server-action.invalid/';

/** The data form of a `CognitoError`: what crosses from the server action to the browser. */
function failure(error: CognitoError): ActionFailure {
  const { code, message, requestId, reasonCode, status, retryable } = error;
  const data: ActionFailure['error'] = { code, message, retryable };
  if (requestId) data.requestId = requestId;
  if (reasonCode) data.reasonCode = reasonCode;
  if (status !== undefined) data.status = status;
  return { ok: false, error: data };
}

// A fault of the action itself (never expected): the handler's own 500 answer, as data.
const internal = (): ActionFailure => {
  const [status, code, message] = REFUSALS.internal;
  return failure(new CognitoError({ code, status, message }));
};

/**
 * Next.js Server Actions (or any server function an RPC layer exposes) for the two reset steps,
 * with every guarantee of {@link createResetHandler}, which they run in-process: `ClientId` and
 * `SecretHash` added on the server (the client secret never leaves it), the input checked against
 * Cognito's constraints before anything is sent, `beforeForward`, no redirects followed, Cognito's
 * answer read within `timeoutMs` and `maxResponseBytes`, and a password, code or SecretHash Cognito
 * echoes blanked from every field. A pasted code is normalised (`" 123-456 "` → `"123456"`).
 *
 * The actions never throw (Next.js hides a thrown error's details in production): each resolves
 * `{ ok: true, delivery }` / `{ ok: true }` or `{ ok: false, error: { code, message, requestId?,
 * reasonCode?, status?, retryable } }`. Pass them to `createActionTransport` (from `/core`) in the
 * browser. In Next.js, export them from a `'use server'` module as async functions:
 * ```ts
 * 'use server';
 * const actions = createResetActions({ clientId: process.env.CLIENT_ID!, clientSecret: process.env.CLIENT_SECRET, region: 'eu-west-1' });
 * export async function forgotPassword(input: ForgotPasswordInput) { return actions.forgotPassword(input); }
 * export async function confirmForgotPassword(input: ConfirmForgotPasswordInput) { return actions.confirmForgotPassword(input); }
 * ```
 * @throws TypeError at creation, as `createResetHandler` does: an invalid `clientId`, neither
 * `region` nor `endpoint`, a relative `endpoint`, or a limit that is not a positive number below 2^31.
 */
export function createResetActions(options: ResetActionsOptions): ResetActions {
  const { beforeForward } = options;
  let handler: (request: Request) => Promise<Response>;
  try {
    handler = createResetHandler({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      region: options.region,
      fips: options.fips,
      endpoint: options.endpoint,
      timeoutMs: options.timeoutMs,
      maxResponseBytes: options.maxResponseBytes,
      maxBodyBytes: options.maxBodyBytes,
      fetch: options.fetch,
      // The handler's gate keeps the contract (fail closed, the development warning); only a
      // Response that is not an error is turned into a refusal here, since it would read as success.
      beforeForward:
        beforeForward &&
        (async (_request, context) => {
          const verdict = await beforeForward(context);
          const read = readVerdict(verdict);
          return 'reply' in read && !(read.reply.status >= 400) ? false : verdict;
        }),
    });
  } catch (error) {
    throw new TypeError(String((error as Error).message).replace(NAME, 'createResetActions'));
  }

  const run = async (
    operation: Operation,
    fields: Record<string, unknown>,
  ): Promise<{ ok: true; answer: Record<string, unknown> } | ActionFailure> => {
    // Whatever the serialised arguments hold (not an object, a getter that throws, a BigInt), the
    // action answers with data: a body that cannot be built is the handler's InvalidParameter.
    let body: string;
    try {
      body = JSON.stringify(fields);
    } catch {
      body = '{}';
    }
    const response = await handler(
      new Request(LOCAL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET_PREFIX + operation },
        body,
      }),
    );
    if (response.ok) return { ok: true, answer: await response.json() };
    // The handler has blanked the secrets already; the parser applies the wire's rules for code,
    // request id and reasonCode once more.
    const secrets = [fields.Password, fields.ConfirmationCode].map((v) =>
      typeof v === 'string' ? v : undefined,
    );
    return failure(await parseErrorResponse(response, secrets));
  };

  const field = (input: unknown, key: string): unknown => {
    try {
      return Object(input)[key];
    } catch {
      return undefined;
    }
  };

  const forgot = async (input: unknown): Promise<ForgotPasswordResult> => {
    try {
      const result = await run('ForgotPassword', {
        Username: field(input, 'username'),
        ClientMetadata: field(input, 'clientMetadata'),
      });
      if (!result.ok) return result;
      const details = Object(result.answer.CodeDeliveryDetails);
      return {
        ok: true,
        delivery: toCodeDelivery(details.Destination, details.DeliveryMedium, details.AttributeName),
      };
    } catch {
      return internal();
    }
  };
  const confirm = async (input: unknown): Promise<ConfirmForgotPasswordResult> => {
    try {
      const code = field(input, 'code');
      const result = await run('ConfirmForgotPassword', {
        Username: field(input, 'username'),
        ConfirmationCode: typeof code === 'string' ? normalizeCode(code) : code,
        Password: field(input, 'password'),
        ClientMetadata: field(input, 'clientMetadata'),
      });
      return result.ok ? { ok: true } : result;
    } catch {
      return internal();
    }
  };

  return {
    async forgotPassword(input: unknown, form?: FormData): Promise<any> {
      if (!isFormData(form ?? input)) return forgot(input);
      // A posted request form: the state the page renders next. An unknown user reads as a sent
      // code, as the request step words it: the page never reveals whether an account exists.
      const username = text(form ?? input, 'username');
      const result = await forgot({ username });
      const shown = echo(username);
      if (result.ok) return { step: 'confirm', username: shown, delivery: result.delivery };
      return result.error.code === 'UserNotFoundException'
        ? { step: 'confirm', username: shown, delivery: {} }
        : { step: 'request', username: shown, error: result.error };
    },
    async confirmForgotPassword(input: unknown, form?: FormData): Promise<any> {
      if (!isFormData(form ?? input)) return confirm(input);
      const data = (form ?? input) as FormData;
      const previous = form ? input : null;
      // The previous state came back from the page: only its delivery is kept, re-read as Cognito's
      // (each field through `field`, so a getter or Proxy that throws reads as no value).
      const known = field(previous, 'delivery');
      const delivery = toCodeDelivery(
        field(known, 'destination'),
        field(known, 'medium'),
        field(known, 'attributeName'),
      );
      const username = text(data, 'username');
      const password = text(data, 'password');
      const state: ResetFormState = { step: 'confirm', username: echo(username), delivery };
      // Without JavaScript nobody compared the two fields in the browser; nothing is sent then.
      if (data.has('confirmPassword') && text(data, 'confirmPassword') !== password) {
        return { ...state, invalid: 'passwordMismatch' };
      }
      const result = await confirm({ username, code: text(data, 'code'), password });
      return result.ok ? { step: 'success', username: state.username } : { ...state, error: result.error };
    },
  };
}

// What React hands a form's action (the runtime's own FormData: Node's, an edge runtime's).
function isFormData(value: unknown): value is FormData {
  return typeof FormData === 'function' && value instanceof FormData;
}

/**
 * The username as the page renders it back (into the field and the next post's state): as posted,
 * unless it is longer than Cognito's Username rule allows, when it is left out ('') so a posted
 * megabyte is never reflected. Invisible characters are made visible first, so the rule's length
 * is the only thing that can refuse it here: a username with a zero-width space comes back to be fixed.
 */
function echo(username: string): string {
  return fieldProblem('Username', username.replace(/[\p{Z}\p{C}]/gu, '_') || '_') ? '' : username;
}

/** A posted field as the form's hook cleans it (trimmed, NFC); a file or a missing field is ''. */
function text(form: unknown, name: string): string {
  const value = (form as FormData).get(name);
  return typeof value === 'string' ? (name === 'username' ? value.trim().normalize('NFC') : value) : '';
}
