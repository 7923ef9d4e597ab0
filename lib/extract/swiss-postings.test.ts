import { describe, expect, it } from 'vitest';
import { schoolingOf, spokenOf } from '../testing/requirements';
import { extract } from './index';

const typeOf = (text: string) => extract({ text }).posting.employmentType;

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

describe('Swiss and French language levels', () => {
  it('reads the Swiss spelling "fliessend" and "Hauptsprache" as top levels (a first language is native)', () => {
    expect(spokenOf('Ihr Profil\n- Fliessende Deutschkenntnisse in Wort und Schrift')).toEqual([
      ['de', 'fluent', true],
    ]);
    expect(spokenOf('Ihr Profil\n- Französisch als Hauptsprache')).toEqual([
      ['fr', 'native', true],
    ]);
  });

  it('reads plural "très bonnes connaissances" as fluent', () => {
    expect(spokenOf('Profil\n- Très bonnes connaissances en allemand, oral et écrit')).toEqual([
      ['de', 'fluent', true],
    ]);
  });
});
