import { afterEach, describe, expect, it } from 'vitest';
import { readResetLink } from '../../src/headless/reset-link';

// jsdom's real Location and History: the address bar is what a person (or a Referer) would see.
const go = (path: string) => window.history.replaceState({ app: 'state' }, '', path);

afterEach(() => go('/'));

describe('readResetLink', () => {
  it('reads code and username from the query and removes them from the address at once', () => {
    go('/reset?username=alice%40example.com&code=123456');
    expect(readResetLink()).toEqual({ code: '123456', username: 'alice@example.com' });
    expect(window.location.href).toBe('http://localhost:3000/reset');
    expect(window.history.state).toEqual({ app: 'state' });
  });

  it.each([
    ['/reset#code=987654&username=bob', { code: '987654', username: 'bob' }, '/reset'],
    ['/reset?lang=fr&code=111222#tab=2', { code: '111222' }, '/reset?lang=fr#tab=2'],
    [
      '/reset?code=333444&utm_source=mail&username=carol',
      { code: '333444', username: 'carol' },
      '/reset?utm_source=mail',
    ],
    ['/reset?code=&username=%20', {}, '/reset'],
    ['/reset?code=1&code=2', { code: '1' }, '/reset'],
    ['/reset?username=d%C3%A9j%C3%A0&code=%20555%20666%20', { code: '555 666', username: 'déjà' }, '/reset'],
  ])('%s → %j, address %s', (path, expected, left) => {
    go(path);
    expect(readResetLink()).toEqual(expected);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(left);
  });

  it('leaves an address without a code untouched', () => {
    go('/reset?lang=fr#section');
    const before = window.history.length;
    expect(readResetLink()).toEqual({});
    expect(window.location.href).toBe('http://localhost:3000/reset?lang=fr#section');
    expect(window.history.length).toBe(before);
  });

  it('returns the same answer when called again on the scrubbed address (a second render)', () => {
    go('/reset?code=246810&username=erin');
    const first = readResetLink();
    const second = readResetLink();
    expect(second).toEqual(first);
    go('/elsewhere');
    expect(readResetLink()).toEqual({});
  });

  it('takes other parameter names', () => {
    go('/r?c=135790&u=frank&code=keep');
    expect(readResetLink({ params: { code: 'c', username: 'u' } })).toEqual({
      code: '135790',
      username: 'frank',
    });
    expect(window.location.search).toBe('?code=keep');
  });
});
