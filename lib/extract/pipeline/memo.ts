/**
 * Answers a reader keeps while one posting is read (the header read once for the title, company
 * and place readers; each sentence's word-start bits for every look) are dropped when the
 * extraction ends: nothing of a posting's text stays held, and reading the same text again costs
 * what reading it the first time did.
 */
const resets: (() => void)[] = [];

/** Registers how a module drops what it keeps for the posting being read. */
export function forgetAfterExtract(reset: () => void): void {
  resets.push(reset);
}

/** Called by `extract()` as it returns. */
export function forgetPosting(): void {
  for (const reset of resets) reset();
}
