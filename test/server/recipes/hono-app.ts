// The README's Hono recipe, verbatim but for the import path.
import { Hono } from 'hono';
import { createResetHandler } from '../../../src/server';

export function createApp(env: {
  clientId: string;
  clientSecret?: string;
  endpoint?: string;
  region?: string;
}) {
  const reset = createResetHandler(env);
  const app = new Hono();
  app.post('/api/reset', (c) => reset(c.req.raw));
  return app;
}
