/**
 * Cognito's `SecretHash`: Base64(HMAC-SHA256(key = client secret, message = username + clientId)),
 * UTF-8 encoded, with exactly the username string that is sent. Uses WebCrypto, so it runs in
 * Node >= 20, edge runtimes and browsers — but a client secret belongs on a server only.
 * @throws TypeError when WebCrypto is unavailable or `clientSecret` is empty.
 */
export async function computeSecretHash(
  clientSecret: string,
  username: string,
  clientId: string,
): Promise<string> {
  // crypto.subtle is undefined on plain-http origins other than localhost (a "secure context" API).
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new TypeError('computeSecretHash needs WebCrypto (crypto.subtle): Node >= 20 or a secure context');
  // WebCrypto refuses zero-length HMAC keys with an opaque DataError; say what is wrong instead.
  if (!clientSecret) throw new TypeError('computeSecretHash: clientSecret is empty');
  const utf8 = new TextEncoder();
  const key = await subtle.importKey(
    'raw',
    utf8.encode(clientSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await subtle.sign('HMAC', key, utf8.encode(username + clientId)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}
