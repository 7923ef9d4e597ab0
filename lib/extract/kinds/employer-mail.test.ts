import { describe, expect, it } from 'vitest';
import { employerOfMail } from './employer';
import { findCompany } from './posting';

describe('employerOfMail: the name the prose writes as its mail domain', () => {
  it('reads a one-word name in English, Dutch, Italian and Spanish prose', () => {
    const cases: [string, string][] = [
      [
        'Warehouse Picker\n\nYou will pack parcels for Quillmoor customers across the region.\n\nSend your CV to hiring@quillmoor.co.uk',
        'Quillmoor',
      ],
      [
        'Schilder\n\nVoor een opdrachtgever zoeken wij een schilder. Tavernik helpt je verder.\n\nMail naar werk@tavernik.nl',
        'Tavernik',
      ],
      [
        'Magazziniere\n\nLUMERO seleziona personale. Da vent’anni Lumero affianca le aziende.\n\nScrivi a m.bianchi@lumero.it',
        'Lumero',
      ],
      [
        'Contador\n\nLlevar la contabilidad de los proyectos de Ferrana.\n\nEnviar CV a ana.ruiz@ferrana.org.mx',
        'Ferrana',
      ],
    ];
    for (const [text, name] of cases) expect(employerOfMail(text)).toBe(name);
  });

  it('joins a country or a legal form that follows the name', () => {
    const en =
      'Field Officer\n\nSupport the clinics of Green Wells Malawi’s rural programme.\n\nApply: jobs@greenwells.org';
    const de =
      'Pflegekraft\n\nDie Sonnbach Pflege GmbH sucht Verstärkung für Sonnbach Pflege.\n\nBewerbung an info@sonnbachpflege.de';
    expect(employerOfMail(en.replace('Malawi', 'Kenya'))).toBe('Green Wells Kenya');
    expect(employerOfMail(de)).toBe('Sonnbach Pflege GmbH');
  });

  it('names nobody for a place, an acronym, a free mail or a longer name', () => {
    // "in Westmoor": the domain is a region's, the prose names the place.
    expect(
      employerOfMail(
        'Clerk\n\nServe the people in Westmoor every day.\n\nContact: hr@westmoor.gov',
      ),
    ).toBeNull();
    expect(employerOfMail('Clerk\n\nThe QRB team works hard.\n\nContact: hr@qrb.org')).toBeNull();
    expect(
      employerOfMail('Baker\n\nOur Gmail inbox is open.\n\nWrite to paul.baker@gmail.com'),
    ).toBeNull();
    // "Portvale Harbour Trust": the domain names only part of it; which is the employer stays open.
    expect(
      employerOfMail(
        'Pilot\n\nPortvale Harbour Trust runs the docks.\n\nWrite to ops@portvale.com',
      ),
    ).toBeNull();
    expect(employerOfMail('Pilot\n\nNo address here, Portvale runs the docks.')).toBeNull();
  });

  it('is the last resort of findCompany', () => {
    const fr =
      'Livreur\n\nVous livrerez les colis de Brunelle dans toute la ville.\n\nPostulez : emploi@brunelle.fr';
    expect(findCompany(fr, null, undefined, 'fr')).toBe('Brunelle');
  });

  it('takes a line of the postal address that spells the domain out, figures and all', () => {
    const fr = [
      'Conseiller emploi',
      '',
      'Candidature par e-mail : recrutement@missionemploi42lyon.org',
      'ou par courrier :',
      'Mission emploi 42 Lyon',
      '12 rue des Lilas',
    ].join('\n');
    expect(employerOfMail(fr)).toBe('Mission emploi 42 Lyon');
    const de =
      'Pfleger\n\nBewerbung an jobs@pflegedienst-am-see.de\n\nPflegedienst am See\nSeestraße 4';
    expect(employerOfMail(de)).toBe('Pflegedienst am See');
    // A sentence that happens to spell it is no signature line.
    expect(employerOfMail('Cook\n\nWrite to hr@wecook.com\n\nWe cook.')).toBeNull();
  });
});
