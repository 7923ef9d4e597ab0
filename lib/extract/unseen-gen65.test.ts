import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen postings from Portugal, Austria, Italy, Ticino, Chile, Belgium, Guinea and
 * the DR Congo (careers pages, record dumps, scraper fixtures). Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const languages = (text: string) =>
  read(text).requirements.flatMap((r) =>
    r.kind === 'language' ? [{ language: r.language, level: r.level, required: r.required }] : [],
  );
const experience = (text: string) =>
  read(text).requirements.flatMap((r) => (r.kind === 'experience' ? [r.minYears] : []));

describe('a level adjective agreeing with two languages keeps its level', () => {
  it.each([
    ['pt', 'Programador\nAcme\nBraga\n\nRequisitos:\n- Alemão e espanhol fluentes;\n- Git.'],
    ['es', 'Programador\nAcme\nSevilla\n\nRequisitos:\n- Alemán y portugués fluidos.\n- Git.'],
    ['it', 'Programmatore\nAcme\nBari\n\nRequisiti:\n- Tedesco e spagnolo fluenti.\n- Git.'],
    ['fr', 'Programmeur\nAcme\nNamur\n\nProfil :\n- Allemand et espagnol courants.\n- Git.'],
  ])('(%s) reads both languages as fluent', (_lang, text) => {
    const found = languages(text);
    expect(found).toHaveLength(2);
    for (const l of found) expect(l.level).toBe('fluent');
  });
});

describe('a skill the candidate may instead be willing to learn is a plus', () => {
  it.each([
    [
      'en',
      'Support Agent\nAcme\nYork\n\nRequirements:\n- Basic German, or willing to pick it up\n- CRM tools',
      'de',
    ],
    [
      'nl',
      'Klantendienst\nAcme\nHasselt\n\nProfiel:\n- Je spreekt Duits of bent bereid het te leren\n- CRM',
      'de',
    ],
    [
      'de',
      'Kundendienst\nAcme GmbH\nLinz\n\nProfil:\n- Italienisch oder die Bereitschaft, es zu lernen\n- CRM',
      'it',
    ],
    [
      'fr',
      'Service client\nAcme\nLiège\n\nProfil :\n- Allemand courant ou prêt à vous y mettre\n- CRM',
      'de',
    ],
    [
      'es',
      'Atención al cliente\nAcme\nCórdoba\n\nRequisitos:\n- Portugués básico o dispuesto a aprenderlo\n- CRM',
      'pt',
    ],
    [
      'it',
      'Assistenza clienti\nAcme\nComo\n\nRequisiti:\n- Francese o disponibilità a studiarlo\n- CRM',
      'fr',
    ],
    [
      'pt',
      'Apoio ao cliente\nAcme\nFaro\n\nRequisitos:\n- Alemão ou disponibilidade para aprender\n- CRM',
      'de',
    ],
  ])('(%s) marks the language as not required', (_lang, text, code) => {
    const found = languages(text).find((l) => l.language === code);
    expect(found?.required).toBe(false);
  });

  it('keeps a language asked outright as required', () => {
    const text = 'Support Agent\nAcme\nYork\n\nRequirements:\n- Fluent German\n- CRM tools';
    expect(languages(text).find((l) => l.language === 'de')?.required).toBe(true);
  });
});

describe('the dash for "no cents" after a whole amount', () => {
  it.each([
    [
      'Verkäufer\nAcme GmbH\nGraz\n\nDas Gehalt beträgt mindestens 2.100,- Euro brutto pro Monat.',
      2100,
      'EUR',
    ],
    [
      'Verkäufer\nAcme GmbH\nSalzburg\n\nEinstiegsgehalt: 2.300.- Euro brutto/Monat (Vollzeit).',
      2300,
      'EUR',
    ],
    ['Vendeur\nAcme SA\nSion\n\nSalaire : 4.900.- CHF brut par mois.', 4900, 'CHF'],
  ])('reads %#', (text, min, currency) => {
    expect(posting(text).salary).toMatchObject({ min, currency, period: 'month' });
  });

  it('reads no pay from a range of classes', () => {
    expect(
      posting('Lehrer\nSchule Acme\nWels\n\nUnterricht in der 3.-5. Klasse.').salary,
    ).toBeNull();
  });
});

describe('a Chilean internship named in the singular', () => {
  it.each([
    'Técnico en electrónica\nAcme Ltda.\nTemuco\n\nPráctica profesional para alumno de último año.\nHorario: lunes a viernes.',
    'Asistente contable\nAcme Ltda.\nTalca\n\nPago práctica: a convenir.\nLugar de práctica: Talca.',
  ])('is an internship: %#', (text) => {
    expect(posting(text).employmentType).toBe('internship');
  });

  it('leaves a good practice alone', () => {
    const text = 'Contador\nAcme\nTalca\n\nAplicar buenas prácticas contables.\nJornada completa.';
    expect(posting(text).employmentType).not.toBe('internship');
  });
});

describe('years accrued at work, the experience noun left out', () => {
  it.each([
    [
      'it',
      'Analista\nAcme\nPavia\n\nIl candidato deve aver maturato almeno 3 anni su progetti SAP.',
    ],
    [
      'en',
      'Analyst\nAcme\nDerby\n\nThe candidate must have accrued at least 3 years on SAP rollouts.',
    ],
  ])('(%s) reads the years', (_lang, text) => {
    expect(experience(text)).toContain(3);
  });
});

describe('the field after a Dutch "op"', () => {
  it('reads the field of the years', () => {
    const text =
      'Planner\nAcme\nAalst\n\nProfiel:\n- minstens 3 jaar op een gelijkaardige functie in transport';
    const found = read(text).requirements.find((r) => r.kind === 'experience');
    expect(found?.kind === 'experience' ? found.field : null).toContain('functie in transport');
  });
});

describe('a legal form typed in lower case before the hiring verb', () => {
  it.each([
    [
      'it',
      'Sviluppatore\nOrbis Dati srl sta cercando uno sviluppatore junior.\n\nRequisiti: PHP.',
      'Orbis Dati srl',
    ],
    [
      'de',
      'Entwickler\nOrbis Daten gmbh sucht ab sofort einen Entwickler.\n\nProfil: PHP.',
      'Orbis Daten gmbh',
    ],
    [
      'fr',
      'Développeur\nOrbis Données sarl recrute un développeur.\n\nProfil : PHP.',
      'Orbis Données sarl',
    ],
  ])('(%s) names the employer', (_lang, text, name) => {
    expect(posting(text).company).toBe(name);
  });
});

describe('a public body named with small joining words', () => {
  it.each([
    [
      'fr',
      'Technicien\nDans le cadre du recensement, l’Institut National de la Cartographie recrute 20 techniciens.',
      'Institut National de la Cartographie',
    ],
    [
      'es',
      'Técnico\nEl Instituto Nacional de la Vivienda busca técnicos de campo.',
      'Instituto Nacional de la Vivienda',
    ],
    [
      'de',
      'Statistiker\nDas Landesamt für Umwelt sucht eine Statistikerin.',
      'Landesamt für Umwelt',
    ],
    [
      'nl',
      'Medewerker\nDe Vlaamse Dienst voor Arbeidsbemiddeling zoekt een medewerker.',
      'Vlaamse Dienst voor Arbeidsbemiddeling',
    ],
  ])('(%s) keeps the whole name', (_lang, text, name) => {
    expect(posting(text).company).toBe(name);
  });
});

describe('a second town offered after "or", when the first also names its region', () => {
  it.each([
    [
      'pt',
      'Programador\nAcme\n\nRequisitos:\n- Java;\n- Regime híbrido em Porto ou Braga (Obrigatório);',
      ['Porto', 'Braga'],
    ],
    [
      'es',
      'Programador\nAcme\n\nRequisitos:\n- Java.\n- Trabajo híbrido en Madrid o Sevilla.',
      ['Madrid', 'Sevilla'],
    ],
  ])('(%s) keeps both towns', (_lang, text, towns) => {
    expect(posting(text).locations).toEqual(towns);
  });
});

describe('"we at" and the employer’s name', () => {
  it.each([
    [
      'de',
      'Verkäufer\nWir bei Hofmarkt sind stolz auf unser Team und suchen Verstärkung.',
      'Hofmarkt',
    ],
    [
      'en',
      'Sales Assistant\nWe at Brightfield Foods believe in fresh produce.',
      'Brightfield Foods',
    ],
    ['nl', 'Verkoper\nWij bij Groenhof geloven in vers fruit.', 'Groenhof'],
    ['fr', 'Vendeur\nNous, chez Verdure, croyons aux produits frais.', 'Verdure'],
    ['es', 'Vendedor\nNosotros en Frutalia creemos en el producto fresco.', 'Frutalia'],
    ['it', 'Commesso\nNoi di Ortofresco crediamo nei prodotti freschi.', 'Ortofresco'],
    ['pt', 'Vendedor\nNós na Hortaviva acreditamos em produtos frescos.', 'Hortaviva'],
  ])('(%s) names the employer', (_lang, text, name) => {
    expect(posting(text).company).toBe(name);
  });

  it('names no employer from a place after "we at"', () => {
    expect(
      posting('Verkäufer\nWir bei Wien sind ein Team.\n\nProfil: Erfahrung.').company,
    ).not.toBe('Wien');
  });
});

describe('a workload alone on the line under the title', () => {
  it.each([
    ['Consulente Clientela Privata\n100%\nMendrisio\n\nIl tuo profilo:\n- diploma', 'full_time'],
    ['Sachbearbeiterin Lohnbuchhaltung\n60%\nChur\n\nIhr Profil:\n- KV', 'part_time'],
    ['Assistante de direction\n(50%)\nFribourg\n\nProfil :\n- CFC', 'part_time'],
  ])('sets the hours: %#', (text, type) => {
    expect(posting(text).employmentType).toBe(type);
  });

  it('reads no hours from a share lower down', () => {
    const text = 'Growth Lead\nAcme\nZug\n\nOur revenue grew\n100%\nlast year.';
    expect(posting(text).employmentType).toBeNull();
  });
});

describe('the first words of a country’s name are no employer', () => {
  it('names no employer from a country written twice', () => {
    const text =
      'Chargé de suivi-évaluation\n\nNotre association œuvre en République Démocratique du Congo depuis 2015.\n' +
      'Elle soutient les coopératives agricoles en République Démocratique du Congo et au Burundi.\n\n' +
      'Profil : Bac+3 en statistique.';
    expect(posting(text).company).not.toBe('République Démocratique');
  });
});
