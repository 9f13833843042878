// app/api/reset/route.ts
import { createResetHandler } from 'react-cognito-reset/server';

// Created on the first request rather than at import: `next build` imports every route to read
// its config, and a build's environment often lacks the pool's settings (createResetHandler
// refuses a missing client id or region at once).
let handler: ((request: Request) => Promise<Response>) | undefined;

export function POST(request: Request) {
  handler ??= createResetHandler({
    clientId: process.env.COGNITO_CLIENT_ID!,
    clientSecret: process.env.COGNITO_CLIENT_SECRET, // server-only: never NEXT_PUBLIC_
    region: process.env.COGNITO_REGION,
    endpoint: process.env.COGNITO_ENDPOINT, // optional: cognito-local in development
  });
  return handler(request);
}
