import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { breachedPasswordCheck } from '../../src/checks';

// A local fake of the Pwned Passwords range API on 127.0.0.1: it answers /range/<prefix> with the
// suffixes of a few known-breached passwords under that prefix, padding lines (count 0) when asked
// for, and records every request so a test can prove what left the page.

const BREACHED: Record<string, number> = { 'P@ssw0rd': 52_000, 'Summer2024!': 3, 'correct horse': 1 };
const PADDED = 'Padded-only-1!'; // listed only as a padding line (count 0)

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();

interface Seen {
  url: string;
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
let seen: Seen[] = [];
let reply: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;

function rangeBody(prefix: string, padding: boolean, lower = false): string {
  const lines: string[] = [];
  for (const [password, count] of Object.entries(BREACHED)) {
    const hash = sha1(password);
    if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:${count}`);
  }
  // Filler under every prefix, as a real range has hundreds of entries.
  for (let i = 0; i < 20; i++) lines.push(`${sha1(`filler-${prefix}-${i}`).slice(5)}:${i + 1}`);
  if (padding) {
    const padded = sha1(PADDED);
    if (padded.startsWith(prefix)) lines.push(`${padded.slice(5)}:0`);
    for (let i = 0; i < 30; i++) lines.push(`${sha1(`pad-${i}`).slice(5)}:0`);
  }
  const text = lines.join('\r\n');
  return lower ? text.toLowerCase() : text;
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers, body });
    if (reply) return reply(req, res);
    const match = /^\/range\/([0-9A-F]{5})$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/plain' })
      .end(rangeBody(match[1] ?? '', req.headers['add-padding'] === 'true'));
  });
});
let endpoint: string;
let other: http.Server;
let otherHits = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/range/`;
  other = http.createServer((_req, res) => {
    otherHits++;
    res.writeHead(200).end('');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([
    new Promise((resolve) => server.close(resolve)),
    new Promise((resolve) => other.close(resolve)),
  ]);
});

beforeEach(() => {
  seen = [];
  reply = undefined;
  otherHits = 0;
});

/** The rejection of `promise`; fails the test if it resolves. */
function rejectionOf(promise: unknown): Promise<Error> {
  return Promise.resolve(promise).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

describe('breachedPasswordCheck against a local range server', () => {
  it.each(Object.keys(BREACHED))('fails a breached password (%s)', async (password) => {
    const check = breachedPasswordCheck({ endpoint });
    await expect(check.test(password, {})).resolves.toBe(false);
  });

  it.each(['Unlisted-pass-93!', 'Ünïcødé-пароль-密码', 'x'.repeat(256)])(
    'passes a password not in the range (%#)',
    async (password) => {
      const check = breachedPasswordCheck({ endpoint });
      await expect(check.test(password, {})).resolves.toBe(true);
    },
  );

  it('sends only the five-character prefix: never the password, the suffix or the full hash', async () => {
    const password = 'Summer2024!';
    const check = breachedPasswordCheck({ endpoint });
    await check.test(password, {});
    expect(seen).toHaveLength(1);
    const request = seen[0] as Seen;
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`/range/${sha1(password).slice(0, 5)}`);
    expect(request.body).toBe('');
    const everything = JSON.stringify(request).toUpperCase();
    expect(everything).not.toContain(password.toUpperCase());
    expect(everything).not.toContain(sha1(password).slice(5));
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
  });

  it('hashes the password as UTF-8, exactly as typed (no trimming, no normalisation)', async () => {
    for (const password of ['café', 'cafe\u0301', ' lead', 'trail ']) {
      seen = [];
      await breachedPasswordCheck({ endpoint }).test(password, {});
      expect(seen[0]?.url).toBe(`/range/${sha1(password).slice(0, 5)}`);
    }
  });

  it('asks for padding by default and treats padding entries (count 0) as not breached', async () => {
    const check = breachedPasswordCheck({ endpoint });
    await expect(check.test(PADDED, {})).resolves.toBe(true);
    expect(seen[0]?.headers['add-padding']).toBe('true');
    const unpadded = breachedPasswordCheck({ endpoint, addPadding: false });
    await expect(unpadded.test(PADDED, {})).resolves.toBe(true);
    expect(seen[1]?.headers['add-padding']).toBeUndefined();
  });

  it('reads lower-case hex and LF or CRLF line ends', async () => {
    reply = (req, res) => {
      const prefix = /([0-9A-F]{5})$/.exec(req.url ?? '')?.[1] ?? '';
      res.writeHead(200).end(`${rangeBody(prefix, true, true).replaceAll('\r\n', '\n')}\n`);
    };
    await expect(breachedPasswordCheck({ endpoint }).test('P@ssw0rd', {})).resolves.toBe(false);
    await expect(breachedPasswordCheck({ endpoint }).test('Unlisted-pass-93!', {})).resolves.toBe(true);
  });

  it('counts a breach only from minimumCount on', async () => {
    await expect(breachedPasswordCheck({ endpoint, minimumCount: 10 }).test('Summer2024!', {})).resolves.toBe(
      true,
    );
    await expect(breachedPasswordCheck({ endpoint, minimumCount: 3 }).test('Summer2024!', {})).resolves.toBe(
      false,
    );
    await expect(breachedPasswordCheck({ endpoint, minimumCount: 10 }).test('P@ssw0rd', {})).resolves.toBe(
      false,
    );
  });

  it.each([
    ['a 500', (res: http.ServerResponse) => res.writeHead(500).end('oops'), /HTTP 500/],
    ['a 429', (res: http.ServerResponse) => res.writeHead(429).end(''), /HTTP 429/],
    [
      'an HTML page',
      (res: http.ServerResponse) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login</body></html>'),
      /not a hash range/,
    ],
    ['an empty 200', (res: http.ServerResponse) => res.writeHead(200).end(''), /not a hash range/],
    [
      'more than 1 MiB',
      (res: http.ServerResponse) => res.writeHead(200).end(`${'0'.repeat(35)}:1\n`.repeat(40_000)),
      /larger than 1 MiB/,
    ],
  ])('rejects on %s, so the form reports it without blocking', async (_name, answer, expected) => {
    reply = (_req, res) => answer(res);
    const error = await rejectionOf(breachedPasswordCheck({ endpoint }).test('P@ssw0rd', {}));
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain('P@ssw0rd');
  });

  it.each([301, 302, 307, 308])('never follows a %i redirect', async (status) => {
    const target = `http://127.0.0.1:${(other.address() as AddressInfo).port}/range/ABCDE`;
    reply = (_req, res) => res.writeHead(status, { location: target }).end();
    await rejectionOf(breachedPasswordCheck({ endpoint }).test('P@ssw0rd', {}));
    expect(otherHits).toBe(0);
  });

  it('rejects with TimeoutError when the server stalls, and when a custom fetch never settles', async () => {
    reply = () => {}; // never answers
    const stalled = await rejectionOf(
      breachedPasswordCheck({ endpoint, timeoutMs: 50 }).test('P@ssw0rd', {}),
    );
    expect(stalled.name).toBe('TimeoutError');
    const deaf = await rejectionOf(
      breachedPasswordCheck({ endpoint, timeoutMs: 50, fetch: () => new Promise<Response>(() => {}) }).test(
        'x',
        {},
      ),
    );
    expect(deaf.name).toBe('TimeoutError');
  });

  it('stops when the caller aborts: before the request and while it is in flight', async () => {
    const before = new AbortController();
    before.abort();
    await rejectionOf(breachedPasswordCheck({ endpoint }).test('P@ssw0rd', { signal: before.signal }));

    reply = () => {}; // never answers
    const during = new AbortController();
    const pending = breachedPasswordCheck({ endpoint, timeoutMs: 60_000 }).test('P@ssw0rd', {
      signal: during.signal,
    });
    await expect.poll(() => seen.length).toBe(1);
    during.abort();
    const error = await rejectionOf(pending);
    expect(error.name).toBe('AbortError');
  });

  it.each([
    'http://api.example.com/range/',
    '//api.example.com/range/',
    '/range/',
    'ftp://127.0.0.1/range/',
    'javascript:alert(1)//',
    'not a url',
  ])('refuses the endpoint %s at creation', (bad) => {
    expect(() => breachedPasswordCheck({ endpoint: bad })).toThrow(/https:\/\//);
  });

  it('accepts https anywhere and http on loopback', () => {
    for (const good of [
      'https://api.pwnedpasswords.com/range/',
      'http://localhost:8080/r/',
      'http://[::1]:9/r/',
      endpoint,
    ]) {
      expect(() => breachedPasswordCheck({ endpoint: good })).not.toThrow();
    }
    expect(() => breachedPasswordCheck({ minimumCount: 0 })).toThrow(/minimumCount/);
  });

  it('has an id and a message key, both overridable', () => {
    expect(breachedPasswordCheck()).toMatchObject({ id: 'notBreached', message: 'rules.notBreached' });
    expect(breachedPasswordCheck({ id: 'hibp', message: 'Not in a breach' })).toMatchObject({
      id: 'hibp',
      message: 'Not in a breach',
    });
  });
});
