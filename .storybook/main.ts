import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';
import { mergeConfig } from 'vite';

/**
 * Every module a story imports at run time. Vite discovers dependencies lazily; one found in the
 * middle of a browser test run makes it re-optimise and reload the page, which fails that run.
 * Listing them here means a cold cache (a fresh clone, CI) optimises them once, up front.
 */
const STORY_DEPENDENCIES = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-hook-form',
  '@hookform/resolvers/zod',
  '@tanstack/react-query',
  '@radix-ui/react-slot',
  'zod/v4/mini',
  'axe-core',
  'storybook/test',
  '@storybook/addon-a11y/preview',
  '@storybook/addon-docs/preview',
  '@storybook/react/preview',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook 10's "new and modified stories" filter re-indexes story files after each edit with a
  // parser that fails on TSX here ("Could not parse import/exports with acorn"): noise, not help.
  // No onboarding checklist in the sidebar: the playground is for the kit, not for learning Storybook.
  features: { changeDetection: false, sidebarOnboardingChecklist: false },
  typescript: {
    // react-docgen-typescript follows `extends` into src/headless/types.ts, so the hook's options
    // show up in the props table with their JSDoc and @default; plain react-docgen stops at the file.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Only the kit's components have props tables; story helpers are not in tsconfig.json's project.
      include: ['src/**/*.tsx'],
      // The form also takes every <form> attribute; listing React's DOM props would bury the kit's own.
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  async viteFinal(base) {
    return mergeConfig(base, {
      plugins: [react()],
      optimizeDeps: { include: STORY_DEPENDENCIES },
      // Vite watches the whole repository; scratch folders, builds and the example app changing
      // (other tools, other tests) would otherwise reload the playground mid-use.
      server: {
        watch: {
          ignored: [
            '**/.tmp/**',
            '**/dist/**',
            '**/storybook-static/**',
            '**/examples/**',
            '**/test-results/**',
            '**/coverage/**',
          ],
        },
      },
    });
  },
};

export default config;
