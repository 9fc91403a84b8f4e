import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core, against the built site (dist/) served on
// 127.0.0.1 by scripts/serve.mjs. Run `npm run build` first. One file at a time: the machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // A page reacting (an island hydrating, a worker answering) is waited for by polling, never by sleeping.
    // Vitest's default of 1 s is a flake on a busy 2-core machine; a real hang still fails, after 10 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
