// cognito-local for the browser benchmark, started by scripts/cognito-local.mjs as for the tests,
// with the pool, public client and user (with the email Amplify UI's "send code" step needs).
import {
  adminClient,
  createConfirmedUser,
  createPool,
  launchCognitoLocal,
} from '../scripts/cognito-local.mjs';

/**
 * Starts cognito-local with one pool, one public client and one CONFIRMED user with a verified
 * email. Resolves with where it runs and `stop()`, which ends it by PID and removes its folder.
 */
export async function startCognitoLocal() {
  const local = await launchCognitoLocal();
  const sdk = adminClient(local.endpoint);
  try {
    const { userPoolId, clientId } = await createPool(sdk, { poolName: 'bench', clientName: 'bench' });
    const username = 'bench-user';
    await createConfirmedUser(sdk, userPoolId, {
      username,
      email: 'bench-user@example.com',
      password: 'Initial-Passw0rd!',
    });
    return { endpoint: local.endpoint, userPoolId, clientId, username, stop: local.stop };
  } catch (error) {
    await local.stop();
    throw error;
  } finally {
    sdk.destroy();
  }
}
