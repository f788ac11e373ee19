import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once so the integration tests run the real bundle.
    globalSetup: ['test/global-setup.ts'],
    // Integration tests spawn the bundle and local servers: give them room on 2 cores.
    testTimeout: 20_000,
  },
});
