import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (a Swiss special-needs school's vacancies, German
 * daycare pages, Peruvian board records, a French insertion association, a Flemish restaurant).
 * Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);
const education = (text: string) =>
  kinds(text, 'education').map((r) => (r.kind === 'education' ? r.level : null));
const languages = (text: string) =>
  kinds(text, 'language').map((r) =>
    r.kind === 'language' ? [r.language, r.level, r.required] : [],
  );
const years = (text: string) =>
  kinds(text, 'experience').map((r) => (r.kind === 'experience' ? [r.minYears, r.required] : []));

describe('a requirement item that names a trade with its gender mark', () => {
  it.each([
    [
      'Gruppenleitung Kita\n\nDas bringen Sie mit:\n- eine abgeschlossene Ausbildung als Heilerzieher (m/w/d)\n- Freude an der Arbeit',
      'vocational',
    ],
    [
      'Gruppenleitung Kita\n\nDas bringen Sie mit:\n- ein abgeschlossenes Studium als Sozialpädagoge (m/w/d) und Teamgeist',
      'bachelor',
    ],
    [
      'Cuisinier\n\nVotre profil :\n- un CAP de cuisinier (h/f) ou une expérience équivalente',
      'vocational',
    ],
    ['Enfermero\n\nRequisitos:\n- título universitario de enfermero (m/f) colegiado', 'bachelor'],
  ])('%s', (text, level) => {
    expect(education(text)).toContain(level);
  });

  it('a title line with its gender mark still asks for nothing', () => {
    expect(
      education(
        'Ausbildung als Kaufmann für Büromanagement (m/w/d)\n\nWir bieten dir eine Lehrstelle.',
      ),
    ).toEqual([]);
  });
});

describe('German headings that open the candidate profile', () => {
  it.each([
    'Erzieher\n\nWir wünschen uns von Ihnen:\n- Deutsch und Englisch\n- 2 Jahre in einer Kita',
    'Erzieher\n\nDas suchen wir:\n- Deutsch und Englisch\n- 2 Jahre in einer Kita',
    'Erzieher\n\nWas wir suchen\n- Deutsch und Englisch\n- 2 Jahre in einer Kita',
  ])('%s', (text) => {
    // Bare items count only under a requirements heading.
    expect(languages(text)).toEqual([
      ['de', null, true],
      ['en', null, true],
    ]);
    expect(years(text)).toEqual([[2, true]]);
  });
});

describe('German level words in the dative, and the "-niveau" compound', () => {
  it.each([
    ['Pflegehelfer\n\nProfil\n- mit sehr gutem Deutsch in Wort und Schrift', 'de', 'fluent'],
    [
      'Lagerist\n\nProfil\n- mit gutem Englisch für die Kommunikation mit Lieferanten',
      'en',
      'professional',
    ],
    ['Erzieherin\n\nProfil\n- ein hervorragendes Deutschniveau wird erwartet', 'de', 'fluent'],
    ['Erzieherin\n\nProfil\n- mit ausgezeichnetem Französischniveau', 'fr', 'fluent'],
  ])('%s', (text, code, level) => {
    expect(languages(text)).toContainEqual([code, level, true]);
  });

  it('a level of something else is no language', () => {
    expect(languages('Koch\n\nWir kochen auf sehr gutem Niveau für unsere Gäste.')).toEqual([]);
  });
});

describe('the "ideal candidate" heading in Spanish and Portuguese asks, it does not prefer', () => {
  it.each([
    'Técnico de mantenimiento\n\n¿Cómo es nuestro candidato ideal?\n- 3 años de experiencia en mantenimiento industrial',
    'Técnico de manutenção\n\nPerfil ideal\n- 3 anos de experiência em manutenção industrial',
    'Técnico de mantenimiento\n\nCandidata ideal:\n- 3 años de experiencia en mantenimiento industrial',
  ])('%s', (text) => {
    expect(years(text)).toEqual([[3, true]]);
  });

  it('a desirable profile still heads preferences', () => {
    expect(
      years('Técnico\n\nPerfil deseable\n- 3 años de experiencia en mantenimiento industrial'),
    ).toEqual([[3, false]]);
  });
});

describe('a share of full time in brackets after a gender-inclusive job noun', () => {
  it.each([
    [
      'Sozialarbeiter:in FH (50-80%) Beratungsstelle Region Basel\n\nWir beraten Menschen mit Hörbehinderung.',
      'part_time',
    ],
    ['Fachfrau/-mann Betreuung (60%) Kita Sonnenschein\n\nWir freuen uns auf dich.', 'part_time'],
    [
      'Éducateur·trice (40-60%) Foyer Les Tilleuls\n\nNous accueillons des adolescents.',
      'part_time',
    ],
    ['Mitarbeiter:in Hauswartung (100%) Schulhaus Au\n\nWir suchen Verstärkung.', 'full_time'],
  ])('%s', (text, type) => {
    expect(posting(text).employmentType).toBe(type);
  });

  it('a share in prose after a plural noun says nothing of the hours', () => {
    expect(
      posting('Verkäufer\n\nUnsere Mitarbeiter:innen (80%) kommen mit dem Velo zur Arbeit.')
        .employmentType,
    ).toBe(null);
  });
});

describe('French "depuis plus d\'un an": a jobseeker\'s time out of work, no experience', () => {
  it.each([
    "Agent polyvalent\n\nVous n'avez pas d'expérience et vous recherchez un emploi depuis plus d'un an ?",
    "Agent d'entretien\n\nPoste réservé aux personnes inscrites comme demandeur d'emploi depuis plus d'un an, expérience non exigée.",
  ])('%s', (text) => {
    expect(years(text)).toEqual([]);
  });

  it('a count of years of experience is still one', () => {
    expect(years("Agent polyvalent\n\nProfil : plus d'un an d'expérience en logistique.")).toEqual([
      [1, true],
    ]);
  });
});

describe('German degrees from a Fachhochschule', () => {
  it.each([
    'Sozialarbeiter\n\nIhr Profil:\n- Abschluss Fachhochschule für Soziale Arbeit (FH)',
    'Sozialarbeiter\n\nIhr Profil:\n- ein abgeschlossenes Fachhochschulstudium in Sozialer Arbeit',
    'Controller\n\nIhr Profil:\n- Abschluss einer Fachhochschule oder Universität in Betriebswirtschaft',
  ])('%s', (text) => {
    expect(education(text)).toEqual(['bachelor']);
  });
});

describe('a want-ad first line that ends with an exclamation mark', () => {
  const body =
    '\nDer Elternverein sucht ab Herbst Unterstützung für die Gruppe.\nIhre Aufgaben\n- Begleitung der Kinder\n';
  it.each([
    ['Erfahrene Heilpädagogin gesucht!', 'Erfahrene Heilpädagogin gesucht!'],
    ['Zuverlässiger Hausmeister gesucht !', 'Zuverlässiger Hausmeister gesucht !'],
  ])('%s', (first, title) => {
    expect(posting(first + body).title).toBe(title);
  });
});
