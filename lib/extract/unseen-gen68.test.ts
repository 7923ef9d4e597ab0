import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (small employers' careers pages in Germany, the
 * Netherlands, Italy, France, Mexico and Brazil). Sentences are written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;
const requirements = (text: string) => extract({ text }).requirements;
const kinds = (text: string) => requirements(text).map((r) => r.kind);

describe('a careers page heading with its possessive or a colon over the posting', () => {
  it.each([
    'Unsere Stellen-Angebote:\nLagerhelfer (m/w/d)\nArbeitsstelle: Hauptstraße 4, 53111 Bonn\nWir freuen uns.',
    'Stellenangebote:\nLagerhelfer (m/w/d)\nArbeitsstelle: Hauptstraße 4, 53111 Bonn\nWir freuen uns.',
  ])('is no header line, so the place under the title is still read (%#)', (text) => {
    expect(posting(text).title).toBe('Lagerhelfer (m/w/d)');
    expect(posting(text).locations).toContain('Bonn');
  });

  it('is skipped in French too', () => {
    const text =
      "Nos offres d'emploi :\nCommis de cuisine\nLieu de travail : 12 rue Haute, 69001 Lyon\nNous recrutons.";
    expect(posting(text).title).toBe('Commis de cuisine');
  });
});

describe('a welcoming note under the title', () => {
  it.each([
    'Fahrer (m/w/d)\nBerufseinsteiger sind herzlich willkommen\nArbeitsort: Köln\nWir bieten ein gutes Gehalt.',
    'Bezorger\nZij-instromers van harte welkom\nLocatie: Gent\nWij bieden een goed loon.',
    'Commis de cuisine\nDébutants bienvenus\nLieu : Lyon\nNous offrons un bon salaire.',
  ])('is no employer (%#)', (text) => {
    expect(posting(text).company).toBeNull();
  });
});

describe('the staff noun opening a wrapped line before the hiring verb', () => {
  it('is no employer in German or Dutch', () => {
    const de =
      'Kassierer (m/w/d)\nSeit Jahren sind wir ein Kaufhaus in der Region. Unser freundliches\nTeam sucht ab sofort Verstärkung an der Kasse.\nAufgaben:\n- Kasse';
    const nl =
      'Kassamedewerker\nAl jaren zijn wij een warenhuis in de regio. Ons vriendelijke\nTeam zoekt per direct versterking aan de kassa.\nTaken:\n- Kassa';
    expect(posting(de).company).toBeNull();
    expect(posting(nl).company).toBeNull();
  });
});

describe("a page's apply button between the header lines", () => {
  it('is no employer', () => {
    const text =
      'Jobs Bonn - Umzugshelfer gesucht\njetzt bewerben\nIhre neue Herausforderung als\nUmzugshelfer in Bonn\njetzt bewerben\nÜber uns:\nWir sind ein Umzugsunternehmen.';
    expect(posting(text).company).toBeNull();
  });
});

describe('the employer’s own hiring verb opening the title line', () => {
  it.each([
    [
      'Solicitamos Vendedor de mostrador\nRequisitos:\n- Secundaria terminada',
      'Vendedor de mostrador',
    ],
    ['Contratamos Cajero de tienda\nRequisitos:\n- Preparatoria terminada', 'Cajero de tienda'],
    ['Cerchiamo Magazziniere\nRequisiti:\n- Patente B', 'Magazziniere'],
    ['Contratamos Auxiliar de limpeza\nRequisitos:\n- Ensino fundamental', 'Auxiliar de limpeza'],
  ])('is no part of the title (%#)', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('an expectations heading after the section about the employer', () => {
  it.each([
    [
      'Lagerhelfer\nÜber uns:\nWir sind ein Familienbetrieb.\nWas wir von Ihnen erwarten\nGute Deutschkenntnisse in Wort und Schrift',
      'de',
    ],
    [
      'Chauffeur\nOver ons:\nWij zijn een familiebedrijf.\nWat wij van jou verwachten\nGoede beheersing van de Engelse taal',
      'en',
    ],
    [
      'Serveur\nÀ propos de nous :\nNous sommes une brasserie familiale.\nCe que nous attendons de vous\nMaîtrise de l’anglais',
      'en',
    ],
    [
      'Cameriere\nChi siamo:\nSiamo un ristorante di famiglia.\nCosa ci aspettiamo da te\nBuona conoscenza della lingua tedesca',
      'de',
    ],
  ])('opens the requirements again (%#)', (text, language) => {
    expect(requirements(text)).toContainEqual(
      expect.objectContaining({ kind: 'language', language }),
    );
  });
});

describe('hours written in a Dutch compound', () => {
  it.each([
    ['Afwasser\nWij zoeken parttime-medewerkers voor de keuken.', 'part_time'],
    ['Winkelmedewerker\nVoor deze parttimebaan zoeken wij een scholier.', 'part_time'],
    ['Monteur\nHet betreft een fulltime-functie van 40 uur.', 'full_time'],
  ])('sets the employment type (%#)', (text, type) => {
    expect(extract({ text }).posting.employmentTypes).toContain(type);
  });
});

describe('Mexican and French ways of writing a degree and a licence', () => {
  it('reads "Lic. en" as a bachelor’s degree', () => {
    expect(
      requirements('Auxiliar contable\nRequisitos:\n- Lic. en Contaduría o afín'),
    ).toContainEqual(expect.objectContaining({ kind: 'education', level: 'bachelor' }));
  });

  it('reads the medical doctorate as a doctorate', () => {
    expect(
      requirements(
        'Médecin généraliste\nProfil :\n- Vous êtes docteur en médecine et inscrit au tableau',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'education', level: 'doctorate' }));
  });

  it('reads "licencia de manejo" as a driving licence', () => {
    expect(kinds('Repartidor\nRequisitos:\n- Licencia de manejo vigente\n- Secundaria')).toContain(
      'license',
    );
  });
});
