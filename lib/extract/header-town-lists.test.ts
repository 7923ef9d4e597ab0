import { describe, expect, it } from 'vitest';
import { extract } from './index';

/** Two known towns joined by "&" under the title are the job's places, not an employer's name. */
const posting = (...lines: string[]) => extract({ text: lines.join('\n') }).posting;

describe('two towns joined by "&" on the line under the title', () => {
  it.each([
    ['Carpenter', 'Brisbane & Gold Coast', 'Requirements', ['Brisbane', 'Gold Coast']],
    ['Tischler (m/w/d)', 'Köln & Bonn', 'Anforderungen', ['Köln', 'Bonn']],
    ['Conducteur de travaux', 'Lyon & Grenoble', 'Profil', ['Lyon', 'Grenoble']],
  ])('%s / %s', (title, line, heading, places) => {
    const got = posting(title, '', line, '', heading, '- 3 years');
    expect(got.locations).toEqual(places);
    expect(got.company).toBeNull();
  });

  it('keeps a firm written with "&" as the employer', () => {
    const got = posting('Carpenter', '', 'Harlow & Finch', '', 'Requirements', '- 3 years');
    expect(got.company).toBe('Harlow & Finch');
    expect(got.locations).toEqual([]);
  });
});
