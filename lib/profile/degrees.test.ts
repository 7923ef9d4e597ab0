import { describe, expect, it } from 'vitest';
import { degreeField } from './degrees';

describe('degreeField', () => {
  it.each([
    ['BA (Hons) Business Studies, Leeds Beckett University', 'Business Studies'],
    ['B.A. in Philosophy (2014)', 'Philosophy'],
    ['BSc Mathematics – University of Warwick', 'Mathematics'],
    ['B. Sc. Chemistry, 2011 – 2014', 'Chemistry'],
    ['MSc Data Science at Imperial College', 'Data Science'],
    ['M.A. International Relations', 'International Relations'],
    ['LLB Law, 2019', 'Law'],
    ['• BEng (Hons) Civil Engineering', 'Civil Engineering'],
  ])('reads the subject of %s', (line, subject) => {
    expect(degreeField(line)).toBe(subject);
  });

  it('finds no subject where the line is not a degree or names none', () => {
    expect(degreeField('MBA, INSEAD, 2020')).toBeUndefined();
    expect(degreeField('Basic knowledge of Spanish')).toBeUndefined();
    expect(degreeField('Master in Marketing, ESSEC')).toBeUndefined();
    expect(degreeField('AB testing with Optimizely')).toBeUndefined();
  });

  it('stays linear on a long line of letters and dots', () => {
    expect(degreeField(`B.${'A.'.repeat(50_000)}`)).toBeUndefined();
    expect(degreeField(`BSc ${'x'.repeat(100_000)}`)).toBe('x'.repeat(61));
  });
});
