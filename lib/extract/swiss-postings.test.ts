import { describe, expect, it } from 'vitest';
import { requirementsOf, schoolingOf, spokenOf } from '../testing/requirements';
import { extract } from './index';

const typeOf = (text: string) => extract({ text }).posting.employmentType;
const placesOf = (text: string) => extract({ text }).posting.locations;

/**
 * Patterns met in unseen Swiss postings (federal administration, hospitals, a cantonal bank, a
 * retailer; German and French). Every sentence is written for the test, modelled on the pattern.
 */

describe('a headcount is not an employment type', () => {
  it('reads "rund 500 Auszubildende" in the company blurb as people, and keeps the internship', () => {
    const text =
      'Praktikant:in Empfang (befristet)\nKantonsspital Muster\nLuzern\n\n' +
      'Über uns:\nUnsere 4000 Mitarbeitenden und rund 500 Auszubildende pflegen jeden Tag Menschen.\n\n' +
      'Deine Aufgaben:\n- Patientinnen empfangen\n- Termine planen';
    expect(typeOf(text)).toBe('internship');
  });

  it('still reads a graded apprenticeship ("Level 2 apprenticeship") and a counted offer in French', () => {
    const en =
      'Warehouse Apprentice\nNorthfield Foods\nLeeds\n\nYou will study towards a Level 2 apprenticeship while you work.';
    expect(typeOf(en)).toBe('apprenticeship');
    const fr =
      'Notre entreprise compte 35 stagiaires par an et 600 collaborateurs.\nPoste : Comptable (CDI)\nLieu : Sion';
    expect(typeOf(fr)).not.toBe('internship');
  });

  it('keeps the internship a long title names when a record line gives the hours', () => {
    const de =
      'WMS-Praktikant/in Empfang und Sekretariat im Bereich Gesundheitsförderung\nBundesamt für Beispiele\nBern\n' +
      'pensum: 100-100%\n\ntasks:\n- Telefon bedienen\n- Sitzungen vorbereiten';
    expect(typeOf(de)).toBe('internship');
    const en =
      'Summer Internship in Regional Sales Operations and Customer Analytics\nNorthwind Outdoor Co\nDenver, CO\n' +
      'Full-time\n\nWhat you will do\n- Plan local events';
    expect(typeOf(en)).toBe('internship');
  });

  it('reads a Swiss "Lehrstelle" as an apprenticeship', () => {
    const text =
      'Lehrstelle als Logistiker:in EFZ 2027\nMusterwerke AG\nWinterthur\n\nDas bringst du mit:\n- Sek. A oder B';
    expect(typeOf(text)).toBe('apprenticeship');
  });
});

describe('Swiss training and degree words', () => {
  it('reads banking training, a Berufslehre and commercial schools as vocational', () => {
    expect(
      schoolingOf('Ihr Profil\n- Abgeschlossene Bankausbildung und Freude an der Beratung'),
    ).toEqual([['vocational', true, false]]);
    expect(schoolingOf('Anforderungen\n- Technische oder handwerkliche Berufslehre')).toEqual([
      ['vocational', true, false],
    ]);
    expect(schoolingOf('Anforderungen\n- Abschluss der Wirtschaftsmittelschule')).toEqual([
      ['vocational', true, false],
    ]);
    expect(schoolingOf('Profil\n- Formation bancaire achevée et sens du service')).toEqual([
      ['vocational', true, false],
    ]);
  });

  it('reads a tertiary diploma as a degree and "oder äquivalent" as an equivalent', () => {
    expect(schoolingOf('Ihr Profil\n- Pflegeabschluss der Tertiärstufe')).toEqual([
      ['bachelor', true, false],
    ]);
    expect(
      schoolingOf('Ihr Profil\n- Abgeschlossenes Studium (FH oder Uni) in Chemie oder äquivalent'),
    ).toEqual([['bachelor', true, true]]);
  });
});

describe('more training words', () => {
  it('does not read the certificate an apprenticeship title leads to as a requirement', () => {
    const text =
      'Lernende/-r Logistiker/-in EFZ, Fachrichtung Lager\nBeispiel AG\nAarau\n\nDein Profil\n- Abgeschlossene obligatorische Schulzeit';
    expect(requirementsOf(text).filter((r) => r.kind === 'education')).toEqual([]);
    const graduate =
      'Afstudeerstage Logistiek (hbo/wo)\nVoorbeeld B.V.\nTilburg\n\nWat vragen wij\n- Een afstudeeropdracht';
    expect(requirementsOf(graduate).some((r) => r.kind === 'education')).toBe(true);
  });

  it('reads "Studierende der …" as enrolment, not the students a post serves', () => {
    expect(schoolingOf('Dein Profil\n- Du bist Studierende der Betriebswirtschaft')).toEqual([
      ['bachelor', true, false],
    ]);
    expect(schoolingOf('Aufgaben\n- Studierende bei der Anmeldung beraten')).toEqual([]);
  });

  it('reads a master named in brackets after a university degree', () => {
    expect(schoolingOf('Anforderungen\n- Hochschulabschluss (Master) in Volkswirtschaft')).toEqual([
      ['master', true, false],
    ]);
  });

  it('reads training in banking or insurance, with its "comparable" alternative', () => {
    expect(
      schoolingOf(
        'Anforderungen\n- Ausbildung im Bank- oder Versicherungswesen oder vergleichbare Qualifikation',
      ),
    ).toEqual([['vocational', true, true]]);
    expect(
      schoolingOf('Profil\n- Studium in Marketing oder vergleichbare Aus- und Weiterbildung'),
    ).toEqual([['bachelor', true, true]]);
  });

  it('reads "ou d\'une expérience significative" after a diploma as an equivalent', () => {
    expect(
      schoolingOf(
        "Profil\n- Titulaire d'un CAP en plomberie ou d'une expérience significative dans le métier",
      ),
    ).toEqual([['vocational', true, true]]);
  });

  it('reads "dans l\'idéal" before a training as preferred', () => {
    expect(
      schoolingOf(
        "Ton profil\n- Dans l'idéal, formation professionnelle achevée dans la logistique",
      ),
    ).toEqual([['vocational', false, false]]);
  });
});

describe('Swiss and French language levels', () => {
  it('reads the Swiss spelling "fliessend" and "Hauptsprache" as top levels (a first language is native)', () => {
    expect(spokenOf('Ihr Profil\n- Fliessende Deutschkenntnisse in Wort und Schrift')).toEqual([
      ['de', 'fluent', true],
    ]);
    expect(spokenOf('Ihr Profil\n- Französisch als Hauptsprache')).toEqual([
      ['fr', 'native', true],
    ]);
  });

  it('reads the inflected "stilsicheren" as fluent', () => {
    expect(
      spokenOf('Anforderungen\n- Einen stilsicheren Umgang mit Englisch in Wort und Schrift'),
    ).toEqual([['en', 'fluent', true]]);
  });

  it('reads plural "très bonnes connaissances" as fluent', () => {
    expect(spokenOf('Profil\n- Très bonnes connaissances en allemand, oral et écrit')).toEqual([
      ['de', 'fluent', true],
    ]);
  });
});

describe('the place line of a record header', () => {
  it('reads the town of a shop or site address on the place line (German, French)', () => {
    const de =
      'Kassierer / Kassiererin (m/w/d) 50%\nMusterladen AG\nFiliale Bahnhofstrasse 12b, Rapperswil\nTeilzeit\n\nDeine Aufgaben\n- Kasse';
    expect(placesOf(de)).toEqual(['Rapperswil']);
    const withCode =
      'Lagerist (m/w/d)\nBeispiel Logistik\nIndustriestrasse 4, 4600 Olten\nVollzeit\n\nAufgaben\n- Kommissionieren';
    expect(placesOf(withCode)).toEqual(['Olten']);
    const fr =
      'Vendeur / Vendeuse (h/f/d) 60%\nExemple SA\nMagasin Rue du Lac 7, Genève\nTemps Partiel\n\nTa mission\n- Caisse';
    expect(placesOf(fr)).toEqual(['Genève']);
  });

  it('reads the town before the work model on the place line ("Zollikofen, mobiles Arbeiten")', () => {
    const text =
      'Informatiker/in Betrieb\nBundesamt für Beispiele BBX\nMuri bei Bern, mobiles Arbeiten\npensum: 80-100%\n\ntasks:\n- Server betreuen';
    const posting = extract({ text }).posting;
    expect(posting.locations).toEqual(['Muri bei Bern']);
    expect(posting.company).toBe('Bundesamt für Beispiele BBX');
  });

  it('reads a French department line written in lower case ("35 - rennes")', () => {
    const text =
      'Carrossier (h/f)\nExemple Intérim\n35 - vitre\n\nVos missions :\n- Réparer les carrosseries';
    expect(placesOf(text)).toEqual(['vitre']);
  });

  it('does not run an island word over a line break into the next line', () => {
    const text = 'Pflegefachfrau/-mann (w/m/d)\nInsel Kliniken\nThun\n\nIhre Aufgaben\n- Pflege';
    expect(placesOf(text)).toEqual(['Thun']);
  });
});
