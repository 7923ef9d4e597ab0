/** One line of a line-by-line comparison between two versions of a text. */
export interface DiffLine {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Above this many cells the LCS table would cost too much memory; the changed middle is then shown
 * as removed-then-added, which is still correct, just less precise.
 */
const MAX_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n');
}

/** The longest common subsequence of two line lists, as a table walked back from the end. */
function lcsDiff(a: string[], b: string[]): DiffLine[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const here = i * width + j;
      table[here] =
        a[i] === b[j]
          ? (table[here + width + 1] ?? 0) + 1
          : Math.max(table[here + width] ?? 0, table[here + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ai = a[i] as string;
    const bj = b[j] as string;
    if (ai === bj) {
      out.push({ type: 'same', text: ai });
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      out.push({ type: 'removed', text: ai });
      i++;
    } else {
      out.push({ type: 'added', text: bj });
      j++;
    }
  }
  for (; i < a.length; i++) out.push({ type: 'removed', text: a[i] as string });
  for (; j < b.length; j++) out.push({ type: 'added', text: b[j] as string });
  return out;
}

/** Line diff from `before` to `after`: every line of both, in order, marked same/added/removed. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle =
    (midA.length + 1) * (midB.length + 1) <= MAX_CELLS
      ? lcsDiff(midA, midB)
      : [
          ...midA.map((text): DiffLine => ({ type: 'removed', text })),
          ...midB.map((text): DiffLine => ({ type: 'added', text })),
        ];
  const same = (text: string): DiffLine => ({ type: 'same', text });
  return [...a.slice(0, head).map(same), ...middle, ...a.slice(a.length - tail).map(same)];
}

/** True when the diff has at least one added or removed line. */
export function hasChanges(diff: DiffLine[]): boolean {
  return diff.some((line) => line.type !== 'same');
}
