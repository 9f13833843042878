// The README's Hono recipe, verbatim but for the import path.
import { Hono } from 'hono';
import { createResetHandler } from '../../../src/server';

const reset = createResetHandler({
  clientId: process.env.COGNITO_CLIENT_ID!,
  clientSecret: process.env.COGNITO_CLIENT_SECRET,
  region: process.env.COGNITO_REGION,
  endpoint: process.env.COGNITO_ENDPOINT, // optional: cognito-local in development
});

const app = new Hono();
app.post('/api/reset', (c) => reset(c.req.raw));
export default app;
