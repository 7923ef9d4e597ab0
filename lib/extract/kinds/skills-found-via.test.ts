import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** A search record's header names the board it came from: that board is no skill asked for. */
const skills = (...lines: string[]) =>
  extract({ text: lines.join('\n') })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => (r.kind === 'skill' ? r.name : ''));

describe('the board line of a search record', () => {
  it.each([
    [
      [
        'Line Cook',
        'Harbour Grill',
        'Portland, ME',
        'via Greenhouse',
        '',
        'Knowledge of Excel is required.',
      ],
      ['Excel'],
    ],
    [['Commis de cuisine', 'Le Bistrot', 'Lyon', 'via Lever', '', 'Maîtrise de Excel.'], ['Excel']],
    [['Koch', 'Gasthaus Post', 'Graz', 'über Greenhouse', '', 'Kenntnisse in Excel.'], ['Excel']],
    [['Cocinero', 'Casa Pepe', 'Sevilla', 'vía Lever', '', 'Manejo de Excel.'], ['Excel']],
  ])('%j', (lines, expected) => {
    expect(skills(...lines)).toEqual(expected);
  });

  it('still reads a requirement that opens with the same word', () => {
    expect(skills('Sachbearbeiter', 'Anforderungen:', 'Über 5 Jahre Erfahrung mit SAP')).toEqual([
      'SAP',
    ]);
  });
});
