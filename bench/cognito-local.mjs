// Starts cognito-local for the browser benchmark the way test/setup/cognito-local.ts does for the
// tests (node itself, 127.0.0.1, a free port, a fresh temporary folder, stopped by PID), and creates
// the pool, public client and user with an email that Amplify UI's "send code" step needs.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROOT } from './measure.mjs';

const START_JS = join(ROOT, 'node_modules', 'cognito-local', 'lib', 'bin', 'start.js');
// If this process dies without stopping it, cognito-local notices its parent is gone and exits.
const BOOT = `
const parent = process.ppid;
setInterval(() => { try { process.kill(parent, 0); } catch { process.exit(0); } }, 1000).unref();
require(${JSON.stringify(START_JS)});
`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url, child) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('cognito-local exited during start');
    try {
      const r = await fetch(new URL('health', url), { signal: AbortSignal.timeout(1_000) });
      if (r.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('cognito-local did not answer /health within 20 s');
}

/**
 * Starts cognito-local with one pool, one public client and one CONFIRMED user with a verified
 * email. Resolves with where it runs and `stop()`, which ends it by PID and removes its folder.
 */
export async function startCognitoLocal() {
  const workDir = mkdtempSync(join(tmpdir(), 'rcr-bench-cognito-'));
  mkdirSync(join(workDir, '.cognito'));
  writeFileSync(
    join(workDir, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  const port = await freePort();
  const log = openSync(join(workDir, 'cognito-local.log'), 'a');
  const child = spawn(process.execPath, ['-e', BOOT], {
    cwd: workDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DEBUG: '' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const stop = () =>
    new Promise((resolve) => {
      const done = () => {
        rmSync(workDir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
  const endpoint = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilHealthy(endpoint, child);
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const sdk = new CognitoIdentityProviderClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'bench' }));
    const userPoolId = UserPool.Id;
    const { UserPoolClient } = await sdk.send(
      new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: 'bench', GenerateSecret: false }),
    );
    const username = 'bench-user';
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'bench-user@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    await sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: 'Initial-Passw0rd!',
        Permanent: true,
      }),
    );
    sdk.destroy();
    return { endpoint, userPoolId, clientId: UserPoolClient.ClientId, username, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
