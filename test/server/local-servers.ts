// Loopback HTTP servers the attack tests point the handler and the browser transports at: one that
// answers whatever a test scripts (a redirect, a huge or junk body, a stall), and one that only
// records whether anything arrived, as the target of a redirect. Port 0, 127.0.0.1, closed after
// each file.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

export interface LocalServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Bodies of every request that arrived, in order. */
  bodies: string[];
  /** Sets how requests are answered from now on. */
  answer(script: (req: IncomingMessage, res: ServerResponse, body: string) => void): void;
}

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * Starts a server for the enclosing file. By default it answers `200 {}` (what a stranger's host
 * would answer to make a reset look successful) after reading the whole body.
 */
export async function startLocalServer(): Promise<LocalServer> {
  const bodies: string[] = [];
  let script = (_req: IncomingMessage, res: ServerResponse, _body: string) => {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end('{}');
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      bodies.push(body);
      script(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    bodies,
    answer(next) {
      script = next;
    },
  };
}

/** The 3xx statuses a redirect can come with. */
export const REDIRECTS = [301, 302, 303, 307, 308] as const;

/** A script that redirects every request to `location`. */
export const redirectTo =
  (status: number, location: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { location, 'content-type': 'application/x-amz-json-1.1' });
    res.end('{}');
  };

/** A script that answers `status` with `body` as Cognito's content type. */
export const answerWith =
  (status: number, body: string, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...headers });
    res.end(body);
  };
