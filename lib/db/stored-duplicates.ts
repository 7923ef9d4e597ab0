import {
  type DuplicatePair,
  duplicateCandidates,
  type FindDuplicatesOptions,
  findDuplicates,
} from '../data/duplicates';
import { PostingBody, PostingRow } from '../schema';
import { db } from './database';
import { parseRows } from './rows';

/**
 * Likely duplicates among the stored postings. Texts can be 200 KB each, so only the texts of
 * postings that pass the cheap gates (employer, title, place) are read.
 */
export async function findStoredDuplicates(
  options: FindDuplicatesOptions = {},
): Promise<DuplicatePair[]> {
  return db.transaction('r', [db.postings, db.bodies], async () => {
    const rows = parseRows(PostingRow, 'postings', await db.postings.toArray());
    const keys = duplicateCandidates(rows, options);
    const bodies = parseRows(
      PostingBody,
      'bodies',
      (await db.bodies.bulkGet(keys)).filter((b) => b !== undefined),
    );
    const texts = new Map(bodies.map((b) => [b.jobKey, b.text]));
    const candidates = rows.flatMap((row) => {
      const text = texts.get(row.jobKey);
      return text === undefined ? [] : [{ ...row, text }];
    });
    return findDuplicates(candidates, options);
  });
}
