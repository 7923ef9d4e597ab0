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
    ['Active TS/SCI clearance with polygraph', [['clearance', 'TS/SCI']]],
    ['Must be able to obtain a Secret clearance', [['clearance', 'Secret']]],
    ['SC clearance or willingness to undergo it', [['clearance', 'SC']]],
    ['Ability to obtain a security clearance', [['clearance', 'Security clearance']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'We license our software to banks',
    'A software licence audit is part of the role',
    'Permission management in Salesforce',
    'The patente of the product is pending',
    'Clearance sale every Friday',
  ])('ignores %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
