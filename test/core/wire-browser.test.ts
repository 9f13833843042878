// Issue 13, kinds 1 and 3 in a real browser (Chromium): there a manual redirect is an opaque
// "opaqueredirect" response with status 0, and URLs resolve against the page. The page is served
// from 127.0.0.1; its /api/reset redirects to another loopback server that records what arrives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/browser';
import { type StaticServer, startStaticServer } from '../e2e/static-server';
import { REDIRECTS, startLocalServer } from '../server/local-servers';

let dir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let stranger: Awaited<ReturnType<typeof startLocalServer>>;
let status = 307;
let location = '';
/** Requests that reached the same-origin /landing path (a redirect target that answers `{}`). */
const landed: string[] = [];

beforeAll(async () => {
  stranger = await startLocalServer();
  dir = mkdtempSync(join(tmpdir(), 'rcr-wire-browser-'));
  await build({
    entryPoints: [resolve('src/core/index.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'core.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><title>wire</title>' +
      '<script type="module">import * as core from "/core.js"; window.core = core;</script></html>',
  );
  server = await startStaticServer(dir, [
    (req, res, url) => {
      if (url.pathname === '/landing') {
        landed.push(req.method ?? '');
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end('{}');
        return true;
      }
      if (url.pathname !== '/api/reset') return false;
      res.writeHead(status, {
        location: location || stranger.url,
        'content-type': 'application/x-amz-json-1.1',
      });
      res.end('{}');
      return true;
    },
  ]);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => 'core' in window);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

/** Runs a confirm through createProxyTransport in the page; returns what it settled with. */
const confirmInPage = (url: string) =>
  page!.evaluate(async (target) => {
    const { createProxyTransport } = (window as unknown as { core: typeof import('../../src/core') }).core;
    try {
      await createProxyTransport({ url: target }).confirmForgotPassword({
        username: 'alice',
        code: '918273',
        password: 'Zq7-unique-New-Passw0rd',
      });
      return { resolved: true };
    } catch (error) {
      const e = error as { code?: string; status?: number };
      return { code: e.code, status: e.status };
    }
  }, url);

describe('in Chromium', { timeout: 60_000 }, () => {
  it.each(REDIRECTS)(
    'a %i from the handler path is HttpError, and nothing reaches the Location',
    async (code) => {
      status = code;
      expect(await confirmInPage('/api/reset')).toEqual({ code: 'HttpError', status: 0 });
      expect(stranger.bodies).toEqual([]);
    },
  );

  it.each(REDIRECTS)(
    'a %i to a same-origin path that answers {} is HttpError, never a reset',
    async (code) => {
      status = code;
      location = '/landing';
      try {
        expect(await confirmInPage('/api/reset')).toEqual({ code: 'HttpError', status: 0 });
        expect(landed).toEqual([]);
      } finally {
        location = '';
      }
    },
  );

  it.each(['//evil.example/steal', '/\\evil.example/steal'])(
    '%s is refused when the transport is created',
    async (url) => {
      const outcome = await page!.evaluate(async (target) => {
        const { createProxyTransport } = (window as unknown as { core: typeof import('../../src/core') })
          .core;
        try {
          createProxyTransport({ url: target });
          return 'created';
        } catch (error) {
          return (error as Error).name;
        }
      }, url);
      expect(outcome).toBe('TypeError');
    },
  );
});
