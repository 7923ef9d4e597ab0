import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pairKey } from '../data/duplicates';
import { support, supportExtraction, supportOnLinkedIn } from '../data/fixtures';
import { seedPostings, T0 } from '../data/testing-db';
import { db, recordCapture } from './index';
import { findStoredDuplicates } from './stored-duplicates';

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

describe('findStoredDuplicates', () => {
  it('finds the same job saved from two sites, reading only the texts it needs', async () => {
    const bulkGet = vi.spyOn(db.bodies, 'bulkGet');
    const pairs = await findStoredDuplicates();
    expect(pairs.map((p) => [p.a, p.b].sort())).toEqual([
      [support.jobKey, onLinkedIn.jobKey].sort(),
    ]);
    expect(pairs[0]?.reasons.map((r) => r.kind)).toEqual(['company', 'title', 'location', 'text']);
    expect(bulkGet).toHaveBeenCalledOnce();
    expect([...(bulkGet.mock.calls[0]?.[0] ?? [])].sort()).toEqual(
      [support.jobKey, onLinkedIn.jobKey].sort(),
    );
  });

  it('leaves out a pair the user dismissed', async () => {
    expect(
      await findStoredDuplicates({
        dismissed: new Set([pairKey(onLinkedIn.jobKey, support.jobKey)]),
      }),
    ).toEqual([]);
  });
});
