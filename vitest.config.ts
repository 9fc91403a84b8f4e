import { getViteConfig } from 'astro/config';

// Unit and content tests: fast, no browser, no built site needed. getViteConfig lets tests render
// .astro components with Astro's container API. Browser tests live in vitest.e2e.config.ts.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
