import { defineConfig } from 'vitest/config';

// Unit and content tests: fast, no browser, no built site needed.
// Browser tests live in vitest.e2e.config.ts and run against dist/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
