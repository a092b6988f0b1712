import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{sdk,server,bench}/**/*.test.ts'],
    typecheck: { enabled: true, include: ['**/*.type-test.ts'] },
    testTimeout: 30_000,
  },
});
