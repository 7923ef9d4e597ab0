import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const types = (text: string) => extract({ text }).posting.employmentTypes;

describe('weekly hours with a plus', () => {
  it('reads "40+ hours a week" as full time, in several languages', () => {
    expect(types('Forklift Driver\nShift: 40+ hours per week, days')).toEqual(['full_time']);
    expect(types('Lagermitarbeiter\nArbeitszeit: 38,5+ Stunden/Woche')).toEqual(['full_time']);
    expect(types('Préparateur de commandes\nHoraires : 35+ heures par semaine')).toEqual([
      'full_time',
    ]);
  });

  it('reads "20+ hours" as no type: at least twenty says nothing of part time', () => {
    expect(types('Shop Assistant\nHours: 20+ hours per week')).toEqual([]);
    // Without the plus, twenty hours is part time, as before.
    expect(types('Shop Assistant\nHours: 20 hours per week')).toEqual(['part_time']);
  });
});

describe('hours the job may have later', () => {
  it.each([
    [
      'Museum Guide   Part Time   posted 4/2/2011\nThis part-time post could become a full-time one next spring.',
    ],
    ['Verkäuferin (m/w/d)\nWir bieten eine Stelle in Teilzeit mit Option auf Vollzeit.'],
    ['Vendeur (H/F)\nPoste à temps partiel pouvant évoluer vers un temps plein.'],
    ['Cassiera\nContratto part-time con possibilità di passaggio a full-time.'],
    ['Verkoper\nEen parttime baan met uitzicht op fulltime.'],
  ])('reads part time now in %j', (text) => {
    expect(types(text)).toEqual(['part_time']);
  });

  it('still reads both hours where both are offered now', () => {
    expect(types('Barista\nWe hire full-time and part-time baristas for the new café.')).toEqual([
      'full_time',
      'part_time',
    ]);
  });
});

describe('a duration written out with its figure in brackets', () => {
  it('reads "six (6) months, with a possibility of extension" as fixed-term', () => {
    const text =
      'Field technician\nPosition details\n• Start: 1 March\n' +
      '• Duration: nine (9) months, with a possibility of extension for a further year';
    expect(types(text)).toEqual(['temporary']);
    expect(types('Technicienne de laboratoire\nContrat de douze (12) mois, renouvelable.')).toEqual(
      ['temporary'],
    );
  });
});

describe('time off and service contracts in Spanish and Portuguese', () => {
  it('reads no hours in a half day or a day off offered as a perk', () => {
    expect(
      types('Analista contable\n\nNuestra cultura: tenés una media jornada libre cada mes.'),
    ).toEqual([]);
    expect(
      types('Analista fiscal\n\nVantagens: meio período de folga no seu aniversário.'),
    ).toEqual([]);
    expect(types('Recepcionista\n\nJornada: media jornada, de 9 a 13 h.')).toEqual(['part_time']);
  });

  it('reads a contract for services as a contract, not a services company', () => {
    expect(
      types('Kinesiólogo\n\nContratación: prestación de servicios, con factura mensual.'),
    ).toEqual(['contract']);
    expect(types('Diseñador gráfico\n\nTrabajo a honorarios, con boleta de honorarios.')).toEqual([
      'contract',
    ]);
    expect(
      types('Operario de limpieza\n\nSomos una empresa de prestación de servicios de limpieza.'),
    ).toEqual([]);
  });
});

describe('contract work named as a field value', () => {
  it.each([
    ['UX Designer\nJob type: Contract', ['contract']],
    ['UX Designer\nJob type: Full-time, Contract', ['full_time', 'contract']],
    ['Designer UX\nType de contrat : Freelance', ['contract']],
    ['UX-Designer (m/w/d)\nVertragsart: freiberuflich', ['contract']],
    ['Diseñador UX\nTipo de contrato: por proyecto', ['contract']],
    ['UX designer\nDienstverband: zzp', ['contract']],
  ])('%j', (text, expected) => {
    expect(types(`${text}\n\nAbout the role\nYou will design the checkout.`)).toEqual(expected);
  });

  it('reads no contract work in a permanent contract or a contract in prose', () => {
    expect(types('UX Designer\nContract type: Permanent\n\nYou will design the checkout.')).toEqual(
      [],
    );
    expect(types('Legal Assistant\n\nYou will draft each contract and file it.')).toEqual([]);
  });
});

describe('a title closing on a range of shares, whatever its words', () => {
  it.each([
    ['Empfang & Administration 30–50%\n\nDu betreust unseren Empfang.', ['part_time']],
    ['Assistanat de direction 40-60 %\n\nVous gérez les agendas.', ['part_time']],
    ['Buchhaltung 80-100%\n\nDu führst die Kreditoren.', []],
  ])('%j', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it('not a first line that is a sentence', () => {
    expect(types('Unser Umsatz stieg um 20–40%.\n\nWir suchen Verstärkung.')).toEqual([]);
  });
});

describe('a stay of some months named by its German adjective', () => {
  it.each([
    'Projektassistenz\n\nWir bieten ein 9-monatiges Engagement in unserem Bauteam.',
    'Lagerhelfer\n\nGeplant ist ein 3-monatiger Einsatz im Versand.',
  ])('%j is fixed term', (text) => {
    expect(types(text)).toEqual(['temporary']);
  });
});

describe('working hours with no period named', () => {
  it.each([
    'Vendedora\nLima\n\nCondiciones\n- Jornada laboral de 45 horas, de lunes a sábado.',
    'Agent logistique\nLille\n\nConditions\n- Durée hebdomadaire : 35 heures.',
    'Lagerhelfer\nDortmund\n\nRahmen\n- Arbeitszeit: 39 Stunden.',
    'Warehouse Operative\nDerby\n\nPackage\n- Working hours: 37.5 hours, Monday to Friday.',
    'Magazziniere\nBrescia\n\nOffriamo\n- Orario di lavoro: 40 ore.',
    'Auxiliar de loja\nPorto\n\nOferecemos\n- Carga horária: 40 horas.',
  ])('is a full-time week from 35 hours on: %j', (text) => {
    expect(types(text)).toEqual(['full_time']);
  });

  it('says nothing of a figure a day may hold', () => {
    expect(types('Cajero\nLima\n\nCondiciones\n- Jornada de 8 horas.')).toEqual([]);
  });
});
