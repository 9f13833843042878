// Issue 13, kind 6 in the browser transports: every seed parameter is checked against Cognito's own
// constraints before anything is sent; a bad one is InvalidParameterException naming it.
import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import { createProxyTransport } from '../../src/core/proxy-transport';
import type { UserContextData } from '../../src/core/types';
import { startLocalServer } from '../server/local-servers';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as CognitoError,
  );

let deep: Record<string, unknown> = { AnalyticsEndpointId: 'x' };
for (let i = 0; i < 6000; i++) deep = { AnalyticsEndpointId: 'x', nested: deep };

describe('UserContextData from the provider', () => {
  it.each([
    ['EncodedData as a number', { EncodedData: 5 }],
    ['an extra key', { EncodedData: 'blob', Evil: 'x' }],
    ['a string', 'blob'],
    ['an array', ['blob']],
    ['null', null],
  ])('%s → InvalidParameterException, nothing sent', async (_, data) => {
    const server = await startLocalServer();
    const transport = createCognitoTransport({
      clientId: 'client1',
      endpoint: server.url,
      userContextData: () => data as unknown as UserContextData,
    });
    const error = await rejection(transport.forgotPassword({ username: 'alice' }));
    expect(CognitoError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: 'InvalidParameterException' });
    expect(error?.message).toMatch(/^UserContextData/);
    expect(server.bodies).toEqual([]);
  });
});

describe('AnalyticsMetadata', () => {
  it.each([
    ['a number endpoint id', 42],
    ['an object endpoint id', { id: 'x' }],
  ])('%s → InvalidParameterException, nothing sent', async (_, id) => {
    const server = await startLocalServer();
    const transport = createCognitoTransport({
      clientId: 'client1',
      endpoint: server.url,
      analyticsEndpointId: id as unknown as string,
    });
    const error = await rejection(transport.forgotPassword({ username: 'alice' }));
    expect(error).toMatchObject({ code: 'InvalidParameterException' });
    expect(error?.message).toMatch(/^AnalyticsMetadata/);
    expect(server.bodies).toEqual([]);
  });
});

describe('ClientMetadata with each call', () => {
  it.each([
    ['a plain string', 'captcha'],
    ['nested 6000 deep', deep],
    ['an array', ['a']],
    ['a value that is an object', { a: { b: 'c' } }],
  ])('%s → InvalidParameterException, nothing sent, through both transports', async (_, clientMetadata) => {
    const server = await startLocalServer();
    for (const transport of [
      createCognitoTransport({ clientId: 'client1', endpoint: server.url }),
      createProxyTransport({ url: server.url }),
    ]) {
      const error = await rejection(
        transport.forgotPassword({
          username: 'alice',
          clientMetadata: clientMetadata as unknown as Record<string, string>,
        }),
      );
      expect(error).toMatchObject({ code: 'InvalidParameterException' });
      expect(error?.message).toMatch(/^ClientMetadata/);
    }
    expect(server.bodies).toEqual([]);
  });
});

it('good seed parameters are sent as given', async () => {
  const server = await startLocalServer();
  const transport = createCognitoTransport({
    clientId: 'client1',
    endpoint: server.url,
    analyticsEndpointId: 'pinpoint-1',
    userContextData: () => ({ EncodedData: 'blob' }),
  });
  await transport.forgotPassword({ username: 'alice', clientMetadata: { captcha: 'tok' } });
  expect(JSON.parse(server.bodies[0]!)).toEqual({
    Username: 'alice',
    ClientId: 'client1',
    ClientMetadata: { captcha: 'tok' },
    UserContextData: { EncodedData: 'blob' },
    AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-1' },
  });
});
