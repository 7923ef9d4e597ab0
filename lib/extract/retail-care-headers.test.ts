import { describe, expect, it } from 'vitest';
import { extract } from './index';

/** Store, kitchen and hospital postings from Flanders, Switzerland and Austria; sentences written for the test. */

const posting = (text: string) => extract({ text }).posting;

describe('a trade or counter job noun on the first line is the title, over a section heading', () => {
  it.each([
    [
      'Magazijnier\nFunctieomschrijving\nJe laadt en lost vrachtwagens in ons depot.',
      'Magazijnier',
    ],
    ['Baliebediende\nFunctieomschrijving\nJe ontvangt klanten aan de balie.', 'Baliebediende'],
    ['Poetshulp\nFunctieomschrijving\nJe houdt de kantoren netjes.', 'Poetshulp'],
    ['Kassiererin\nStellenbeschreibung\nDu bedienst die Kundschaft an der Kasse.', 'Kassiererin'],
    [
      'Kommissionierer (m/w/d)\nAufgaben\n- Waren für die Filialen bereitstellen',
      'Kommissionierer (m/w/d)',
    ],
    ['Muratore\nDescrizione\nCerchiamo una persona per i nostri cantieri.', 'Muratore'],
  ])('%j', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('an island word before an organisation noun names the organisation, not a place', () => {
  it('reads no island from a hospital or publishing group, in German and Dutch', () => {
    const de =
      'Pflegeassistent (m/w/d)\nLuzern\n\nDie Insel Gruppe betreibt mehrere Spitäler in der Region.';
    expect(posting(de).locations).toEqual(['Luzern']);
    const nl = 'Verpleegkundige\nGent\n\nDe Eiland Groep beheert drie woonzorgcentra.';
    expect(posting(nl).locations).toEqual(['Gent']);
  });

  it('still reads a real island after the word', () => {
    const de = 'Kellner (m/w/d)\nHotel Seeblick\n\nUnser Haus liegt auf der Insel Reichenau.';
    expect(posting(de).locations).toEqual(['Reichenau']);
  });
});
