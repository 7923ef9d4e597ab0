import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Postings of the kinds found on public-sector job pages, job-board issues and README boards: a
 * board heading ("Job Details") over the title and its number in brackets, a field value that is
 * one markdown link, a headline opened by a bracketed place tag, a town whose name holds a small
 * lower-case word before its province's code. Sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;

describe("a board's heading over the posting's own title line", () => {
  it.each([
    [
      'Job Details\n\nClerk 12 - Records Assistant - (204518)\n\nThe records team keeps files in order.\n',
      'Clerk 12 - Records Assistant',
    ],
    [
      'Stellendetails\n\nBuchhalter (m/w/d)\n\nWir führen die Bücher eines Handwerksbetriebs.\n',
      'Buchhalter (m/w/d)',
    ],
    [
      "Détails du poste\n\nComptable H/F\n\nNous tenons la comptabilité d'un cabinet.\n",
      'Comptable H/F',
    ],
    [
      'Detalles del empleo\n\nAuxiliar administrativo\n\nLlevamos la agenda de una clínica.\n',
      'Auxiliar administrativo',
    ],
  ])('is skipped, the title is the next line: %j', (text, title) => {
    expect(facts(text).title).toBe(title);
  });

  it('does not make the title line a company-and-place byline', () => {
    const text =
      'Job Details\n\nCLK 7 - Office Clerk - Closing Date Extended - (330120)\n\nLocation\n\nKamloops, BC\n\nThe office serves the public.\n';
    const p = facts(text);
    expect(p.company).toBeNull();
    expect(p.locations).not.toContain('Office Clerk');
  });
});

describe('a field value that is one markdown link', () => {
  it.each([
    '# Backend Engineer\n\n## Company\n\n[Korimako Labs](https://korimako.example/)\n\n## Location\n\nWellington, New Zealand\n',
    '# Développeur backend\n\n## Entreprise\n\n[Korimako Labs](https://korimako.example/)\n\n## Lieu\n\nLyon\n',
  ])('reads as the link words: %j', (text) => {
    expect(facts(text).company).toBe('Korimako Labs');
  });
});

describe('a hiring headline opened by a bracketed place tag', () => {
  it.each([
    [
      '[Berlin] - Nordwind Labs is hiring Backend Developer\n\nWe build payment tools.\n',
      'Backend Developer',
      'Nordwind Labs',
      'Berlin',
    ],
    [
      '[Lyon] Atelier Brume recrute un Comptable\n\nNous fabriquons des meubles.\n',
      'Comptable',
      'Atelier Brume',
      'Lyon',
    ],
  ])('%j', (text, title, company, place) => {
    const p = facts(text);
    expect(p.title).toBe(title);
    expect(p.company).toBe(company);
    expect(p.locations).toContain(place);
  });
});

describe("a town whose name holds a small word, then its region's code", () => {
  it.each([
    [
      'Fire Crew Leader\nProvincial Wildfire Service\nLac du Bonnet MB\n\nLead a crew of four.\n',
      'Lac du Bonnet MB',
    ],
    [
      'Bus Driver\nNorthline Coaches\nStratford upon Avon ON\n\nDrive the morning routes.\n',
      'Stratford upon Avon ON',
    ],
  ])('is the place: %j', (text, place) => {
    expect(facts(text).locations).toContain(place);
  });

  it('a body named "Department of …" before a state code stays no place', () => {
    const text = 'Policy Officer\nDepartment of Health WA\n\nWrite briefs for the minister.\n';
    expect(facts(text).locations).not.toContain('Department of Health WA');
  });
});

describe('a certificate listed first among post-school awards', () => {
  it.each([
    "Payroll Clerk\nAcme Pty Ltd\n\nAbout you\n- Certificate, diploma or bachelor's degree in business or a related field.\n- Payroll experience.\n",
    'Stores Officer\nAcme Pty Ltd\n\nRequirements\n- A certificate or diploma in logistics.\n- Forklift licence.\n',
  ])('accepts the certificate: %j', (text) => {
    const edu = extract({ text }).requirements.find((r) => r.kind === 'education');
    expect(edu?.kind === 'education' ? edu.level : null).toBe('vocational');
  });
});
