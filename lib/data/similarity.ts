/** Text normalisation and set similarity for duplicate detection. Pure and linear-time. */

/** Lowercase, strip accents, turn everything but letters and digits into single spaces. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(s: string): string[] {
  const n = normaliseText(s);
  return n === '' ? [] : n.split(' ');
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** Share of the smaller set found in the larger: one site may cut or pad the same description. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const x of small) if (large.has(x)) inter += 1;
  return inter / small.size;
}

/** Word k-shingles: overlapping runs of k words, so shared vocabulary alone doesn't look alike. */
export function shingles(text: string, k = 4): Set<string> {
  const words = tokens(text);
  const out = new Set<string>();
  if (words.length < k) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}
