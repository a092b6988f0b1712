import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{sdk,server,bench,docs}/**/*.test.ts', 'widget/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    typecheck: { enabled: true, include: ['**/*.type-test.ts'] },
    testTimeout: 30_000,
  },
});
