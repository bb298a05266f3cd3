import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Every test starts with the English table loaded, as the page loads one before any text.
    setupFiles: ['test/ui/setup-language.ts'],
  },
});
