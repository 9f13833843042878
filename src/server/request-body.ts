/** Why a body could not be used; the handler turns each into a Cognito-format error. */
export type BodyProblem = 'too-large' | 'not-json' | 'timeout';

/**
 * Reads at most `maxBytes` of the request body within `timeoutMs`. Bytes are counted while
 * reading because `Content-Length` may be absent (chunked) or false; a declared length over the cap
 * is refused without reading anything. The loop ends on the cap (an empty chunk counts as one
 * byte) or the deadline, whichever comes first, and a slow upload (headers, then a trickle or
 * silence) cannot hold the handler past the deadline.
 */
export async function readCappedBody(
  request: Request,
  maxBytes: number,
  timeoutMs: number,
): Promise<Uint8Array | BodyProblem> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return 'too-large';
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, 'timeout');
  });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next !== 'timeout' && next.done) break;
      if (next !== 'timeout') total += next.value.byteLength || 1;
      if (next === 'timeout' || total > maxBytes) {
        // Stop the upload instead of waiting for it or buffering an attacker's gigabyte.
        reader.cancel().catch(() => {});
        return next === 'timeout' ? next : 'too-large';
      }
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the body as one JSON object (UTF-8, not an array, not null), or says why it cannot.
 */
export async function readJsonObject(
  request: Request,
  maxBytes: number,
  timeoutMs: number,
): Promise<Record<string, unknown> | BodyProblem> {
  const bytes = await readCappedBody(request, maxBytes, timeoutMs);
  if (typeof bytes === 'string') return bytes;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // Falls through: malformed UTF-8 and malformed JSON are the same problem to the caller.
  }
  return 'not-json';
}
