import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { normalize } from './pipeline/normalize';

/**
 * Classes met on unseen non-English postings (Italian agency ads kept in seed data, Belgian and
 * French records, Dutch care agency pages, Portuguese and Brazilian issue boards). Sentences are
 * written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const languages = (text: string) =>
  read(text)
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => (r.kind === 'language' ? [r.language, r.level, r.required] : []));
const travels = (text: string) => read(text).requirements.some((r) => r.kind === 'travel');

describe('a town, its province in brackets, then its region', () => {
  it.each([
    ['MAGAZZINIERE\nNovara (Novara), Piemonte\nCerchiamo un magazziniere con patentino.', 'Novara'],
    [
      'CUOCO CAPO PARTITA\nBergamo (Bergamo), Lombardia\nRistorante in centro cerca cuoco.',
      'Bergamo',
    ],
    ['OPERAIO\nSchio (Vicenza), Veneto\nAzienda metalmeccanica ricerca operaio.', 'Schio'],
  ])('%s', (text, town) => {
    const p = posting(text);
    expect(p.company).toBeNull();
    expect(p.locations.join(' ')).toContain(town);
  });

  it('a bracket before a comma and no region after it is left alone', () => {
    expect(
      posting('Tecnico\nAcme (Italia), Ufficio acquisti\nRicerchiamo un tecnico.').locations,
    ).toEqual([]);
  });
});

describe('Italian typed without accent keys', () => {
  it('reads the apostrophe after the last vowel as its accent, mapped back', () => {
    const n = normalize("Si offre la possibilita' di crescita, e' richiesta la patente.");
    expect(n.text).toBe('Si offre la possibilità di crescita, è richiesta la patente.');
    expect(n.map.length).toBe(n.text.length + 1);
  });

  it('leaves quotes and elisions as written', () => {
    const text = "Use the 'delta' tool; l'azienda cerca un tecnico, it's fine.";
    expect(normalize(text).text).toBe(text);
  });

  it('an internship with a later chance of apprenticeship is an internship', () => {
    expect(
      posting(
        "Impiegata\n\nSi offre stage full-time di sei mesi con successiva possibilita' di assunzione in apprendistato.",
      ).employmentType,
    ).toBe('internship');
  });
});

describe('travel that may come up', () => {
  it.each([
    'Commerciale\n\nRequisiti:\n- disponibilità ad eventuali trasferte in Italia;',
    'Tecnico installatore\n\nE richiesta la disponibilità a eventuali trasferte brevi.',
  ])('%s', (text) => {
    expect(travels(text)).toBe(true);
  });
});

describe('an agency ad labels its place "Zona:"', () => {
  it('reads the town after the label', () => {
    expect(
      posting(
        'Operaio\n\nRicerchiamo un operaio per azienda cliente.\nZona: Lecco (LC)',
      ).locations.join(),
    ).toContain('Lecco');
  });
});

describe('the language noun said again inside a list', () => {
  it.each([
    ['Richiesta ottima conoscenza della lingua tedesca e della lingua spagnola.', ['de', 'es']],
    ['Exigimos dominio del idioma inglés y del idioma francés.', ['en', 'fr']],
    ['Requer bom conhecimento da língua inglesa e da língua espanhola.', ['en', 'es']],
  ])('%s', (sentence, codes) => {
    const found = languages(`Impiegato\n\n${sentence}`);
    expect(found.map((f) => f[0])).toEqual(codes);
    expect(new Set(found.map((f) => f[1])).size).toBe(1);
    expect(found[1]?.[1]).not.toBeNull();
  });
});

describe('a command of a language asked with the verb', () => {
  it('"maîtriser" is a fluent level', () => {
    expect(languages("Chargé de projet\n\nMaîtriser l'espagnol est un atout.")).toEqual([
      ['es', 'fluent', false],
    ]);
  });
});

describe('a nationality adjective after its noun names no language', () => {
  it.each([
    'Analista\n\nA empresa tem forte presença no mercado português desde 2010.',
    "Chargé de mission\n\nL'association couvre les provinces francophones du pays.",
    'Consulente\n\nSeguirai i clienti italiani e il mercato tedesco.',
  ])('%s', (text) => {
    expect(languages(text)).toEqual([]);
  });
});

describe('a language called not required before its name', () => {
  it('"Não obrigatório Inglês" asks for nothing', () => {
    expect(languages('Desenvolvedor\n\nContrato: PJ\nNão obrigatório Inglês')).toEqual([]);
  });
});

describe("Dutch hours words that are not the job's hours", () => {
  it('"(bij fulltime)" after a perk counts the perk at full time', () => {
    expect(
      posting(
        'Helpende\nAmersfoort · Parttime\n\nWat bieden wij?\n- 25 vakantiedagen (bij fulltime)\n- Reiskosten',
      ).employmentType,
    ).toBe('part_time');
  });
});

describe("a LinkedIn export's section head is no place", () => {
  it('"Entreprise" alone under the title', () => {
    expect(
      posting(
        'Vendeur (H/F)\nBoulangerie Martin\nEntreprise\n\nNous sommes une boulangerie familiale.',
      ).locations,
    ).toEqual([]);
  });
});

describe('a recruitment notice head before a delegate role', () => {
  it.each([
    [
      "Recrutement d'un-une Délégué-e à la communication\n\nLe-la délégué-e rejoint l'équipe.",
      'Délégué-e à la communication',
    ],
    [
      "Recrutement d'une Déléguée commerciale - Contrat à durée déterminée\n\nVous rejoignez l'équipe.",
      'Déléguée commerciale',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('years of a skill written as years of knowledge (pt)', () => {
  it('"3 anos de conhecimentos em" is an experience requirement', () => {
    const exp = read(
      'Programador\n\nRequisitos:\n3 anos de conhecimentos em Python;',
    ).requirements.find((r) => r.kind === 'experience');
    expect(exp?.kind === 'experience' ? exp.minYears : null).toBe(3);
  });
});

describe('a student of the degree (es)', () => {
  it('"Alumno carrera Ing. Industrial" is a bachelor in progress', () => {
    const edu = read('Pasante\n\nRequisitos:\n- Alumno carrera Ing. Industrial.').requirements.find(
      (r) => r.kind === 'education',
    );
    expect(edu?.kind === 'education' ? edu.level : null).toBe('bachelor');
  });
});
