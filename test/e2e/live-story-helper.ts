// The live story's "cognito-local helper" protocol (stories/live/live-config.ts: GET config, GET
// code?username=), answered for a test's own pool in the cognito-local the globalSetup started, so
// a static Storybook build can be pointed at it with `?cognitoLocal=<origin>/cognito-local/`.
import { COGNITO_DEFAULT_POLICY } from '../../stories/live/live-config';
import type { TestPool } from '../helpers/cognito-local';
import { type Route, sendJson } from './static-server';

/** Where the route answers; pass `${server.url}${LIVE_HELPER_PATH}` as the story's `cognitoLocal`. */
export const LIVE_HELPER_PATH = '/cognito-local/';

/** A static-server route that describes `pool` to the live story and reads its codes back. */
export function liveStoryHelper(pool: TestPool): Route {
  return async (_req, res, url) => {
    if (url.pathname === `${LIVE_HELPER_PATH}config`) {
      sendJson(res, 200, {
        endpoint: pool.endpoint,
        userPoolId: pool.userPoolId,
        clientId: pool.clientId,
        username: '',
        email: '',
        // createTestPool's pools keep Cognito's default policy; the story shows it in the checklist.
        passwordPolicy: COGNITO_DEFAULT_POLICY,
      });
      return true;
    }
    if (url.pathname === `${LIVE_HELPER_PATH}code`) {
      const code = await pool.readCode(url.searchParams.get('username') ?? '');
      sendJson(res, 200, { code: code ?? null });
      return true;
    }
    return false;
  };
}
