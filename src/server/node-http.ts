// Types only: this module must stay importable from edge runtimes that have no `node:*`
// modules, since it shares the `/server` entry with the Fetch handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALLOW, refuse } from './cognito-reply';

/** A Node request as Express and friends hand it over, possibly with a parsed `body`. */
type NodeRequest = IncomingMessage & { body?: unknown };

/**
 * Turns a Fetch-API handler (such as `createResetHandler(…)`) into a Node listener for
 * `http.createServer(listener)`, Express (`app.post('/api/reset', listener)`), Fastify's raw
 * server or Connect. The body is streamed, so the handler's size cap holds before anything is
 * buffered. If a body parser already consumed it (Express's `raw`, `text` or `json`), the parsed
 * `req.body` is used instead.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    run(handler, req, res).catch(() => {
      // The handler answers its own errors; only a broken socket or an unparsable request line
      // gets here. No detail is written: it could hold request data.
      if (!res.headersSent) res.writeHead(500, { 'cache-control': 'no-store' });
      res.end();
    });
  };
}

async function run(
  handler: (request: Request) => Promise<Response>,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = bodyOf(req);
    // undici requires this for a streamed request body.
    init.duplex = 'half';
  }
  const host = req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  let request: Request | undefined;
  try {
    request = new Request(new URL(req.url ?? '/', `http://${host}`), init);
  } catch {
    // Fetch forbids some methods outright (TRACE, TRACK, CONNECT): no Fetch handler can see them,
    // so they get the handler's own answer to a wrong method.
  }
  const response = request ? await handler(request) : refuse('method', { ...ALLOW });
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  // Each Set-Cookie is its own header line; forEach would keep only one of them.
  const cookies = response.headers.getSetCookie();
  if (cookies.length) out['set-cookie'] = cookies;
  // An answer given before the upload ended (413, 408) closes the connection, so a client that
  // stalls mid-body does not keep the socket once the handler is done with it.
  if (!req.readableEnded) out.connection = 'close';
  res.writeHead(response.status, out);
  res.end(new Uint8Array(await response.arrayBuffer()));
}

function bodyOf(req: NodeRequest): BodyInit {
  const { body } = req;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  // A body parser that ran (e.g. express.json() with a matching `type`) has ended the stream and
  // left an object; one that skipped this content type left the stream unread.
  if (req.readableEnded) return body === undefined ? '' : JSON.stringify(body);
  return streamOf(req);
}

// A pull-based stream over the request: data is only read as fast as the handler consumes it,
// and cancelling (body over the cap) discards the rest instead of destroying the socket, so the
// 413 answer still reaches the client.
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let detach = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const onData = (chunk: Buffer | string) => {
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      const onEnd = () => controller.close();
      const onError = (error: Error) => controller.error(error);
      req.on('data', onData).once('end', onEnd).once('error', onError).pause();
      detach = () => req.off('data', onData).off('end', onEnd).off('error', onError);
    },
    pull() {
      req.resume();
    },
    cancel() {
      detach();
      req.resume();
    },
  });
}
