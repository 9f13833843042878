/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The cognito-local helper (scripts/cognito-local-dev.mjs), set by `npm start`. */
  readonly STORYBOOK_COGNITO_LOCAL_URL?: string;
  /** A real pool's region for the live story, e.g. `eu-west-1`. */
  readonly STORYBOOK_COGNITO_REGION?: string;
  /** A real pool's public app client id for the live story. */
  readonly STORYBOOK_COGNITO_CLIENT_ID?: string;
  /** A `createResetHandler` URL for the live story's proxy variant. */
  readonly STORYBOOK_COGNITO_PROXY_URL?: string;
}
