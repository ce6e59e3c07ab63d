import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (.output/chrome-mv3, from `wxt build`) in real Chromium.
// One browser per test file, files one after another: they share the machine's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Fixture pages that need a bundle (the React grid) get it built before any test runs.
    globalSetup: ['test/e2e/fixture-bundles.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
