import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { toCognitoError } from '../../src/core/to-cognito-error';

// A loopback server that receives requests and never answers, so aborts and timeouts hit
// real in-flight fetches.
let onRequest: (() => void) | undefined;
let port: number;
const server = http.createServer((req) => {
  req.resume();
  req.on('end', () => onRequest?.());
});

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

/** The rejection of `promise`; fails the test if it resolves. */
function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  onRequest = undefined;
});

describe('CognitoError input', () => {
  it('returns the same object', () => {
    const error = new CognitoError({ code: 'CodeMismatchException', status: 400 });
    expect(toCognitoError(error)).toBe(error);
  });

  it('returns the same object for a CognitoError from another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { code: 'ExpiredCodeException', retryable: false });
    Object.defineProperty(foreign, Symbol.for('react-cognito-reset.CognitoError'), { value: true });
    expect(toCognitoError(foreign)).toBe(foreign);
  });
});

describe('fetch failures', () => {
  it('turns a real refused connection into NetworkError and keeps the TypeError as cause', async () => {
    const error = await rejectionOf(fetch(`http://127.0.0.1:${await closedPort()}/`));
    const result = toCognitoError(error);
    expect(result.code).toBe('NetworkError');
    expect(result.retryable).toBe(true);
    expect(result.cause).toBe(error);
    expect(result.cause).toBeInstanceOf(TypeError);
  });

  it.each([
    'Failed to fetch',
    'NetworkError when attempting to fetch resource.',
    'Load failed',
    'Network request failed',
  ])('recognises the browser TypeError "%s"', (message) => {
    expect(toCognitoError(new TypeError(message)).code).toBe('NetworkError');
  });

  it('does not mistake a programming TypeError for a network failure', () => {
    const result = toCognitoError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(result.code).toBe('UnknownError');
  });

  it('turns a real aborted fetch into AbortError', async () => {
    const controller = new AbortController();
    const arrived = nextRequest();
    const pending = rejectionOf(
      fetch(`http://127.0.0.1:${port}/`, { method: 'POST', signal: controller.signal }),
    );
    await arrived;
    controller.abort();
    const error = await pending;
    const result = toCognitoError(error);
    expect(result.code).toBe('AbortError');
    expect(result.retryable).toBe(false);
    expect(result.cause).toBe(error);
  });

  it('turns a real AbortSignal.timeout into TimeoutError', async () => {
    const error = await rejectionOf(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(20) }));
    const result = toCognitoError(error);
    expect(result.code).toBe('TimeoutError');
    expect(result.retryable).toBe(true);
  });
});

describe('anything else', () => {
  it('recognises a Cognito code in `code` or `name` (amazon-cognito-identity-js style)', () => {
    const legacy = {
      code: 'LimitExceededException',
      name: 'LimitExceededException',
      message: 'Attempt limit exceeded',
    };
    expect(toCognitoError(legacy).code).toBe('LimitExceededException');
    expect(toCognitoError({ code: 'NetworkError', message: 'Network error' }).code).toBe('NetworkError');
    const bare = Object.assign(Object.create(null), { name: 'ExpiredCodeException' });
    expect(toCognitoError(bare).code).toBe('ExpiredCodeException');
  });

  it('wraps a plain Error as UnknownError with its message for the logs', () => {
    const error = new Error('boom');
    const result = toCognitoError(error);
    expect(result.code).toBe('UnknownError');
    expect(result.message).toBe('boom');
    expect(result.cause).toBe(error);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Correct-Horse-1'],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a bigint', 10n],
    ['a symbol', Symbol('thrown')],
    ['a function', () => 'x'],
    ['an array', [1, 2]],
  ])('wraps %s as UnknownError, keeps it as cause and keeps it out of the message', (_label, value) => {
    const result = toCognitoError(value);
    expect(result.code).toBe('UnknownError');
    expect(Object.is(result.cause, value)).toBe(true);
    expect(result.message).not.toContain('Correct-Horse-1');
  });

  it('survives getters that throw', () => {
    const hostile = {
      get name(): string {
        throw new Error('name');
      },
      get message(): string {
        throw new Error('message');
      },
      get code(): string {
        throw new Error('code');
      },
    };
    expect(toCognitoError(hostile).code).toBe('UnknownError');
  });

  it('survives a Proxy whose every trap throws, and a revoked Proxy', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, getPrototypeOf: trap, ownKeys: trap });
    expect(toCognitoError(hostile).code).toBe('UnknownError');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(toCognitoError(proxy).code).toBe('UnknownError');
  });

  it('survives a cyclic cause chain', () => {
    const error = new TypeError('something else');
    Object.assign(error, { cause: error });
    expect(toCognitoError(error).code).toBe('UnknownError');
  });
});
