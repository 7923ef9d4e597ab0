// Sums Vitest JSON reports (unit + e2e) into the plain closing line CI reads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'test-results';
// The run's exit status: Vitest can fail a run (unhandled errors) with every test passed.
const status = Number(process.argv[3] ?? 0);
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
  // A file that fails to load, or an unhandled error, fails the run without a failed test: count it.
  failed += Math.max(r.numFailedTests, r.success ? 0 : Math.max(1, r.numFailedTestSuites));
  skipped += r.numPendingTests + r.numTodoTests;
}
if (passed + failed === 0 || (status !== 0 && failed === 0)) failed += 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
