/**
 * Vitest globalSetup: starts one cognito-local (a local Cognito user-pool API, see
 * ../shared/COGNITO.md) for the whole test run with scripts/cognito-local.mjs — on 127.0.0.1 and a
 * free port, in a fresh temporary working folder — and stops it by PID afterwards, also when tests
 * fail or setup breaks.
 *
 * Tests read where it runs with `inject('cognitoLocalEndpoint')` / `inject('cognitoLocalDataDir')`;
 * use the helpers in test/helpers/cognito-local.ts rather than these values directly.
 */
import type { TestProject } from 'vitest/node';
import { launchCognitoLocal } from '../../scripts/cognito-local.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the running cognito-local, e.g. `http://127.0.0.1:41234/`. */
    cognitoLocalEndpoint: string;
    /** Folder of cognito-local's JSON database: one `<userPoolId>.json` per pool. */
    cognitoLocalDataDir: string;
  }
}

/** Starts cognito-local; returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const local = await launchCognitoLocal();
  project.provide('cognitoLocalEndpoint', local.endpoint);
  project.provide('cognitoLocalDataDir', local.dataDir);
  return () => local.stop();
}
