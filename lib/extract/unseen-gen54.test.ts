import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (French agency and README pages, Italian agency ads,
 * Brazilian and Portuguese issue boards, Dutch and Austrian careers pages). Sentences are written
 * for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const language = (text: string) => read(text).requirements.find((r) => r.kind === 'language');
const education = (text: string) => read(text).requirements.find((r) => r.kind === 'education');

describe('a header line wrapped in one markdown emphasis reads as its words', () => {
  it.each([
    ['Serveur H/F\nBrasserie du Port\n_Nantes (44)_\nCDI\n\nVos missions', 'Nantes'],
    ['Kok\nEetcafé De Hoek\n*Utrecht*\n\nWat ga je doen', 'Utrecht'],
    ['Koch (m/w/d)\nGasthaus Linde\n_Graz_\n\nDeine Aufgaben', 'Graz'],
  ])('%s', (text, town) => {
    expect(posting(text).locations).toEqual([town]);
  });

  it('keeps a line with emphasis inside it as written', () => {
    expect(posting('Serveur H/F\n\nLe _midi_ et le soir, vous servez.').locations).toEqual([]);
  });
});

describe('the job itself stated as remote in a longer sentence', () => {
  it.each([
    'Commercial H/F\n\nLe poste est en télétravail, avec quelques déplacements chez les clients.',
    'Desarrollador\n\nEl puesto es en remoto, con una reunión trimestral en la oficina central.',
    'Analista\n\nA vaga é remota, com encontros eventuais em São Paulo para planejamento.',
    'Sviluppatore\n\nLa posizione è da remoto, con qualche trasferta presso i clienti del nord.',
  ])('%s', (text) => {
    expect(posting(text).workplace).toBe('remote');
  });

  it('a partial share in the same statement stays hybrid', () => {
    expect(
      posting('Commercial H/F\n\nLe poste est en télétravail partiel, deux jours au bureau.')
        .workplace,
    ).toBe('hybrid');
  });
});

describe('home office offered once the new hire is trained in', () => {
  it.each([
    'Buchhalter (m/w/d)\n\nWir bieten:\n- Homeoffice nach Einschulung\n- ein gutes Team',
    'Entwickler (m/w/d)\n\nWir bieten:\n- Homeoffice nach der Einarbeitung\n- Firmenfeiern',
  ])('%s', (text) => {
    expect(posting(text).workplace).toBe('hybrid');
  });
});

describe('a sponsored visa written as a benefit', () => {
  it.each([
    'Programador PHP\n\nBenefícios:\n- Visto patrocinado\n- Plano de saúde',
    'Engenheiro de dados\n\nOferecemos patrocínio de visto e apoio na mudança para Lisboa.',
  ])('%s', (text) => {
    expect(posting(text).visaSponsorship).toBe('offered');
  });
});

describe('language levels and their weight as typed', () => {
  it('reads "fluencia" without its accent as fluent', () => {
    const l = language('Analista\n\nRequisitos:\n- Fluencia em espanhol.');
    expect(l).toMatchObject({ language: 'es', level: 'fluent', required: true });
  });

  it('reads a level "fortement recommandé" as wanted, not demanded', () => {
    const l = language(
      'Comptable H/F\n\nVotre profil :\n* Bon niveau d’allemand vivement recommandé',
    );
    expect(l).toMatchObject({ language: 'de', level: 'professional', required: false });
  });
});

describe('Austrian schools that end with the Matura', () => {
  it.each([
    'Techniker (m/w/d)\n\nIhr Profil:\n- abgeschlossene HTL oder HAK\n- Teamgeist',
    'Sachbearbeiter (m/w/d)\n\nIhr Profil:\n- Oberstufengymnasium mit Reifeprüfung',
  ])('%s', (text) => {
    expect(education(text)).toMatchObject({ level: 'high_school', required: true });
  });
});

describe('a page’s print and mail links are no header lines', () => {
  it('reads neither the employer nor a place from them', () => {
    const p = posting('Lagerhelfer (m/w/d)\nDrucken\nE-Mail\nIhre Aufgaben:\n- Waren einlagern');
    expect(p.title).toBe('Lagerhelfer (m/w/d)');
    expect(p.company).toBeNull();
    expect(p.locations).toEqual([]);
  });
});

describe('a sales target is no pay', () => {
  it('leaves "signer 200k par an" alone', () => {
    expect(
      posting('Commercial H/F\n\nVous devez signer 200k par an de nouveaux contrats.').salary,
    ).toBeNull();
  });
});
