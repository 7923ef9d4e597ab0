import { describe, expect, it } from 'vitest';
import { extractEducation } from './education';

function levels(text: string) {
  return extractEducation({
    text,
    start: 0,
    end: text.length,
    heading: null,
    section: null,
  }).flatMap((f) => (f.kind === 'education' ? [f.level] : []));
}

/**
 * Philippine postings ask for a finished degree programme as "Graduate of <field> course": the
 * course is a four-year college programme, a first degree.
 */
describe('"graduate of … course" names a first degree', () => {
  it.each([
    'Graduate of Finance or Business Administration course',
    'Must be a graduate of any four-year course',
    'Graduates of Nursing or any health-related courses are welcome to apply',
  ])('%s', (text) => {
    expect(levels(text)).toEqual(['bachelor']);
  });

  it('keeps the written degree when one is named inside the clause', () => {
    expect(levels('Graduate of BS Accountancy course')).toEqual(['bachelor']);
    expect(levels('Graduate of high school or any vocational course')).toContain('high_school');
  });

  it.each([
    'She is a graduate of our leadership scheme and now runs the team',
    'Each new hire becomes a graduate of the onboarding academy. The course starts in May',
    'A proud graduate of the city',
  ])('no programme, no degree: %s', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

/**
 * "First Degree in Social Sciences, Humanities or Higher National Diploma (HND) in Business": two
 * levels as alternatives, the first with its field before the "or"; the lower is the minimum.
 */
describe('two degrees as alternatives, a field between them', () => {
  it.each([
    ['First Degree in Economics, Sociology or Higher National Diploma in Accounting', 'associate'],
    ['Licence en droit, économie ou BTS en gestion', 'associate'],
    ["Master's degree in Physics or Bachelor's degree with research experience", 'bachelor'],
  ])('%s', (text, level) => {
    expect(levels(text)).toEqual([level]);
  });
});
