// cognito-local (a local Cognito user-pool API, see ../shared/COGNITO.md), started and seeded the one
// way every caller needs it: the test run's globalSetup (test/setup/cognito-local.ts) and helpers
// (test/helpers/cognito-local.ts), the playground (./cognito-local-dev.mjs, for `npm start` and the
// story tests) and the browser benchmark (bench/browser.mjs). Plain Node, so all of them can load it.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const START_JS = fileURLToPath(new URL('../node_modules/cognito-local/lib/bin/start.js', import.meta.url));
// cognito-local's own start script, plus a watchdog: if whoever started it dies without stopping it
// (SIGKILL, a closed terminal, a CI timeout), it notices its parent is gone and exits too.
const BOOT = `
const parent = process.ppid;
setInterval(() => { try { process.kill(parent, 0); } catch { process.exit(0); } }, 1000).unref();
require(${JSON.stringify(START_JS)});
`;
const READY_TIMEOUT_MS = 20_000;
const ATTEMPTS = 3;

/** A free TCP port on 127.0.0.1 (it can be taken again before use: callers retry). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const exited = (child) => child.exitCode !== null || child.signalCode !== null;

async function waitUntilHealthy(endpoint, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error('cognito-local exited during start');
    try {
      const r = await fetch(new URL('health', endpoint), { signal: AbortSignal.timeout(1_000) });
      if (r.ok && (await r.json()).ok === true) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`cognito-local did not answer /health within ${READY_TIMEOUT_MS} ms`);
}

function stopChild(child) {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts cognito-local on 127.0.0.1 and a free port, in a fresh temporary working folder whose
 * config lets usernames be any alias, and resolves once it answers /health. `stop()` ends it by PID
 * and removes the folder; if this process exits first, cognito-local is killed with it.
 * @returns {Promise<import('./cognito-local.d.mts').CognitoLocal>}
 */
export async function launchCognitoLocal() {
  const workDir = mkdtempSync(join(tmpdir(), 'rcr-cognito-local-'));
  // Usernames need not be email addresses (cognito-local's default wants them to be).
  mkdirSync(join(workDir, '.cognito'));
  writeFileSync(
    join(workDir, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  // cognito-local logs every request and the codes it "sends": keep that out of the caller's output.
  const logFile = join(workDir, 'cognito-local.log');
  let child;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child) await stopChild(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    // A port found free can be taken before cognito-local binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const log = openSync(logFile, 'a');
      // Node itself, not npx: a wrapper would leave cognito-local running when killed.
      child = spawn(process.execPath, ['-e', BOOT], {
        cwd: workDir,
        // No CODE: every ForgotPassword gets a fresh random code, as from a real pool, so a new code
        // can be told from a replaced one.
        env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DEBUG: '', CODE: undefined },
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      const endpoint = `http://127.0.0.1:${port}/`;
      try {
        await waitUntilHealthy(endpoint, child);
        return { endpoint, dataDir: join(workDir, '.cognito', 'db'), workDir, pid: child.pid, stop };
      } catch (error) {
        await stopChild(child);
        if (attempt >= ATTEMPTS) throw error;
      }
    }
  } catch (error) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2_000) : '';
    await stop();
    throw new Error(`could not start cognito-local: ${error.message}\n${tail}`, { cause: error });
  }
}

/**
 * An AWS SDK v3 client pointed at cognito-local. The credentials are dummies: cognito-local does
 * not verify SigV4, but the SDK refuses to sign without some.
 * @param {string} endpoint cognito-local's base URL
 */
export function adminClient(endpoint) {
  // SDK 3.1169 warns on every run that later releases need Node 22; the kit pins it for Node 20.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/**
 * Creates a user pool and one public app client (no secret, USER_PASSWORD_AUTH allowed).
 * @param {CognitoIdentityProviderClient} sdk
 * @param {import('./cognito-local.d.mts').PoolOptions} options
 */
export async function createPool(sdk, { poolName, clientName, passwordPolicy, autoVerifiedAttributes }) {
  const { UserPool } = await sdk.send(
    new CreateUserPoolCommand({
      PoolName: poolName,
      ...(passwordPolicy && { Policies: { PasswordPolicy: passwordPolicy } }),
      ...(autoVerifiedAttributes && { AutoVerifiedAttributes: autoVerifiedAttributes }),
    }),
  );
  const userPoolId = UserPool.Id;
  const { UserPoolClient } = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: clientName,
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  return { userPoolId, clientId: UserPoolClient.ClientId };
}

/**
 * Creates a CONFIRMED user with a verified email and a permanent password (an unconfirmed user can
 * neither reset a password nor get tokens from InitiateAuth).
 * @param {CognitoIdentityProviderClient} sdk
 * @param {string} userPoolId
 * @param {{ username: string, email: string, password: string }} user
 */
export async function createConfirmedUser(sdk, userPoolId, { username, email, password }) {
  await sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await sdk.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: username,
      Password: password,
      Permanent: true,
    }),
  );
}

/**
 * The code the last ForgotPassword generated for `username`, read from cognito-local's database file
 * (it stands in for the user's inbox); `undefined` when none is pending.
 * @param {string} dataDir `launchCognitoLocal()`'s `dataDir`
 * @param {string} userPoolId
 * @param {string} username
 * @returns {Promise<string | undefined>}
 */
export async function readConfirmationCode(dataDir, userPoolId, username) {
  const db = JSON.parse(await readFile(join(dataDir, `${userPoolId}.json`), 'utf8'));
  return db.Users?.[username]?.ConfirmationCode;
}

/**
 * Signs in with InitiateAuth USER_PASSWORD_AUTH. Resolves with the tokens; rejects with the SDK's
 * error (its `name` is the Cognito code) when refused, or when Cognito answers a challenge instead.
 * @param {CognitoIdentityProviderClient} sdk
 * @param {string} clientId
 * @param {string} username
 * @param {string} password
 */
export async function signIn(sdk, clientId, username, password) {
  const answer = await sdk.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  if (!answer.AuthenticationResult) throw new Error(`sign-in answered a challenge: ${answer.ChallengeName}`);
  return answer.AuthenticationResult;
}
