// Issue 13, kind 3: createProxyTransport refuses URLs that look like paths but leave the page's
// origin, at creation, and still sends to paths of the page's origin and to deliberate
// cross-origin URLs. The page is `https://app.example.com` (a stubbed `location`, as in a browser).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProxyTransport } from '../../src/core/proxy-transport';
import { startLocalServer } from '../server/local-servers';

beforeEach(() => {
  vi.stubGlobal('location', new URL('https://app.example.com/reset?code=1'));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('URLs that leave the origin while looking like paths are refused at creation', () => {
  it.each([
    '//evil.example/steal',
    '/\\evil.example/steal',
    '\\\\evil.example/steal',
    '/\t/evil.example/steal',
    '/\n/evil.example/steal',
    ' //evil.example/steal',
    '\\/evil.example/steal',
  ])('%j', (url) => {
    expect(() => createProxyTransport({ url })).toThrow(/origin/);
  });
});

it('plain http to another host is refused (https or loopback only)', () => {
  expect(() => createProxyTransport({ url: 'http://evil.example/api/reset' })).toThrow(TypeError);
});

describe('controls (pass before and after): what must still work', () => {
  it.each([
    '/api/reset',
    '/api/%5Cevil.example',
    'https://auth.example.net/api/reset',
    'http://app.example.com/api/reset'.replace('http:', 'https:'),
    'http://localhost:3000/api/reset',
    'http://127.0.0.1:8787/api/reset',
    'http://[::1]:8787/api/reset',
    'http://app.localhost/api/reset',
  ])('accepts %s', (url) => {
    expect(() => createProxyTransport({ url })).not.toThrow();
  });

  it('plain http is accepted on the page’s own http origin', () => {
    vi.stubGlobal('location', new URL('http://intranet.example/reset'));
    expect(() => createProxyTransport({ url: 'http://intranet.example/api/reset' })).not.toThrow();
    expect(() => createProxyTransport({ url: 'http://other.example/api/reset' })).toThrow(TypeError);
  });

  it('a same-origin path is what gets fetched', async () => {
    const server = await startLocalServer();
    const urls: string[] = [];
    const transport = createProxyTransport({
      url: '/api/reset',
      fetch: (input, init) => {
        urls.push(new URL(String(input), location.href).href);
        return fetch(server.url, init);
      },
    });
    await transport.forgotPassword({ username: 'alice' });
    expect(urls).toEqual(['https://app.example.com/api/reset']);
  });
});
