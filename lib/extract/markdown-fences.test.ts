import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A markdown code fence ("```", "```{admonition} Auf einen Blick") and a directive's option line
 * (":class: tip") around a facts box name neither the employer nor the place. Our own words.
 */
const posting = (...lines: string[]) => extract({ text: lines.join('\n') }).posting;

describe('markdown fences in a header', () => {
  it('skips an admonition fence under a want-ad title', () => {
    const got = posting(
      '# Koch gesucht!',
      '```{admonition} Auf einen Blick',
      ':class: tip',
      '- Beginn: ab sofort',
      '```',
      '',
      'Das Hotel Adler sucht einen Koch.',
    );
    expect(got.title).toBe('Koch gesucht!');
    expect(got.company).toBe('Hotel Adler');
  });

  it('skips a bare fence between the title and the employer', () => {
    const got = posting('Data Engineer', '```', 'Northwind Analytics Ltd', '```', '', 'We build.');
    expect(got.company).toBe('Northwind Analytics Ltd');
  });
});
