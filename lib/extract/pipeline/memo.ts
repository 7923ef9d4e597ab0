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

/**
 * `read` answered once per posting: its answer for the text last asked about is kept until the
 * extraction ends (the header and the send-to address are asked for by several readers).
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; answer: T } | null = null;
  forgetAfterExtract(() => {
    last = null;
  });
  return (text) => {
    if (last?.text !== text) last = { text, answer: read(text) };
    return last.answer;
  };
}
