import { describe, expect, it } from 'vitest';
import { checkExportFile } from '../lib/data/import-check';
import { Note, PostingBody, PostingRow, SETTINGS_DEFAULTS, StatusEvent } from '../lib/schema';
import { makePostings, makeTracker } from './seed';

describe('makeTracker', () => {
  const tracker = makeTracker(2000);

  it('makes rows the schemas accept', () => {
    for (const p of tracker.postings) PostingRow.parse(p);
    for (const b of tracker.bodies) PostingBody.parse(b);
    for (const e of tracker.events) StatusEvent.parse(e);
    for (const n of tracker.notes) Note.parse(n);
  });

  it('is a consistent export file (unique keys, history and notes of known postings)', () => {
    const bodies = new Map(tracker.bodies.map((b) => [b.jobKey, b]));
    const file = {
      format: 'reqlens-export',
      version: 1,
      exportedAt: 0,
      postings: tracker.postings.map((p) => ({ ...p, ...bodies.get(p.jobKey) })),
      events: tracker.events,
      notes: tracker.notes,
      profile: null,
      settings: { ...SETTINGS_DEFAULTS },
    };
    const checked = checkExportFile(file);
    expect(checked.ok ? 'ok' : checked.problem).toBe('ok');
  });

  it('points evidence at the posting text', () => {
    for (const body of tracker.bodies.slice(0, 200)) {
      for (const r of body.extraction.requirements) {
        expect(body.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      }
    }
  });

  it('varies statuses, languages and sites, with dates in order', () => {
    const count = (f: (p: PostingRow) => string) => new Set(tracker.postings.map(f)).size;
    expect(count((p) => p.status)).toBe(8);
    expect(count((p) => p.extraction.posting.lang)).toBeGreaterThanOrEqual(5);
    expect(count((p) => p.site)).toBeGreaterThanOrEqual(8);
    for (const p of tracker.postings) {
      if (p.savedAt !== null) expect(p.savedAt).toBeGreaterThan(p.createdAt);
      if (p.appliedAt !== null) expect(p.appliedAt).toBeGreaterThanOrEqual(p.savedAt ?? Infinity);
      expect(p.status === 'seen').toBe(p.savedAt === null);
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(makePostings(50, 7)).toEqual(makePostings(50, 7));
    expect(makePostings(50, 8)).not.toEqual(makePostings(50, 7));
  });

  it('makes 10,000 rows fast', () => {
    const start = performance.now();
    expect(makePostings(10_000)).toHaveLength(10_000);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
