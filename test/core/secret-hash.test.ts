import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../src/core/secret-hash';

/** SecretHash as OpenSSL computes it: `printf %s "$username$clientId" | openssl dgst -sha256 -hmac "$secret" -binary | base64`. */
function opensslSecretHash(secret: string, username: string, clientId: string): string {
  const mac = spawnSync('openssl', ['dgst', '-sha256', '-hmac', secret, '-binary'], {
    input: Buffer.from(username + clientId, 'utf8'),
  });
  if (mac.status !== 0) throw new Error(`openssl failed: ${mac.stderr}`);
  const encoded = spawnSync('base64', ['-w', '0'], { input: mac.stdout, encoding: 'utf8' });
  if (encoded.status !== 0) throw new Error(`base64 failed: ${encoded.stderr}`);
  return encoded.stdout.trim();
}

// Shaped like real Cognito values: a 52-character client secret, a 26-character client id.
const secret = '1example23456789abcdefghijklmnopqrstuvwxyz0abcdefghi';
const clientId = '6p3bs000no6a4ue1idruvd05ad';

describe('computeSecretHash', () => {
  it.each([
    ['an ASCII username', secret, 'alice', clientId],
    ['an email with non-ASCII letters', secret, 'zoë@exämple.com', clientId],
    ['a CJK username', secret, '用户', clientId],
    ['an emoji outside the BMP', secret, '🙂user', clientId],
    ['a phone number with "+"', secret, '+15555550100', clientId],
    ['a non-ASCII secret', 'sëcret-ключ', 'bob', clientId],
    ['a secret longer than the HMAC block', 'k'.repeat(200), 'carol', clientId],
    ['a client id with "+"', secret, 'dave', 'abc+def_123'],
  ])('matches OpenSSL for %s', async (_name, key, username, id) => {
    const expected = opensslSecretHash(key, username, id);
    expect(expected).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    await expect(computeSecretHash(key, username, id)).resolves.toBe(expected);
  });

  it('depends on every input', async () => {
    const base = await computeSecretHash(secret, 'alice', clientId);
    await expect(computeSecretHash(`${secret}x`, 'alice', clientId)).resolves.not.toBe(base);
    await expect(computeSecretHash(secret, 'Alice', clientId)).resolves.not.toBe(base);
    await expect(computeSecretHash(secret, 'alice', `${clientId}x`)).resolves.not.toBe(base);
  });

  it('fits Cognito SecretHash constraint', async () => {
    await expect(computeSecretHash(secret, 'alice', clientId)).resolves.toMatch(/^[\w+=/]{1,128}$/);
  });

  it('rejects an empty secret with a clear TypeError', async () => {
    await expect(computeSecretHash('', 'alice', clientId)).rejects.toThrow(/clientSecret is empty/);
  });
});
