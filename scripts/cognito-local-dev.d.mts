import type { CognitoPasswordPolicy } from '../src/core/password-policy';

/** The demo accounts and policy the local pool is seeded with. */
export declare const DEMO: {
  /** The account a person resets. */
  username: string;
  email: string;
  /** The account the scripted live story resets. */
  scriptUsername: string;
  scriptEmail: string;
  /** Both accounts' starting password (a local fake's; shown in the playground). */
  password: string;
  passwordPolicy: CognitoPasswordPolicy;
};

/** A running, seeded cognito-local plus its loopback helper (GET /config, GET /code?username=). */
export interface CognitoLocalDev {
  /** cognito-local's base URL: the transport's `endpoint`. */
  endpoint: string;
  /** The helper server's base URL. */
  helperUrl: string;
  userPoolId: string;
  clientId: string;
  username: string;
  email: string;
  /** The account the scripted live story resets. */
  scriptUsername: string;
  /** Both demo accounts' starting password. */
  password: string;
  /** The policy as DescribeUserPool returns it. */
  passwordPolicy: CognitoPasswordPolicy;
  /** cognito-local's working folder (removed by `stop`). */
  workDir: string;
  /** cognito-local's process id. */
  pid: number;
  /** Stops cognito-local and the helper and removes the working folder. */
  stop(): Promise<void>;
}

export { freePort } from './cognito-local.mjs';
/** Starts and seeds cognito-local on 127.0.0.1, plus the helper server. */
export declare function startCognitoLocal(): Promise<CognitoLocalDev>;
