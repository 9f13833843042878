// Attacks on createResetHandler (issue 13): redirects from upstream, fail-open beforeForward
// verdicts, echoed secrets and junk in answers, slow uploads, huge answers, unchecked seed
// parameters, odd methods, headers and addresses. Upstreams and redirect targets are real loopback
// servers; uploads go through node:http where the transport matters.
import { request as httpRequest } from 'node:http';
import { Response as UndiciResponse } from 'undici';
import { describe, expect, it, vi } from 'vitest';
import { computeSecretHash } from '../../src/core/secret-hash';
import { parseErrorResponse } from '../../src/core/wire';
import { createResetHandler, type ResetHandlerOptions, toNodeHandler } from '../../src/server';
import { CLIENT_ID, CONFIRM, handlerFixture, post, TARGET } from './handler-fixture';
import { REDIRECTS, startLocalServer } from './local-servers';
import { CODE, expectNoSecrets, PASSWORD, watchConsoleForSecrets } from './secrets';

const consoleLines = watchConsoleForSecrets();
const { cognito, handlerWith, expectRefusal } = handlerFixture();
const HASH = () => computeSecretHash('secret', CONFIRM.Username, CLIENT_ID);

/** Serves a handler on node:http at 127.0.0.1:0; returns its URL. */
async function serve(options: Partial<ResetHandlerOptions>): Promise<string> {
  const { createServer } = await import('node:http');
  const server = createServer(toNodeHandler(handlerWith(options)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  served.push(server);
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/api/reset`;
}
const served: import('node:http').Server[] = [];
afterAll(async () => {
  for (const server of served) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A raw HTTP exchange with full control over what is written and when. */
function rawExchange(
  url: string,
  headers: Record<string, string>,
  write: (req: import('node:http').ClientRequest) => void,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy();
      });
    });
    req.on('error', reject);
    write(req);
  });
}

const HEADERS = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': `${TARGET}ConfirmForgotPassword`,
};

describe('kind 1: a redirect from Cognito is never followed nor relayed as success', () => {
  it.each(REDIRECTS)('%i → 502, nothing re-sent to the Location', async (status) => {
    const stranger = await startLocalServer();
    cognito.answer(() => ({ status, headers: { location: stranger.url }, body: '{}' }));
    const response = await handlerWith()(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(502);
    await expectNoSecrets(response);
    expect((await parseErrorResponse(response)).code).toBe('InternalErrorException');
    expect(cognito.requests).toHaveLength(1);
    expect(stranger.bodies).toEqual([]);
  });
});

describe('kind 2: beforeForward fails closed', () => {
  it.each([
    ['{ success: false }', () => ({ success: false, remaining: 0 })],
    ['{ allowed: false }', async () => ({ allowed: false })],
    ['{ success: true, allowed: false }', () => ({ success: true, allowed: false })],
  ])('a limiter verdict %s refuses with 429, without a warning', async (_, hook) => {
    const before = consoleLines.lines.length;
    await expectRefusal(
      await handlerWith({ beforeForward: hook })(post(JSON.stringify(CONFIRM))),
      429,
      'TooManyRequestsException',
    );
    expect(consoleLines.lines.length).toBe(before);
  });

  it.each([
    ['0', 0],
    ['1', 1],
    ['NaN', Number.NaN],
    ['null', null],
    ['an empty string', ''],
    ['"yes"', 'yes'],
    ['{ remainingPoints: 4 }', { remainingPoints: 4 }],
    ['{ success: "true" } (not a boolean)', { success: 'true' }],
    ['a function', () => true],
    ['{ status: "200", headers: {} } (status not a number)', { status: '200', headers: {} }],
  ])('%s refuses with 429 and warns once, naming the type', async (name, value) => {
    const handler = handlerWith({ beforeForward: () => value });
    const before = consoleLines.lines.length;
    await expectRefusal(await handler(post(JSON.stringify(CONFIRM))), 429, 'TooManyRequestsException');
    await expectRefusal(await handler(post(JSON.stringify(CONFIRM))), 429, 'TooManyRequestsException');
    const warnings = consoleLines.lines.slice(before);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/beforeForward returned .+; the request was refused/);
    if (name === '{ remainingPoints: 4 }') expect(warnings[0]).toContain('remainingPoints');
  });

  it('does not warn in production, and still refuses', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const before = consoleLines.lines.length;
    await expectRefusal(
      await handlerWith({ beforeForward: () => 0 })(post(JSON.stringify(CONFIRM))),
      429,
      'TooManyRequestsException',
    );
    expect(consoleLines.lines.length).toBe(before);
    vi.unstubAllEnvs();
  });

  it("sends a Response from the undici package (not the global one's instance) as the reply", async () => {
    const foreign = new UndiciResponse(
      JSON.stringify({ __type: 'CaptchaRequiredException', message: 'Solve it' }),
      {
        status: 403,
        headers: { 'x-amzn-errortype': 'CaptchaRequiredException', 'content-type': 'application/json' },
      },
    );
    expect(foreign instanceof Response).toBe(false);
    const response = await handlerWith({ beforeForward: () => foreign })(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await parseErrorResponse(response)).code).toBe('CaptchaRequiredException');
    expect(cognito.requests).toHaveLength(0);
  });

  it('a plain Response-shaped object is sent as the reply; an unbuildable one refuses', async () => {
    const ok = await handlerWith({
      beforeForward: () => ({ status: 401, headers: { 'x-why': 'login' }, body: 'no' }),
    })(post(JSON.stringify(CONFIRM)));
    expect([ok.status, ok.headers.get('x-why'), await ok.text()]).toEqual([401, 'login', 'no']);
    await expectRefusal(
      await handlerWith({ beforeForward: () => ({ status: 0, headers: {} }) })(post(JSON.stringify(CONFIRM))),
      429,
      'TooManyRequestsException',
    );
  });

  it('every Set-Cookie of a beforeForward Response reaches the client through node:http', async () => {
    const url = await serve({
      beforeForward: () => {
        const headers = new Headers();
        headers.append('set-cookie', 'a=1; Path=/; HttpOnly');
        headers.append('set-cookie', 'b=2; Path=/; HttpOnly');
        headers.append('set-cookie', 'c=3; Path=/');
        return new Response(null, { status: 204, headers });
      },
    });
    const response = await fetch(url, { method: 'POST', headers: HEADERS, body: JSON.stringify(CONFIRM) });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()).toEqual([
      'a=1; Path=/; HttpOnly',
      'b=2; Path=/; HttpOnly',
      'c=3; Path=/',
    ]);
  });
});

describe('kind 4: no secret and no junk in what the handler relays', () => {
  it.each([
    ['reasonCode', () => ({ __type: 'InvalidParameterException', message: 'bad ***', reasonCode: PASSWORD })],
    [
      'message (the SecretHash)',
      (hash: string) => ({ __type: 'NotAuthorizedException', message: `hash ${hash}` }),
    ],
    ['Message (the code)', () => ({ __type: 'CodeMismatchException', Message: `code ${CODE}` })],
    ['an extra field', () => ({ __type: 'CodeMismatchException', message: 'x', Password: PASSWORD })],
  ])('an error echoing the secrets in %s', async (_, body) => {
    const hash = await HASH();
    cognito.answer(() => ({
      status: 400,
      headers: { 'x-amzn-requestid': `req-${CODE}` },
      body: JSON.stringify(body(hash)),
    }));
    const response = await handlerWith()(post(JSON.stringify(CONFIRM)));
    const text = await expectNoSecrets(response);
    expect(text).not.toContain(hash);
    expect(response.headers.get('x-amzn-requestid')).toBeNull();
    expect(
      Object.keys(JSON.parse(text)).every((key) => ['__type', 'message', 'reasonCode'].includes(key)),
    ).toBe(true);
  });

  it('a success echoing secrets and junk is re-emitted as {} for ConfirmForgotPassword', async () => {
    cognito.answer(() => ({
      status: 200,
      body: JSON.stringify({ Password: PASSWORD, Code: CODE, extra: [1] }),
    }));
    const response = await handlerWith()(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(200);
    expect(await expectNoSecrets(response)).toBe('{}');
  });

  it('ForgotPassword keeps only the three delivery fields, each checked', async () => {
    cognito.answer(() => ({
      status: 200,
      headers: { 'x-amzn-requestid': 'req-ok-2' },
      body: JSON.stringify({
        CodeDeliveryDetails: {
          Destination: 'a***@e***',
          DeliveryMedium: 'PIGEON',
          AttributeName: { x: 1 },
          Extra: 1,
        },
        Session: 'junk',
      }),
    }));
    const response = await handlerWith()(
      post(JSON.stringify({ Username: 'alice' }), { 'x-amz-target': `${TARGET}ForgotPassword` }),
    );
    expect(JSON.parse(await response.text())).toEqual({ CodeDeliveryDetails: { Destination: 'a***@e***' } });
    expect(response.headers.get('x-amzn-requestid')).toBe('req-ok-2');
  });
});

describe('kind 5(a): a body-read deadline', () => {
  it.each([
    [
      'headers and 12 of 100 declared bytes, then silence',
      { 'content-length': '100' },
      (req: import('node:http').ClientRequest) => req.write('{"Username":'),
    ],
    [
      'headers only, then silence',
      { 'content-length': '100' },
      (req: import('node:http').ClientRequest) => req.flushHeaders(),
    ],
    [
      'a chunked upload that stops',
      {},
      (req: import('node:http').ClientRequest) => req.write('{"Username":"al'),
    ],
    [
      'a trickle of one byte every 20 ms',
      {},
      (req: import('node:http').ClientRequest) => {
        const timer = setInterval(() => (req.destroyed ? clearInterval(timer) : req.write(' ')), 20);
        req.on('close', () => clearInterval(timer));
      },
    ],
  ])('%s → 408 RequestTimeoutException in Cognito format', async (_, extra, write) => {
    const url = await serve({ bodyTimeoutMs: 200 });
    const { status, headers, body } = await rawExchange(url, { ...HEADERS, ...extra }, write);
    expect(status).toBe(408);
    expect(headers['x-amzn-errortype']).toBe('RequestTimeoutException');
    expect(JSON.parse(body).__type).toBe('RequestTimeoutException');
    expect(cognito.requests).toHaveLength(0);
  });

  it('20 stalled uploads at once are all answered, none held', async () => {
    const url = await serve({ bodyTimeoutMs: 200 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        rawExchange(url, { ...HEADERS, 'content-length': '100' }, (req) => req.write('{"Username":')),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(408));
  });

  it('a Fetch Request whose body stream never ends → 408', async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    await expectRefusal(
      await handlerWith({ bodyTimeoutMs: 100 })(post(never)),
      408,
      'RequestTimeoutException',
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'bodyTimeoutMs %s is refused at creation',
    (value) => {
      expect(() =>
        createResetHandler({ clientId: CLIENT_ID, endpoint: cognito.url, bodyTimeoutMs: value }),
      ).toThrow(/bodyTimeoutMs/);
    },
  );
});

describe("kind 5(b): Cognito's answer is read up to a cap", () => {
  const huge = (status: number) => ({
    status,
    body: JSON.stringify({ __type: 'CodeMismatchException', message: 'x'.repeat(2 * 2 ** 20), Junk: 1 }),
  });
  it('a 2 MiB success → 502, never relayed', async () => {
    cognito.answer(() => huge(200));
    const response = await handlerWith()(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(502);
    expect((await response.text()).length).toBeLessThan(300);
  });

  it('a 2 MiB error → HttpError with its status and a short message', async () => {
    cognito.answer(() => huge(400));
    const response = await handlerWith()(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(400);
    expect((await response.text()).length).toBeLessThan(300);
    expect(response.headers.get('x-amzn-errortype')).toBe('HttpError');
  });

  it('maxResponseBytes is honoured', async () => {
    cognito.answer(() => ({ status: 200, body: `{}${' '.repeat(98)}` }));
    expect((await handlerWith({ maxResponseBytes: 100 })(post(JSON.stringify(CONFIRM)))).status).toBe(200);
    expect((await handlerWith({ maxResponseBytes: 99 })(post(JSON.stringify(CONFIRM)))).status).toBe(502);
  });
});

describe('kind 6: seed parameters are checked at the handler', () => {
  // Built as text: JSON.stringify itself overflows the stack on it, which is the point.
  const deep = { toJSON: () => 'DEEP' };
  const nest = (body: string) => body.replace('"DEEP"', `${'{"nested":'.repeat(6000)}"x"${'}'.repeat(6000)}`);
  it.each([
    [
      'AnalyticsMetadata with an extra key',
      { AnalyticsMetadata: { AnalyticsEndpointId: 'p', Evil: 'x' } },
      'AnalyticsMetadata',
    ],
    ['AnalyticsMetadata as a plain string', { AnalyticsMetadata: 'pinpoint-1' }, 'AnalyticsMetadata'],
    ['AnalyticsMetadata nested 6000 deep', { AnalyticsMetadata: deep }, 'AnalyticsMetadata'],
    ['AnalyticsMetadata as null', { AnalyticsMetadata: null }, 'AnalyticsMetadata'],
    ['UserContextData as a string', { UserContextData: 'blob' }, 'UserContextData'],
    ['UserContextData.EncodedData as a number', { UserContextData: { EncodedData: 5 } }, 'UserContextData'],
    [
      'UserContextData with an extra key',
      { UserContextData: { EncodedData: 'b', Evil: 'x' } },
      'UserContextData',
    ],
  ])('%s → 400 InvalidParameterException naming it', async (_, extra, name) => {
    const response = await handlerWith({ maxBodyBytes: 2 ** 20 })(
      post(nest(JSON.stringify({ ...CONFIRM, ...extra }))),
    );
    const error = await parseErrorResponse(response.clone());
    expect(error.message).toMatch(new RegExp(`^${name}`));
    await expectRefusal(response, 400, 'InvalidParameterException');
  });
});

describe('kind 7: methods, headers and addresses', () => {
  it.each(['HEAD', 'PROPFIND', 'OPTIONS'])(
    '%s (no allowedOrigins) → 405 with Allow: POST, OPTIONS',
    async (method) => {
      const response = await handlerWith()(post(null, {}, method));
      expect(response.headers.get('allow')).toBe('POST, OPTIONS');
      await expectRefusal(response, 405, 'UnknownOperationException');
    },
  );

  it.each(['TRACE'])(
    '%s through node:http (Fetch forbids it) → 405 with Allow: POST, OPTIONS',
    async (method) => {
      const url = await serve({});
      const { status, headers, body } = await new Promise<{
        status: number;
        headers: Record<string, unknown>;
        body: string;
      }>((resolve, reject) => {
        const req = httpRequest(url, { method }, (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(405);
      expect(headers.allow).toBe('POST, OPTIONS');
      expect(JSON.parse(body).__type).toBe('UnknownOperationException');
    },
  );

  const ipSent = async (options: Partial<ResetHandlerOptions>, headers: Record<string, string> = {}) => {
    cognito.requests.length = 0;
    const response = await handlerWith(options)(post(JSON.stringify(CONFIRM), headers));
    expect(response.status).toBe(200);
    return (cognito.requests[0]?.json.UserContextData as { IpAddress?: string } | undefined)?.IpAddress;
  };

  it.each([
    ['a number', () => 42],
    ['an object', () => ({ ip: '1.2.3.4' })],
    ['an array', () => ['1.2.3.4']],
    [
      'a throw',
      () => {
        throw new Error('no');
      },
    ],
  ])('a trustProxy function returning %s means no address, not a crash', async (_, trustProxy) => {
    expect(await ipSent({ trustProxy: trustProxy as unknown as () => string })).toBeUndefined();
  });

  it.each([
    '999.999.999.999',
    ':',
    '::::::::',
    '01.2.3.4',
    '1.2.3.04',
    '256.1.1.1',
    ':::',
    'abc:',
    '1::2::3',
  ])('X-Forwarded-For %j is not an address: dropped', async (value) => {
    expect(
      await ipSent({ trustProxy: { header: 'x-forwarded-for' } }, { 'x-forwarded-for': value }),
    ).toBeUndefined();
  });

  it('control (passes before and after): real IPv4 and IPv6 addresses are kept', async () => {
    for (const value of ['203.0.113.9', '2001:db8::1', '::ffff:192.0.2.1', '::1']) {
      expect(await ipSent({ trustProxy: { header: 'x-forwarded-for' } }, { 'x-forwarded-for': value })).toBe(
        value,
      );
    }
  });

  it.each([
    'authorization, x-evil, cookie',
    'content-type,x-amz-target',
    'x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request',
  ])('a preflight asking for %s gets the fixed list, never an echo', async (asked) => {
    const handler = handlerWith({
      allowedOrigins: ['https://app.example.com'],
      allowedHeaders: ['x-csrf-token'],
    });
    const response = await handler(
      new Request('https://app.example.com/api/reset', {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-headers': asked },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'content-type, x-amz-target, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request, cache-control, x-csrf-token',
    );
  });
});

it('wrote nothing to the console but the beforeForward warnings', () => {
  expect(
    consoleLines.lines.every((line) => line.startsWith('createResetHandler: beforeForward returned')),
  ).toBe(true);
});
