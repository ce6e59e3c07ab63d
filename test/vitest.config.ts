import { defineConfig } from 'vitest/config';

// Unit tests of lib/ (and the command line, and the project's own files). Browser tests have their own config (test/e2e).
export default defineConfig({
  test: {
    include: ['test/lib/**/*.test.ts', 'test/project/**/*.test.ts', 'test/components/**/*.test.tsx'],
    // The binary and package tests run dist/cli.js: rebuilt first when a source is newer.
    globalSetup: ['test/support/build-command-line.ts'],
    environment: 'node',
  },
});
