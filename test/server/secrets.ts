// What must never leave the handler: the password and the code, in any response or log line.
import { afterAll, beforeAll, expect } from 'vitest';

export const PASSWORD = 'Zq7!unique-New-Passw0rd';
export const CODE = '918273';
export const SECRETS = [PASSWORD, CODE] as const;

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Records every console call made while the file's tests run (replacing console.* outright, so
 * vitest's `restoreMocks` between tests cannot undo it) and checks after all of them that no
 * line held a password or code.
 */
export function watchConsoleForSecrets(): { lines: string[] } {
  const record = { lines: [] as string[] };
  const originals = new Map<string, (...args: unknown[]) => void>();
  beforeAll(() => {
    for (const method of METHODS) {
      originals.set(method, console[method]);
      console[method] = (...args: unknown[]) => {
        record.lines.push(args.map((arg) => (typeof arg === 'string' ? arg : safeString(arg))).join(' '));
      };
    }
  });
  afterAll(() => {
    for (const method of METHODS) console[method] = originals.get(method)!;
    for (const line of record.lines) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });
  return record;
}

function safeString(value: unknown): string {
  try {
    return value instanceof Error ? `${value.stack} ${JSON.stringify(value)}` : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Reads a response (from a clone) and checks neither its headers nor its body hold a secret. */
export async function expectNoSecrets(response: Response): Promise<string> {
  const text = await response.clone().text();
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(headers).not.toContain(secret);
  }
  return text;
}
