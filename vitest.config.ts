import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The code imports the catalog's figures (src/catalog/figures), written from catalog/ first.
    globalSetup: ['scripts/catalog-figures.mjs'],
    // End-to-end tests start the bundled action as a child process; give them room on slow runners.
    testTimeout: 30_000,
  },
});
