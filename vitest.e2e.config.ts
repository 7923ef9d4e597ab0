import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium with the built extension (see e2e/fixtures.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
