import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * German puts the verb second: "Infolge Pensionierung suchen wir …" opens on an adverbial, and
 * "we" after the hiring verb says so; the words before it are no employer. Our own words.
 */
const posting = (...lines: string[]) => extract({ text: lines.join('\n') }).posting;

describe('a hiring verb with "we" after it', () => {
  it.each([
    ['Elektriker (m/w/d)', 'Infolge Pensionierung suchen wir per 1. März einen Elektriker.'],
    ['Koch (m/w/d)', 'Ab Mai Suchen Wir Einen Koch.'],
    ['Verkäufer (m/w/d)', 'Zur Verstärkung Unserer Filiale suchen wir einen Verkäufer.'],
  ])('%s: "%s" names no employer', (title, line) => {
    expect(posting(title, '', line, '', 'Ihr Profil', '- Lehre').company).toBeNull();
  });

  it('still reads the employer that hires in the third person', () => {
    const got = posting('Elektriker (m/w/d)', '', 'Elektro Huber sucht einen Elektriker.');
    expect(got.company).toBe('Elektro Huber');
  });
});
