import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CodeMismatchException,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  InvalidParameterException,
} from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import { AuthError, confirmResetPassword, resetPassword } from 'aws-amplify/auth';
import { ConsoleLogger } from 'aws-amplify/utils';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { toCognitoError } from '../../src/core/to-cognito-error';

// One loopback server whose answer each test chooses, so SDK and Amplify errors
// come from real HTTP exchanges rather than hand-built objects.
type Reply = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let reply: Reply;
let requests = 0;
let onRequest: (() => void) | undefined;
let port: number;
const server = http.createServer((req, res) => {
  requests += 1;
  req.resume();
  req.on('end', () => {
    reply(req, res);
    onRequest?.();
  });
});

function cognitoReply(status: number, code: string, body: Record<string, unknown> = {}): Reply {
  return (_req, res) => {
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazonaws.cognito/`,
      'x-amzn-requestid': 'req-123',
    });
    res.end(JSON.stringify({ __type: code, message: 'Cognito text for logs', ...body }));
  };
}

const hang: Reply = () => {
  // Never answers: the caller aborts or times out.
};

/** Resolves once the server has received the next request, so an abort hits an in-flight call. */
function nextRequest(): Promise<void> {
  return new Promise((resolve) => {
    onRequest = resolve;
  });
}

async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return free;
}

function sdkClient(target = port): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${target}`,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1,
  });
}

const confirmCommand = () =>
  new ConfirmForgotPasswordCommand({
    ClientId: 'client',
    Username: 'alice',
    ConfirmationCode: '123456',
    Password: 'Correct-Horse-1',
  });

/** The rejection of `promise`; fails the test if it resolves. */
function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

function configureAmplify(target = port): void {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: 'us-east-1_Example',
        userPoolClientId: 'client',
        userPoolEndpoint: `http://127.0.0.1:${target}`,
      },
    },
  });
}

beforeAll(async () => {
  // Amplify warns on every call that the endpoint is custom; the loopback endpoint is the point.
  ConsoleLogger.LOG_LEVEL = 'ERROR';
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  reply = cognitoReply(500, 'InternalErrorException');
  requests = 0;
  onRequest = undefined;
});
describe('AWS SDK v3 errors (a real client against a loopback server)', () => {
  it('keeps the exception name, status and request id', async () => {
    reply = cognitoReply(400, 'CodeMismatchException');
    const error = await rejectionOf(sdkClient().send(confirmCommand()));
    expect(error).toBeInstanceOf(CodeMismatchException);
    const result = toCognitoError(error);
    expect(result).toBeInstanceOf(CognitoError);
    expect(result.code).toBe('CodeMismatchException');
    expect(result.status).toBe(400);
    expect(result.requestId).toBe('req-123');
    expect(result.retryable).toBe(false);
    expect(result.cause).toBe(error);
  });

  it('keeps InvalidParameterException.reasonCode', async () => {
    reply = cognitoReply(400, 'InvalidParameterException', { reasonCode: 'INVALID_PASSWORD_FORMAT' });
    const error = await rejectionOf(sdkClient().send(confirmCommand()));
    expect(error).toBeInstanceOf(InvalidParameterException);
    const result = toCognitoError(error);
    expect(result.code).toBe('InvalidParameterException');
    expect(result.reasonCode).toBe('INVALID_PASSWORD_FORMAT');
  });

  it('marks throttling as retryable', async () => {
    reply = cognitoReply(429, 'TooManyRequestsException');
    const result = toCognitoError(await rejectionOf(sdkClient().send(confirmCommand())));
    expect(result.code).toBe('TooManyRequestsException');
    expect(result.status).toBe(429);
    expect(result.retryable).toBe(true);
  });

  it('passes through a Cognito code the kit does not list', async () => {
    reply = cognitoReply(400, 'UsernameExistsException');
    const result = toCognitoError(await rejectionOf(sdkClient().send(confirmCommand())));
    expect(result.code).toBe('UsernameExistsException');
  });

  it('turns an HTML 502 (a SyntaxError from the SDK) into HttpError with the status', async () => {
    reply = (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad Gateway</body></html>');
    };
    const error = await rejectionOf(sdkClient().send(confirmCommand()));
    const result = toCognitoError(error);
    expect(result.code).toBe('HttpError');
    expect(result.status).toBe(502);
    expect(result.retryable).toBe(true);
    expect(result.cause).toBe(error);
  });

  it('turns an empty 503 into HttpError', async () => {
    reply = (_req, res) => {
      res.writeHead(503);
      res.end();
    };
    const result = toCognitoError(await rejectionOf(sdkClient().send(confirmCommand())));
    expect(result.code).toBe('HttpError');
    expect(result.status).toBe(503);
  });

  it('turns a 400 without a code into HttpError and keeps the request id', async () => {
    reply = (_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-requestid': 'req-empty' });
      res.end('{}');
    };
    const result = toCognitoError(await rejectionOf(sdkClient().send(confirmCommand())));
    expect(result.code).toBe('HttpError');
    expect(result.status).toBe(400);
    expect(result.requestId).toBe('req-empty');
    expect(result.retryable).toBe(false);
  });

  it('turns a refused connection into NetworkError', async () => {
    const error = await rejectionOf(sdkClient(await closedPort()).send(confirmCommand()));
    const result = toCognitoError(error);
    expect(result.code).toBe('NetworkError');
    expect(result.cause).toBe(error);
  });

  it('turns a dropped connection into NetworkError although the SDK names it TimeoutError', async () => {
    reply = (req) => req.socket.destroy();
    const error = await rejectionOf(sdkClient().send(confirmCommand()));
    expect((error as Error).name).toBe('TimeoutError');
    expect(toCognitoError(error).code).toBe('NetworkError');
  });

  it('turns an aborted call into AbortError', async () => {
    reply = hang;
    const controller = new AbortController();
    const arrived = nextRequest();
    const pending = rejectionOf(sdkClient().send(confirmCommand(), { abortSignal: controller.signal }));
    await arrived;
    controller.abort();
    expect(toCognitoError(await pending).code).toBe('AbortError');
  });

  it("turns the SDK's request timeout into TimeoutError", async () => {
    reply = hang;
    const client = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
      maxAttempts: 1,
      // Since smithy 4.x a requestTimeout only logs unless told to throw.
      requestHandler: { requestTimeout: 20, throwOnRequestTimeout: true },
    });
    expect(toCognitoError(await rejectionOf(client.send(confirmCommand()))).code).toBe('TimeoutError');
  });
});

describe('aws-amplify v6 errors (the real library against a loopback server)', () => {
  it('keeps the exception name, status and request id from AuthError', async () => {
    reply = cognitoReply(400, 'CodeMismatchException');
    configureAmplify();
    const error = await rejectionOf(
      confirmResetPassword({ username: 'alice', confirmationCode: '123456', newPassword: 'Correct-Horse-1' }),
    );
    expect(error).toBeInstanceOf(AuthError);
    const result = toCognitoError(error);
    expect(result.code).toBe('CodeMismatchException');
    expect(result.status).toBe(400);
    expect(result.requestId).toBe('req-123');
    expect(result.cause).toBe(error);
  });

  it('passes through a code Amplify does not list (PasswordHistoryPolicyViolationException)', async () => {
    reply = cognitoReply(400, 'PasswordHistoryPolicyViolationException');
    configureAmplify();
    const error = await rejectionOf(
      confirmResetPassword({ username: 'alice', confirmationCode: '123456', newPassword: 'Correct-Horse-1' }),
    );
    expect(toCognitoError(error).code).toBe('PasswordHistoryPolicyViolationException');
  });

  it("turns Amplify's UnknownError for a code-less response into HttpError", async () => {
    reply = (_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-requestid': 'req-empty' });
      res.end('{}');
    };
    configureAmplify();
    const error = await rejectionOf(
      confirmResetPassword({ username: 'alice', confirmationCode: '123456', newPassword: 'Correct-Horse-1' }),
    );
    expect((error as Error).name).toBe('UnknownError');
    const result = toCognitoError(error);
    expect(result.code).toBe('HttpError');
    expect(result.status).toBe(400);
    expect(result.requestId).toBe('req-empty');
  });

  it("turns Amplify's NetworkError into NetworkError", async () => {
    configureAmplify(await closedPort());
    const error = await rejectionOf(
      confirmResetPassword({ username: 'alice', confirmationCode: '123456', newPassword: 'Correct-Horse-1' }),
    );
    expect((error as Error).name).toBe('NetworkError');
    const result = toCognitoError(error);
    expect(result.code).toBe('NetworkError');
    expect(result.cause).toBe(error);
  });

  it("turns Amplify's empty-field validation into InvalidParameterException without a request", async () => {
    configureAmplify();
    const error = await rejectionOf(resetPassword({ username: '' }));
    expect((error as Error).name).toBe('EmptyResetPasswordUsername');
    const result = toCognitoError(error);
    expect(result.code).toBe('InvalidParameterException');
    expect(result.message).toContain('EmptyResetPasswordUsername');
    expect(requests).toBe(0);
  });

  it("keeps Amplify's own names out of the code", () => {
    const error = new AuthError({
      name: 'UserUnAuthenticatedException',
      message: 'User needs to be authenticated',
    });
    const result = toCognitoError(error);
    expect(result.code).toBe('UnknownError');
    expect(result.message).toContain('UserUnAuthenticatedException');
    expect(result.cause).toBe(error);
  });

  it("looks through Amplify's Unknown to a fetch failure underneath", () => {
    const error = new AuthError({
      name: 'Unknown',
      message: 'An unknown error',
      underlyingError: new TypeError('Failed to fetch'),
    });
    expect(toCognitoError(error).code).toBe('NetworkError');
  });

  it('survives an AuthError whose underlyingError is itself', () => {
    const error = new AuthError({ name: 'Unknown', message: 'loop' });
    Object.assign(error, { underlyingError: error });
    expect(toCognitoError(error).code).toBe('UnknownError');
  });
});
