/**
 * Vitest globalSetup for the story tests: the seeded cognito-local the live story talks to, the same
 * one `npm start` runs. The browser learns the helper's URL through `inject` (see ./setup.ts).
 */
import type { TestProject } from 'vitest/node';
import { startCognitoLocal } from '../../scripts/cognito-local-dev.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the playground's cognito-local helper (GET /config, GET /code?username=). */
    cognitoLocalHelperUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const local = await startCognitoLocal();
  project.provide('cognitoLocalHelperUrl', local.helperUrl);
  return () => local.stop();
}
