import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen German (Austrian, Swiss), French (Belgian), Spanish (Peruvian, Mexican),
 * Portuguese, Italian and Dutch postings: careers pages in repositories, a remote-jobs board's
 * markdown export and issue boards. Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);
const experience = (text: string) =>
  kinds(text, 'experience').map((r) => (r.kind === 'experience' ? r.minYears : null));
const languages = (text: string) =>
  kinds(text, 'language').map((r) => (r.kind === 'language' ? [r.language, r.required] : null));

describe('a French word for a speaker of a language names it', () => {
  it.each([
    ['Comptable (h/f)\n\nProfil :\n- Vous êtes francophone.\n- Rigueur et autonomie.', 'fr'],
    ['Logopède (h/f)\n\nProfil :\n- Vous êtes néerlandophone, le français est un plus.', 'nl'],
    ['Assistant (h/f)\n\nVotre profil :\n- Germanophone de préférence.', 'de'],
  ])('%s', (text, code) => {
    expect(languages(text).map((l) => l?.[0])).toContain(code);
  });
});

describe("the employer's own years are no candidate's", () => {
  it('drops "tenemos 20 años de experiencia" but keeps the asked years', () => {
    const text =
      'Analista de datos\n\nSomos una consultora con sede en Lima. Tenemos 18 años de experiencia ' +
      'seleccionando talento.\n\nRequisitos:\n- 4 años de experiencia en SQL';
    expect(experience(text)).toEqual([4]);
  });

  it('keeps the years of a vacancy the employer says it has', () => {
    expect(
      experience('Analista\n\nTenemos una vacante de analista con 2 años de experiencia en Excel.'),
    ).toEqual([2]);
  });
});

describe('Spanish "prácticas" as practices, not a placement', () => {
  it('reads no internship in "prácticas de desarrollo"', () => {
    const text =
      'Desarrollador backend\n\nRequisitos:\n- Dominio de prácticas de integración continua.';
    expect(posting(text).employmentType).not.toBe('internship');
  });

  it('still reads a placement period', () => {
    expect(
      posting('Asistente de marketing\n\nOfrecemos un periodo de prácticas de seis meses.')
        .employmentType,
    ).toBe('internship');
  });
});

describe('travel counted in days a year', () => {
  it('reads "jours de déplacement par an" as travel', () => {
    const text =
      'Géologue (h/f)\n\nNous offrons :\n- Environ 20 jours de déplacement par an sur le terrain.';
    expect(kinds(text, 'travel')).toHaveLength(1);
  });

  it('ignores refunded travel costs', () => {
    expect(
      kinds(
        'Géologue (h/f)\n\nNous offrons :\n- Remboursement des frais de déplacement.',
        'travel',
      ),
    ).toHaveLength(0);
  });
});

describe('a German degree written as one compound', () => {
  it('reads "Physikstudium abgeschlossen" with experience instead', () => {
    const text =
      'Datenanalyst (m/w/d)\n\nDein Profil\n* Du hast ein Physikstudium abgeschlossen und/oder mehrjährige Erfahrung in der Analyse.';
    const [edu] = kinds(text, 'education');
    expect(edu?.kind === 'education' && [edu.level, edu.equivalentAccepted]).toEqual([
      'bachelor',
      true,
    ]);
  });
});

describe('a page label before the title', () => {
  it('reads the title under "Offre d\'emploi"', () => {
    expect(
      posting("Offre d'emploi\nTechnicien de laboratoire (h/f/x)\n\nNous recrutons.").title,
    ).toBe('Technicien de laboratoire (h/f/x)');
  });
});

describe('an employer hiring, named with an elided article', () => {
  it('prefers the one hiring to a project named later', () => {
    const text =
      "Chargé de projet (h/f)\n\nL'Agence Wallonne des Données recrute un chargé de projet.\n\n" +
      'OPENDATA est une initiative européenne pour partager les données.';
    expect(posting(text).company).toBe('Agence Wallonne des Données');
  });
});

describe('a place field in an Italian side box', () => {
  it('reads "Luogo:" and no employer from "Dettagli"', () => {
    const p = posting('Grafico\n\nDettagli\n- Luogo: Bergamo\n- Contratto: Tempo pieno');
    expect(p.locations).toEqual(['Bergamo']);
    expect(p.company).toBeNull();
  });
});

describe("a board's chip line", () => {
  it('reads the place of a "TELECOMMUTE" chip beside a pay chip', () => {
    const text =
      '# [Analista QA](https://example.org/apply/1)\n### Talento Digital\n#### `💰 30k-40k USD` `🌎 TELECOMMUTE Bogotá, Bogota, Colombia`\n\nDescripción';
    expect(posting(text).locations).toEqual(['Bogotá, Bogota, Colombia']);
  });
});

describe('a Swiss workload after a title', () => {
  it.each([
    [
      'Buchhaltung & Lohnwesen 60–80%\nWir freuen uns auf dich!\n\nDu bist zuverlässig.',
      'Buchhaltung & Lohnwesen 60–80%',
    ],
    [
      'Assistanat de direction (50 %)\n\nNous cherchons une personne organisée.',
      'Assistanat de direction (50 %)',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('office visits counted as "1 o 2" times', () => {
  it.each([
    [
      'Analista de datos\n\nCondiciones:\n- Disponibilidad para ir a oficina 1 o 2 veces al mes (San Isidro).',
    ],
    ['Desarrollador\n\nCondiciones:\n- Asistir a la oficina 2 veces por semana.'],
    ['Entwickler (m/w/d)\n\nWir bieten:\n- Homeoffice 1 oder 2 Tage pro Woche'],
  ])('%s', (text) => {
    expect(posting(text).workplace).toBe('hybrid');
  });
});

describe("a record's reference number alone above its title", () => {
  it('reads the title on the next line', () => {
    const p = posting(
      'ID: 48213\nMagazijnmedewerker\nLogistiek BV\nVenlo\n\nWij zoeken een collega.',
    );
    expect([p.title, p.company]).toEqual(['Magazijnmedewerker', 'Logistiek BV']);
  });
});
