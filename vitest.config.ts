import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // .ci/run sets REQLENS_TEST_REPORT to add a JSON report it sums into one closing line.
    reporters: process.env.REQLENS_TEST_REPORT
      ? ['default', ['json', { outputFile: `${process.env.REQLENS_TEST_REPORT}/unit.json` }]]
      : ['default'],
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules', '.output', '.wxt', 'e2e'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
