import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pairKey } from '../data/duplicates';
import { support, supportExtraction, supportOnLinkedIn } from '../data/fixtures';
import { seedPostings, T0 } from '../data/testing-db';
import { possibleDuplicates } from './duplicate-flags';
import { db, recordCapture } from './index';

const onLinkedIn = {
  ...supportOnLinkedIn,
  location: 'Toronto, Ontario, Canada',
  text: `${support.text}\nSee who MaplePay has hired for this role.`,
};

beforeEach(async () => {
  await seedPostings(T0);
  await recordCapture(onLinkedIn, supportExtraction, T0 + 1);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('possibleDuplicates', () => {
  it('marks the asked postings that have a likely twin, reading only their employer', async () => {
    const all = (await db.postings.toArray()).map((r) => r.jobKey);
    const others = all.filter((k) => k !== support.jobKey && k !== onLinkedIn.jobKey);
    expect(others.length).toBeGreaterThan(0);
    const where = vi.spyOn(db.postings, 'where');
    const flagged = await possibleDuplicates(all);
    expect([...flagged].sort()).toEqual([support.jobKey, onLinkedIn.jobKey].sort());
    expect(where).toHaveBeenCalledWith('company');
    // Asked about one side only, only that side is marked.
    expect([...(await possibleDuplicates([onLinkedIn.jobKey]))]).toEqual([onLinkedIn.jobKey]);
    expect([...(await possibleDuplicates(others))]).toEqual([]);
  });

  it('leaves out a pair the user said is not the same job, and unknown keys', async () => {
    const dismissed = new Set([pairKey(onLinkedIn.jobKey, support.jobKey)]);
    expect([...(await possibleDuplicates([support.jobKey], dismissed))]).toEqual([]);
    expect([...(await possibleDuplicates(['nowhere:1']))]).toEqual([]);
    expect([...(await possibleDuplicates([]))]).toEqual([]);
  });
});
