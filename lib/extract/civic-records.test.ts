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

const posting = (...lines: string[]) => read(...lines).posting;
const schooling = (...lines: string[]) =>
  read(...lines)
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? [r.level, r.required, r.equivalentAccepted] : []));

describe('field lines quoted as markdown', () => {
  it('reads the title, employer and place of quoted header fields', () => {
    const p = posting(
      '>Updated: March 3, 2023',
      '>Job title: Content designer co-op',
      '>Area of government: Provincial Digital Office',
      '>Location: Ottawa, Ontario',
      '>Salary: $800.50 - $1,050.00 weekly',
      '',
      '## What you will do',
      'Write plain-language pages with the product team.',
    );
    expect(p.title).toBe('Content designer co-op');
    expect(p.company).toBe('Provincial Digital Office');
    expect(p.locations).toEqual(['Ottawa, Ontario']);
    expect(p.salary).toEqual({ min: 800.5, max: 1050, currency: 'CAD', period: 'week' });
  });

  it('keeps a quoted "more than" before a figure', () => {
    const x = read('Data Engineer', 'Requirements:', '> 4 years of experience with SQL');
    const years = x.requirements.filter((r) => r.kind === 'experience');
    expect(years.length).toBe(1);
  });
});

describe('public-service employers named by their field label', () => {
  it.each([
    [
      ['Policy Advisor', 'Ministry: Ministry of Transportation', 'Location: Toronto'],
      'Ministry of Transportation',
    ],
    [
      ['IT Specialist', 'Agency: Bureau of Land Records', 'Location: Denver, CO'],
      'Bureau of Land Records',
    ],
    [
      ['Chargé de mission', 'Ministère : Ministère de la Culture', 'Lieu : Lyon'],
      'Ministère de la Culture',
    ],
    [
      ['Sachbearbeiter (m/w/d)', 'Behörde: Landesamt für Statistik', 'Ort: Kiel'],
      'Landesamt für Statistik',
    ],
  ])('%j -> %s', (lines, company) => {
    expect(posting(...lines).company).toBe(company);
  });

  it('reads a section heading between the employer and its record fields as no place', () => {
    const p = posting(
      'Signal Maintainer',
      'Metro Transit',
      'JOB INFORMATION',
      'Requisition ID: 4410',
      'Salary Information: $34.10 - $41.90',
      'Employment Type: Regular',
    );
    expect(p.title).toBe('Signal Maintainer');
    expect(p.company).toBe('Metro Transit');
    expect(p.locations).toEqual([]);
  });
});

describe('pay in a city job record', () => {
  it('reads a dollar sign padded off its figure, and a city that places it in the US', () => {
    const p = posting(
      'Office Aide Part Time',
      'DEPT OF RECORDS',
      '31 Chambers St, New York N',
      'Proposed Salary Range: $     18.50 - $     21.75 (Hourly)',
      'Job Description',
      'The office in New York City seeks a part-time aide for filing and data entry.',
    );
    expect(p.salary).toEqual({ min: 18.5, max: 21.75, currency: 'USD', period: 'hour' });
  });
});

describe('post-secondary schooling', () => {
  it('reads "post-secondary education" as a college programme, equivalence accepted', () => {
    expect(
      schooling(
        'Key Qualifications:',
        'Post-secondary education in Finance or Accounting, or an equivalent combination of education and experience.',
      ),
    ).toEqual([['associate', true, true]]);
  });

  it('still reads a post-secondary degree as a degree', () => {
    expect(
      schooling(
        'Requirements:',
        'Post-secondary degree in Business Administration or a related discipline.',
      )[0]?.[0],
    ).toBe('bachelor');
  });

  it('reads students enrolled in a diploma or a degree at the diploma', () => {
    expect(
      schooling(
        'Requirements:',
        '• Currently pursuing a Diploma or Degree in Marketing or a related field.',
      )[0]?.[0],
    ).toBe('associate');
  });

  it('reads second-year university students as enrolled in a degree', () => {
    expect(
      schooling(
        'Education',
        '2nd or 3rd year University students in Engineering or Business.',
      )[0]?.[0],
    ).toBe('bachelor');
  });

  it('accepts a civil-service route of equivalent education and/or experience', () => {
    expect(
      schooling(
        'Minimum Qualification Requirements',
        '1. An associate degree from an accredited college and one year of office experience; or',
        '2. Education and/or experience equivalent to "1" above.',
      ),
    ).toEqual([['associate', true, true]]);
  });
});

const tools = (...lines: string[]) =>
  read(...lines)
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => (r.kind === 'skill' ? r.name : ''));
const years = (...lines: string[]) =>
  read(...lines)
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears] : []));

describe('tools a hiring process forbids', () => {
  it.each([
    'Using AI tools such as ChatGPT or Microsoft Copilot to write your answers is prohibited.',
    'Die Nutzung von ChatGPT für Ihre Antworten ist untersagt.',
    "L'utilisation de ChatGPT pour rédiger vos réponses est interdite.",
  ])('names no skill: %s', (sentence) => {
    expect(tools('Accounts Clerk', 'Requirements:', '- Advanced Excel.', sentence)).toEqual([
      'Excel',
    ]);
  });
});

describe('a substitution cap is no experience asked', () => {
  it('reads the years each route asks, not the most credits may replace', () => {
    expect(
      years(
        'Minimum Qualification Requirements',
        '1. An associate degree and two years of satisfactory full-time experience in benefits work; or',
        '2. A high school diploma and four years of the experience described in "1" above. Each 15 college credits may be substituted for each 6 months of experience to a maximum of 2 years experience.',
      ),
    ).toEqual([
      [2, null],
      [4, null],
    ]);
  });
});

describe('an employer line over a unit line and record fields', () => {
  it('reads the employer when a unit or closing-date line stands before the fields', () => {
    const p = posting(
      'Senior Manager (Operations)',
      'Ministry of Community Services',
      'Closing on 30 Jun 2026',
      'Employment Type: Permanent/Contract',
      'Work Arrangement: Full-time',
    );
    expect(p.company).toBe('Ministry of Community Services');
    expect(p.title).toBe('Senior Manager (Operations)');
  });
});
