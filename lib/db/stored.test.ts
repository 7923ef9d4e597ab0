import { describe, expect, it } from 'vitest';
import { PostingBody, PostingRow } from '../schema';
import { marketing, marketingExtraction } from './fixtures/captures';
import { matchesWords, searchWords, storedParts } from './stored';

const T0 = Date.UTC(2026, 5, 1, 8, 0);

const detail = {
  jobKey: marketing.jobKey,
  url: marketing.url,
  canonicalUrl: marketing.canonicalUrl,
  site: marketing.site,
  detectedBy: marketing.detectedBy,
  title: marketing.title,
  company: marketing.company,
  location: marketing.location,
  extraction: marketingExtraction,
  status: 'applied' as const,
  createdAt: T0,
  updatedAt: T0,
  capturedAt: T0,
  savedAt: T0,
  appliedAt: T0,
  deadline: null,
  reminderAt: null,
  contacts: [],
  interviews: [],
  text: marketing.text,
  jsonLd: null,
  versions: [],
};

describe('storedParts', () => {
  it('splits a posting into a row without evidence and a body with it', () => {
    const { row, body } = storedParts(detail);
    expect(PostingRow.parse(row).extraction.requirements).toHaveLength(
      marketingExtraction.requirements.length,
    );
    expect(JSON.stringify(row)).not.toContain('evidence');
    expect(row.searchText).toBe('charge(e) de marketing digital\nmaison lumiere\nlyon');
    expect(PostingBody.parse(body)).toEqual({
      jobKey: marketing.jobKey,
      extraction: marketingExtraction,
      text: marketing.text,
      jsonLd: null,
      versions: [],
    });
  });
});

describe('matchesWords', () => {
  it('needs every word, in the text or the notes, accents and case folded', () => {
    const { row } = storedParts(detail);
    const notes = '\nrelancer camille vendredi';
    expect(matchesWords(row.searchText, notes, searchWords('  Lumière  CAMILLE '))).toBe(true);
    expect(matchesWords(row.searchText, undefined, searchWords('lumière camille'))).toBe(false);
    expect(matchesWords(row.searchText, notes, searchWords('marketing paris'))).toBe(false);
    expect(matchesWords(row.searchText, undefined, searchWords('   '))).toBe(true);
  });
});
