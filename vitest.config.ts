import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    restoreMocks: true,
    // AWS SDK 3.1169 (pinned: later releases need Node 22) warns on every client it builds that
    // releases after January 2027 will; the pin is deliberate, the warning noise.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          // Type tests (`expectTypeOf`, `@ts-expect-error`): checked by tsc, reported as tests.
          name: 'types',
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/checks/**/*.test.ts',
            'test/server/**/*.test.ts',
            'test/adapters/**/*.test.ts',
            'test/package/**/*.test.ts',
            'test/testing/**/*.test.ts',
          ],
          globalSetup: ['test/setup/cognito-local.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'test/headless/**/*.test.{ts,tsx}',
            'test/styled/**/*.test.{ts,tsx}',
            'test/i18n/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['test/setup/dom.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
