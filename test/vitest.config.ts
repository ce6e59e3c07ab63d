import { defineConfig } from 'vitest/config';

// Unit tests of lib/ (and the command line). Browser tests have their own config (test/e2e).
export default defineConfig({
  test: {
    include: ['test/lib/**/*.test.ts', 'test/project/**/*.test.ts'],
    environment: 'node',
  },
});
