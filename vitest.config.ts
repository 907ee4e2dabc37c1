import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the bundled action as a child process; give them room on slow runners.
    testTimeout: 30_000,
  },
});
