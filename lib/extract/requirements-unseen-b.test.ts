import { describe, expect, it } from 'vitest';
import { requirementsOf, schoolingOf, spokenOf } from '../testing/requirements';

/**
 * Requirement patterns met in a second set of unseen real postings (Dutch, Flemish, Italian,
 * Portuguese, Brazilian, and English from Australia, Ireland, India and Singapore). Every sentence
 * here is written for the test, modelled on the pattern, not copied.
 */

const yearsOf = (text: string) =>
  requirementsOf(text).flatMap((r) =>
    r.kind === 'experience' && (r.minYears !== null || r.maxYears !== null)
      ? [[r.minYears, r.maxYears] as [number | null, number | null]]
      : [],
  );

describe('degree names that are something else', () => {
  it('reads "Master Data Management" as a discipline, not a master degree', () => {
    expect(schoolingOf('Wat breng je mee\n- Kennis van Master Data Management en SQL')).toEqual([]);
    expect(schoolingOf('Requirements\n- Experience with master data and master files')).toEqual([]);
    expect(schoolingOf("Requirements\n- A master's degree in statistics")).toEqual([
      ['master', true, false],
    ]);
  });

  it('reads "LLM" before a tech noun as a language model, and as a law degree before "in"', () => {
    expect(
      schoolingOf('Nice to have\n- Curiosity about LLM evaluation and prompt quality'),
    ).toEqual([]);
    expect(schoolingOf('Requirements\n- An LLM in international tax law')).toEqual([
      ['master', true, false],
    ]);
  });

  it('reads a short name that spells the words before its brackets as their abbreviation', () => {
    expect(
      schoolingOf(
        'You will extend our Customer Insight Platform (CIP) and the Data Entry Portal (DEP).',
      ),
    ).toEqual([]);
    expect(schoolingOf('Requirements\n- Bachelor of Science (BS) in chemistry')).toEqual([
      ['bachelor', true, false],
    ]);
  });

  it('reads a course offered as a benefit as no training asked for (Portuguese)', () => {
    expect(
      schoolingOf('O que oferecemos:\n» Seguro de saúde\n» Formação profissional contínua'),
    ).toEqual([]);
  });
});

describe('equivalence', () => {
  it('does not read "aantoonbare ervaring met" as experience standing in for the degree (Dutch)', () => {
    expect(
      schoolingOf(
        'Wat vragen wij?\n- Een afgeronde hbo-opleiding bedrijfskunde\n- Aantoonbare ervaring met Excel en SQL',
      ),
    ).toEqual([['bachelor', true, false]]);
    expect(
      schoolingOf('Wat vragen wij?\n- Een hbo-diploma of aantoonbare werkervaring op dat niveau'),
    ).toEqual([['bachelor', true, true]]);
  });

  it('reads "combinação equivalente de educação e experiência" as experience accepted (Portuguese)', () => {
    expect(
      schoolingOf(
        'Requisitos\n• Bacharelado em Sistemas de Informação\n• Ou uma combinação equivalente de educação e experiência',
      ),
    ).toEqual([['bachelor', true, true]]);
  });
});

describe('years of experience', () => {
  it('reads "years in business intelligence" as a field, and "years in business" as the firm', () => {
    expect(yearsOf('Requirements\n- 6+ years in business intelligence or reporting')).toEqual([
      [6, null],
    ]);
    expect(yearsOf('Requirements\n- 4 years in business analysis')).toEqual([[4, null]]);
    expect(yearsOf('We have been proud to count 30 years in business this spring.')).toEqual([]);
  });

  it('reads "What you will bring" as a requirements heading', () => {
    expect(
      yearsOf('What you will bring:\n- 2-4 years in marketing analytics or similar roles.\n- SQL'),
    ).toEqual([[2, 4]]);
  });

  it('reads a requirement line of only the years and their field (Dutch and English)', () => {
    expect(yearsOf('Eisen:\n- 5 jaar teamleiding\n- 3+ jaar Scrum of Kanban\n- VOG')).toEqual([
      [5, null],
      [3, null],
    ]);
    expect(yearsOf('Wat breng je mee\n- Java of Kotlin 4+ jaar\n- Docker')).toEqual([[4, null]]);
    expect(yearsOf('Requirements:\n- 6 years payroll administration\n- Excel')).toEqual([
      [6, null],
    ]);
  });

  it('leaves such lines alone when they name a contract or an age', () => {
    expect(yearsOf('Requirements:\n- 2 years contract\n- Aged 18 years or older')).toEqual([]);
    expect(yearsOf('Over ons\n- 12 jaar groei in de regio')).toEqual([]);
  });
});

describe('languages in telegraphic lists and coordinated levels', () => {
  it('reads a code followed by its grade or a native word (Dutch and English lists)', () => {
    expect(spokenOf('Eisen:\n- DE moedertaal, EN C1, ES B1')).toEqual([
      ['de', 'native', true],
      ['en', 'fluent', true],
      ['es', 'basic', true],
    ]);
    expect(spokenOf('Requirements:\n- Languages FR native, NL B2+')).toEqual([
      ['fr', 'native', true],
      ['nl', 'professional', true],
    ]);
  });

  it('leaves codes that are not followed by a grade alone', () => {
    expect(spokenOf('Our IT team and HR department meet in the EN building.')).toEqual([]);
    expect(spokenOf('Requirements:\n- Experience with B2B sales in IT services')).toEqual([]);
  });

  it('reads Dutch "vlot" as fluent and shares "zowel ... als" between the two languages', () => {
    expect(spokenOf('Wat vragen wij?\n- Je spreekt vlot Duits en Engels')).toEqual([
      ['de', 'fluent', true],
      ['en', 'fluent', true],
    ]);
    expect(spokenOf('Wat vragen wij?\n- Je bent vloeiend in zowel Spaans als Nederlands')).toEqual([
      ['es', 'fluent', true],
      ['nl', 'fluent', true],
    ]);
  });

  it('reads Portuguese "bons conhecimentos de" as a professional level', () => {
    expect(spokenOf('Requisitos:\n» Bons conhecimentos de francês')).toEqual([
      ['fr', 'professional', true],
    ]);
  });
});

describe('years in telegraphic lists and Italian year adjectives', () => {
  it('reads a list of years per tool under a requirements heading', () => {
    expect(yearsOf('Requirements:\n- 6+ yrs Python, 2+ yrs Rust')).toEqual([
      [6, null],
      [2, null],
    ]);
    expect(yearsOf('Eisen:\n- 4+ jaar Java; 2+ jaar Kotlin')).toEqual([
      [4, null],
      [2, null],
    ]);
    expect(yearsOf('Requirements:\n- 2 years contract, 1 year extension possible')).toEqual([]);
  });

  it('reads "esperienza triennale / biennale" as three or two years (Italian)', () => {
    expect(yearsOf('Requisiti:\n- Esperienza triennale come magazziniere')).toEqual([[3, null]]);
    expect(yearsOf('Requisiti:\n- Esperienza lavorativa almeno biennale in contabilità')).toEqual([
      [2, null],
    ]);
    expect(yearsOf('Chi siamo\nUn gruppo con una tradizione decennale nel settore.')).toEqual([]);
  });
});
