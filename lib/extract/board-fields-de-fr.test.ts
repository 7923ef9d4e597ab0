import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../testing/sentences';
import { extract } from '.';
import { extractWorkplace } from './kinds/workplace';

const workplace = (...texts: string[]) => extractWorkplace(sentencesOf(...texts), null);

const posting = (text: string) => extract({ text }).posting;

const years = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'experience' ? [{ min: r.minYears, required: r.required, field: r.field }] : [],
  );

describe('a remote field answered on its own line', () => {
  it.each([
    ['Télétravail :', 'Non'],
    ['Homeoffice:', 'Nein'],
    ['Remote work:', 'No'],
  ])('answered no is on site: %j', (...lines) => {
    expect(workplace(...lines)).toBe('onsite');
  });

  it('the field name alone, or answered yes, gives no model by itself', () => {
    expect(workplace('Télétravail :', 'Oui')).toBeNull();
    expect(workplace('Homeoffice:')).toBeNull();
  });

  it('a board record ending in "Télétravail: Non" is an on-site job (fr)', () => {
    const text = [
      'Préparateur de commandes H/F',
      'Entrepôt Delmas',
      'Orléans',
      '',
      'Vous préparez les colis de nos clients et chargez les camions.',
      '',
      "Type d'emploi : Temps plein, CDI",
      '',
      'Télétravail:',
      '',
      'Non',
    ].join('\n');
    expect(posting(text).workplace).toBe('onsite');
  });
});

describe('a share of remote work split over two lines by the page', () => {
  it.each([
    ['- Einsatzart: 60', '% Remote', 'hybrid'],
    ['- Work mode: 30', '% remote', 'hybrid'],
    ['- Einsatzart: 100', '% Remote', 'remote'],
  ])('%j %j reads as one share', (first, second, expected) => {
    expect(workplace(first, second)).toBe(expected);
  });
});

describe('German and French work-model wording from freelance boards', () => {
  it('"Remote-Arbeit möglich" beside the work place is hybrid', () => {
    expect(workplace('Arbeitsort: Raum Ulm - Remote-Arbeit möglich')).toBe('hybrid');
  });

  it('"100% Vor-Ort" is on site', () => {
    expect(workplace('Einsatz 100% Vor-Ort beim Kunden in Kassel')).toBe('onsite');
  });
});

describe('a page block named "Details" under the title', () => {
  it('is no employer, and the title above it stays the title (de)', () => {
    const text = [
      'Technische Dokumentation für Förderanlagen',
      'Details',
      '- Start: ab sofort',
      '- Vertragsart: Freiberuflich',
      '',
      'Beschreibung',
      'Wir suchen Unterstützung bei der Erstellung von Handbüchern.',
    ].join('\n');
    const p = posting(text);
    expect(p.company).not.toBe('Details');
    expect(p.title).toBe('Technische Dokumentation für Förderanlagen');
  });

  it('is no employer on an English page either', () => {
    const text = [
      'Warehouse Operative (m/f/d)',
      'Details',
      '- Start: immediately',
      '- Contract: Freelance',
    ].join('\n');
    expect(posting(text).company).not.toBe('Details');
  });
});

describe('a job board record marking years as optional', () => {
  it('"(Optionnel)" makes the years preferred, "(Exigé)" required (fr)', () => {
    const text = [
      'Expérience:',
      '',
      'Soudure: 2 ans (Optionnel)',
      'Chaudronnerie: 1 an (Exigé)',
    ].join('\n');
    expect(years(text)).toEqual([
      { min: 2, required: false, field: 'Soudure' },
      { min: 1, required: true, field: 'Chaudronnerie' },
    ]);
  });
});

describe('who placed the ad, further down a board record', () => {
  it('"Von:" with a legal form names the advertiser (de), "Posted by:" too (en)', () => {
    const de = [
      'Elektroniker (m/w/d)',
      'Details',
      '- Start: ab sofort',
      '- Von: Nordlicht Personal GmbH',
    ];
    expect(posting(de.join('\n')).company).toBe('Nordlicht Personal GmbH');
    const en = [
      'Site Electrician',
      'Details',
      '- Start: immediately',
      '- Posted by: Harbour Staffing Ltd',
    ];
    expect(posting(en.join('\n')).company).toBe('Harbour Staffing Ltd');
  });

  it('"Von:" with a person\'s name is no employer', () => {
    const text = ['Elektroniker (m/w/d)', 'Details', '- Start: ab sofort', '- Von: Petra Lindner'];
    expect(posting(text.join('\n')).company).not.toBe('Petra Lindner');
  });

  it('an "Arbeitgeber" label on its own line over a name with its legal form (de)', () => {
    const text = [
      'Stellenangebot - Fliesenleger/in',
      '',
      'Überblick über das Stellenangebot',
      'Referenznummer',
      '12345-6789-S',
      'Titel des Stellenangebots',
      'Fliesenleger/in',
      'Alternativberufe',
      'Helfer/in - Ausbau',
      'Stellenangebotsart',
      'Arbeitsplatz',
      'Arbeitgeber',
      'Keramik Brandt GmbH',
      '',
      'Stellenbeschreibung',
      'Wir verlegen Fliesen in Neubauten.',
    ].join('\n');
    const p = posting(text);
    expect(p.company).toBe('Keramik Brandt GmbH');
    expect(p.title).toBe('Fliesenleger/in');
  });
});

describe('years of experience offered instead of the diploma', () => {
  const education = (text: string) =>
    extract({ text }).requirements.find((r) => r.kind === 'education');

  it.each([
    "Profil : CAP cuisine exigé (ou 3 ans d'expérience en restauration).",
    'Requirements: HND in engineering or 4 years of experience in maintenance.',
    'Voraussetzung: Ausbildung als Tischler oder 5 Jahre Erfahrung im Möbelbau.',
  ])('%j accepts the years as an equivalent', (text) => {
    expect(education(text)).toMatchObject({ equivalentAccepted: true });
  });

  it('years tied to another degree in brackets are no alternative to the first', () => {
    const text =
      'Requisitos: 5 anos de experiência (com bacharelado) ou 3 anos de experiência (com mestrado).';
    expect(education(text)).not.toMatchObject({ equivalentAccepted: true });
  });

  it('"de formation supérieure" asks for a degree (fr)', () => {
    expect(
      education('Profil : de formation supérieure en gestion, vous aimez les chiffres.'),
    ).toMatchObject({
      level: 'bachelor',
    });
  });
});

describe('installation work away from base (de)', () => {
  it('"Montagebereitschaft" is a need to travel', () => {
    const text = 'Ihr Profil: Montagebereitschaft im Raum Süddeutschland wird vorausgesetzt.';
    const found = extract({ text }).requirements.filter((r) => r.kind === 'travel');
    expect(found).toHaveLength(1);
  });
});

describe('a labelled place widened to its area', () => {
  it.each([
    ['Einsatzort: Raum Heilbronn (74*)', 'Heilbronn'],
    ['Standort: GR Heilbronn', 'Heilbronn'],
    ['Einsatzort: Zentrale Soltau', 'Soltau'],
    ['Lieu : région de Nantes', 'Nantes'],
  ])('%j is the town itself', (line, town) => {
    const text = [
      'Lagerhelfer (m/w/d)',
      '',
      'Wir suchen Verstärkung für unser Lager.',
      '',
      line,
    ].join('\n');
    expect(posting(text).locations).toEqual([town]);
  });

  it('"Arbeitsorte" over a street address names the town (de)', () => {
    const text = [
      'Maler/in',
      '',
      'Wir streichen Fassaden.',
      '',
      'Arbeitsorte',
      'Lindenweg 4, 04109 Leipzig',
    ].join('\n');
    expect(posting(text).locations).toEqual(['Leipzig']);
  });
});

describe('tools of French software shops and German panel builders', () => {
  const skills = (text: string) =>
    extract({ text }).requirements.flatMap((r) => (r.kind === 'skill' ? [r.name] : []));

  it('WinDev, WebDev and VB6 are named tools (fr)', () => {
    expect(
      skills('Profil : vous maîtrisez WinDev et WebDev, une connaissance de VB6 est un plus.'),
    ).toEqual(expect.arrayContaining(['WinDev', 'WebDev', 'Visual Basic 6']));
  });

  it('E-Plan is EPLAN (de), Sylius a shop framework (en)', () => {
    expect(skills('Ihr Profil: sichere Erfahrung mit E-Plan im Schaltschrankbau.')).toContain(
      'EPLAN',
    );
    expect(skills('Requirements: you have built stores with Sylius and Symfony.')).toContain(
      'Sylius',
    );
  });
});

describe('a town at the end of the title, when the text names no other place', () => {
  it.each([
    ['Vertriebsassistenz für Messebau in Wien', 'Wien'],
    ['SAP FI Berater (m/w/d) // ASAP // GR. Wien', 'Wien'],
    ['Serveur / Serveuse – Lyon', 'Lyon'],
    ['Cocinero/a de línea – Valencia', 'Valencia'],
  ])('%j', (title, town) => {
    const text = [title, '', 'Wir freuen uns auf Ihre Nachricht.'].join('\n');
    expect(posting(text).locations).toEqual([town]);
  });

  it('a title ending in a word that is no town gives no place', () => {
    const text = [
      'Servicekraft (m/w/d) in Teilzeit',
      '',
      'Wir freuen uns auf Ihre Nachricht.',
    ].join('\n');
    expect(posting(text).locations).toEqual([]);
  });
});

describe('a client described in the text is not the employer', () => {
  it('"Unser Kunde ist ..." (de) and "Notre client est ..." (fr) name no company', () => {
    const de = [
      'Buchhalter (m/w/d)',
      '',
      'Unser Kunde ist ein Hersteller von Pumpen im Raum Kassel.',
    ];
    expect(posting(de.join('\n')).company).not.toBe('Unser Kunde');
    const fr = ['Comptable H/F', '', 'Notre client est un fabricant de pompes près de Reims.'];
    expect(posting(fr.join('\n')).company).not.toBe('Notre client');
  });
});

describe("an agency's client and its town (de)", () => {
  it('"Für unseren Kunden in Bonn suchen wir" places the job in Bonn', () => {
    const text = [
      'Disponent (m/w/d)',
      '',
      'Für unseren Kunden in Bonn suchen wir ab sofort Unterstützung in der Tourenplanung.',
    ].join('\n');
    expect(posting(text).locations).toEqual(['Bonn']);
  });

  it('"Kunden in" a country names no town', () => {
    const text = ['Disponent (m/w/d)', '', 'Sie betreuen Kunden in Deutschland und Polen.'].join(
      '\n',
    );
    expect(posting(text).locations).toEqual([]);
  });
});
