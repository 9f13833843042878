/**
 * Responses the handler writes itself. They use Cognito's awsJson1_1 error shape (status,
 * `x-amzn-errortype`, `{"__type","message"}`) so the browser's one error parser reads them like
 * any Cognito answer. Messages are fixed text: nothing from the request is ever echoed.
 */

import { CognitoError } from '../core/cognito-error';

/** Headers every response of the handler carries. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;
/** Cognito's content type, for every JSON body the handler writes. */
export const JSON_TYPE = { 'content-type': 'application/x-amz-json-1.1' } as const;

/** Builds a Cognito-format error response. */
export function cognitoErrorResponse(
  status: number,
  type: string,
  message: string,
  headers?: Record<string, string>,
  reasonCode?: string,
): Response {
  return new Response(
    JSON.stringify(reasonCode ? { __type: type, message, reasonCode } : { __type: type, message }),
    {
      status,
      headers: { ...JSON_TYPE, 'x-amzn-errortype': type, ...NO_STORE, ...headers },
    },
  );
}

/** Every refusal the handler can give, written once. */
export const REFUSALS = {
  method: [405, 'UnknownOperationException', 'Only POST is accepted'],
  origin: [403, 'ForbiddenException', 'Origin not allowed'],
  target: [400, 'UnknownOperationException', 'Only ForgotPassword and ConfirmForgotPassword are accepted'],
  contentType: [400, 'SerializationException', 'Content-Type must be application/x-amz-json-1.1'],
  notJson: [400, 'SerializationException', 'The body must be a JSON object'],
  tooLarge: [413, 'RequestEntityTooLargeException', 'The body is too large'],
  bodyTimeout: [408, 'RequestTimeoutException', 'The body did not arrive in time'],
  refused: [429, 'TooManyRequestsException', 'Too many requests'],
  unreachable: [502, 'InternalErrorException', 'Cognito could not be reached'],
  timeout: [504, 'InternalErrorException', 'Cognito did not answer in time'],
  unreadable: [
    502,
    'InternalErrorException',
    'Cognito answered with a redirect, an oversized body or one that is not JSON',
  ],
  internal: [500, 'InternalErrorException', 'The request could not be forwarded'],
} as const satisfies Record<string, readonly [number, string, string]>;

/** One of {@link REFUSALS}. */
export type Refusal = keyof typeof REFUSALS;

/** The response for one of {@link REFUSALS}. */
export function refuse(reason: Refusal, headers?: Record<string, string>): Response {
  const [status, type, message] = REFUSALS[reason];
  return cognitoErrorResponse(status, type, message, headers);
}

/** What the handler answers to any method but POST (and OPTIONS, for CORS preflights). */
export const ALLOW = { allow: 'POST, OPTIONS' } as const;

/**
 * Re-encodes what the wire layer made of Cognito's answer: an error response keeps its status,
 * code, message, reasonCode and request id (the wire layer has blanked the secrets from each).
 * No response at all becomes 502 (504 on timeout); a redirect, an oversized answer or a 2xx that
 * was not a JSON object becomes 502, so the browser never reads a failure as success. Anything
 * that is not a `CognitoError` (a fault of the handler itself) becomes 500.
 */
export function fromCognito(error: unknown, headers: Record<string, string>): Response {
  if (!CognitoError.is(error)) return refuse('internal', headers);
  if (error.code === 'TimeoutError') return refuse('timeout', headers);
  if (error.status === undefined || error.code === 'NetworkError') return refuse('unreachable', headers);
  if (error.status < 400) return refuse('unreadable', headers);
  const withId = error.requestId ? { ...headers, 'x-amzn-requestid': error.requestId } : headers;
  return cognitoErrorResponse(error.status, error.code, error.message, withId, error.reasonCode);
}
