import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './fixtures';

/**
 * The declared content script runs on every page of the known job sites: its budget is 15 KB
 * gzipped (level 9, as `npm run bench:detect` measures it). `npm run test:e2e` builds first; run
 * on its own without a build, the test is skipped.
 */
const JOB_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/job.js');
const BUDGET = 15 * 1024;

describe('the declared content script', () => {
  it.skipIf(!existsSync(JOB_SCRIPT))(`stays within ${BUDGET} B gzipped`, () => {
    const size = gzipSync(readFileSync(JOB_SCRIPT), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(BUDGET);
  });
});
