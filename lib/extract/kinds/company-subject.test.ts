import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { companySubject } from './company-subject';
import { findCompany } from './posting';

describe('companySubject: the employer opening a sentence on what it does', () => {
  it.each([
    [
      'Data Analyst\n\nBrightwell takes a practical approach to home energy.\n\nYou will build reports.',
      'Brightwell',
    ],
    [
      'Data Analyst\n\nNorthgate specialises in freight software for ports.\n\nYou will build reports.',
      'Northgate',
    ],
    [
      'Data Analyst\n\nLumenly connects small farms with local buyers.\n\nYou will build reports.',
      'Lumenly',
    ],
  ])('%s', (text, name) => {
    expect(companySubject(text)).toBe(name);
  });
});

describe('companySubject: the verbs other languages describe an employer with', () => {
  it.each([
    [
      'Cameriere\n\nLunaris opera nel settore della ristorazione a Bologna.\n\nRequisiti',
      'Lunaris',
    ],
    ['Kellner\n\nKernwerk produziert Möbel in Köln.\n\nProfil', 'Kernwerk'],
    [
      'Serveur\n\nBrasserie Lumière exploite trois restaurants à Lyon.\n\nProfil',
      'Brasserie Lumière',
    ],
    ['Kok\n\nNoorderlicht levert maaltijden aan bedrijven.\n\nProfiel', 'Noorderlicht'],
    ['Mesero\n\nGrupo Sol brinda servicios de catering en Lima.\n\nRequisitos', 'Grupo Sol'],
  ])('%s', (text, name) => {
    expect(companySubject(text)).toBe(name);
  });
});

describe('findCompany: an agency naming itself under a record that hides the employer', () => {
  it('reads the agency’s own line when the record says "confidential"', () => {
    const text =
      'Auxiliar de Cozinha\nEmpresa confidencial\nCampinas\n\n' +
      'Vagas Norte em parceria com empresa do ramo de restaurantes\nRequisitos\n- Ensino fundamental';
    expect(findCompany(text, null, undefined)).toBe('Vagas Norte');
  });
  it('stays null when no one is named', () => {
    const text =
      'Auxiliar de Cozinha\nEmpresa confidencial\nCampinas\n\nRequisitos\n- Ensino fundamental';
    expect(findCompany(text, null, undefined)).toBeNull();
  });
});

describe('"we are" and the name, then what the employer is, with no comma', () => {
  const company = (line: string) =>
    extract({ text: `Software Engineer\n\n${line}\n\nRequirements\n- Python` }).posting.company;

  it.each([
    ['Wir sind Kettwerk ein junges Softwarehaus aus Graz.', 'Kettwerk'],
    ['Wir sind Kettwerk Systems eine Agentur aus Graz.', 'Kettwerk Systems'],
    ['Nous sommes Morel Industrie une PME familiale du Jura.', 'Morel Industrie'],
    ['Somos a Fretx uma startup de logística.', 'Fretx'],
    ['Somos Andina Digital una consultora de Lima.', 'Andina Digital'],
    ['Wij zijn Brugwerk een jong softwarebedrijf uit Gent.', 'Brugwerk'],
    ['Siamo Lumetta una software house di Bari.', 'Lumetta'],
  ])('%s → %s', (line, name) => {
    expect(company(line)).toBe(name);
  });

  it('reads no name in a title-cased hiring phrase', () => {
    expect(company('We Are Hiring A Registered Nurse For Our Ward.')).toBeNull();
    expect(company('We Are Seeking An Experienced Electrician.')).toBeNull();
  });
});
