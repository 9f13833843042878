import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// express is not a dependency of the kit; cognito-local (a pinned devDependency) brings it, and it
// is the framework most Node apps would mount the listener in.
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { parseErrorResponse } from '../../src/core/wire';
import { createResetHandler, toNodeHandler } from '../../src/server';
import { recordingCognitoFixture } from './recording-cognito';
import { CODE, expectNoSecrets, PASSWORD, watchConsoleForSecrets } from './secrets';

watchConsoleForSecrets();

const CLIENT_ID = '1example23456789';
const HEADERS = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'AWSCognitoIdentityProviderService.ConfirmForgotPassword',
};
const CONFIRM = JSON.stringify({ Username: 'alice@example.com', ConfirmationCode: CODE, Password: PASSWORD });

const cognito = recordingCognitoFixture();
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/reset`;
}

const handler = (maxBodyBytes?: number) =>
  createResetHandler({
    clientId: CLIENT_ID,
    clientSecret: 'secret',
    endpoint: cognito.url,
    trustProxy: { header: 'x-forwarded-for' },
    maxBodyBytes,
  });

describe('toNodeHandler with http.createServer', () => {
  it('serves the handler: status, body and headers come through', async () => {
    const url = await serve(toNodeHandler(handler()));
    const response = await fetch(url, { method: 'POST', headers: HEADERS, body: CONFIRM });

    expect(response.status).toBe(200);
    expect(await expectNoSecrets(response)).toBe('{}');
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(cognito.requests[0]?.json).toMatchObject({ ClientId: CLIENT_ID, Username: 'alice@example.com' });
  });

  it("passes Cognito's error answer through readable by the one error parser", async () => {
    cognito.answer(() => ({
      status: 400,
      headers: { 'x-amzn-errortype': 'ExpiredCodeException', 'x-amzn-requestid': 'req-9' },
      body: JSON.stringify({ message: 'Invalid code provided, please request a code again.' }),
    }));
    const url = await serve(toNodeHandler(handler()));
    const error = await parseErrorResponse(
      await fetch(url, { method: 'POST', headers: HEADERS, body: CONFIRM }),
    );

    expect([error.code, error.status, error.requestId]).toEqual(['ExpiredCodeException', 400, 'req-9']);
  });

  it('joins repeated header lines, so trustProxy still reads the right-most address', async () => {
    const url = await serve(toNodeHandler(handler()));
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers: HEADERS }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      // Two header lines, as a chain of proxies may send them.
      req.setHeader('x-forwarded-for', ['198.51.100.7', '203.0.113.9']);
      req.on('error', reject);
      req.end(CONFIRM);
    });

    expect(cognito.requests[0]?.json.UserContextData).toEqual({ IpAddress: '203.0.113.9' });
  });

  it('answers 413 to a chunked upload over the cap while the client is still sending', async () => {
    const url = await serve(toNodeHandler(handler(8 * 1024)));
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers: HEADERS }, (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      // No Content-Length: the cap can only be enforced by counting. Stop writing once answered.
      let sent = 0;
      const chunk = Buffer.alloc(1024, 0x20);
      const writeMore = () => {
        while (sent < 512 * 1024 && !req.destroyed && !req.writableEnded) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', writeMore);
        }
        if (!req.writableEnded) req.end();
      };
      req.once('response', () => {
        sent = Number.POSITIVE_INFINITY;
      });
      writeMore();
    });

    expect(status).toBe(413);
    expect(JSON.parse(body).__type).toBe('RequestEntityTooLargeException');
    expect(cognito.requests).toHaveLength(0);
  });

  it('answers 500 with no detail when the handler itself throws', async () => {
    const url = await serve(
      toNodeHandler(async () => {
        throw new Error(`boom ${PASSWORD}`);
      }),
    );
    const response = await fetch(url, { method: 'POST', headers: HEADERS, body: CONFIRM });

    expect(response.status).toBe(500);
    expect(await expectNoSecrets(response)).toBe('');
  });
});

describe('toNodeHandler in Express', () => {
  it('works mounted with no body parser (the stream is read by the handler)', async () => {
    const app = express();
    app.post('/api/reset', toNodeHandler(handler()));
    const response = await fetch(await serve(app), { method: 'POST', headers: HEADERS, body: CONFIRM });

    expect(response.status).toBe(200);
    expect(cognito.requests).toHaveLength(1);
  });

  it('works behind express.raw() and express.json() that already consumed the body', async () => {
    const app = express();
    app.post('/raw/reset', express.raw({ type: '*/*' }), toNodeHandler(handler()));
    app.post('/json/reset', express.json({ type: () => true }), toNodeHandler(handler()));
    const base = (await serve(app)).replace('/api/reset', '');
    for (const path of ['/raw/reset', '/json/reset']) {
      const response = await fetch(base + path, { method: 'POST', headers: HEADERS, body: CONFIRM });
      expect(response.status).toBe(200);
    }
    expect(cognito.requests.map((r) => r.json.Username)).toEqual(['alice@example.com', 'alice@example.com']);
  });

  it('behind express.json() that skipped this content type, the body is still read', async () => {
    const app = express();
    app.use(express.json());
    app.post('/api/reset', toNodeHandler(handler()));
    const response = await fetch(await serve(app), { method: 'POST', headers: HEADERS, body: CONFIRM });

    expect(response.status).toBe(200);
    expect(cognito.requests[0]?.json.Password).toBe(PASSWORD);
  });
});
