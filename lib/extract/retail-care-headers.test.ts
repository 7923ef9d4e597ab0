import { describe, expect, it } from 'vitest';
import { schoolingOf } from '../testing/requirements';
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

describe('a German board tag "Homeoffice" alone on its line offers home working beside the post', () => {
  it('reads the tag as hybrid, and a stated share of 100 % still as remote', () => {
    const tag =
      'Buchhalter (m/w/d)\nAlpen Treuhand GmbH\nLinz\nHomeoffice\n\nDu erstellst Abschlüsse.';
    expect(posting(tag).workplace).toBe('hybrid');
    const perk =
      'Controller (m/w/d)\nAlpen Treuhand GmbH\nGraz\n\nWir bieten\n- Home-Office\n- Jobticket';
    expect(posting(perk).workplace).toBe('hybrid');
    const full = 'Sachbearbeiter (m/w/d)\nAlpen Treuhand GmbH\nWien\n100% Homeoffice\n\nDu buchst.';
    expect(posting(full).workplace).toBe('remote');
    expect(posting('Sachbearbeiter (m/w/d)\nHomeoffice: Nein\n').workplace).toBe('onsite');
  });
});

describe('training on the job names no work model', () => {
  it('reads no on-site model from training given on the shop floor, in Dutch and German', () => {
    const nl = 'Keukenhulp\nAanbod\n- Eindejaarspremie\n- Opleiding op de werkvloer.\n';
    expect(posting(nl).workplace).toBeNull();
    const de = 'Verkäufer (m/w/d)\nWir bieten\n- Jobrad\n- Einarbeitung vor Ort\n';
    expect(posting(de).workplace).toBeNull();
    expect(posting('Magazijnier\nAanbod\n- Werken op de werkvloer in Gent.\n').workplace).toBe(
      'onsite',
    );
  });
});

describe('experience or a like background accepted instead of the training', () => {
  it.each([
    ['Werkvoorbereider\nProfiel\n- MBO-opleiding bouwkunde of een vergelijkbare achtergrond.'],
    ['Timmerman\nProfiel\n- MBO-diploma timmeren of ruime ervaring als timmerman.'],
    [
      'Servicemitarbeiter (m/w/d)\nProfil\n- Lehre als Koch oder Berufserfahrung in einer ähnlichen Funktion',
    ],
  ])('%j', (text) => {
    const schooling = schoolingOf(text);
    expect(schooling.length).toBe(1);
    expect(schooling[0]?.[0]).toBe('vocational');
    expect(schooling[0]?.[2]).toBe(true);
  });
});

describe('the length of an induction or trial period is no experience asked', () => {
  it.each([
    'Pflegeassistentin (m/w/d)\nProfil\n- Während der Einarbeitungszeit von 2 Monaten arbeiten Sie zu 100 %\n- Mindestens 2 Jahre Berufserfahrung in der Pflege',
    'Verkoper\nProfiel\n- Tijdens de inwerkperiode van 3 maanden werk je voltijds\n- Minimaal 2 jaar ervaring in de verkoop',
    'Commesso\nRequisiti\n- Periodo di prova di 3 mesi a tempo pieno\n- Almeno 2 anni di esperienza nella vendita',
  ])('%j', (text) => {
    const years = extract({ text }).requirements.flatMap((r) =>
      r.kind === 'experience' ? [[r.minYears, r.maxYears]] : [],
    );
    expect(years).toEqual([[2, null]]);
  });
});

describe('Flemish school levels', () => {
  it('reads secondary school as high school and a graduaat as a short higher degree', () => {
    const secondary =
      'Magazijnier\nVereiste studies\n- 3de graad technisch secundair onderwijs (TSO3)\n- 3de graad algemeen vormend secundair onderwijs (ASO3)';
    expect(schoolingOf(secondary).map((s) => s[0])).toContain('high_school');
    const graduaat = 'Boekhouder\nVereiste studies\n- Graduaat boekhouden\n';
    expect(schoolingOf(graduaat)).toEqual([['associate', true, false]]);
    const diploma = 'Winkelbediende\nProfiel\n- Je hebt een diploma secundair onderwijs.\n';
    expect(schoolingOf(diploma)).toEqual([['high_school', true, false]]);
  });
});
