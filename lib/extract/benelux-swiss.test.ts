import { describe, expect, it } from 'vitest';
import { schoolingOf, spokenOf } from '../testing/requirements';
import { extract } from './index';

/** Patterns met in Dutch, Flemish, Belgian-French and Swiss postings; sentences written for the test. */

const typesOf = (text: string) => extract({ text }).posting.employmentTypes;
const titleOf = (text: string) => extract({ text }).posting.title;

describe('a care profession on the first line is a title', () => {
  it('reads French, Dutch and German health titles over a sentence that introduces the post', () => {
    expect(
      titleOf('Ergothérapeute\nNous cherchons un(e) collègue pour notre cabinet.\n\nProfil'),
    ).toBe('Ergothérapeute');
    expect(
      titleOf('Logopedist\nVoor onze praktijk in Gent zoeken we versterking.\n\nProfiel'),
    ).toBe('Logopedist');
    expect(titleOf('Psychologin\nFür unsere Praxis suchen wir Verstärkung.\n\nProfil')).toBe(
      'Psychologin',
    );
  });
});

describe('a share after the role’s gender mark gives the hours', () => {
  it('reads "(m/w/d) (30–50 %)" in a sentence as part time, wherever it stands', () => {
    const de =
      'Über uns\nWir sind ein kleines Büro in Luzern.\n\nStarte bei uns als Analyst (m/w/d) (30–50 %)!';
    expect(typesOf(de)).toEqual(['part_time']);
    const fr = 'À propos\nNous rejoindre comme comptable (H/F) 60% dès le 1er mars.';
    expect(typesOf(fr)).toEqual(['part_time']);
  });

  it('reads a full share as full time and leaves a range up to 100 % open', () => {
    expect(typesOf('Info\nWir suchen eine Fachperson Logistik (m/w) 100% ab sofort.')).toEqual([
      'full_time',
    ]);
    expect(typesOf('Info\nWir suchen eine Fachperson Logistik (m/w) 70-100% ab sofort.')).toEqual(
      [],
    );
  });
});

describe('degrees listed as alternatives with a comma', () => {
  it('takes the lowest of "A (BA/MA), B or equivalent" in German and French', () => {
    expect(
      schoolingOf(
        'Anforderungen\n- Studium der Informatik (BA/MA), abgeschlossene Lehre als Mediamatiker EFZ oder gleichwertige Erfahrung',
      ),
    ).toEqual([['vocational', true, true]]);
    expect(
      schoolingOf('Votre profil\n- Master en gestion, CAP de vente ou formation jugée équivalente'),
    ).toEqual([['vocational', true, true]]);
  });

  it('keeps a preferred higher degree in brackets apart', () => {
    expect(schoolingOf('Requirements\n- A BSc in Chemistry (MSc preferred)')).toEqual([
      ['bachelor', true, false],
      ['master', false, false],
    ]);
  });
});

const factsOf = (text: string) => extract({ text }).posting;

describe('Flemish partial home working', () => {
  it('reads "deeltijds thuiswerken" as hybrid work, not as part-time hours', () => {
    const text =
      'PHP developer\n\nOns aanbod\n- Een marktconform loon\n- Deeltijds thuiswerken is bespreekbaar';
    expect(factsOf(text).workplace).toBe('hybrid');
    expect(factsOf(text).employmentTypes).toEqual([]);
    const van =
      'Designer\n\nOns kantoor\nWe werken graag samen; twee dagen per week heb je de mogelijkheid om deeltijds van thuis werken.';
    expect(factsOf(van).workplace).toBe('hybrid');
  });

  it('reads home working called possible as hybrid work, and refused as on site', () => {
    expect(
      factsOf('Planner\n\nWat wij bieden\n- Thuiswerken behoort tot de mogelijkheden').workplace,
    ).toBe('hybrid');
    expect(
      factsOf('Adviseur\n\nAanbod\n- Thuiswerken is mogelijk na de inwerkperiode').workplace,
    ).toBe('hybrid');
    expect(
      factsOf('Monteur\n\nAanbod\n- Thuiswerken is niet mogelijk in deze functie').workplace,
    ).toBe('onsite');
  });

  it('still reads a part-time job in Flemish', () => {
    expect(
      factsOf('Kassamedewerker\n\nAanbod\n- Een deeltijdse job van 20 uur').employmentTypes,
    ).toEqual(['part_time']);
  });
});

describe('company and place in Swiss and Benelux prose', () => {
  it('takes a lower-case brand after "we are" when the text also works "at" it', () => {
    const de =
      'Data Engineer\n\nWir sind quadrant, eine kleine Crew aus Luzern.\n\nBei quadrant arbeitest du selbständig.';
    expect(factsOf(de).company).toBe('quadrant');
    const nl =
      'Tester\n\nWe zijn blauwdruk, een bureau voor software.\n\nBij blauwdruk test je alles.';
    expect(factsOf(nl).company).toBe('blauwdruk');
    const proud = 'Tester\n\nWe are proud, a team that ships.\n\nRequirements\n- Go';
    expect(factsOf(proud).company).toBeNull();
  });

  it('does not take a demonstrative opening a sentence for a company', () => {
    const text =
      'Netzwerk-Techniker\nPensum 80%\n\nDies ist eine Chance für eine Festanstellung beim Kunden.\n\nProfil\n- Cisco';
    expect(factsOf(text).company).toBeNull();
  });

  it('reads a place label that closes a sentence, and mid-size Benelux and Swiss towns', () => {
    expect(
      factsOf('Analist\nVacature voor een analist. Locatie: Mechelen.\n\nProfiel\n- SQL').locations,
    ).toEqual(['Mechelen']);
    expect(
      factsOf('Monteur\n\nOnze werkplaats is gevestigd te Veenendaal.\n\nProfiel\n- MBO').locations,
    ).toEqual(['Veenendaal']);
    expect(factsOf('Polymechaniker\n\nArbeitsort: Weinfelden\n\nProfil\n- EFZ').locations).toEqual([
      'Weinfelden',
    ]);
  });
});

describe('a preposition before a language name is no joining word', () => {
  const spoken = (text: string) =>
    extract({ text }).requirements.flatMap((r) =>
      r.kind === 'language' ? [[r.language, r.level]] : [],
    );

  it('reads the level of "couramment en néerlandais" after another language', () => {
    expect(
      spoken('Profil\n- Vous vous exprimez parfaitement en français, couramment en néerlandais'),
    ).toEqual([
      ['fr', 'fluent'],
      ['nl', 'fluent'],
    ]);
  });

  it('keeps the Dutch "en" joining two languages', () => {
    expect(spoken('Profiel\n- Je spreekt vloeiend Frans en Duits')).toEqual([
      ['fr', 'fluent'],
      ['de', 'fluent'],
    ]);
    expect(spoken('Profiel\n- Frans vloeiend en Duits basis')).toEqual([
      ['fr', 'fluent'],
      ['de', 'basic'],
    ]);
  });
});

describe('Belgian remote work and school certificate', () => {
  it('reads unlimited telework as remote', () => {
    const text = 'Analyste\n\nNous offrons\n* Télétravail illimité et horaires flexibles\n* Laptop';
    expect(factsOf(text).workplace).toBe('remote');
  });

  it('reads the upper-secondary certificate as high school', () => {
    expect(
      schoolingOf('Profil\n- Certificat d’enseignement secondaire supérieur (CESS) ou équivalent'),
    ).toEqual([['high_school', true, true]]);
  });

  it('takes a lower-case brand followed by a definite appositive', () => {
    const de =
      'Entwickler\n\nWir sind lumora, das Team hinter einer Planungs-App.\n\nBei lumora arbeitest du remote.';
    expect(factsOf(de).company).toBe('lumora');
  });
});

describe('the town of the office a few words on', () => {
  it('reads "Office an der Aare in Bern" and "kantoor aan de gracht in Leiden"', () => {
    const de =
      'Informatiker\n\nBei uns findest du viel Freiraum und ein Office am Bahnhof in Solothurn.\n\nProfil\n- Java';
    expect(factsOf(de).locations).toEqual(['Solothurn']);
    const nl =
      'Tester\n\nWe bieden een fijne werkplek in ons kantoor aan de gracht in Leiden.\n\nProfiel\n- SQL';
    expect(factsOf(nl).locations).toEqual(['Leiden']);
  });

  it('takes no place where the words after "in" name no town', () => {
    expect(
      factsOf('Dev\n\nWe use Office in Teams every day.\n\nRequirements\n- Go').locations,
    ).toEqual([]);
  });
});

describe('home working offered beside the office', () => {
  it('reads "thuis werken kan ook" and "gelegentlich vor Ort" as hybrid', () => {
    expect(
      factsOf('Ontwerper\n\nWij bieden\n- Een bureau op kantoor, maar thuis werken kan ook altijd')
        .workplace,
    ).toBe('hybrid');
    expect(
      factsOf('Buchhalter\n\nWir bieten\n- Arbeitsort: Homeoffice und gelegentlich vor Ort in Thun')
        .workplace,
    ).toBe('hybrid');
  });
});

describe('a language the sentence calls a condition', () => {
  it('reads "is een voorwaarde", "is a prerequisite", "est un prérequis" as required', () => {
    expect(
      spokenOf('Ontwikkelaar\n\nWe werken in Gent.\nKennis van Nederlands is een voorwaarde.'),
    ).toEqual([['nl', null, true]]);
    expect(
      spokenOf('Developer\n\nWe work in Ghent.\nKnowledge of Dutch is a prerequisite.'),
    ).toEqual([['nl', null, true]]);
    expect(
      spokenOf('Développeur\n\nNous sommes à Gand.\nLe néerlandais est un prérequis.'),
    ).toEqual([['nl', null, true]]);
  });
});
