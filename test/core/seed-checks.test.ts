// Issue 13, kind 6 in the browser transports: every seed parameter is checked against Cognito's own
// constraints before anything is sent; a bad one is InvalidParameterException naming it.
import { describe, expect, it } from 'vitest';
import { CognitoError } from '../../src/core/cognito-error';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import type { UserContextData } from '../../src/core/types';
import { startLocalServer } from '../server/local-servers';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as CognitoError,
  );

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

it('control (passes before and after): good seed parameters are sent as given', async () => {
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
