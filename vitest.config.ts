import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests spawn the bundle and local servers: give them room on 2 cores.
    testTimeout: 20_000,
  },
});
