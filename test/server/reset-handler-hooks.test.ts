import { describe, expect, it } from 'vitest';
import { parseErrorResponse } from '../../src/core/wire';
import type { ResetHandlerOptions } from '../../src/server';
import { CONFIRM, handlerFixture, post } from './handler-fixture';
import { CODE, PASSWORD, watchConsoleForSecrets } from './secrets';

const consoleLines = watchConsoleForSecrets();

const { cognito, handlerWith, expectRefusal } = handlerFixture();

describe('beforeForward', () => {
  it('sees operation, username, trusted ip and ClientMetadata, never the password or code', async () => {
    const seen: unknown[] = [];
    const handler = handlerWith({
      trustProxy: { header: 'x-forwarded-for' },
      beforeForward: (request, context) => {
        seen.push(context, request.headers.get('x-forwarded-for'));
      },
    });
    await handler(
      post(JSON.stringify({ ...CONFIRM, ClientMetadata: { captcha: 'tok' } }), {
        'x-forwarded-for': '203.0.113.9',
      }),
    );
    expect(seen).toEqual([
      {
        operation: 'ConfirmForgotPassword',
        username: 'alice@example.com',
        ip: '203.0.113.9',
        clientMetadata: { captcha: 'tok' },
      },
      '203.0.113.9',
    ]);
    expect(JSON.stringify(seen)).not.toContain(PASSWORD);
    expect(JSON.stringify(seen)).not.toContain(CODE);
    expect(cognito.requests).toHaveLength(1);
  });

  it.each([
    ['returns false', () => false],
    ['resolves false', async () => false],
    [
      'throws',
      () => {
        throw new Error('limit reached');
      },
    ],
    ['rejects (as rate limiters do when the budget is spent)', () => Promise.reject({ msBeforeNext: 1000 })],
  ])('refuses with 429 TooManyRequestsException when it %s', async (_, hook) => {
    await expectRefusal(
      await handlerWith({ beforeForward: hook })(post(JSON.stringify(CONFIRM))),
      429,
      'TooManyRequestsException',
    );
  });

  it('sends a Response it returns instead of forwarding, with no-store added', async () => {
    const handler = handlerWith({
      beforeForward: () =>
        new Response(JSON.stringify({ __type: 'CaptchaRequiredException', message: 'Solve the captcha' }), {
          status: 403,
          headers: { 'x-amzn-errortype': 'CaptchaRequiredException' },
        }),
    });
    const response = await handler(post(JSON.stringify(CONFIRM)));
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await parseErrorResponse(response)).code).toBe('CaptchaRequiredException');
    expect(cognito.requests).toHaveLength(0);
  });

  it.each([
    ['undefined', () => undefined],
    ['true', () => true],
    ["a limiter's { success: true }", async () => ({ success: true, remaining: 4 })],
    ["a limiter's { allowed: true }", () => ({ allowed: true })],
  ])('forwards when it returns %s', async (_, hook) => {
    expect((await handlerWith({ beforeForward: hook })(post(JSON.stringify(CONFIRM)))).status).toBe(200);
    expect(cognito.requests).toHaveLength(1);
  });
});

describe('trustProxy', () => {
  const send = async (options: Partial<ResetHandlerOptions>, headers: Record<string, string>) => {
    cognito.requests.length = 0;
    await handlerWith(options)(post(JSON.stringify(CONFIRM), headers));
    return (cognito.requests[0]?.json.UserContextData as { IpAddress?: string } | undefined)?.IpAddress;
  };
  const xff = { 'x-forwarded-for': '198.51.100.7, 10.0.0.2, 203.0.113.9' };

  it('is off by default: forwarded-for headers are ignored', async () => {
    expect(await send({}, { ...xff, 'x-real-ip': '203.0.113.9' })).toBeUndefined();
  });

  it('reads the right-most entry (the one the trusted proxy wrote)', async () => {
    expect(await send({ trustProxy: { header: 'x-forwarded-for' } }, xff)).toBe('203.0.113.9');
  });

  it('with hops, skips that many proxies from the right', async () => {
    expect(await send({ trustProxy: { header: 'x-forwarded-for', hops: 2 } }, xff)).toBe('10.0.0.2');
    expect(await send({ trustProxy: { header: 'x-forwarded-for', hops: 4 } }, xff)).toBeUndefined();
  });

  it('reads single-value headers and IPv6', async () => {
    expect(
      await send({ trustProxy: { header: 'cf-connecting-ip' } }, { 'cf-connecting-ip': '2001:db8::1' }),
    ).toBe('2001:db8::1');
  });

  it('drops values that are not plain IP addresses', async () => {
    const trustProxy = { header: 'x-real-ip' };
    for (const value of ['unknown', '<script>', '1.2.3.4:8080', '[::1]:443', 'for=1.2.3.4']) {
      expect(await send({ trustProxy }, { 'x-real-ip': value })).toBeUndefined();
    }
  });

  it('accepts a function, and keeps the browser’s EncodedData beside the trusted IpAddress', async () => {
    const handler = handlerWith({ trustProxy: (request) => request.headers.get('fly-client-ip') });
    await handler(
      post(JSON.stringify({ ...CONFIRM, UserContextData: { EncodedData: 'blob', IpAddress: '6.6.6.6' } }), {
        'fly-client-ip': '192.0.2.44',
      }),
    );
    expect(cognito.requests[0]?.json.UserContextData).toEqual({
      EncodedData: 'blob',
      IpAddress: '192.0.2.44',
    });
  });
});

it('never wrote to the console', () => {
  expect(consoleLines.lines).toEqual([]);
});
