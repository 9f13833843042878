/** Why a body could not be used; the handler turns each into a Cognito-format error. */
export type BodyProblem = 'too-large' | 'not-json';

/**
 * Reads at most `maxBytes` of the request body. Bytes are counted while reading because
 * `Content-Length` may be absent (chunked) or false; a declared length over the cap is
 * refused without reading anything.
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array | BodyProblem> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return 'too-large';
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the upload instead of buffering an attacker's gigabyte.
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
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
): Promise<Record<string, unknown> | BodyProblem> {
  const bytes = await readCappedBody(request, maxBytes);
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
