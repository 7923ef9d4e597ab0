import { describe, expect, it } from 'vitest';
import type { PostingRow } from '@/lib/schema';
import { postingFacts } from '@/lib/testing/extraction';
import { refineRows, rowFacts } from './tableRows';

const base: Omit<PostingRow, 'jobKey' | 'status' | 'savedAt' | 'updatedAt' | 'title'> = {
  url: 'https://jobs.example.com/x',
  canonicalUrl: 'https://jobs.example.com/x',
  site: 'generic',
  detectedBy: 'generic',
  company: 'Acme',
  location: null,
  extraction: { posting: postingFacts(), requirements: [] },
  createdAt: new Date(2026, 0, 1).getTime(),
  capturedAt: 0,
  appliedAt: null,
  deadline: null,
  reminderAt: null,
  contacts: [],
  interviews: [],
};

const row = (
  jobKey: string,
  status: PostingRow['status'],
  saved: Date | null,
  updatedAt: number,
): PostingRow => ({
  ...base,
  jobKey,
  title: jobKey,
  status,
  savedAt: saved ? saved.getTime() : null,
  updatedAt,
});

const rows = [
  row('a', 'applied', new Date(2026, 2, 1, 9), 5),
  row('b', 'saved', new Date(2026, 2, 15, 23, 59), 4),
  row('c', 'offer', new Date(2026, 2, 16, 0, 0), 3),
  row('d', 'seen', null, 2),
];
const scores: Record<string, number | null> = { a: 80, b: 40, c: null, d: 60 };
const fitScore = (r: PostingRow) => scores[r.jobKey] ?? null;
const keys = (out: PostingRow[]) => out.map((r) => r.jobKey);
const none = {
  company: '',
  from: '',
  to: '',
  fit: 'any' as const,
  sort: { key: 'updatedAt' as const, dir: 'desc' as const },
  fitScore: null,
};

describe('refineRows', () => {
  it('keeps the database order when nothing is refined', () => {
    expect(keys(refineRows(rows, none))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters on the saved day with an inclusive local date range', () => {
    expect(keys(refineRows(rows, { ...none, from: '2026-03-02', to: '2026-03-15' }))).toEqual([
      'b',
    ]);
    expect(keys(refineRows(rows, { ...none, from: '2026-03-16' }))).toEqual(['c']);
    // An unsaved posting counts from when it was first seen (1 January).
    expect(keys(refineRows(rows, { ...none, to: '2026-01-31' }))).toEqual(['d']);
  });

  it('filters on the company ignoring case and accents', () => {
    const lefevre = { ...row('e', 'saved', null, 1), company: 'Maison Lefèvre' };
    expect(keys(refineRows([...rows, lefevre], { ...none, company: 'maison lefevre ' }))).toEqual([
      'e',
    ]);
  });

  it('filters on a minimum fit score or on unknown fit', () => {
    expect(keys(refineRows(rows, { ...none, fitScore, fit: '50' }))).toEqual(['a', 'd']);
    expect(keys(refineRows(rows, { ...none, fitScore, fit: 'unknown' }))).toEqual(['c']);
  });

  it('ignores fit filters when there is no profile', () => {
    expect(keys(refineRows(rows, { ...none, fit: '75' }))).toHaveLength(4);
  });

  it('sorts by fit with unscored postings last in both directions', () => {
    const desc = { key: 'fit' as const, dir: 'desc' as const };
    expect(keys(refineRows(rows, { ...none, fitScore, sort: desc }))).toEqual(['a', 'd', 'b', 'c']);
    expect(keys(refineRows(rows, { ...none, fitScore, sort: { ...desc, dir: 'asc' } }))).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('sorts by stage in tracker order', () => {
    const sort = { key: 'status' as const, dir: 'asc' as const };
    expect(keys(refineRows(rows, { ...none, sort }))).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('refineRows laziness', () => {
  it('computes no fit at all unless a fit filter or the fit order asks for it', () => {
    let calls = 0;
    const counting = (r: PostingRow) => {
      calls++;
      return fitScore(r);
    };
    refineRows(rows, { ...none, fitScore: counting });
    expect(calls).toBe(0);
    refineRows(rows, { ...none, fitScore: counting, fit: '50' });
    expect(calls).toBe(4);
  });
});

describe('work model and employment type', () => {
  const withFacts = (jobKey: string, facts: Parameters<typeof postingFacts>[0]): PostingRow => ({
    ...row(jobKey, 'saved', new Date(2026, 2, 1), 1),
    extraction: { posting: postingFacts(facts), requirements: [] },
  });
  const listed = [
    withFacts('remote-contract', { workplace: 'remote', employmentTypes: ['contract'] }),
    withFacts('onsite-both', { workplace: 'onsite', employmentTypes: ['full_time', 'temporary'] }),
    // A row stored before the list existed: its single type still counts.
    withFacts('old-row', {
      workplace: null,
      employmentTypes: undefined,
      employmentType: 'temporary',
    }),
    { ...withFacts('damaged', {}), extraction: { posting: { workplace: 'mars' } } as never },
  ];

  it('keeps the postings that state the chosen value, and none that do not say', () => {
    expect(keys(refineRows(listed, { ...none, workplace: 'onsite' }))).toEqual(['onsite-both']);
    expect(keys(refineRows(listed, { ...none, employment: 'temporary' }))).toEqual([
      'onsite-both',
      'old-row',
    ]);
    expect(keys(refineRows(listed, { ...none, workplace: '', employment: '' }))).toHaveLength(4);
  });

  it('reads no facts from a damaged extraction, without throwing', () => {
    expect(rowFacts(listed[3] as PostingRow)).toEqual({
      workplace: null,
      employmentTypes: [],
      salary: null,
    });
  });
});
