// A seeded cognito-local for the playground: the live story's "Cognito", with no AWS account.
// Used by `npm start` (scripts/start.mjs) and by the story tests (test/storybook/global-setup.ts).
//
// Besides cognito-local itself it runs a tiny loopback "helper" server, because a browser cannot
// read what cognito-local "sent": GET /config says where the pool is, GET /code?username= returns
// the code from cognito-local's database file, standing in for the user's inbox.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const START_JS = fileURLToPath(new URL('../node_modules/cognito-local/lib/bin/start.js', import.meta.url));
// cognito-local's own start script, plus a watchdog: if whoever started it dies without stopping it
// (SIGKILL, a closed terminal), it notices its parent is gone and exits too.
const BOOT = `
const parent = process.ppid;
setInterval(() => { try { process.kill(parent, 0); } catch { process.exit(0); } }, 1000).unref();
require(${JSON.stringify(START_JS)});
`;

/** The demo account every live reset starts from. Its password is a throwaway for a local fake. */
export const DEMO = {
  username: 'demo',
  email: 'demo@example.com',
  password: 'Initial-Passw0rd',
  /** A policy unlike Cognito's default, so the checklist visibly follows the pool's. */
  passwordPolicy: {
    MinimumLength: 10,
    RequireUppercase: true,
    RequireLowercase: true,
    RequireNumbers: true,
    RequireSymbols: false,
  },
};

/** A free TCP port on 127.0.0.1 (it can be taken again before use: callers retry). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(endpoint, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error('cognito-local exited during start');
    try {
      const r = await fetch(new URL('health', endpoint), { signal: AbortSignal.timeout(1000) });
      if (r.ok && (await r.json()).ok === true) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`cognito-local did not answer /health within ${timeoutMs} ms`);
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startServer(workDir) {
  const logFile = join(workDir, 'cognito-local.log');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log = openSync(logFile, 'a');
    // Node itself, not npx: a wrapper would leave cognito-local running when killed.
    const child = spawn(process.execPath, ['-e', BOOT], {
      cwd: workDir,
      // No CODE: every ForgotPassword gets a fresh random code, as from a real pool.
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DEBUG: '', CODE: undefined },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const endpoint = `http://127.0.0.1:${port}/`;
    try {
      await waitUntilHealthy(endpoint, child, 20_000);
      return { child, endpoint };
    } catch (error) {
      await stopChild(child);
      if (attempt >= 3) {
        let tail = '';
        try {
          tail = readFileSync(logFile, 'utf8').slice(-1500);
        } catch {}
        throw new Error(`could not start cognito-local: ${error.message}\n${tail}`);
      }
    }
  }
}

async function seed(endpoint) {
  // SDK 3.1169 warns on every run that later releases need Node 22; the kit pins it for Node 20.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sdk = await import('@aws-sdk/client-cognito-identity-provider');
  const client = new sdk.CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    // cognito-local does not check SigV4, but the SDK refuses to sign without credentials.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const { UserPool } = await client.send(
    new sdk.CreateUserPoolCommand({
      PoolName: 'react-cognito-reset-demo',
      Policies: { PasswordPolicy: DEMO.passwordPolicy },
      AutoVerifiedAttributes: ['email'],
    }),
  );
  const { UserPoolClient } = await client.send(
    new sdk.CreateUserPoolClientCommand({
      UserPoolId: UserPool.Id,
      ClientName: 'playground',
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  await client.send(
    new sdk.AdminCreateUserCommand({
      UserPoolId: UserPool.Id,
      Username: DEMO.username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: DEMO.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  // Permanent, so the user is CONFIRMED (an unconfirmed user cannot reset a password).
  await client.send(
    new sdk.AdminSetUserPasswordCommand({
      UserPoolId: UserPool.Id,
      Username: DEMO.username,
      Password: DEMO.password,
      Permanent: true,
    }),
  );
  // Read back rather than echo DEMO: the story shows the policy the pool actually holds.
  const described = await client.send(new sdk.DescribeUserPoolCommand({ UserPoolId: UserPool.Id }));
  client.destroy();
  return {
    userPoolId: UserPool.Id,
    clientId: UserPoolClient.ClientId,
    passwordPolicy: described.UserPool?.Policies?.PasswordPolicy ?? DEMO.passwordPolicy,
  };
}

function startHelper(config, dbDir) {
  const server = createServer(async (req, res) => {
    // The playground runs on another loopback port; nothing here is secret beyond a local fake's code.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return json(405, { error: 'GET only' });
    if (url.pathname === '/config') return json(200, config);
    if (url.pathname === '/code') {
      const username = url.searchParams.get('username') ?? '';
      try {
        const db = JSON.parse(await readFile(join(dbDir, `${config.userPoolId}.json`), 'utf8'));
        return json(200, { code: db.Users?.[username]?.ConfirmationCode ?? null });
      } catch {
        return json(200, { code: null });
      }
    }
    return json(404, { error: 'not found' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Starts cognito-local on 127.0.0.1 in a fresh working folder, seeds a pool, a public client and the
 * demo user, and starts the helper server. `stop()` ends both (by PID) and removes the folder.
 * @returns {Promise<{ endpoint: string, helperUrl: string, userPoolId: string, clientId: string,
 *   username: string, email: string, passwordPolicy: object, workDir: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startCognitoLocal() {
  const workDir = mkdtempSync(join(tmpdir(), 'rcr-cognito-local-'));
  // Usernames need not be emails (cognito-local's default wants them to be).
  mkdirSync(join(workDir, '.cognito'));
  writeFileSync(
    join(workDir, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  let child;
  let helper;
  const stop = async () => {
    helper?.close();
    if (child) await stopChild(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const started = await startServer(workDir);
    child = started.child;
    const pool = await seed(started.endpoint);
    const config = { endpoint: started.endpoint, ...pool, username: DEMO.username, email: DEMO.email };
    helper = await startHelper(config, join(workDir, '.cognito', 'db'));
    const helperUrl = `http://127.0.0.1:${helper.address().port}/`;
    return { ...config, helperUrl, workDir, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
