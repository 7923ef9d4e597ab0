import {
  type EditableFact,
  Extraction,
  FitInput,
  MAX_VERSIONS,
  ManualPosting,
  type ManualPostingInput,
  PostingBody,
  PostingRow,
} from '../schema';
import { db } from './database';
import { NO_USER_FACTS, type UserFacts, userFactsOf, withUserFacts } from './facts';
import { parseRow } from './rows';

/** Where a job added by hand is filed: the key a capture of its page would use, when it has one. */
export interface ManualIdentity {
  jobKey: string;
  canonicalUrl: string;
  site: string;
}

export interface ManualResult {
  jobKey: string;
  /** A new posting, rather than a known one the entry completed. */
  created: boolean;
}

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The facts the user typed: those are theirs, and a later capture of the page keeps them. */
function typedFacts(entry: ManualPosting): EditableFact[] {
  return [
    'title',
    ...(entry.company ? (['company'] as const) : []),
    ...(entry.location ? (['location'] as const) : []),
  ];
}

/**
 * Stores a job the user added by hand, on the tracker (`saved`), in one transaction. The facts
 * typed in are marked as the user's own (a later capture of the page never overwrites them). A
 * job already stored under the same key (its page was seen before) is completed instead: the
 * typed facts go over the stored ones, a new pasted text replaces the stored one (kept as a
 * version), and a `seen` posting is saved; its status, dates, notes and history stay.
 */
export async function recordManualPosting(
  input: ManualPostingInput,
  extraction: Extraction,
  identity: ManualIdentity,
  now: number,
): Promise<ManualResult> {
  const entry = ManualPosting.parse(input);
  const extracted = Extraction.parse(extraction);
  const { jobKey } = identity;
  const typed = typedFacts(entry);
  return db.transaction('rw', db.postings, db.bodies, db.events, async () => {
    const [storedRow, storedBody] = await Promise.all([
      db.postings.get(jobKey),
      db.bodies.get(jobKey),
    ]);
    const before = storedRow && parseRow(PostingRow, 'postings', jobKey, storedRow);
    const body = storedBody && parseRow(PostingBody, 'bodies', jobKey, storedBody);
    const facts: UserFacts = {
      ...(before ? userFactsOf(before) : NO_USER_FACTS),
      title: entry.title,
      company: entry.company ?? before?.company ?? null,
      location: entry.location ?? before?.location ?? null,
    };
    const edited = [...new Set([...(before?.edited ?? []), ...typed])];
    const newText = body === undefined || (entry.text !== '' && !sameText(body.text, entry.text));
    // A known posting keeps its own reading unless the user pasted a new text.
    const kept = newText || body === undefined ? null : body;
    const full = withUserFacts(kept?.extraction ?? extracted, facts, edited);
    const { title, company, location, deadline } = facts;
    const names = { title, company, location, deadline };
    const status = before?.status ?? 'seen';
    const row: PostingRow = {
      jobKey,
      url: before?.url ?? entry.url ?? '',
      canonicalUrl: before?.canonicalUrl ?? identity.canonicalUrl,
      site: before?.site ?? identity.site,
      detectedBy: before?.detectedBy ?? 'manual',
      createdAt: before?.createdAt ?? now,
      capturedAt: before?.capturedAt ?? now,
      appliedAt: before?.appliedAt ?? null,
      reminderAt: before?.reminderAt ?? null,
      contacts: before?.contacts ?? [],
      interviews: before?.interviews ?? [],
      ...names,
      extraction: FitInput.parse(full),
      edited,
      status: status === 'seen' ? 'saved' : status,
      savedAt: before?.savedAt ?? now,
      updatedAt: now,
    };
    const versions = body?.versions ?? [];
    await db.postings.put(row);
    await db.bodies.put({
      jobKey,
      extraction: full,
      text: kept?.text ?? entry.text,
      jsonLd: body?.jsonLd ?? null,
      versions:
        body && newText && before
          ? [
              ...versions,
              { text: body.text, extraction: body.extraction, capturedAt: before.capturedAt },
            ].slice(-MAX_VERSIONS)
          : versions,
    });
    if (status === 'seen') await db.events.add({ jobKey, from: 'seen', to: 'saved', at: now });
    return { jobKey, created: before === undefined };
  });
}
