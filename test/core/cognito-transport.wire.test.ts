import { createHmac } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { advancedSecurityData } from '../../src/core/advanced-security';
import { CognitoError } from '../../src/core/cognito-error';
import { cognitoEndpoint, createCognitoTransport } from '../../src/core/cognito-transport';
import { computeSecretHash } from '../../src/core/secret-hash';

// A loopback Cognito of the test's own: it records every request and answers whatever a test
// sets, including what cognito-local never sends (error-type headers, namespaced types, HTML
// from a proxy, resets, stalls).
interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}
type Answer = (response: ServerResponse, request: IncomingMessage) => void;

const requests: Recorded[] = [];
const responses: ServerResponse[] = [];
let answer: Answer = (response) => response.end('{}');
let arrived: () => void = () => {};
let url = '';
const server = createServer((request, response) => {
  let raw = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => {
    raw += chunk;
  });
  request.on('end', () => {
    requests.push({
      method: request.method!,
      url: request.url!,
      headers: request.headers,
      body: JSON.parse(raw),
    });
    responses.push(response);
    arrived();
    answer(response, request);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests.length = 0;
  answer = (response) => response.end('{}');
});
afterEach(() => {
  // Stalled answers from timeout and abort tests must not linger; finished keep-alive
  // connections stay, as fetch reuses them.
  for (const response of responses.splice(0)) if (!response.writableEnded) response.socket?.destroy();
});

/** Resolves when the loopback server has received the next request. */
const nextRequest = () =>
  new Promise<void>((resolve) => {
    arrived = resolve;
  });

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => {
  return (response) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
};

const clientId = 'abc123client';
const transport = (extra: Partial<Parameters<typeof createCognitoTransport>[0]> = {}) =>
  createCognitoTransport({ clientId, endpoint: url, ...extra });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      expect(CognitoError.is(error)).toBe(true);
      return error as CognitoError;
    },
  );
const confirmInput = { username: 'zoë@exämple.com', code: '123456', password: 'Correct-Horse-9' };

describe('request', () => {
  it('sends ForgotPassword as awsJson1_1 with every configured parameter', async () => {
    const secret = 'client-secret-0123456789';
    const g = globalThis as { AmazonCognitoAdvancedSecurityData?: unknown };
    // Stands in for Cognito's advanced-security script, which only runs in a browser page.
    g.AmazonCognitoAdvancedSecurityData = {
      getData: (username: string, poolId: string, id: string) => `enc(${username}|${poolId}|${id})`,
    };
    try {
      answer = json(200, {
        CodeDeliveryDetails: { Destination: 'z***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
      });
      const delivery = await transport({
        secretHash: (username) => computeSecretHash(secret, username, clientId),
        userContextData: advancedSecurityData({ userPoolId: 'eu-west-1_Pool1', clientId }),
        analyticsEndpointId: 'pinpoint-endpoint-1',
      }).forgotPassword({ username: 'zoë@exämple.com', clientMetadata: { locale: 'de', flow: 'reset' } });

      expect(delivery).toEqual({ destination: 'z***@e***', medium: 'EMAIL', attributeName: 'email' });
      expect(requests).toHaveLength(1);
      const [request] = requests;
      expect(request!.method).toBe('POST');
      expect(request!.url).toBe('/');
      expect(request!.headers['content-type']).toBe('application/x-amz-json-1.1');
      expect(request!.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.ForgotPassword');
      expect(request!.headers['cache-control']).toBe('no-store');
      expect(request!.body).toEqual({
        ClientId: clientId,
        Username: 'zoë@exämple.com',
        SecretHash: createHmac('sha256', secret).update(`zoë@exämple.com${clientId}`).digest('base64'),
        UserContextData: { EncodedData: `enc(zoë@exämple.com|eu-west-1_Pool1|${clientId})` },
        AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-endpoint-1' },
        ClientMetadata: { locale: 'de', flow: 'reset' },
      });
    } finally {
      delete g.AmazonCognitoAdvancedSecurityData;
    }
  });

  it('sends ConfirmForgotPassword with a normalised code, the password only in the body', async () => {
    await expect(
      transport().confirmForgotPassword({ ...confirmInput, code: ' １２３ ４５６\t' }),
    ).resolves.toBeUndefined();
    const [request] = requests;
    expect(request!.url).toBe('/');
    expect(request!.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.ConfirmForgotPassword');
    expect(request!.body).toEqual({
      ClientId: clientId,
      Username: 'zoë@exämple.com',
      ConfirmationCode: '123456',
      Password: 'Correct-Horse-9',
    });
    expect(JSON.stringify(request!.headers)).not.toContain('Correct-Horse-9');
  });

  it('omits UserContextData when the advanced-security script is not loaded', async () => {
    await transport({ userContextData: advancedSecurityData({ userPoolId: 'p', clientId }) }).forgotPassword({
      username: 'alice',
    });
    expect(requests[0]!.body).toEqual({ ClientId: clientId, Username: 'alice' });
  });

  it('accepts an empty 2xx body as success and maps a missing CodeDeliveryDetails to {}', async () => {
    answer = (response) => response.end();
    await expect(transport().forgotPassword({ username: 'alice' })).resolves.toEqual({});
    await expect(transport().confirmForgotPassword(confirmInput)).resolves.toBeUndefined();
  });

  it('uses the given fetch, called unbound', async () => {
    const seen: string[] = [];
    const recordingFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      expect(this).toBeUndefined();
      seen.push(String(input));
      return fetch(input, init);
    };
    await transport({ fetch: recordingFetch }).forgotPassword({ username: 'alice' });
    expect(seen).toEqual([url]);
  });
});

describe('error responses', () => {
  const coralSuffix = ':http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/';
  it.each([
    {
      name: 'x-amzn-errortype with a URL suffix',
      answer: json(
        400,
        { message: 'Invalid verification code provided, please try again.' },
        {
          'x-amzn-errortype': `CodeMismatchException${coralSuffix}`,
          'x-amzn-requestid': 'req-1',
        },
      ),
      expected: {
        code: 'CodeMismatchException',
        status: 400,
        requestId: 'req-1',
        message: 'Invalid verification code provided, please try again.',
        retryable: false,
      },
    },
    {
      name: 'a namespaced __type',
      answer: json(400, {
        __type: 'com.amazonaws.cognito#ExpiredCodeException',
        message: 'Invalid code provided, please request a code again.',
      }),
      expected: {
        code: 'ExpiredCodeException',
        status: 400,
        message: 'Invalid code provided, please request a code again.',
      },
    },
    {
      name: 'a capitalised Message',
      answer: json(400, {
        __type: 'LimitExceededException',
        Message: 'Attempt limit exceeded, please try after some time.',
      }),
      expected: {
        code: 'LimitExceededException',
        message: 'Attempt limit exceeded, please try after some time.',
        retryable: true,
      },
    },
    {
      name: 'a code field, which wins over __type',
      answer: json(400, { code: 'TooManyFailedAttemptsException', __type: 'InternalErrorException' }),
      expected: { code: 'TooManyFailedAttemptsException', message: 'TooManyFailedAttemptsException' },
    },
    {
      name: 'the header, which wins over the body',
      answer: json(
        429,
        { __type: 'InternalErrorException' },
        { 'x-amzn-errortype': 'TooManyRequestsException' },
      ),
      expected: { code: 'TooManyRequestsException', status: 429, retryable: true },
    },
    {
      name: 'a comma-separated type',
      answer: json(400, { __type: 'UserNotFoundException,extra' }),
      expected: { code: 'UserNotFoundException' },
    },
    {
      name: 'an InvalidParameterException with a reasonCode',
      answer: json(400, {
        __type: 'InvalidParameterException',
        message: 'bad',
        reasonCode: 'INVALID_FORMAT',
      }),
      expected: { code: 'InvalidParameterException', reasonCode: 'INVALID_FORMAT', message: 'bad' },
    },
    {
      name: 'an HTML 502 from a proxy',
      answer: (response: ServerResponse) => {
        response.writeHead(502, { 'content-type': 'text/html' });
        response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      },
      expected: { code: 'HttpError', status: 502, message: 'HTTP 502', retryable: true },
    },
    {
      name: 'an empty 503',
      answer: (response: ServerResponse) => response.writeHead(503).end(),
      expected: { code: 'HttpError', status: 503, retryable: true },
    },
    {
      name: 'an empty 400',
      answer: (response: ServerResponse) => response.writeHead(400).end(),
      expected: { code: 'HttpError', status: 400, retryable: false },
    },
    {
      name: 'a JSON 500 without any code',
      answer: json(500, { error: 'boom' }),
      expected: { code: 'HttpError', status: 500, retryable: true },
    },
    {
      name: 'a type that is not an identifier',
      answer: json(400, { __type: 500, code: '  ', message: 'odd' }, { 'x-amzn-errortype': ':' }),
      expected: { code: 'HttpError', status: 400, message: 'odd' },
    },
    {
      name: 'a JSON body that is not an object',
      answer: json(400, 'null'),
      expected: { code: 'HttpError', status: 400 },
    },
    {
      name: 'a 200 whose body is not JSON (a SPA answering a mistyped URL)',
      answer: (response: ServerResponse) => {
        response.writeHead(200, { 'content-type': 'text/html', 'x-amzn-requestid': 'req-2' });
        response.end('<!doctype html><div id="root"></div>');
      },
      expected: { code: 'HttpError', status: 200, requestId: 'req-2' },
    },
  ])('reads $name', async ({ answer: respond, expected }) => {
    answer = respond;
    const error = await failure(transport().confirmForgotPassword(confirmInput));
    expect(error).toMatchObject(expected);
    expect(error.code).toBeTruthy();
    if (!('requestId' in expected)) expect(error.requestId).toBeUndefined();
  });

  it('blanks the password and code out of a message the server echoes', async () => {
    answer = json(400, {
      __type: 'InvalidPasswordException',
      message: `Password Correct-Horse-9 rejected for code 123456`,
    });
    const error = await failure(transport().confirmForgotPassword(confirmInput));
    expect(error.message).toBe('Password *** rejected for code ***');
  });
});

describe('no usable response', () => {
  it('reports a connection reset before any answer as NetworkError', async () => {
    answer = (_response, request) => request.socket.destroy();
    const error = await failure(transport().confirmForgotPassword(confirmInput));
    expect(error).toMatchObject({ code: 'NetworkError', retryable: true });
    expect(error.status).toBeUndefined();
  });

  it('reports a socket destroyed mid-response as NetworkError', async () => {
    answer = (response, request) => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': '500' });
      response.write('{"CodeDeliveryDetails":{"Dest', () => request.socket.destroy());
    };
    await expect(failure(transport().forgotPassword({ username: 'alice' }))).resolves.toMatchObject({
      code: 'NetworkError',
    });
  });

  it('reports a refused connection as NetworkError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      createCognitoTransport({ clientId, endpoint: `http://127.0.0.1:${port}/` }).forgotPassword({
        username: 'a',
      }),
    );
    expect(error.code).toBe('NetworkError');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports no answer within timeoutMs as TimeoutError', async () => {
    answer = () => {};
    await expect(
      failure(transport({ timeoutMs: 150 }).forgotPassword({ username: 'alice' })),
    ).resolves.toMatchObject({
      code: 'TimeoutError',
      retryable: true,
    });
  });

  it('reports headers followed by a stalled body as TimeoutError', async () => {
    answer = (response) => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': '100' });
      response.write('{"CodeDeliveryDetails":');
    };
    await expect(
      failure(transport({ timeoutMs: 150 }).forgotPassword({ username: 'alice' })),
    ).resolves.toMatchObject({
      code: 'TimeoutError',
    });
  });

  it('reports a caller abort as AbortError, without leaving listeners on the signal', async () => {
    answer = () => {};
    const controller = new AbortController();
    const arrival = nextRequest();
    const pending = failure(transport().forgotPassword({ username: 'alice' }, { signal: controller.signal }));
    await arrival;
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(new Error('user left the page'));
    await expect(pending).resolves.toMatchObject({ code: 'AbortError', retryable: false });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await failure(
      transport().confirmForgotPassword(confirmInput, { signal: AbortSignal.abort(new Error('gone')) }),
    );
    expect(error.code).toBe('AbortError');
    expect(requests).toHaveLength(0);
  });

  it('removes its listener from a long-lived signal after each completed call', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 3; i++) {
      await transport().forgotPassword({ username: 'alice' }, { signal: controller.signal });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('input checks', () => {
  const password = confirmInput.password;
  it.each([
    ['a username with a space', { username: 'john doe' }, 'Username'],
    ['an empty username', { username: '' }, 'Username'],
    ['a 129-character username', { username: 'u'.repeat(129) }, 'Username'],
    ['an empty code', { code: ' - ' }, 'ConfirmationCode'],
    ['a 2049-character code', { code: '7'.repeat(2049) }, 'ConfirmationCode'],
    ['a password with a leading space', { password: ` ${password}` }, 'Password'],
    ['a password with a trailing tab', { password: `${password}\t` }, 'Password'],
    ['a 257-character password', { password: 'P'.repeat(257) }, 'Password'],
    [
      'a non-string ClientMetadata value',
      { clientMetadata: { n: 1 as unknown as string } },
      'ClientMetadata',
    ],
    [
      'a ClientMetadata value over 131072 characters',
      { clientMetadata: { big: 'x'.repeat(131073) } },
      'ClientMetadata',
    ],
  ])('rejects %s with InvalidParameterException and sends nothing', async (_name, change, field) => {
    const input = { ...confirmInput, ...change };
    const error = await failure(transport().confirmForgotPassword(input));
    expect(error).toMatchObject({ code: 'InvalidParameterException', retryable: false });
    expect(error.message).toContain(field);
    for (const value of [input.username, input.password])
      if (value.length > 2) expect(error.message).not.toContain(value);
    expect(requests).toHaveLength(0);
  });

  it('accepts a 256-character password with an inner space and a non-Latin username', async () => {
    const long = `A${' b'.repeat(127)}Z`;
    expect(long).toHaveLength(256);
    await transport().confirmForgotPassword({ ...confirmInput, username: '用户', password: long });
    expect(requests[0]!.body).toMatchObject({ Username: '用户', Password: long });
  });

  it('rejects a SecretHash that breaks the constraint, and wraps a failing provider', async () => {
    const bad = await failure(
      transport({ secretHash: () => 'not a hash!' }).forgotPassword({ username: 'alice' }),
    );
    expect(bad).toMatchObject({ code: 'InvalidParameterException' });
    expect(bad.message).toContain('SecretHash');
    expect(bad.message).not.toContain('not a hash!');
    const cause = new Error('hash service down');
    const broken = await failure(
      transport({
        secretHash: () => {
          throw cause;
        },
      }).forgotPassword({ username: 'alice' }),
    );
    expect(broken).toMatchObject({ code: 'UnknownError', cause });
    expect(requests).toHaveLength(0);
  });

  it('rejects, not throws, when a JS caller passes no input', async () => {
    const call = (transport().forgotPassword as (input?: unknown) => Promise<unknown>)();
    await expect(failure(call)).resolves.toMatchObject({ code: 'UnknownError' });
  });
});

describe('endpoints', () => {
  it('builds regional, FIPS and China URLs', () => {
    expect(cognitoEndpoint('eu-west-1')).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(cognitoEndpoint('us-gov-west-1')).toBe('https://cognito-idp.us-gov-west-1.amazonaws.com/');
    expect(cognitoEndpoint('us-east-1', true)).toBe('https://cognito-idp-fips.us-east-1.amazonaws.com/');
    expect(cognitoEndpoint('cn-north-1')).toBe('https://cognito-idp.cn-north-1.amazonaws.com.cn/');
    expect(cognitoEndpoint('cn-northwest-1')).toBe('https://cognito-idp.cn-northwest-1.amazonaws.com.cn/');
  });

  it('sends to the regional URL, or to `endpoint` when given', async () => {
    const seen: string[] = [];
    const via = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(String(input));
      return fetch(url, init);
    };
    await createCognitoTransport({ clientId, region: 'ap-southeast-2', fetch: via }).forgotPassword({
      username: 'a',
    });
    await createCognitoTransport({ clientId, region: 'us-west-2', fips: true, fetch: via }).forgotPassword({
      username: 'a',
    });
    await createCognitoTransport({ clientId, region: 'cn-north-1', fetch: via }).forgotPassword({
      username: 'a',
    });
    const vpce = 'https://vpce-0123-abcd.cognito-idp.eu-west-1.vpce.amazonaws.com/';
    await createCognitoTransport({
      clientId,
      region: 'eu-west-1',
      endpoint: vpce,
      fetch: via,
    }).forgotPassword({
      username: 'a',
    });
    expect(seen).toEqual([
      'https://cognito-idp.ap-southeast-2.amazonaws.com/',
      'https://cognito-idp-fips.us-west-2.amazonaws.com/',
      'https://cognito-idp.cn-north-1.amazonaws.com.cn/',
      vpce,
    ]);
    expect(requests).toHaveLength(4);
  });

  it('throws a clear TypeError at creation for a missing region, a bad region or a bad clientId', () => {
    expect(() => createCognitoTransport({ clientId })).toThrow(
      /createCognitoTransport: needs `endpoint` or a `region`/,
    );
    expect(() => createCognitoTransport({ clientId, region: 'evil.example/x' })).toThrow(TypeError);
    expect(() => createCognitoTransport({ clientId: '', region: 'eu-west-1' })).toThrow(/ClientId/);
    expect(() => createCognitoTransport({ clientId: 'has space', endpoint: url })).toThrow(TypeError);
    expect(() => createCognitoTransport({ clientId: 'x'.repeat(129), endpoint: url })).toThrow(TypeError);
  });
});
