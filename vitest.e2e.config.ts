import { defineConfig } from 'vitest/config';

// End-to-end tests (npm run test:e2e): the demo pages in Debian's Chromium against the
// real server, which e2e/support/server.ts builds and starts once for the whole suite.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/server.ts'],
    // One Chromium at a time on a shared machine; the files share one server.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
