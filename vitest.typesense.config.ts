import { defineConfig } from 'vitest/config';

/** `npm run test:typesense`: the engine contract against a real Typesense named by TYPESENSE_URL. */
export default defineConfig({
  test: {
    include: ['server/src/engine/typesense/**/*.typesense-test.ts'],
    testTimeout: 60_000,
  },
});
