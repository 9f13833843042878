// A loopback HTTP server that stands in for Cognito where cognito-local cannot: it records every
// request exactly as it arrived (so the handler's SecretHash and headers can be checked) and
// answers whatever a test scripts, including HTML, hangs and dropped connections.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `body` parsed as JSON. */
  json: Record<string, unknown>;
}

export type ScriptedAnswer =
  | { status: number; headers?: Record<string, string>; body?: string }
  | 'hang'
  | 'reset';

export interface RecordingCognito {
  url: string;
  requests: RecordedRequest[];
  /** Sets how the next requests are answered (until called again). */
  answer(script: (request: RecordedRequest) => ScriptedAnswer): void;
  close(): Promise<void>;
}

/** Answers like Cognito's happy path: a masked delivery for ForgotPassword, `{}` otherwise. */
export function cognitoSuccess(request: RecordedRequest): ScriptedAnswer {
  const forgot = request.headers['x-amz-target'] === 'AWSCognitoIdentityProviderService.ForgotPassword';
  return {
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-ok-1' },
    body: forgot
      ? JSON.stringify({
          CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
        })
      : '{}',
  };
}

export async function startRecordingCognito(): Promise<RecordingCognito> {
  const requests: RecordedRequest[] = [];
  let script: (request: RecordedRequest) => ScriptedAnswer = cognitoSuccess;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body);
      } catch {}
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json };
      requests.push(recorded);
      const answer = script(recorded);
      if (answer === 'hang') return;
      if (answer === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    answer(next) {
      script = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One recording Cognito for the enclosing file or `describe`: started before its tests, closed
 * after them, and before each test emptied of what it recorded and set back to
 * {@link cognitoSuccess}, so no test sees another's requests or script. The server only exists
 * once `beforeAll` has run, so the handle is for use inside hooks and tests.
 */
export function recordingCognitoFixture(): Omit<RecordingCognito, 'close'> {
  let server: RecordingCognito | undefined;
  const started = () => {
    if (!server) throw new Error('the recording Cognito starts in beforeAll: use it inside hooks and tests');
    return server;
  };
  beforeAll(async () => {
    server = await startRecordingCognito();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    started().requests.length = 0;
    started().answer(cognitoSuccess);
  });
  return {
    get url() {
      return started().url;
    },
    get requests() {
      return started().requests;
    },
    answer: (script) => started().answer(script),
  };
}
