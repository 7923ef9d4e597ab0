import { companyTokens, duplicateCandidates, findDuplicates } from '../data/duplicates';
import { containment } from '../data/similarity';
import { PostingBody, PostingRow } from '../schema';
import { db } from './database';
import { parseRows } from './rows';

/** Company names that may be the same employer as `company` (all of the shorter name in the longer). */
function sameEmployer(company: string, names: readonly string[]): string[] {
  const own = new Set(companyTokens(company));
  if (own.size === 0) return [];
  return names.filter((name) => containment(own, new Set(companyTokens(name))) === 1);
}

/**
 * Which of `jobKeys` look like another stored posting (the same job saved from two places), for a
 * "Possible duplicate" mark on the board and the popup. Unlike the Settings search over the whole
 * tracker, it reads only the rows of the same employers: the company index's distinct names first,
 * then those rows, then the texts of the pairs that pass the cheap gates.
 */
export async function possibleDuplicates(
  jobKeys: readonly string[],
  dismissed: ReadonlySet<string> = new Set(),
): Promise<Set<string>> {
  if (jobKeys.length === 0) return new Set();
  return db.transaction('r', [db.postings, db.bodies], async () => {
    const targets = parseRows(
      PostingRow,
      'postings',
      (await db.postings.bulkGet([...jobKeys])).filter((r) => r !== undefined),
    );
    const names = (await db.postings.orderBy('company').uniqueKeys()).filter(
      (k): k is string => typeof k === 'string',
    );
    const wanted = new Set(
      targets.flatMap((t) => (t.company ? sameEmployer(t.company, names) : [])),
    );
    if (wanted.size === 0) return new Set<string>();
    const rows = parseRows(
      PostingRow,
      'postings',
      await db.postings
        .where('company')
        .anyOf([...wanted])
        .toArray(),
    );
    const candidates = duplicateCandidates(rows, { dismissed });
    if (candidates.length < 2) return new Set<string>();
    const bodies = parseRows(
      PostingBody,
      'bodies',
      (await db.bodies.bulkGet(candidates)).filter((b) => b !== undefined),
    );
    const texts = new Map(bodies.map((b) => [b.jobKey, b.text]));
    const inputs = rows.flatMap((row) => {
      const text = texts.get(row.jobKey);
      return text === undefined ? [] : [{ ...row, text }];
    });
    const asked = new Set(jobKeys);
    const flagged = new Set<string>();
    for (const pair of findDuplicates(inputs, { dismissed })) {
      if (asked.has(pair.a)) flagged.add(pair.a);
      if (asked.has(pair.b)) flagged.add(pair.b);
    }
    return flagged;
  });
}
