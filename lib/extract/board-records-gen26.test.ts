import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Job-board records from markets the engine had not read before (US hospitals, Canadian and South
 * African boards, Singapore): every sentence here is written for the test, in several languages,
 * shaped like the wording those records use.
 */

const posting = (text: string) => extract({ text }).posting;
const education = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r.kind === 'education' ? [r.level, r.required, r.equivalentAccepted] : []));
const languages = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => (r.kind === 'language' ? [r.language, r.required] : []));
const years = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.required] : []));

describe('work model stated in a title or a hiring sentence', () => {
  it.each([
    [
      'Senior Backend Platform Engineer (On-site 2025)\nNorthwind\nLeeds\n\nYou build services.',
      'onsite',
    ],
    [
      'Senior Softwareentwickler Backend Plattform (Remote)\nNordwind GmbH\nKöln\n\nDu baust Dienste.',
      'remote',
    ],
    [
      'Développeur backend confirmé plateforme data (Télétravail)\nNordvent\nLyon\n\nTu codes.',
      'remote',
    ],
    [
      'Ervaren backend-ontwikkelaar voor ons dataplatform (Hybride)\nNoordwind\nUtrecht\n\nJe bouwt.',
      'hybrid',
    ],
  ])('reads the bracket closing a long title: %s', (text, want) => {
    expect(posting(text).workplace).toBe(want);
  });

  it('keeps a bracket in a prose sentence to the sentence', () => {
    const text = 'Gleitzeit und auch ortsunabhängige Arbeitszeiten (Home Office)';
    expect(posting(text).workplace).toBe('hybrid');
  });

  it.each([
    'We are looking for a full-time on-site maintenance technician for our bottling plant.',
    'Acme is seeking an on-site payroll coordinator for two clinics.',
  ])('reads the role advertised as on site: %s', (text) => {
    expect(posting(text).workplace).toBe('onsite');
  });

  it.each([
    'Perks:\n- On-site parking\n- On-site gym and cafeteria',
    'Our plant builds hybrid production lines for the region.',
    'Wir bieten:\n- Kostenlose Parkplätze vor Ort\n- Jobticket',
    'Avantages :\n- Parking sur site gratuit\n- Tickets restaurant',
    'Wat wij bieden:\n- Gratis parkeren op locatie\n- Een goed salaris',
  ])('reads no work model in an amenity at the site: %s', (text) => {
    expect(posting(text).workplace).toBeNull();
  });
});

describe('places written the way boards export them', () => {
  const header = (place: string) =>
    `Cloud Engineer\nNorthwind Pte Ltd\n${place}\n\nYou run servers.`;
  it.each([
    ['Kallang, S00, SG', ['Kallang, SG']],
    ['Tanjong Pagar, S00, SG', ['Tanjong Pagar, SG']],
    ['Stellenbosch, Western Cape 7600', ['Stellenbosch, Western Cape']],
  ])('reads the town without the board code or postcode: %s', (place, want) => {
    expect(posting(header(place)).locations).toEqual(want);
  });

  it('still refuses a reference number under the company', () => {
    expect(posting(header('JOB ID 48213')).locations).toEqual([]);
  });

  it.each([
    ['Guelph, ON, CA', 'CAD'],
    ['Kingston, ON, CA', 'CAD'],
    ['Fresno, CA', 'USD'],
  ])('reads the dollar of the place line %s', (place, currency) => {
    const text = `School Bus Driver\nNorthwind Coaches\n${place}\n\nPay: $21.50 per hour`;
    expect(posting(text).salary?.currency).toBe(currency);
  });
});

describe('diplomas and run-together requirement lines', () => {
  it.each([
    ['Requirements:\n- Bookkeeping or related diploma', [['associate', true, false]]],
    [
      'Requirements:\n- Diploma or Bachelor’s degree in Logistics, or equivalent experience',
      [['associate', true, true]],
    ],
    [
      'Requirements:\n- Diploma in Child and Youth Care (or approved equivalency) from a college',
      [['associate', true, true]],
    ],
  ])('reads a post-secondary diploma as an associate level: %s', (text, want) => {
    expect(education(text)).toEqual(want);
  });

  it.each([
    'Qualifications:\n- Associate Degree in Radiography Required Bachelor’s Degree in Radiography Preferred',
    'Profil:\n- Abgeschlossene Berufsausbildung erforderlich Studium wünschenswert',
    'Requisitos:\n- Grado en Enfermería obligatorio Máster deseable',
  ])('keeps the first item required when a second one is preferred: %s', (text) => {
    const found = education(text);
    expect(found[0]?.[1]).toBe(true);
    expect(found[1]?.[1]).toBe(false);
  });
});

describe('languages named as not asked for', () => {
  it.each([
    'Flexible language requirement:\n- French not required',
    'Sprachen:\n- Französischkenntnisse sind nicht erforderlich',
    'Talen:\n- Frans niet vereist',
    'Langues :\n- Anglais non obligatoire',
  ])('asks for no language: %s', (text) => {
    expect(languages(text)).toEqual([]);
  });

  it('keeps a language that is not required but welcome as a plus', () => {
    expect(languages('Knowledge of French is not required but is an asset.')).toEqual([
      ['fr', false],
    ]);
  });
});

describe('other record wording', () => {
  it('reads no employment type in equal-opportunity legalese', () => {
    const text =
      'Our policy covers all employment practices, including hiring, training, promotion and apprenticeship.';
    expect(posting(text).employmentType).toBeNull();
  });

  it('reads no employment type in the hours of past practice', () => {
    const text = 'We want a flight nurse with 2-3 years in full time practice.';
    expect(posting(text).employmentType).toBeNull();
  });

  it.each([
    ['- Minimum 3 years’ active field practice as a respiratory therapist', [[3, true]]],
    ['- 4 years’ clinical practice preferred', [[4, false]]],
    ['Vous justifiez de 2 ans de pratique en officine.', [[2, true]]],
    ['Our practice has served families in this town for 30 years.', []],
  ])('reads practice as experience only with its years: %s', (text, want) => {
    expect(years(text)).toEqual(want);
  });
});

describe('licences beside a hospital unit or a state code', () => {
  const licences = (text: string) =>
    extract({ text })
      .requirements.filter((r) => r.kind === 'license')
      .map((r) => (r.kind === 'license' ? r.name : ''));
  it.each([
    'NICU Registered Nurse\nNorthwind Health\nTampa, FL\n\nYou care for newborns.',
    'Requirements:\n- Two years as an OR Registered Nurse',
  ])('reads no registering body in a unit before the nurse title: %s', (text) => {
    expect(licences(text).filter((n) => n?.endsWith('registration'))).toEqual([]);
  });

  it('reads a state code before a licence as no body', () => {
    const text = 'Requirements:\n- Current Iowa RN license (current IL license if working in IL)';
    expect(licences(text)).not.toContain('IL registration');
  });

  it.each([
    ['Requirements:\n- HPCSA registration as a dietitian', 'HPCSA registration'],
    ['Requirements:\n- Active NMC PIN', 'NMC registration'],
  ])('still reads a registering body: %s', (text, name) => {
    expect(licences(text)).toContain(name);
  });
});
