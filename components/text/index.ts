/**
 * The message catalogue: every sentence, label and button word a user reads in the popup and the
 * dashboard lives under `components/text/`, one file per area, re-exported here. Components import
 * their words from `@/components/text` and never write user-facing text inline, so the wording
 * stays one voice and a translation has one place to start (kept by tests/message-catalogue.test.ts).
 * Fit's reasons are data; `fitReason` and `fitWhy` (fit.ts, one template per case) write them,
 * imported from `@/components/text/fit` itself (the popup's first screen goes without them).
 */

export * from './common';
export * from './dashboard';
export * from './data';
export {
  backupProblem,
  csvFileProblem,
  csvMappingProblem,
  csvRowProblem,
  importProblem,
} from './data-problems';
export * from './forms';
export * from './history';
export * from './notes';
export * from './popup';
export { PREFILL_PROBLEMS, prefillStep } from './prefill';
export * from './profile';
export * from './requirements';
export * from './settings';
export * from './table';
