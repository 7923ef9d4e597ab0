import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { normalize } from '../pipeline/normalize';
import { splitSentences } from '../pipeline/text';
import { extractRelocation } from './relocation';

const read = (...lines: string[]) =>
  extractRelocation(splitSentences(normalize(lines.join('\n')).text), null);

describe('relocation the candidate bears', () => {
  it.each([
    [['Relocation to the site is at your own expense.'], 'en'],
    [
      [
        'Before starting, the responsibility lies with the successful candidate to:',
        '- Secure a residence permit',
        '- Cover the cost of relocation',
      ],
      'en',
    ],
    [['Le déménagement est à la charge du candidat.'], 'fr'],
    [['Der Umzug erfolgt auf eigene Kosten.'], 'de'],
    [['La mudanza corre por cuenta del candidato.'], 'es'],
    [['De verhuizing is op eigen kosten.'], 'nl'],
  ])('%j', (lines, lang) => {
    expect(extractRelocation(sentencesOf(...lines), null, lang)).toBe('not_offered');
    expect(read(...lines)).toBe('not_offered');
  });

  it('keeps help that is offered beside a cost the candidate bears', () => {
    expect(read('We offer a relocation package, the interview trip at your own expense.')).toBe(
      'offered',
    );
  });

  it('reads no refusal from a lead-in whose items do not name the move', () => {
    expect(
      read(
        'The candidate is responsible for:',
        '- Bringing their own tools',
        '- Keeping the van clean',
        'Relocation assistance is available.',
      ),
    ).toBe('offered');
  });
});
