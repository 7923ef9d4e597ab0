import { withPageFacts } from '../posting-facts';
import {
  type EditableFact,
  Extraction,
  FitInput,
  MAX_VERSIONS,
  PageCapture,
  PostingBody,
  PostingRow,
} from '../schema';
import { db } from './database';
import { deadlineFromJsonLd } from './deadline';
import { userFactsOf, withUserFacts } from './facts';
import { salvageFields } from './salvage';

export interface RecordResult {
  jobKey: string;
  /** A new posting (status `seen`) rather than a visit to a known one. */
  created: boolean;
  /** The text differs from the stored one; the previous text was kept as a version. */
  textChanged: boolean;
  /**
   * The stored posting was damaged (a buggy version, a hand edit) and this capture repaired it:
   * every field that still read correctly was kept, the rest came from the page.
   */
  repaired: boolean;
  /**
   * The extraction as stored, with the facts the user edited over the engine's and the page's own
   * names filling the rest: what the popup shows of this posting at once.
   */
  preview: Extraction;
}

/** Layout and whitespace differ between renders of the same posting; they are not an edit. */
const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Stores a capture. A new job becomes a `seen` posting; a known one is refreshed without touching
 * its status, dates, notes, contacts or history, and a changed text pushes the previous text (with
 * its extraction) onto `versions`. The read and the write share one transaction, and IndexedDB runs
 * read-write transactions on the same tables one after the other, so two tabs capturing the same
 * job at once give one record. A damaged stored posting is repaired rather than refused. The facts
 * the user edited (the row's `edited`) keep the user's value whatever the page now says.
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
  return db.transaction('rw', db.postings, db.bodies, db.events, async () => {
    const [storedRow, storedBody] = await Promise.all([
      db.postings.get(jobKey),
      db.bodies.get(jobKey),
    ]);
    const readRow = storedRow === undefined ? undefined : PostingRow.safeParse(storedRow);
    const readBody = storedBody === undefined ? undefined : PostingBody.safeParse(storedBody);
    // An unreadable body is rebuilt from this capture (its older versions were unreadable too).
    const body = readBody?.success ? readBody.data : undefined;
    const repaired = readRow?.success === false || readBody?.success === false;
    if (repaired) console.warn(`Reqlens repairs the damaged stored posting ${jobKey}`);
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
    const fresh: PostingRow = { ...newRow(jobKey, now), ...fromPage, ...pageNames(page), deadline };
    const before =
      readRow === undefined
        ? undefined
        : readRow.success
          ? readRow.data
          : await salvage(storedRow, fresh);
    const edited = before?.edited ?? [];
    const mine = (fact: EditableFact) => edited.includes(fact);
    // The user's own facts go over the engine's in both copies of the extraction.
    const keep = <T extends Pick<Extraction, 'posting'>>(e: T): T =>
      before ? withUserFacts(e, userFactsOf(before), edited) : e;
    const stored = keep(extracted);
    const row: PostingRow = before
      ? {
          ...before,
          ...fromPage,
          extraction: keep(fromPage.extraction),
          // A page that lost a field (a lazy-loaded header) does not erase what an earlier visit
          // saw, and no page overwrites what the user typed.
          title: mine('title') ? before.title : (page.title ?? before.title),
          company: mine('company') ? before.company : (page.company ?? before.company),
          location: mine('location') ? before.location : (page.location ?? before.location),
          deadline: mine('deadline') ? before.deadline : (deadline ?? before.deadline),
        }
      : fresh;
    const textChanged =
      body !== undefined && before !== undefined && !sameText(body.text, page.text);
    const versions = body?.versions ?? [];
    const nextBody: PostingBody = {
      jobKey,
      extraction: stored,
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
    const preview = { ...stored, posting: withPageFacts(stored.posting, row) };
    return { jobKey, created: !before, textChanged, repaired, preview };
  });
}

/** A damaged row's readable fields over a fresh row's; a lost status comes from the history. */
async function salvage(stored: unknown, fresh: PostingRow): Promise<PostingRow> {
  const kept = salvageFields(PostingRow, stored);
  const last = kept.status
    ? undefined
    : (await db.events.where('jobKey').equals(fresh.jobKey).sortBy('at')).at(-1);
  return { ...fresh, ...kept, ...(last && { status: last.to }), jobKey: fresh.jobKey };
}

/** The fields only a new posting starts with. */
function newRow(jobKey: string, now: number) {
  return {
    jobKey,
    status: 'seen' as const,
    createdAt: now,
    savedAt: null,
    appliedAt: null,
    reminderAt: null,
    contacts: [],
    interviews: [],
  };
}

const pageNames = (page: PageCapture) => ({
  title: page.title,
  company: page.company,
  location: page.location,
});
