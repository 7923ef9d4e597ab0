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
