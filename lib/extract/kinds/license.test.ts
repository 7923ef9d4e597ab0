import { describe, expect, it } from 'vitest';
import { extractLicenses } from './license';

function read(text: string) {
  return extractLicenses({ text, start: 0, end: text.length, heading: null, section: null }).map(
    (f) => (f.kind === 'license' || f.kind === 'clearance' ? [f.kind, f.name] : []),
  );
}

describe('extractLicenses', () => {
  it.each([
    ["A valid driver's license and a clean driving record", [['license', 'Driving licence']]],
    ['Full UK driving licence required', [['license', 'Driving licence']]],
    ['Führerschein Klasse B von Vorteil', [['license', 'Driving licence (B)']]],
    ['Permis B indispensable', [['license', 'Driving licence (B)']]],
    ['Carnet de conducir B y vehículo propio', [['license', 'Driving licence (B)']]],
    ['Patente B automunito', [['license', 'Driving licence (B)']]],
    ['Rijbewijs B is een pré', [['license', 'Driving licence (B)']]],
    ['Class A CDL with two years of driving', [['license', 'CDL']]],
    ['Current RN license in the state of Ohio', [['license', 'Nursing licence']]],
    // A nurse's licence held "as" the profession, a state or a board between.
    [
      'Active registration in the State of Maine as a Registered Nurse',
      [['license', 'Nursing licence']],
    ],
    ['Must be licensed as a professional nurse in Oregon', [['license', 'Nursing licence']]],
    ['RN licensure through the Nurse Licensure Compact', [['license', 'Nursing licence']]],
    // German: the state exam held as the profession, or the examined profession itself.
    ['Du bist examinierte Pflegefachkraft', [['license', 'Nursing licence']]],
    ['Gesucht: examinierte/r Altenpfleger/in', [['license', 'Nursing licence']]],
    ['Ihr Examen haben Sie in der Kinderkrankenpflege abgelegt', [['license', 'Nursing licence']]],
    ['Active TS/SCI clearance with polygraph', [['clearance', 'TS/SCI']]],
    ['Must be able to obtain a Secret clearance', [['clearance', 'Secret']]],
    ['SC clearance or willingness to undergo it', [['clearance', 'SC']]],
    ['Ability to obtain a security clearance', [['clearance', 'Security clearance']]],
    // "licence" alone is a driving licence only beside a class.
    ['Licence: Class C (preferred)', [['license', 'Driving licence (C)']]],
    ['Class 2 licence with a clean record', [['license', 'Driving licence (2)']]],
    ['License: class B', [['license', 'Driving licence (B)']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'We license our software to banks',
    // The gap before "as a registered nurse" stops at a sentence's end.
    'Our clinic is licensed. You will work as a registered nurse on nights',
    'Registered office in Leeds, where you join as a nurse assistant',
    'A software licence audit is part of the role',
    'Permission management in Salesforce',
    'The patente of the product is pending',
    'Clearance sale every Friday',
    'License: MIT',
    'Released under the Apache License 2.0',
    'Licence 3 en droit ou équivalent',
    'Licence professionnelle en logistique',
    // An exam that is no nursing one, or a nurse named with no exam.
    'Das Examen als Steuerberater ist von Vorteil',
    'Unsere Pflegefachkräfte arbeiten im Schichtdienst',
    "L'examen du dossier prend deux semaines pour le poste d'infirmier",
  ])('ignores %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  describe('classes', () => {
    it.each([
      ['Le permis de conduire est exigé.', [['license', 'Driving licence']]],
      ['Permis de conduire.', [['license', 'Driving licence']]],
      ['Permis de conduire B obligatoire', [['license', 'Driving licence (B)']]],
      [
        'Vous avez le permis de conduire classe C1 en cours de validité',
        [['license', 'Driving licence (C1)']],
      ],
      ['Titulaire du permis classe B', [['license', 'Driving licence (B)']]],
      ['permis b apprécié', [['license', 'Driving licence (B)']]],
      ['Permis CE et FIMO à jour', [['license', 'Driving licence (CE)']]],
      ['Sie besitzen die Fahrerlaubnis der Klasse C1E', [['license', 'Driving licence (C1E)']]],
      ['Führerschein Klasse CE wünschenswert', [['license', 'Driving licence (CE)']]],
      ['Ein Führerschein der Klasse b ist nötig', [['license', 'Driving licence (B)']]],
      ['Klasse B Führerschein', [['license', 'Driving licence (B)']]],
      ['Führerschein B96 oder BE', [['license', 'Driving licence (B96)']]],
      ['Patente di guida B', [['license', 'Driving licence (B)']]],
      ['Patente D1 per il trasporto di persone', [['license', 'Driving licence (D1)']]],
      ['Carnet de conducir categoría C1E', [['license', 'Driving licence (C1E)']]],
      ['A driving licence is a plus', [['license', 'Driving licence']]],
      ['Full driving licence class C', [['license', 'Driving licence (C)']]],
      ['CDL Class A with hazmat endorsement', [['license', 'CDL (class A)']]],
      ['Holds a CDL class b', [['license', 'CDL (class B)']]],
      ['Valid CDL B required', [['license', 'CDL (class B)']]],
      ['A CDL a must', [['license', 'CDL']]],
    ])('%s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });

    it.each([
      'Un permis de travail valide pour la Suisse', // a work permit, and "de" is no class
      'Permis de séjour en règle',
      'Il permesso di soggiorno e la patente e la voglia di fare', // "e" is no class
      'We need a cdl of documents', // "CDL" read only in capitals
      'The permis DEV team', // "DEV" is no class
    ])('reads no driving licence in %s', (text) => {
      expect(read(text)).toEqual([]);
    });

    it('ends the mention before a bare word that is no class', () => {
      const [f] = extractLicenses({
        text: 'Driving licence a plus',
        start: 0,
        end: 22,
        heading: null,
        section: null,
      });
      expect(f && f.kind === 'license' ? f.mention?.text : null).toBe('Driving licence');
    });
  });
});

describe('licence classes written together', () => {
  /** Each licence with the words it was read from. */
  const licences = (text: string) =>
    extractLicenses({ text, start: 0, end: text.length, heading: null, section: null }).map((f) =>
      f.kind === 'license' ? [f.name, f.mention?.text] : [],
    );

  it('reads a compound of the licence and its class word', () => {
    expect(licences('Führerausweiskategorie CE erforderlich')).toEqual([
      ['Driving licence (CE)', 'Führerausweiskategorie CE'],
    ]);
    expect(licences('Gültige Führerscheinklasse C1E')).toEqual([
      ['Driving licence (C1E)', 'Führerscheinklasse C1E'],
    ]);
  });

  it('reads every class of a list, each as a licence', () => {
    expect(licences('Führerausweis Kategorie C/CE')).toEqual([
      ['Driving licence (C)', 'Führerausweis Kategorie C'],
      ['Driving licence (CE)', 'CE'],
    ]);
    expect(licences('Permis C et EC exigés')).toEqual([
      ['Driving licence (C)', 'Permis C'],
      ['Driving licence (CE)', 'EC'],
    ]);
    expect(licences('Driving licence class B, BE and C1')).toEqual([
      ['Driving licence (B)', 'Driving licence class B'],
      ['Driving licence (BE)', 'BE'],
      ['Driving licence (C1)', 'C1'],
    ]);
    // "or" leaves one choice: the first class is read, as before.
    expect(licences('Führerschein B96 oder BE')).toEqual([
      ['Driving licence (B96)', 'Führerschein B96'],
    ]);
    // A word after the join is no class: "Permis B et une voiture".
    expect(licences('Permis B et une voiture personnelle')).toEqual([
      ['Driving licence (B)', 'Permis B'],
    ]);
  });

  it('keeps the licence named with its class when it is named twice', () => {
    expect(licences('Besitz der Fahrerlaubnis der Führerscheinklasse B')).toEqual([
      ['Driving licence (B)', 'Führerscheinklasse B'],
    ]);
  });
});

describe('Spanish driving licences as Spain and Latin America write them', () => {
  it.each([
    ['Imprescindible carnet B y disponibilidad para viajar', 'Driving licence (B)'],
    ['Carné C1 en vigor', 'Driving licence (C1)'],
    ['Licencia de conducir vigente', 'Driving licence'],
    ['Licencia de conducir tipo B', 'Driving licence (B)'],
    ['Permiso de conducir clase B', 'Driving licence (B)'],
    ['Brevete profesional vigente', 'Driving licence'],
  ])('%s', (text, name) => {
    expect(read(text)).toContainEqual(['license', name]);
  });

  it.each([
    'Ofrecemos licencia por paternidad ampliada',
    'Licencia en Administración de Empresas o carrera afín',
    'Tarjeta de socio y carnet de empresa',
  ])('takes no other licence or card for one: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
