// A seeded cognito-local for the playground: the live story's "Cognito", with no AWS account.
// Used by `npm start` (scripts/start.mjs) and by the story tests (test/storybook/global-setup.ts).
//
// Besides cognito-local itself (started by ./cognito-local.mjs) it runs a tiny loopback "helper"
// server, because a browser cannot read what cognito-local "sent": GET /config says where the pool
// is (and who the demo users are, with their starting password), GET /code?username= returns the code from cognito-local's database file, standing in for the
// user's inbox.

import { createServer } from 'node:http';
import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import {
  adminClient,
  createConfirmedUser,
  createPool,
  freePort,
  launchCognitoLocal,
  readConfirmationCode,
} from './cognito-local.mjs';

export { freePort };

/**
 * The demo accounts every live reset starts from: `username` for people, `scriptUsername` for the
 * story played by a script (so a script run never changes the password a person was given). Both
 * start with `password`, a throwaway for a local fake that the playground shows on screen.
 */
export const DEMO = {
  username: 'demo',
  email: 'demo@example.com',
  scriptUsername: 'demo-script',
  scriptEmail: 'demo-script@example.com',
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

async function seed(endpoint) {
  const sdk = adminClient(endpoint);
  try {
    const { userPoolId, clientId } = await createPool(sdk, {
      poolName: 'react-cognito-reset-demo',
      clientName: 'playground',
      passwordPolicy: DEMO.passwordPolicy,
      autoVerifiedAttributes: ['email'],
    });
    await createConfirmedUser(sdk, userPoolId, DEMO);
    await createConfirmedUser(sdk, userPoolId, {
      username: DEMO.scriptUsername,
      email: DEMO.scriptEmail,
      password: DEMO.password,
    });
    // Read back rather than echo DEMO: the story shows the policy the pool actually holds.
    const described = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
    return {
      userPoolId,
      clientId,
      passwordPolicy: described.UserPool?.Policies?.PasswordPolicy ?? DEMO.passwordPolicy,
    };
  } finally {
    sdk.destroy();
  }
}

function startHelper(config, dataDir) {
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
        return json(200, {
          code: (await readConfirmationCode(dataDir, config.userPoolId, username)) ?? null,
        });
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
 * demo user, and starts the helper server. `stop()` ends both (cognito-local by PID) and removes the folder.
 * @returns {Promise<import('./cognito-local-dev.d.mts').CognitoLocalDev>}
 */
export async function startCognitoLocal() {
  const local = await launchCognitoLocal();
  let helper;
  const stop = async () => {
    helper?.close();
    await local.stop();
  };
  try {
    const pool = await seed(local.endpoint);
    const config = {
      endpoint: local.endpoint,
      ...pool,
      username: DEMO.username,
      email: DEMO.email,
      scriptUsername: DEMO.scriptUsername,
      password: DEMO.password,
    };
    helper = await startHelper(config, local.dataDir);
    const helperUrl = `http://127.0.0.1:${helper.address().port}/`;
    return { ...config, helperUrl, workDir: local.workDir, pid: local.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
