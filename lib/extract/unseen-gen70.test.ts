import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (French, Spanish, Italian, Portuguese, German and
 * Dutch company pages, blog posts and board records). Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const requiredOf = (text: string, kind: 'experience' | 'education') =>
  read(text)
    .requirements.filter((r) => r.kind === kind)
    .map((r) => r.required);

describe('a bold line alone between blank lines is a heading that closes the section above', () => {
  it.each([
    '**Profil souhaité**\n\n- Vous aimez le contact client\n\n**Conditions du poste**\n\n- Vous avez 4 ans d’expérience en logistique',
    '**Perfil deseado**\n\n- Te gusta el trato con clientes\n\n**Condiciones**\n\n- Tienes 4 años de experiencia en logística',
    '**Gewünschtes Profil**\n\n- Freude am Kundenkontakt\n\n**Rahmenbedingungen**\n\n- Sie haben 4 Jahre Erfahrung in der Logistik',
    '**Nice to have**\n\n- You enjoy talking to customers\n\n**Terms and experience**\n\n- You have 4 years of experience in logistics',
  ])('%s', (text) => {
    expect(requiredOf(text, 'experience')).toEqual([true]);
  });

  it('the level asked under the new bold heading is required too', () => {
    const text =
      '**Compétences appréciées**\n\n- Une culture du web\n\n**Modalités**\n\n- De formation minimum Bac +2';
    expect(requiredOf(text, 'education')).toEqual([true]);
  });

  it('under a bold preferred heading itself, the item stays preferred', () => {
    const text = 'Magasinier\n\n**Profil souhaité**\n\n- Vous avez 2 ans d’expérience en entrepôt';
    expect(requiredOf(text, 'experience')).toEqual([false]);
  });
});

describe("a blog's category tag in brackets over the post is no title", () => {
  it.each([
    [
      '[Recrutement]\n\n**Fromagerie Dubois recrute son Vendeur H/F**\n\nVos missions :\n- conseiller',
      'Vendeur H/F',
    ],
    [
      '[Vacature]\n\nBakkerij Smit zoekt een Verkoper (m/v)\n\nWat ga je doen:\n- verkopen',
      'Verkoper (m/v)',
    ],
    ['[Stellenangebot]\n\nBäcker (m/w/d)\n\nIhre Aufgaben:\n- backen', 'Bäcker (m/w/d)'],
    ['[Offerta di lavoro]\n\nCameriere\n\nRequisiti:\n- turni serali', 'Cameriere'],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('an area word and its town in brackets after the title is the place, not the title', () => {
  it.each([
    ['Loodgieter (regio Haarlem)\n\nWat ga je doen:\n- leidingen leggen', 'Loodgieter'],
    ['Monteur (m/w/d) (Raum Ulm)\n\nIhre Aufgaben:\n- montieren', 'Monteur (m/w/d)'],
    ['Aiuto cuoco (zona Rimini)\n\nRequisiti:\n- HACCP', 'Aiuto cuoco'],
    ['Plombier (région de Nantes)\n\nVos missions :\n- poser', 'Plombier'],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });

  it('a bracket without a town after the area word stays', () => {
    expect(posting('Verkoper (regio)\n\nWat ga je doen:\n- verkopen').title).toBe(
      'Verkoper (regio)',
    );
  });
});

describe("a page's one top markdown heading over its section headings names the post", () => {
  it.each([
    ['# Taquero\n\n## Objetivo del puesto\nPreparar tacos al pastor.', 'Taquero'],
    ['# Lavaplatos\n\n## Funciones\n- Lavar la vajilla', 'Lavaplatos'],
    ['# Glazenwasser\n\n## Wat ga je doen\n- ramen wassen', 'Glazenwasser'],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });

  it.each([
    '# Requisitos\n\n## Experiencia\n- 2 años en cocina',
    '# Vacatures\n\n## Onze vestigingen\nWij zoeken mensen.',
  ])('a section or careers heading there is no title: %s', (text) => {
    expect(posting(text).title).not.toBe(text.slice(2, text.indexOf('\n')));
  });

  it('the post named with its article as a sentence subject is not the employer', () => {
    const text =
      '# Taquero\n\n## Objetivo del puesto\nEl Taquero es responsable de la plancha.\n\n' +
      'Crece dentro del Grupo Fogón Norte.\n\n¡Únete al equipo del **Grupo Fogón Norte**!';
    expect(posting(text)).toMatchObject({ title: 'Taquero', company: 'Grupo Fogón Norte' });
  });
});

describe('Italian posts offered in the plural head the ad', () => {
  it.each([
    ['Camerieri di sala\n\n### Requisiti\n- esperienza in ristorazione', 'Camerieri di sala'],
    ['Programmatori Java\n\n### Cosa offriamo\n- buoni pasto', 'Programmatori Java'],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('the employer after "join the team of" with the article glued to "de"', () => {
  it.each([
    [
      'Serveuse H/F\n\nVous évoluerez au sein du Groupe Côte Sauvage.\n\nRejoignez l’équipe du Groupe Côte Sauvage !',
      'Groupe Côte Sauvage',
    ],
    [
      'Garçom\n\nCrescimento dentro da Casa Ipê.\n\nJunte-se ao time da Casa Ipê! Venha para o time da Casa Ipê.',
      'Casa Ipê',
    ],
  ])('%s', (text, company) => {
    expect(posting(text).company).toBe(company);
  });
});

describe('Agile named with its setting or in the singular is the method', () => {
  const skills = (text: string) =>
    read(text)
      .requirements.filter((r) => r.kind === 'skill')
      .map((r) => r.name);
  it.each([
    'Intégrateur web\n\nProfil :\n- Vous avez travaillé dans un environnement Agile',
    'Analista\n\nRequisitos:\n- Experiencia en un entorno ágil',
    'Analista\n\nRequisitos:\n- Excel\nDiferenciais: Metodologia Ágil',
    'Analista\n\nRequisiti:\n- conoscenza della metodologia agile',
    'Analyst\n\nProfil:\n- Erfahrung mit agilen Methoden',
    'Analist\n\nFunctie-eisen:\n- ervaring in een agile omgeving',
  ])('%s', (text) => {
    expect(skills(text)).toContain('Agile');
  });

  it('a team that stays agile asks for no method', () => {
    expect(
      skills('Analyst\n\nWe stay agile and move fast.\n\nRequirements:\n- Excel'),
    ).not.toContain('Agile');
  });
});

describe('a hyphened name after a phrase that says where is a town the gazetteer lacks', () => {
  it.each([
    ['Kinésithérapeute\n\nNotre cabinet est situé à Mont-Vireux, près de la gare.', 'Mont-Vireux'],
    ['Koch (m/w/d)\n\nUnser Gasthof mit Sitz in Ober-Lindach sucht Verstärkung.', 'Ober-Lindach'],
    ['Gardener\n\nYou will be based in Little-Hamble, a village near the coast.', 'Little-Hamble'],
  ])('%s', (text, town) => {
    expect(posting(text).locations).toEqual([town]);
  });

  it('brands after a bare preposition are no town', () => {
    expect(
      posting('Graphiste\n\nVous travaillerez sur Coca-Cola et Mercedes-Benz.').locations,
    ).toEqual([]);
  });
});
