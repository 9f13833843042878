/// <reference path="../vite-env.d.ts" />
import type { CognitoPasswordPolicy } from '../../src/core';

/**
 * What the preview knows about the strict local Cognito (stories/live/strict-pool.ts): `npm start`
 * passes it as `STORYBOOK_STRICT_COGNITO` (JSON), a static build as `?strictCognito=<json>`, the
 * story tests through `setStrictPool`.
 */
export interface StrictPoolConfig {
  /** `startLocalCognito`'s endpoint. */
  endpoint: string;
  clientId: string;
  /** The seeded demo user and its starting password (a throwaway for a local pool). */
  username: string;
  password: string;
  passwordPolicy: CognitoPasswordPolicy;
  /** The pool's limits, shown above the form so a newcomer knows what to try. */
  codeTtlSeconds: number;
  maxAttempts: number;
  maxCodeRequests: number;
  passwordHistorySize: number;
}

let injected: StrictPoolConfig | undefined;

/** Points the story at a strict local Cognito (the story tests). */
export function setStrictPool(config: StrictPoolConfig | undefined): void {
  injected = config;
}

/** The configured strict pool, first found wins: the URL, `setStrictPool`, then `npm start`'s env. */
export function strictPool(): StrictPoolConfig | undefined {
  const fromQuery =
    typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('strictCognito');
  const fromEnv = (import.meta.env as Record<string, string | undefined>).STORYBOOK_STRICT_COGNITO;
  if (fromQuery) return parse(fromQuery);
  return injected ?? (fromEnv ? parse(fromEnv) : undefined);
}

// Not JSON: treated as not configured, and the story says how to start one.
function parse(text: string): StrictPoolConfig | undefined {
  try {
    return JSON.parse(text) as StrictPoolConfig;
  } catch {
    return undefined;
  }
}

/** The code the pool is waiting for, from its local-only endpoint (Cognito's answers never hold one). */
export async function readStrictCode(endpoint: string, username: string): Promise<string | null> {
  const url = new URL('_local/code', endpoint);
  url.searchParams.set('username', username);
  const response = await fetch(url, { cache: 'no-store' });
  return ((await response.json()) as { code: string | null }).code;
}
