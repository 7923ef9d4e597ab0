import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { extract } from '../index';
import { extractWorkplace } from './workplace';

const workplace = (...texts: string[]) => extractWorkplace(sentencesOf(...texts), null);

describe('both places named as shares of the job', () => {
  it.each([
    'Perks include flexible hours and a mix of working from home & in the office.',
    'You get a blend of working from home and at the office.',
    'Une combinaison de télétravail et de présentiel selon les équipes.',
    'Eine Mischung aus Homeoffice und Büro, wie es zum Team passt.',
    'Ofrecemos una combinación de teletrabajo y oficina.',
    'Offriamo un mix di smart working e ufficio.',
    'Een mix van thuiswerken en op kantoor werken.',
    'Oferecemos uma combinação de trabalho remoto e presencial.',
  ])('is hybrid: %j', (line) => {
    expect(workplace(line)).toBe('hybrid');
  });

  it('needs both places: a mix of duties is no work model', () => {
    expect(workplace('A mix of remote support and field visits to clients.')).toBeNull();
    expect(workplace('A good mix of skills and experience.')).toBeNull();
  });
});

describe('an offer to work from home now and then', () => {
  it.each([
    'We mostly work from our city office but give you the flexibility to work from home.',
    'Nous offrons la flexibilité de télétravail deux fois par mois.',
    'Je krijgt de flexibiliteit om thuis te werken.',
  ])('is hybrid: %j', (line) => {
    expect(workplace(line)).toBe('hybrid');
  });

  it('a home-based office is remote work', () => {
    expect(workplace('All duties are carried out from a home-based office.')).toBe('remote');
  });
});

describe("a title's bracket in the middle of the line", () => {
  it('reads a model field between the title and a place', () => {
    const text = 'Backend Engineer (Remote) Lisbon Area\nAcme Ltd\n\nYou will build our APIs.';
    expect(extract({ text }).posting.workplace).toBe('remote');
  });

  it('a bracket that is no model field adds nothing', () => {
    const text = 'Backend Engineer (Java) Lisbon\nAcme Ltd\n\nYou will build our APIs.';
    expect(extract({ text }).posting.workplace).toBeNull();
  });
});
