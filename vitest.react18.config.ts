import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';

// React 18.3 lives in its own folder (test/hosts/react18, a `file:` devDependency) rather than
// behind root aliases: npm cannot give an aliased react-dom 18 a react 18 peer while the root
// holds react 19, and react-dom's own `require('react')` must find the same copy we alias to.
const host = createRequire(createRequire(import.meta.url).resolve('react18-host/package.json'));
const react = dirname(host.resolve('react/package.json'));
const reactDom = dirname(host.resolve('react-dom/package.json'));
// Testing Library has no `exports` map and Vitest resolves its CommonJS `main`, whose `require`s
// Node answers with React 19 whatever the alias says; its ESM build goes through Vite instead.
const testingLibrary = createRequire(import.meta.url)
  .resolve('@testing-library/react')
  .replace(/dist\/index\.js$/, 'dist/@testing-library/react.esm.js');

// Every library that imports React is compiled by Vite instead of loaded by Node, so that the
// alias reaches its imports too; otherwise it would quietly pair React 19's hooks with React 18.
const REACT_LIBRARIES = [
  /react-hook-form/,
  /@tanstack\/react-query/,
  /@testing-library\/react/,
  /@hookform\/resolvers/,
  /@radix-ui\//,
];

export default defineConfig({
  resolve: {
    // A string key covers its subpaths: react/jsx-runtime, react/jsx-dev-runtime, react-dom/client,
    // react-dom/server, react-dom/test-utils.
    alias: [
      { find: /^@testing-library\/react$/, replacement: testingLibrary },
      { find: 'react', replacement: react },
      { find: 'react-dom', replacement: reactDom },
    ],
  },
  test: {
    name: 'react18',
    globals: true,
    restoreMocks: true,
    environment: 'jsdom',
    include: [
      'test/headless/**/*.test.{ts,tsx}',
      'test/styled/**/*.test.{ts,tsx}',
      'test/hosts/**/*.react18.test.{ts,tsx}',
    ],
    setupFiles: ['test/setup/dom.ts'],
    testTimeout: 20_000,
    // The type tests again, against React 18's types: getters, refs and handlers must fit both.
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: 'tsconfig.react18.types.json',
    },
    server: { deps: { inline: REACT_LIBRARIES } },
  },
});
