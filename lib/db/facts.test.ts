import { beforeEach, describe, expect, it } from 'vitest';
import { type Extraction, mostSpecificEmployment } from '../schema';
import { freshDb } from '../testing/db';
import { editFacts, NO_USER_FACTS, type UserFacts, withUserFacts } from './facts';
import { analyst, analystExtraction } from './fixtures/captures';
import { getPosting } from './read';
import { recordCapture } from './record-capture';
import { PostingNotFoundError } from './status';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
const HOUR = 3_600_000;
const salary = { min: 70_000, max: 80_000, currency: 'EUR', period: 'year' } as const;

/** The engine's reading of the page on a later visit: other names, a salary now posted. */
const rereadExtraction: Extraction = {
  ...analystExtraction,
  posting: {
    ...analystExtraction.posting,
    title: 'Lead Data Analyst (m/w/d)',
    company: 'Northwind Logistics SE',
    locations: ['Hamburg'],
    salary: { min: 60_000, max: 65_000, currency: 'EUR', period: 'year' },
  },
};
const reread = {
  ...analyst,
  title: 'Lead Data Analyst (m/w/d)',
  company: 'Northwind Logistics SE',
  location: 'Hamburg, Germany',
  jsonLd: JSON.stringify({ '@type': 'JobPosting', validThrough: '2026-06-30' }),
};

beforeEach(async () => {
  await freshDb();
  await recordCapture(analyst, analystExtraction, T0);
});

describe('editFacts', () => {
  it('stores the user facts on the row and in the extraction every view reads', async () => {
    const deadline = Date.UTC(2026, 4, 15);
    await editFacts(
      analyst.jobKey,
      { title: ' Data Analyst ', company: 'Northwind', location: 'Remote', salary, deadline },
      T0 + HOUR,
    );
    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({
      title: 'Data Analyst',
      company: 'Northwind',
      location: 'Remote',
      deadline,
      updatedAt: T0 + HOUR,
      edited: ['title', 'company', 'location', 'salary', 'deadline'],
    });
    expect(posting?.extraction.posting).toMatchObject({
      title: 'Data Analyst',
      company: 'Northwind',
      locations: ['Remote'],
      salary,
    });
    // The requirements are not the user's to edit here and stay as read.
    expect(posting?.extraction.requirements).toEqual(analystExtraction.requirements);
  });

  it('only marks and changes the facts given; an empty line clears one', async () => {
    await editFacts(analyst.jobKey, { company: '' }, T0 + HOUR);
    const posting = await getPosting(analyst.jobKey);
    expect(posting).toMatchObject({ title: 'Senior Data Analyst', company: null });
    expect(posting?.edited).toEqual(['company']);
  });

  it('refuses invalid values and unknown postings, writing nothing', async () => {
    await expect(editFacts(analyst.jobKey, { deadline: -5 }, T0 + HOUR)).rejects.toThrow();
    await expect(
      editFacts(analyst.jobKey, { status: 'offer' } as never, T0 + HOUR),
    ).rejects.toThrow();
    await expect(editFacts('lever:nobody:1', { title: 'X' }, T0)).rejects.toBeInstanceOf(
      PostingNotFoundError,
    );
    const posting = await getPosting(analyst.jobKey);
    expect(posting?.updatedAt).toBe(T0);
    expect(posting?.edited).toBeUndefined();
  });
});

describe('a later capture of the page', () => {
  it('never overwrites what the user edited, and still refreshes the rest', async () => {
    await editFacts(analyst.jobKey, { title: 'Data Analyst', salary }, T0 + HOUR);
    const result = await recordCapture(reread, rereadExtraction, T0 + 2 * HOUR);
    const posting = await getPosting(analyst.jobKey);
    // Edited: the user's value stays, on the row and in both copies of the extraction.
    expect(posting?.title).toBe('Data Analyst');
    expect(posting?.extraction.posting.title).toBe('Data Analyst');
    expect(posting?.extraction.posting.salary).toEqual(salary);
    expect(result.preview.posting).toMatchObject({ title: 'Data Analyst', salary });
    // Not edited: the page's new values come in.
    expect(posting?.company).toBe('Northwind Logistics SE');
    expect(posting?.location).toBe('Hamburg, Germany');
    expect(posting?.extraction.posting.locations).toEqual(['Hamburg']);
    expect(posting?.deadline).toBe(Date.parse('2026-06-30'));
    expect(posting?.edited).toEqual(['title', 'salary']);
  });

  it('keeps a fact the user cleared cleared, and an edited deadline', async () => {
    const deadline = Date.UTC(2026, 3, 1);
    await editFacts(analyst.jobKey, { location: null, deadline }, T0 + HOUR);
    await recordCapture(reread, rereadExtraction, T0 + 2 * HOUR);
    const posting = await getPosting(analyst.jobKey);
    expect(posting?.location).toBeNull();
    expect(posting?.extraction.posting.locations).toEqual([]);
    expect(posting?.deadline).toBe(deadline);
    expect(posting?.title).toBe('Lead Data Analyst (m/w/d)');
  });
});

describe('withUserFacts', () => {
  it('puts a work model and employment types the user gave over the engine’s', () => {
    const facts: UserFacts = {
      ...NO_USER_FACTS,
      title: 'Analyst',
      workplace: 'remote',
      employmentTypes: ['part_time', 'temporary'],
    };
    const mine = withUserFacts(analystExtraction, facts, ['workplace', 'employmentTypes']);
    expect(mine.posting.workplace).toBe('remote');
    expect(mine.posting.employmentTypes).toEqual(['part_time', 'temporary']);
    expect(mine.posting.employmentType).toBe(mostSpecificEmployment(['part_time', 'temporary']));
    // Facts not listed as the user's stay the engine's.
    expect(withUserFacts(analystExtraction, facts, ['title']).posting.workplace).toBe(
      analystExtraction.posting.workplace,
    );
  });
});
