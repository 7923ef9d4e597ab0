import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Extraction } from '../schema';
import { extract } from './index';

/** Fragments that drive the extractors: numbers, units, languages, headings, bullets, entities. */
const FRAGMENTS = [
  '5+ years',
  '3-5 years of experience in ',
  'at least five years',
  'ans d’expérience',
  'Jahre Berufserfahrung',
  'años de experiencia',
  '6 months',
  'founded 20 years ago',
  'Fluent English',
  'French',
  'Deutsch- und Englischkenntnisse',
  'C1',
  'a plus',
  'preferably',
  'Requirements:',
  'Nice to have:',
  'Profil recherché',
  '\n',
  '\n\n',
  '• ',
  '- ',
  '. ',
  '; ',
  ', ',
  '&amp;',
  '&#x1F600;',
  '&nbsp;',
  '\\-',
  '\r\n',
  '\u200b',
  'BA/BS degree or local equivalent',
  'Bac+5',
  'PhD',
  '$120,000 – $150,000 per year',
  '#LI-HYBRID',
  'remote',
  'visa sponsorship',
  'up to 25% travel',
  'on-call',
  'Python, Java or Go',
  'İstanbul',
  '🙂',
  '(',
  ')',
];

const postingLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12, unit: 'grapheme' })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

function checkExtraction(text: string): void {
  const x = extract({ text });
  Extraction.parse(x);
  for (const r of x.requirements) {
    expect(r.evidence.start).toBeGreaterThanOrEqual(0);
    expect(r.evidence.end).toBeLessThanOrEqual(text.length);
    expect(r.evidence.start).toBeLessThanOrEqual(r.evidence.end);
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  }
}

// Hundreds of runs each: allow for a loaded machine.
describe('extract (properties)', { timeout: 30_000 }, () => {
  it('never throws on arbitrary unicode strings and answers the contract', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        checkExtraction(text);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes evidence exactly from posting-like text', () => {
    fc.assert(
      fc.property(postingLike, (text) => {
        checkExtraction(text);
      }),
      { numRuns: 600 },
    );
  });

  it('survives huge repeats of one fragment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 3000 }), (part, n) => {
        checkExtraction(part.repeat(n));
      }),
      { numRuns: 40 },
    );
  });

  it('accepts arbitrary values in the JobPosting fields it reads', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const jobPosting = fc.record(
      {
        title: value,
        hiringOrganization: value,
        jobLocation: value,
        jobLocationType: value,
        employmentType: value,
        baseSalary: value,
        experienceRequirements: fc.oneof(value, fc.record({ monthsOfExperience: value })),
        educationRequirements: fc.oneof(value, fc.record({ credentialCategory: value })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(postingLike, jobPosting, (text, jsonLd) => {
        Extraction.parse(extract({ text, jsonLd }));
      }),
      { numRuns: 300 },
    );
  });
});
