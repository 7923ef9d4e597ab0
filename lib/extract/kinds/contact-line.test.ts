import { describe, expect, it } from 'vitest';
import { contactCompany } from './contact-line';

const under = (line: string) => contactCompany(`Senior Auditor\n${line}\n\nYou audit accounts.`);

describe('contactCompany: the firm closing a contact line under the title', () => {
  it.each([
    ['Contact Maria Lund, Partner, Northgate Search Associates', 'Northgate Search Associates'],
    ['Kontakt: Frau Anna Berg, Personalabteilung, Kernwerk GmbH', 'Kernwerk GmbH'],
    ['Contactpersoon: Els Peeters, HR, Bouwgroep Noord', 'Bouwgroep Noord'],
    ['Referente: Luca Bianchi, Selezione, Studio Arco', 'Studio Arco'],
  ])('%s', (line, firm) => {
    expect(under(line)).toBe(firm);
  });

  it.each([
    'Contact: Jane Doe',
    'Contact: Jane Doe, Recruiter',
    'Contact: Jane Doe, London',
    'Contacto: Ana Ruiz, 612 345 678',
  ])('names no firm: %s', (line) => {
    expect(under(line)).toBeNull();
  });

  it('reads only the header: a contact line far below is the body’s', () => {
    const text = `Auditor\n\n${'A line of the description.\n'.repeat(8)}Contact Jo Lee, Partner, Acme Search`;
    expect(contactCompany(text)).toBeNull();
  });
});
