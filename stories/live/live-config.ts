/// <reference path="../vite-env.d.ts" />

import { type CognitoPasswordPolicy, DEFAULT_PASSWORD_POLICY } from '../../src/core';

/**
 * Cognito's default policy in Cognito's own `PasswordPolicy` shape, as the real-pool stories'
 * control shows it; also what a test describes its default-policy cognito-local pools with.
 */
export const COGNITO_DEFAULT_POLICY: CognitoPasswordPolicy = {
  MinimumLength: DEFAULT_PASSWORD_POLICY.minimumLength,
  RequireUppercase: DEFAULT_PASSWORD_POLICY.requireUppercase,
  RequireLowercase: DEFAULT_PASSWORD_POLICY.requireLowercase,
  RequireNumbers: DEFAULT_PASSWORD_POLICY.requireNumbers,
  RequireSymbols: DEFAULT_PASSWORD_POLICY.requireSymbols,
};

/** What scripts/cognito-local-dev.mjs's helper answers on GET /config. */
export interface LocalPoolConfig {
  /** cognito-local's base URL: the transport's `endpoint`. */
  endpoint: string;
  userPoolId: string;
  clientId: string;
  /** The seeded demo user a person resets ('' when a test serves its own pool). */
  username: string;
  email: string;
  /** The demo user the scripted story resets, so a script never changes a person's password. */
  scriptUsername?: string;
  /** The demo users' starting password, shown beside the form (a local fake's). */
  password?: string;
  /** The pool's policy as DescribeUserPool returns it. */
  passwordPolicy: CognitoPasswordPolicy;
  /** The helper's own base URL, for reading codes. */
  helperUrl: string;
}

let injectedHelperUrl: string | undefined;

/** Points the live story at a helper; the story tests call it with their own cognito-local's. */
export function setLocalHelperUrl(url: string | undefined): void {
  injectedHelperUrl = url;
}

/**
 * Where the cognito-local helper runs, first found wins:
 * 1. `?cognitoLocal=<url>` on the preview's URL (a test serving a static build opens iframe.html with it);
 * 2. `setLocalHelperUrl` (the story tests);
 * 3. `STORYBOOK_COGNITO_LOCAL_URL`, which `npm start` sets for `storybook dev`.
 */
export function localHelperUrl(): string | undefined {
  const fromQuery =
    typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('cognitoLocal');
  return fromQuery || injectedHelperUrl || import.meta.env.STORYBOOK_COGNITO_LOCAL_URL || undefined;
}

/** Reads the local pool's coordinates from the helper. */
export async function loadLocalPool(helperUrl: string): Promise<LocalPoolConfig> {
  const response = await fetch(new URL('config', helperUrl), { cache: 'no-store' });
  if (!response.ok) throw new Error(`the cognito-local helper answered ${response.status}`);
  return { ...((await response.json()) as Omit<LocalPoolConfig, 'helperUrl'>), helperUrl };
}

/** The code cognito-local last "sent" to `username` (its database file stands in for the inbox). */
export async function readLocalCode(helperUrl: string, username: string): Promise<string | null> {
  const url = new URL('code', helperUrl);
  url.searchParams.set('username', username);
  const response = await fetch(url, { cache: 'no-store' });
  const body = (await response.json()) as { code: string | null };
  return body.code;
}

/** Settings for a real pool, from env variables a developer sets before `npm start`. */
export const realPoolDefaults = {
  region: import.meta.env.STORYBOOK_COGNITO_REGION ?? '',
  clientId: import.meta.env.STORYBOOK_COGNITO_CLIENT_ID ?? '',
  proxyUrl: import.meta.env.STORYBOOK_COGNITO_PROXY_URL ?? '',
};

/** What InitiateAuth answered: tokens, or Cognito's exception name. */
export type SignInResult = { ok: true } | { ok: false; code: string };

/**
 * Signs in with InitiateAuth (USER_PASSWORD_AUTH) against a pool's endpoint, the way an app's
 * sign-in page would after a reset: proof that the new password works and the old one does not.
 * The tokens are dropped; only whether Cognito issued them is kept.
 */
export async function signInWithPassword(
  endpoint: string,
  clientId: string,
  username: string,
  password: string,
): Promise<SignInResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    AuthenticationResult?: { AccessToken?: string };
    __type?: string;
  };
  if (response.ok && body.AuthenticationResult?.AccessToken) return { ok: true };
  return { ok: false, code: body.__type?.split('#').pop() || `HTTP ${response.status}` };
}
