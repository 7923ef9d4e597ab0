import type { Transaction } from 'dexie';
import { searchTextOf } from './stored';

type Loose = Record<string, unknown>;

const isLoose = (v: unknown): v is Loose => typeof v === 'object' && v !== null;

/** The extraction without its evidence sentences; anything unexpected is left as it is. */
function withoutEvidence(extraction: unknown): unknown {
  if (!isLoose(extraction) || !Array.isArray(extraction.requirements)) return extraction;
  const requirements = extraction.requirements.map((item: unknown) => {
    if (!isLoose(item)) return item;
    const { evidence: _moved, ...rest } = item;
    return rest;
  });
  return { ...extraction, requirements };
}

/**
 * v2 → v3: each posting's full extraction moves to its body, and the row keeps it without the
 * evidence sentences (what lists and fit read), plus `searchText`. As in v2, rows are unknown
 * shapes and never rejected here: a damaged row survives and is reported when it is read.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const extractions = new Map<string, unknown>();
  await tx
    .table('postings')
    .toCollection()
    .modify((row: Loose) => {
      if (typeof row.jobKey !== 'string') return;
      if ('extraction' in row) {
        extractions.set(row.jobKey, row.extraction);
        row.extraction = withoutEvidence(row.extraction);
      }
      row.searchText = searchTextOf(row);
    });
  const bodies = tx.table('bodies');
  await bodies.toCollection().modify((body: Loose) => {
    if (typeof body.jobKey !== 'string' || !extractions.has(body.jobKey)) return;
    body.extraction = extractions.get(body.jobKey);
    extractions.delete(body.jobKey);
  });
  // A posting whose body was lost keeps its extraction in a body of its own: that row still
  // reads as damaged (it has no text), but nothing the user had is thrown away.
  await bodies.bulkAdd([...extractions].map(([jobKey, extraction]) => ({ jobKey, extraction })));
}
