// The README's Next.js App Router recipe, verbatim but for the import path:
// app/api/reset/route.ts
import { createResetHandler } from '../../../src/server';

export const POST = createResetHandler({
  clientId: process.env.COGNITO_CLIENT_ID!,
  clientSecret: process.env.COGNITO_CLIENT_SECRET, // server-only: never NEXT_PUBLIC_
  region: process.env.COGNITO_REGION,
  endpoint: process.env.COGNITO_ENDPOINT, // optional: cognito-local in development
});
