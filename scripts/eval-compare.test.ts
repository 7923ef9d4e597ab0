import { describe, expect, it } from 'vitest';
import type { Extraction } from '../lib/schema';
import { compare, compareDev, Expected, mostSpecific, overlaps } from './eval-compare';

const evidence = { text: 'x', start: 0, end: 1 };

const extraction: Extraction = {
  posting: {
    title: 'Support Analyst',
    company: 'Acme',
    locations: ['Austin, TX'],
    workplace: 'hybrid',
    employmentType: null,
    salary: null,
    relocation: null,
    visaSponsorship: 'not_offered',
    lang: 'en',
  },
  requirements: [
    {
      kind: 'experience',
      minYears: 4,
      maxYears: null,
      field: 'Customer Support',
      required: true,
      evidence,
    },
    {
      kind: 'experience',
      minYears: null,
      maxYears: null,
      field: 'operations',
      required: true,
      evidence,
    },
    { kind: 'language', language: 'en', level: 'fluent', cefr: null, required: true, evidence },
    {
      kind: 'education',
      level: 'master',
      field: null,
      equivalentAccepted: false,
      required: false,
      evidence,
    },
    {
      kind: 'education',
      level: 'bachelor',
      field: null,
      equivalentAccepted: true,
      required: true,
      evidence,
    },
    { kind: 'skill', name: 'Jira', required: false, evidence },
    { kind: 'travel', percent: null, required: true, evidence },
  ],
};

const expected = Expected.parse({
  title: 'Support Analyst',
  company: 'Acme',
  lang: 'en',
  locations: ['Austin, TX'],
  workplace: 'hybrid',
  employmentType: null,
  salary: null,
  relocation: null,
  visaSponsorship: 'not_offered',
  travelRequired: true,
  experience: [{ minYears: 4, maxYears: null, required: true, field: 'customer support' }],
  languages: [{ language: 'en', level: 'fluent', required: true }],
  education: { level: 'bachelor', required: true, equivalentAccepted: true },
  skills: ['JIRA'],
});

describe('compare', () => {
  it('finds an exact extraction exact (qualitative experience and case aside)', () => {
    expect(compare(expected, extraction).filter((r) => r.detail !== null)).toEqual([]);
  });

  it('reports each wrong field with what was missing and extra', () => {
    const wrong = compare(
      { ...expected, company: 'Globex', skills: ['Jira', 'Tableau'], travelRequired: null },
      extraction,
    ).filter((r) => r.detail !== null);
    expect(wrong.map((r) => r.field)).toEqual(['company', 'travelRequired', 'skills']);
    expect(wrong[2]).toMatchObject({ expected: 2, actual: 1, correct: 1 });
    expect(wrong[2]?.detail).toContain('missing [tableau]');
  });

  it('rejects a malformed expected file', () => {
    expect(() => Expected.parse({ title: 3 })).toThrow();
  });
});

describe('dev-set comparison helpers', () => {
  it('matches skill names by whole words, not substrings', () => {
    expect(overlaps('AWS', 'aws')).toBe(true);
    expect(overlaps('Microsoft Office 2007 Suite', 'Microsoft Office')).toBe(true);
    expect(overlaps('Java', 'JavaScript')).toBe(false);
    expect(overlaps('C++', 'C#')).toBe(false);
  });

  it('keeps the most specific employment type, as the labels do', () => {
    expect(mostSpecific(['full_time', 'temporary'])).toBe('temporary');
    expect(mostSpecific(['part_time', 'temporary', 'full_time'])).toBe('temporary');
    expect(mostSpecific([])).toBeNull();
  });

  it('reads full time and part time offered together as neither, as the labels do', () => {
    // "Voll- oder Teilzeit", "80-100 %": the engine gives both, its one value is null.
    expect(mostSpecific(['part_time', 'full_time'])).toBeNull();
    expect(mostSpecific(['full_time', 'part_time'])).toBeNull();
    expect(mostSpecific(['part_time'])).toBe('part_time');
  });

  it('scores facts as retrieval: a wrong value costs precision and recall', () => {
    const label = Expected.parse({
      title: 'Support Analyst',
      company: null,
      lang: 'en',
      locations: ['Austin, TX'],
      workplace: 'remote',
      employmentType: null,
      salary: null,
      relocation: null,
      visaSponsorship: null,
      travelRequired: null,
      experience: [{ minYears: 4, maxYears: null, required: true, field: 'support' }],
      languages: [],
      education: null,
      skills: [],
    });
    const rows = compareDev(label, extraction);
    const row = (f: string) => rows.find((r) => r.field === f);
    expect(row('title')).toMatchObject({ expected: 1, actual: 1, correct: 1 });
    expect(row('company')).toMatchObject({ expected: 0, actual: 1, correct: 0 });
    expect(row('workplace')).toMatchObject({ expected: 1, actual: 1, correct: 0 });
    expect(row('experience')).toMatchObject({ expected: 1, actual: 1, correct: 1 });
    expect(row('locations')).toMatchObject({ correct: 1 });
  });
});
