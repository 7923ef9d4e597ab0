// Sums Vitest JSON reports (unit + e2e) into the plain closing line CI reads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = [];
try {
  reports = readdirSync(dir).filter((f) => f.endsWith('.json'));
} catch {
  // No report at all: counted as a failure below.
}
for (const file of reports) {
  const r = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if (typeof r.numPassedTests !== 'number') continue;
  passed += r.numPassedTests;
  // A file that fails to load has no failed test but a failed suite: count it too.
  failed += Math.max(r.numFailedTests, r.success ? 0 : r.numFailedTestSuites);
  skipped += r.numPendingTests + r.numTodoTests;
}
if (passed + failed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
