import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const types = (text: string) => extract({ text }).posting.employmentTypes;
const type = (text: string) => extract({ text }).posting.employmentType;

describe('a labelled contracting line beside a record line of hours', () => {
  it('reads "Contratación: prestación de servicios" as contract work', () => {
    const text =
      'Kinesiólogo/a\nClínica del Sur\nRosario, Santa Fe\ntipoTrabajo: Full-time\n\n' +
      'Ofrecemos agenda propia y buen clima.\nContratación: prestación de servicios (monotributo).';
    expect(types(text)).toEqual(['full_time', 'contract']);
    expect(type(text)).toBe('contract');
  });

  it('still drops a weak hours mention against a strong hours field', () => {
    expect(
      types(
        'Barista\nJornada: completa\n\nAlgunos compañeros trabajan a tiempo parcial los domingos y ayudan en la tienda.',
      ),
    ).toEqual(['full_time']);
  });
});

describe('a contract and its length with a word between', () => {
  it.each([
    ['Técnico\n\nContrato laboral de 6 meses con posibilidad de continuidad.', 'temporary'],
    ['Operaria\n\nContrato eventual de 3 meses, jornada completa.', 'temporary'],
    ['Vendeur\n\nContrat initial de 6 mois, puis CDI selon résultats.', 'temporary'],
  ])('%s', (text, want) => {
    expect(type(text)).toBe(want);
  });
});

describe('Spanish board shorthand for weekly hours', () => {
  it.each([
    ['Cajero\n\nHorario: 20 hrs semanales, turnos de tarde.', ['part_time']],
    ['Recepcionista\n\nJornada de 44 hs. semanales de lunes a viernes.', ['full_time']],
    ['Ayudante\n\n16h/semanales, fines de semana.', ['part_time']],
  ])('%s', (text, want) => {
    expect(types(text)).toEqual(want);
  });
});

describe('a fixed term stated beside hours said many times', () => {
  it.each([
    [
      'Business Analyst\nCounty Council\nFull-time\n\nJoin us full-time (37 hours a week) on a fixed-term 24-month contract. Full-time staff get flexi-time.',
      ['full_time', 'temporary'],
    ],
    [
      'Sachbearbeiter (m/w/d)\nVollzeit\n\nDie Stelle ist in Vollzeit zu besetzen und auf 2 Jahre befristet. Vollzeit heißt bei uns 39 Stunden.',
      ['full_time', 'temporary'],
    ],
  ])('keeps the term: %s', (text, want) => {
    expect(types(text)).toEqual(want);
    expect(type(text)).toBe('temporary');
  });
});
