// The story tests: every story in stories/ rendered in real headless Chromium, its play function
// run and axe checked (parameters.a11y.test = 'error'). Separate from vitest.config.ts because it
// needs a browser; run with `npm run test:stories` after `node scripts/ensure-chromium.mjs`.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_FLAGS, findChromium } from './scripts/ensure-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs` (or set CHROMIUM_PATH)');
}

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    globalSetup: ['test/storybook/global-setup.ts'],
    setupFiles: ['test/storybook/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: [...CHROMIUM_FLAGS] } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
