/**
 * Vitest globalSetup for the story tests: the seeded cognito-local the live story talks to, the same
 * one `npm start` runs. The browser learns the helper's URL through `inject` (see ./setup.ts).
 */
import type { TestProject } from 'vitest/node';
import { startCognitoLocal } from '../../scripts/cognito-local-dev.mjs';
import type { StrictPoolConfig } from '../../stories/live/strict-config';
import { startStrictPool } from '../../stories/live/strict-pool';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the playground's cognito-local helper (GET /config, GET /code?username=). */
    cognitoLocalHelperUrl: string;
    /** The strict local Cognito (`startLocalCognito`) the strict live story talks to. */
    strictCognito: StrictPoolConfig;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const local = await startCognitoLocal();
  project.provide('cognitoLocalHelperUrl', local.helperUrl);
  const strict = await startStrictPool().catch(async (error: unknown) => {
    await local.stop();
    throw error;
  });
  project.provide('strictCognito', strict.config);
  return async () => {
    await Promise.all([local.stop(), strict.cognito.stop()]);
  };
}
