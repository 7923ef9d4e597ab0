import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { extractTravel } from './travel';

type Section = 'required' | 'preferred' | null;
const travel = (text: string, section: Section = null) =>
  extractTravel({ text, start: 0, end: text.length, heading: null, section });

describe('work done away is travel by itself', () => {
  it.each([
    'You will make customer visits across the Midlands.',
    'Plan and carry out site visits to our partner farms.',
    'Visiting clients in the South West is part of the week.',
    'Overnight stays are sometimes needed.',
    'A field-based job covering Yorkshire.',
    'Häufige Kundenbesuche in ganz Bayern',
    'Montageeinsätze in Österreich und der Schweiz',
    'Service und Wartung beim Kunden vor Ort',
    'Poste avec découchers du lundi au jeudi',
    'Grands déplacements sur les chantiers de la région',
    'Visitas a clientes de la zona norte',
    'Trasferte all’estero per i collaudi',
    'Visitas técnicas às obras em todo o estado',
    'Je plant klantbezoeken in heel Vlaanderen.',
  ])('%s', (text) => {
    expect(travel(text)).toEqual([{ kind: 'travel', percent: null, at: expect.any(Number) }]);
  });

  it('points at the visits', () => {
    const text = 'Weekly client visits are part of the role';
    expect(travel(text)[0]?.at).toBe(text.indexOf('client visits'));
  });

  it('a method among a list of items is no travel', () => {
    expect(travel('Gather needs through interviews, site visits, surveys and workshops.')).toEqual(
      [],
    );
  });

  it('staff outings and a travel business are no travel asked', () => {
    expect(travel('Annual team trips and a summer party')).toEqual([]);
    expect(travel('Frequent trips to our customers in Benelux')).toHaveLength(1);
  });
});

describe('an item under a heading that opens on travel states it', () => {
  it.each([
    ['- Nationwide travel', 'required'],
    ['Trasferte in Italia e in Francia', 'required'],
    ['Reisen zu unseren Standorten in Europa', 'preferred'],
  ] as const)('%s', (text, section) => {
    expect(travel(text, section)).toHaveLength(1);
  });

  it('outside a section, or with the travel word later, a demand word is still needed', () => {
    expect(travel('- Travel to our sites in Wales')).toEqual([]);
    expect(travel('Experience in the travel sector', 'required')).toEqual([]);
    expect(travel('Travel industry background', 'required')).toEqual([]);
  });

  it('reads a whole posting', () => {
    const text = [
      'Field Service Engineer',
      '',
      'Your tasks',
      '- Installing and servicing machines',
      '',
      'Your profile',
      '- Driving licence',
      '- Travel to our sites in Wales',
    ].join('\n');
    const found = extract({ text }).requirements.filter((r) => r.kind === 'travel');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence.text).toContain('Travel to our sites');
  });
});
