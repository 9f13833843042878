// Attacks on the two browser transports (createCognitoTransport and createProxyTransport, which share
// one wire), each against real loopback servers: redirects, echoed secrets, oversized and junk
// answers, fetches that never settle, header case. Issue 13, kinds 1, 4, 5(b, c), 8 and 9.
import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import { createProxyTransport } from '../../src/core/proxy-transport';
import type { ResetTransport } from '../../src/core/types';
import { answerWith, REDIRECTS, redirectTo, startLocalServer } from '../server/local-servers';

const PASSWORD = 'Zq7-unique-New-Passw0rd';
const CODE = '918273';
const SECRET_HASH = 'c2VjcmV0LWhhc2gtZm9yLWFsaWNl+/=';
const CONFIRM = { username: 'alice', code: CODE, password: PASSWORD };

type Options = { fetch?: typeof fetch; timeoutMs?: number; maxResponseBytes?: number };
const TRANSPORTS: [string, (url: string, options?: Options) => ResetTransport][] = [
  [
    'createCognitoTransport',
    (url, options) =>
      createCognitoTransport({
        clientId: 'client1',
        endpoint: url,
        secretHash: () => SECRET_HASH,
        ...options,
      }),
  ],
  [
    'createProxyTransport',
    function proxy(url, options) {
      return createProxyTransport({ url, ...options });
    },
  ],
];

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => error as CognitoError,
  );

/** Every string a CognitoError exposes, for "holds no secret" checks. */
const exposed = (error: CognitoError) =>
  JSON.stringify([error.code, error.message, error.reasonCode, error.requestId, String(error.status)]);

describe.each(TRANSPORTS)('%s', (_, make) => {
  describe('kind 1: redirects are never followed', () => {
    it.each(REDIRECTS)(
      'a %i to another local server is HttpError with that status; nothing arrives there',
      async (status) => {
        const stranger = await startLocalServer();
        const upstream = await startLocalServer();
        upstream.answer(redirectTo(status, stranger.url));
        const error = await rejection(make(upstream.url).confirmForgotPassword(CONFIRM));
        expect(CognitoError.is(error)).toBe(true);
        expect(error).toMatchObject({ code: 'HttpError', status });
        expect(upstream.bodies).toHaveLength(1);
        expect(stranger.bodies).toEqual([]);
      },
    );

    it('ForgotPassword answered with a 302 to a host that says {} is no delivery', async () => {
      const stranger = await startLocalServer();
      const upstream = await startLocalServer();
      upstream.answer(redirectTo(302, stranger.url));
      expect(await rejection(make(upstream.url).forgotPassword({ username: 'alice' }))).toMatchObject({
        code: 'HttpError',
        status: 302,
      });
      expect(stranger.bodies).toEqual([]);
    });

    it('a custom fetch that follows redirects anyway still never turns one into success', async () => {
      const stranger = await startLocalServer();
      const upstream = await startLocalServer();
      upstream.answer(redirectTo(307, stranger.url));
      const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' });
      const error = await rejection(make(upstream.url, { fetch: following }).confirmForgotPassword(CONFIRM));
      expect(error).toMatchObject({ code: 'HttpError', status: 200 });
    });
  });

  describe('kind 4: secrets echoed anywhere in an error answer are blanked', () => {
    it.each([
      ['reasonCode', { __type: 'InvalidParameterException', message: 'bad', reasonCode: PASSWORD }],
      ['reasonCode (the code)', { __type: 'InvalidParameterException', message: 'bad', reasonCode: CODE }],
      ['__type', { __type: `com.x#${PASSWORD.replace(/-/g, '')}`, message: 'x' }],
    ])('in %s', async (_, body) => {
      const upstream = await startLocalServer();
      upstream.answer(answerWith(400, JSON.stringify(body)));
      const transport = make(upstream.url);
      const password = body.__type?.startsWith('com.x#') ? PASSWORD.replace(/-/g, '') : PASSWORD;
      const error = (await rejection(
        transport.confirmForgotPassword({ ...CONFIRM, password }),
      )) as CognitoError;
      expect(CognitoError.is(error)).toBe(true);
      for (const secret of [password, CODE]) expect(exposed(error)).not.toContain(secret);
    });

    it('in x-amzn-errortype and x-amzn-requestid', async () => {
      const upstream = await startLocalServer();
      upstream.answer(
        answerWith(400, '{}', { 'x-amzn-errortype': `X${CODE}Exception`, 'x-amzn-requestid': `r-${CODE}` }),
      );
      const error = (await rejection(make(upstream.url).confirmForgotPassword(CONFIRM))) as CognitoError;
      expect(exposed(error)).not.toContain(CODE);
      expect(error.code).toBe('HttpError');
      expect(error.requestId).toBeUndefined();
    });

    it.each([
      ['an object', { a: 1 }, undefined],
      ['a long token', 'A'.repeat(65), undefined],
      ['lower case', 'invalid_email', undefined],
      ['a number', 7, undefined],
    ])("reasonCode as %s is dropped (Cognito's own INVALID_EMAIL is kept)", async (_, reasonCode, kept) => {
      const upstream = await startLocalServer();
      const answer = (value: unknown) =>
        answerWith(400, JSON.stringify({ __type: 'InvalidParameterException', reasonCode: value }));
      upstream.answer(answer(reasonCode));
      const transport = make(upstream.url);
      const error = (await rejection(transport.forgotPassword({ username: 'alice' }))) as CognitoError;
      expect(error.code).toBe('InvalidParameterException');
      expect(error.reasonCode).toBe(kept);
      upstream.answer(answer('INVALID_EMAIL'));
      expect(await rejection(transport.forgotPassword({ username: 'alice' }))).toMatchObject({
        reasonCode: 'INVALID_EMAIL',
      });
    });
  });

  describe('kind 5(b): answers are read up to a cap', () => {
    it.each([
      ['a 2 MiB success body', 200],
      ['a 2 MiB error body', 400],
      ['a 2 MiB 503', 503],
    ])('%s is HttpError with its status, and no huge message', async (_, status) => {
      const upstream = await startLocalServer();
      const huge = JSON.stringify({ __type: 'CodeMismatchException', message: 'x'.repeat(2 * 2 ** 20) });
      upstream.answer(answerWith(status, huge));
      const error = (await rejection(make(upstream.url).confirmForgotPassword(CONFIRM))) as CognitoError;
      expect(error).toMatchObject({ code: 'HttpError', status });
      expect(error.message.length).toBeLessThan(100);
    });

    it('maxResponseBytes is honoured exactly', async () => {
      const upstream = await startLocalServer();
      const body = `{}${' '.repeat(98)}`;
      upstream.answer(answerWith(200, body));
      await expect(
        make(upstream.url, { maxResponseBytes: 100 }).confirmForgotPassword(CONFIRM),
      ).resolves.toBeUndefined();
      expect(
        await rejection(make(upstream.url, { maxResponseBytes: 99 }).confirmForgotPassword(CONFIRM)),
      ).toMatchObject({ code: 'HttpError', status: 200 });
    });

    it('a body that never ends is cut at the cap, before any timeout', async () => {
      const upstream = await startLocalServer();
      upstream.answer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) {}
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
      });
      const error = await rejection(make(upstream.url, { timeoutMs: 0 }).confirmForgotPassword(CONFIRM));
      expect(error).toMatchObject({ code: 'HttpError', status: 200 });
    });
  });

  describe('kind 5(c): TimeoutError whatever fetch does', () => {
    const never: typeof fetch = () => new Promise<Response>(() => {});
    it('a custom fetch that never settles', async () => {
      const upstream = await startLocalServer();
      const error = await rejection(
        make(upstream.url, { fetch: never, timeoutMs: 50 }).confirmForgotPassword(CONFIRM),
      );
      expect(error).toMatchObject({ code: 'TimeoutError', retryable: true });
    });

    it('a custom fetch whose body never ends and ignores the signal', async () => {
      const upstream = await startLocalServer();
      const stalled: typeof fetch = async () =>
        new Response(new ReadableStream({ pull: () => new Promise(() => {}) }));
      const error = await rejection(
        make(upstream.url, { fetch: stalled, timeoutMs: 50 }).forgotPassword({ username: 'alice' }),
      );
      expect(error).toMatchObject({ code: 'TimeoutError' });
    });

    it("the caller's abort ends a never-settling fetch with AbortError, before or during the call", async () => {
      const upstream = await startLocalServer();
      const transport = make(upstream.url, { fetch: never, timeoutMs: 0 });
      const before = new AbortController();
      before.abort();
      expect(
        await rejection(transport.confirmForgotPassword(CONFIRM, { signal: before.signal })),
      ).toMatchObject({
        code: 'AbortError',
      });
      const during = new AbortController();
      const pending = rejection(transport.confirmForgotPassword(CONFIRM, { signal: during.signal }));
      during.abort();
      expect(await pending).toMatchObject({ code: 'AbortError' });
    });
  });

  describe('kind 9: junk in 2xx bodies is dropped, never returned', () => {
    it.each([
      [
        'Destination as an object',
        { Destination: { toString: 'x' }, DeliveryMedium: 'EMAIL' },
        { medium: 'EMAIL' },
      ],
      [
        'a 1 MB Destination',
        { Destination: 'a'.repeat(1_000_000), DeliveryMedium: 'SMS' },
        { medium: 'SMS' },
      ],
      [
        'DeliveryMedium PIGEON',
        { Destination: 'a***@e***', DeliveryMedium: 'PIGEON' },
        { destination: 'a***@e***' },
      ],
      [
        'a bidi override in Destination',
        { Destination: 'a***\u202e@e***', AttributeName: 'email' },
        { attributeName: 'email' },
      ],
      [
        'AttributeName as a number',
        { Destination: '+*****1234', AttributeName: 7 },
        { destination: '+*****1234' },
      ],
    ])('%s', async (_, details, expected) => {
      const upstream = await startLocalServer();
      upstream.answer(answerWith(200, JSON.stringify({ CodeDeliveryDetails: details, Junk: 'x' })));
      expect(await make(upstream.url).forgotPassword({ username: 'alice' })).toEqual(expected);
    });

    it.each(['null', '[]', '"ok"', '42'])('a 2xx body %s is HttpError, never a reset', async (body) => {
      const upstream = await startLocalServer();
      upstream.answer(answerWith(200, body));
      expect(await rejection(make(upstream.url).confirmForgotPassword(CONFIRM))).toMatchObject({
        code: 'HttpError',
        status: 200,
      });
    });
  });
});

it('kind 4: createCognitoTransport blanks the SecretHash from its provider wherever it is echoed', async () => {
  const upstream = await startLocalServer();
  upstream.answer(
    answerWith(400, JSON.stringify({ __type: 'NotAuthorizedException', message: `hash ${SECRET_HASH}` })),
  );
  const [, make] = TRANSPORTS[0]!;
  const error = (await rejection(make(upstream.url).confirmForgotPassword(CONFIRM))) as CognitoError;
  expect(error.code).toBe('NotAuthorizedException');
  expect(error.message).toBe('hash ***');
});

describe('kind 8: the protocol headers win whatever the case of the app’s keys', () => {
  it.each([
    [
      'lower case',
      {
        'x-amz-target': 'AWSCognitoIdentityProviderService.AdminSetUserPassword',
        'content-type': 'text/plain',
        'cache-control': 'max-age=60',
      },
    ],
    [
      'upper case',
      {
        'X-AMZ-TARGET': 'AWSCognitoIdentityProviderService.AdminSetUserPassword',
        'CONTENT-TYPE': 'text/plain',
        'CACHE-CONTROL': 'max-age=60',
      },
    ],
    [
      'mixed case',
      {
        'X-Amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
        'Content-type': 'text/plain',
        'cache-Control': 'public',
      },
    ],
  ])('%s', async (_, headers) => {
    const upstream = await startLocalServer();
    const seen: Record<string, unknown>[] = [];
    upstream.answer((req, res) => {
      seen.push(req.headers);
      answerWith(200, '{}')(req, res);
    });
    await createProxyTransport({
      url: upstream.url,
      headers: { ...headers, 'x-csrf-token': 'tok' },
    }).confirmForgotPassword(CONFIRM);
    expect(seen[0]).toMatchObject({
      'x-amz-target': 'AWSCognitoIdentityProviderService.ConfirmForgotPassword',
      'content-type': 'application/x-amz-json-1.1',
      'cache-control': 'no-store',
      'x-csrf-token': 'tok',
    });
  });

  it('header names or values Headers refuses are refused when the transport is created', () => {
    expect(() => createProxyTransport({ url: '/api/reset', headers: { 'bad name': 'x' } })).toThrow(
      /headers/,
    );
    expect(() => createProxyTransport({ url: '/api/reset', headers: { 'x-a': 'line\nbreak' } })).toThrow(
      /headers/,
    );
  });
});
