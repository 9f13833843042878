// Runs in the browser before each story file: points the live story at this run's cognito-local.
import { inject } from 'vitest';
import { setLocalHelperUrl } from '../../stories/live/live-config';
import { setStrictPool } from '../../stories/live/strict-config';

setLocalHelperUrl(inject('cognitoLocalHelperUrl'));
setStrictPool(inject('strictCognito'));
