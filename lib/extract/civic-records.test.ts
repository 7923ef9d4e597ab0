import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * City, provincial and national public-service records laid out as job boards export them: field
 * lines on top, then qualification clauses. Written in our own words after the patterns seen in
 * municipal, transit-authority and government career sites.
 */
const read = (...lines: string[]) => extract({ text: lines.join('\n') });
const types = (...lines: string[]) => read(...lines).posting.employmentTypes;
const spoken = (...lines: string[]) =>
  read(...lines)
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => (r.kind === 'language' ? [r.language, r.level] : []));

describe('hours that describe past work are not the job’s hours', () => {
  it('reads no type from civil-service experience clauses', () => {
    expect(
      types(
        'Parks Inspector',
        'Department of Parks',
        'Qualification Requirements',
        '1. Three (3) years of satisfactory full-time experience in grounds maintenance; or',
        '2. Two years of responsible full-time supervisory experience and a high school diploma.',
      ),
    ).toEqual([]);
  });

  it('keeps the hours the job states beside such a clause', () => {
    expect(
      types(
        'Records Clerk',
        'Job type: Part-time',
        'Requirements: one year of full-time clerical experience.',
      ),
    ).toEqual(['part_time']);
  });

  it('reads German and French experience in full-time years as past work', () => {
    expect(types('Sachbearbeiter', 'Voraussetzung: drei Jahre Vollzeit-Berufserfahrung.')).toEqual(
      [],
    );
    expect(
      types(
        'Agent administratif',
        "Exigence : deux ans d'expérience à temps plein dans un bureau.",
      ),
    ).toEqual([]);
  });

  it('ignores a note addressed to internal full-time and part-time staff', () => {
    expect(
      types(
        'Kitchen Helper',
        'Job Type & Duration: Part-time, Permanent',
        'NOTE TO INTERNAL FULL-TIME AND PART-TIME STAFF OF THE CITY:',
        'Current employees must apply to full-time or part-time openings on the internal portal.',
      ),
    ).toEqual(['part_time']);
  });

  it('ignores the perks of being a full-time employee', () => {
    expect(
      types(
        'Track Labourer',
        'Employment Type: Regular',
        'One of the benefits of being a full-time member of staff is the pension plan.',
      ),
    ).toEqual([]);
  });
});

describe('a temporary job named by a record field', () => {
  it.each([
    [['Senior Analyst', 'Employment Type:  Temporary-Until March 31, 2027'], ['temporary']],
    [['Junior Developer', 'Job term: 3 Temporary - duration up to 12 months'], ['temporary']],
    [['Executive (Training)', 'Employment Type: Fixed Terms'], ['temporary']],
    [['Aide de cuisine', 'Type de contrat : CDD'], ['temporary']],
    [['Verkäufer (m/w/d)', 'Vertragsart: befristet'], ['temporary']],
  ])('%j -> %j', (lines, expected) => {
    const got = types(...lines);
    for (const t of expected) expect(got).toContain(t);
  });

  it('reads a term-limited position as temporary', () => {
    expect(types('Product Lead', 'This is a term-limited position of two years.')).toContain(
      'temporary',
    );
  });
});

describe('a pay field is not a contractor’s rate', () => {
  it('reads "Hourly Rate:" as the pay of a part-time post', () => {
    expect(
      types('Cook', 'Job Type & Duration: Part-time, Permanent', 'Hourly Rate: $30.10'),
    ).toEqual(['part_time']);
  });

  it('still reads a contractor’s "Rate:" line', () => {
    expect(types('Data Engineer', 'Rate: £500 per day', 'Duration: 6 months')).toContain(
      'contract',
    );
  });

  it('reads "Permanent/Contract" as either, not as contract work', () => {
    expect(
      types(
        'Manager (Operations)',
        'Employment Type: Permanent/Contract',
        'Work Arrangement: Full-time',
      ),
    ).toEqual(['full_time']);
  });
});

describe('languages the advert itself is published in', () => {
  it('asks for no language when bilingual adverts are provided in two languages', () => {
    expect(
      spoken(
        'Policy Analyst',
        'Adverts for posts designated bilingual are provided in both English and French.',
        'Posts that are not designated bilingual are displayed in English only.',
      ),
    ).toEqual([]);
  });

  it('reads no language from a link’s query string', () => {
    expect(
      spoken('Developer', '[Apply here](https://jobs.example.gov/Apply?Language=English&Id=7)'),
    ).toEqual([]);
  });

  it('still reads a language the job asks for', () => {
    expect(spoken('Clerk', 'Fluent English and French are required.')).toEqual([
      ['en', 'fluent'],
      ['fr', 'fluent'],
    ]);
  });
});
