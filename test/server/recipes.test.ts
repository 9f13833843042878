// The README recipes, run as their frameworks run them, against cognito-local.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createProxyTransport } from '../../src/core/proxy-transport';
import { toNodeHandler } from '../../src/server';
import { createTestPool } from '../helpers/cognito-local';
import { watchConsoleForSecrets } from './secrets';

watchConsoleForSecrets();

const servers: Server[] = [];
afterAll(async () => {
  // The recipes read their settings from the environment, as apps do; leave none behind.
  for (const name of ['COGNITO_CLIENT_ID', 'COGNITO_CLIENT_SECRET', 'COGNITO_ENDPOINT'])
    delete process.env[name];
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('Next.js App Router: export const POST = createResetHandler(…)', () => {
  it('resets a password when the route is called as Next calls it', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    process.env.COGNITO_CLIENT_ID = pool.clientId;
    process.env.COGNITO_CLIENT_SECRET = 'server-only-secret';
    process.env.COGNITO_ENDPOINT = pool.endpoint;
    // Next imports the route module once, on the server, after the environment is set.
    const route = await import('./recipes/next-route');
    // Next's type for a route handler: (request, { params: Promise<…> }) => Response | Promise<Response>.
    // A one-parameter function is assignable to it, so the recipe type-checks in a Next app.
    const POST: (
      request: Request,
      context: { params: Promise<Record<string, string>> },
    ) => Promise<Response> = route.POST;

    // The 'use client' wrapper's transport, `createProxyTransport({ url: '/api/reset' })`. The browser
    // would resolve the path against the page and Next would route it to POST(request, context);
    // this fetch does exactly that, in process.
    const transport = createProxyTransport({
      url: '/api/reset',
      fetch: (input, init) =>
        POST(new Request(new URL(String(input), 'http://localhost:3000'), init), {
          params: Promise.resolve({}),
        }),
    });

    const delivery = await transport.forgotPassword({ username: user.username });
    expect(delivery).toEqual({ destination: user.email, medium: 'EMAIL', attributeName: 'email' });
    const code = await pool.readCode(user.username);
    await expect(
      transport.confirmForgotPassword({
        username: user.username,
        code: code!,
        password: 'Next-Route-Passw0rd!',
      }),
    ).resolves.toBeUndefined();
    await expect(pool.signIn(user.username, 'Next-Route-Passw0rd!')).resolves.toHaveProperty('AccessToken');

    // A route handler answers other methods itself only if exported; POST refuses them in Cognito's format.
    const get = await route.POST(new Request('http://localhost:3000/api/reset'));
    expect([get.status, get.headers.get('x-amzn-errortype')]).toEqual([405, 'UnknownOperationException']);
  });
});

describe("Hono: app.post('/api/reset', (c) => reset(c.req.raw))", () => {
  it('resets a password through the Hono app served over HTTP', async () => {
    const pool = await createTestPool();
    const user = await pool.createUser();
    process.env.COGNITO_CLIENT_ID = pool.clientId;
    process.env.COGNITO_CLIENT_SECRET = 'server-only-secret';
    process.env.COGNITO_ENDPOINT = pool.endpoint;
    const { default: app } = await import('./recipes/hono-app');
    // Any Fetch-API app runs on Node's http through the same adapter.
    const server = createServer(toNodeHandler(async (request) => app.fetch(request)));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transport = createProxyTransport({ url: `${base}/api/reset` });

    await transport.forgotPassword({ username: user.username });
    const code = await pool.readCode(user.username);
    const wrong = await transport
      .confirmForgotPassword({
        username: user.username,
        code: code === '000000' ? '111111' : '000000',
        password: 'Hono-Passw0rd!',
      })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'CodeMismatchException', status: 400 });
    await transport.confirmForgotPassword({
      username: user.username,
      code: code!,
      password: 'Hono-Passw0rd!',
    });
    await expect(pool.signIn(user.username, 'Hono-Passw0rd!')).resolves.toHaveProperty('AccessToken');

    // Other paths and methods are Hono's business, not the handler's.
    expect((await fetch(`${base}/api/other`, { method: 'POST' })).status).toBe(404);
  });
});
