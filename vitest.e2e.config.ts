import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium (e2e/fixtures.ts) and Firefox ESR (e2e/firefox.ts) with the
// built extension.
export default defineConfig({
  test: {
    // .ci/run sets REQLENS_TEST_REPORT to add a JSON report it sums into one closing line.
    reporters: process.env.REQLENS_TEST_REPORT
      ? ['default', ['json', { outputFile: `${process.env.REQLENS_TEST_REPORT}/e2e.json` }]]
      : ['default'],
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
