import { FitInput, type PostingBody, type PostingDetail, type PostingRow } from '../schema';

/**
 * How a posting is laid out in the tables, as pure functions (no database here): the search
 * text that the database keeps on every row, and the row/body split that captures make, for
 * whoever has to write rows without the database module (the UI benchmark seeds raw IndexedDB).
 */

/** Folds case and accents so "zurich" finds "Zürich" and "ingenieur" finds "Ingénieur". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type Named = Partial<Record<'title' | 'company' | 'location', unknown>>;
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * A posting's `searchText`: its title, company and location, folded, one per line. Search then
 * compares words with `includes` on one short string per posting instead of folding three.
 */
export function searchTextOf(row: Named): string {
  return fold(`${textOf(row.title)}\n${textOf(row.company)}\n${textOf(row.location)}`);
}

/** The query's words, folded; a posting matches when each one appears in its text or notes. */
export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function matchesWords(
  searchText: string,
  notes: string | undefined,
  words: readonly string[],
): boolean {
  return words.every((word) => searchText.includes(word) || (notes?.includes(word) ?? false));
}

/** A full posting as the two tables hold it: the list row and the body with the full extraction. */
export function storedParts(posting: PostingDetail): {
  row: PostingRow & { searchText: string };
  body: PostingBody;
} {
  const { text, jsonLd, versions, extraction, ...rest } = posting;
  const row = { ...rest, extraction: FitInput.parse(extraction) };
  return {
    row: { ...row, searchText: searchTextOf(row) },
    body: { jobKey: posting.jobKey, extraction, text, jsonLd, versions },
  };
}
