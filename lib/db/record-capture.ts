import {
  Extraction,
  FitInput,
  MAX_VERSIONS,
  PageCapture,
  PostingBody,
  PostingRow,
} from '../schema';
import { db } from './database';
import { deadlineFromJsonLd } from './deadline';
import { parseRow } from './rows';

export interface RecordResult {
  jobKey: string;
  /** A new posting (status `seen`) rather than a visit to a known one. */
  created: boolean;
  /** The text differs from the stored one; the previous text was kept as a version. */
  textChanged: boolean;
}

/** Layout and whitespace differ between renders of the same posting; they are not an edit. */
const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Stores a capture. A new job becomes a `seen` posting; a known one is refreshed without touching
 * its status, dates, notes, contacts or history, and a changed text pushes the previous text (with
 * its extraction) onto `versions`. The read and the write share one transaction, and IndexedDB runs
 * read-write transactions on the same tables one after the other, so two tabs capturing the same
 * job at once give one record.
 */
export async function recordCapture(
  capture: PageCapture,
  extraction: Extraction,
  now: number,
): Promise<RecordResult> {
  // Parsed here too so no caller can put a row in the database that reading would reject.
  const page = PageCapture.parse(capture);
  const extracted = Extraction.parse(extraction);
  const { jobKey } = page;
  return db.transaction('rw', db.postings, db.bodies, async () => {
    const [storedRow, storedBody] = await Promise.all([
      db.postings.get(jobKey),
      db.bodies.get(jobKey),
    ]);
    const before = storedRow && parseRow(PostingRow, 'postings', jobKey, storedRow);
    const body = storedBody && parseRow(PostingBody, 'bodies', jobKey, storedBody);
    const fromPage = {
      url: page.url,
      canonicalUrl: page.canonicalUrl,
      site: page.site,
      detectedBy: page.detectedBy,
      // The row keeps what lists and fit read; the evidence sentences go to the body.
      extraction: FitInput.parse(extracted),
      capturedAt: now,
      updatedAt: now,
    };
    const deadline = deadlineFromJsonLd(page.jsonLd);
    const row: PostingRow = before
      ? {
          ...before,
          ...fromPage,
          // A page that lost a field (a lazy-loaded header) does not erase what an earlier visit saw.
          title: page.title ?? before.title,
          company: page.company ?? before.company,
          location: page.location ?? before.location,
          deadline: deadline ?? before.deadline,
        }
      : {
          jobKey,
          ...fromPage,
          title: page.title,
          company: page.company,
          location: page.location,
          status: 'seen',
          createdAt: now,
          savedAt: null,
          appliedAt: null,
          deadline,
          reminderAt: null,
          contacts: [],
          interviews: [],
        };
    const textChanged =
      body !== undefined && before !== undefined && !sameText(body.text, page.text);
    const versions = body?.versions ?? [];
    const nextBody: PostingBody = {
      jobKey,
      extraction: extracted,
      text: page.text,
      jsonLd: page.jsonLd,
      versions:
        textChanged && before
          ? [
              ...versions,
              { text: body.text, extraction: body.extraction, capturedAt: before.capturedAt },
            ].slice(-MAX_VERSIONS)
          : versions,
    };
    await db.postings.put(row);
    await db.bodies.put(nextBody);
    return { jobKey, created: !before, textChanged };
  });
}
