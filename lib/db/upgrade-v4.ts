import type { Transaction } from 'dexie';

type Loose = Record<string, unknown>;

const isLoose = (v: unknown): v is Loose => typeof v === 'object' && v !== null;

/** An extraction whose posting gains `employmentTypes` from its single `employmentType`. */
export function withEmploymentTypes(extraction: unknown): unknown {
  if (!isLoose(extraction) || !isLoose(extraction.posting)) return extraction;
  const posting = extraction.posting;
  if (Array.isArray(posting.employmentTypes)) return extraction;
  const one = posting.employmentType;
  const employmentTypes = typeof one === 'string' ? [one] : [];
  return { ...extraction, posting: { ...posting, employmentTypes } };
}

/**
 * v3 → v4: a posting's employment type becomes a list (`employmentTypes`, as schema.org's), on
 * the row, on its body and on the body's earlier versions. Rows are unknown shapes and never
 * rejected here: anything unexpected is left as it is and reported when it is read.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('postings')
    .toCollection()
    .modify((row: Loose) => {
      if ('extraction' in row) row.extraction = withEmploymentTypes(row.extraction);
    });
  await tx
    .table('bodies')
    .toCollection()
    .modify((body: Loose) => {
      if ('extraction' in body) body.extraction = withEmploymentTypes(body.extraction);
      if (Array.isArray(body.versions)) {
        body.versions = body.versions.map((v: unknown) =>
          isLoose(v) && 'extraction' in v
            ? { ...v, extraction: withEmploymentTypes(v.extraction) }
            : v,
        );
      }
    });
}
