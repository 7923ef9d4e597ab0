import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const posting = (text: string) => extract({ text }).posting;

/**
 * A careers page copied whole starts with its site menu ("HOME", "CAREERS", "CAREERS") and its
 * banner before the posting's own title: the menu's lines are no header lines.
 */
describe("a site's menu over the title", () => {
  it.each([
    [
      'en',
      [
        'HOME',
        'CAREERS',
        'CAREERS',
        'Join our team',
        'We hire both new graduates and seasoned people for many kinds of roles.',
        'Network Planning Engineer',
        'Engineering',
        'Job Responsibilities:',
        'Plan and size the fibre network for new estates.',
      ],
      'Network Planning Engineer',
    ],
    [
      'fr',
      [
        'Accueil',
        'Carrières',
        'Carrières',
        'Technicien de maintenance',
        'Production',
        'Vos missions :',
        'Vous entretenez les lignes de production.',
      ],
      'Technicien de maintenance',
    ],
    [
      'de',
      [
        'Startseite',
        'Karriere',
        'Karriere',
        'Elektroniker für Betriebstechnik',
        'Technik',
        'Ihre Aufgaben:',
        'Sie warten unsere Anlagen in der Produktion.',
      ],
      'Elektroniker für Betriebstechnik',
    ],
  ])('%s', (_lang, lines, title) => {
    expect(posting(lines.join('\n')).title).toBe(title);
  });
});

/** German trades and office posts a page titles without "(m/w/d)": the job noun alone says so. */
describe('German job nouns with no gender mark', () => {
  it.each([
    'Elektroniker für Betriebstechnik',
    'Medizinische Fachangestellte',
    'Filialleitung Lebensmittelmarkt',
    'Maschinenbediener Spritzguss',
    'Tischler im Innenausbau',
  ])('%s', (title) => {
    const text = [title, '', 'Ihre Aufgaben:', '- Sie arbeiten im Team an wechselnden Aufträgen.'];
    expect(posting(text.join('\n')).title).toBe(title);
  });
});

/** "Description" / "Descrição" alone on the first line heads the whole ad: it is no title. */
describe("the page's description heading over the ad", () => {
  it.each([
    'Description\n- Area: Cleaning\n- Openings: 2\n- Place of work: Leeds\n- Pay: £900 a month',
    'Descrição\n- Área: Limpeza\n- Vagas: 2\n- Local de trabalho: Recife, PE\n- Salário: R$ 1.500',
    'Stellenbeschreibung\n- Bereich: Reinigung\n- Arbeitsort: Köln\n- Gehalt: 2.400 € im Monat',
  ])('%s', (text) => {
    const title = posting(text).title;
    expect(title === null || !/^(?:description|descrição|stellenbeschreibung)$/i.test(title)).toBe(
      true,
    );
  });
});

/** "Vacantes" / "PROMOTOR" below the page's intro: the careers heading over its one opening. */
describe("a careers page's heading over its one opening", () => {
  it.each([
    [
      '¡Buscamos\ngente\ncomo tú!\nSúmate a un equipo que crece y trae\ntus ganas de aprender.\nSomos una empresa sólida que impulsa el talento de cada persona desde hace veinte años.\nVacantes\nVENDEDOR\n¿Te gustan las ventas? Esta es tu oportunidad.',
      'VENDEDOR',
    ],
    [
      'Come\nand grow\nwith us!\nBring your drive and\nyour good humour.\nWe are a family firm that has served the county for forty years.\nVacancies\nDelivery Driver\nDo you know the back roads? Read on.',
      'Delivery Driver',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

/** A board's "Job details" block first: its field labels ("Pay", "Job type") are no title. */
describe("a board's field label under its details heading", () => {
  it.each([
    'Job details\nPay\n$52,000 a year\nJob type\nFull-time\n\nWe are seeking a Payroll Clerk to join our office.',
    'Détails du poste\nSalaire\n2 100 € par mois\nType de poste\nCDI\n\nNous recherchons un Comptable pour notre cabinet.',
  ])('%s', (text) => {
    expect(posting(text).title).not.toMatch(/^(?:Pay|Salaire)$/);
  });
});
