import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * European postings of the kinds found in Belgian, French, Austrian, Swiss, Italian and Chilean
 * ads: a page's two-cell table rows (label, tab, value), a fixed term written without the word
 * "contract", a term word right after a start date, and Austrian master-level degree titles.
 * Sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;
const educations = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r as { level: string }).level);

describe("a table row's label and value parted by a tab", () => {
  it.each([
    [
      'Offre 1234\n\nIntitulé du poste\taide-soignant\n\nLieu de travail\tANGERS\n',
      'aide-soignant',
      'ANGERS',
    ],
    [
      'Annuncio 77\n\nTitolo\tMagazziniere\n\nLuogo di lavoro\tBellinzona\n',
      'Magazziniere',
      'Bellinzona',
    ],
    [
      'Oferta 5\n\nPuesto\tCamarero de sala\n\nUbicación\tZaragoza\n',
      'Camarero de sala',
      'Zaragoza',
    ],
    ['Vacature 9\n\nFunctie\tMagazijnier\n\nStandplaats\tMechelen\n', 'Magazijnier', 'Mechelen'],
  ])('reads as a labelled field: %j', (text, title, place) => {
    const p = facts(text);
    expect(p.title).toBe(title);
    expect(p.locations).toContain(place);
  });

  it('leaves a row of several cells alone', () => {
    expect(facts('Horaires\nLundi\t8h\t12h\nMardi\t8h\t12h\n').locations).toEqual([]);
  });
});

describe('a fixed term without the word for contract', () => {
  it.each([
    'Animateur (H/F)\n\nLa personne sera engagée à temps plein, à durée déterminée de six mois.',
    'Técnico de laboratorio\n\nIncorporación a jornada completa, de duración determinada (un año).',
    'Enfermeira (m/f)\n\nOferecemos uma contratação a termo certo por um ano, a tempo inteiro.',
    'Begeleider\n\nVoltijds, bepaalde duur van zes maanden.',
  ])('is temporary: %j', (text) => {
    expect(facts(text).employmentType).toBe('temporary');
  });
});

describe('a term word right after a start date', () => {
  it.each([
    'Projektmitarbeiter (w/m/d)\n\nFür unser Forschungsprojekt ab 01.09.2024 befristet bis Ende 2026.',
    'Assistente di ricerca\n\nPer il progetto, dal 01/09/2024 a tempo determinato per due anni.',
  ])('still names the term: %j', (text) => {
    expect(facts(text).employmentType).toBe('temporary');
  });

  it('a headcount before a trainee word is still no type', () => {
    expect(
      facts('Ausbildung\n\nWir bilden rund 450 Auszubildende in zwölf Berufen aus.').employmentType,
    ).toBeNull();
  });
});

describe('Austrian degree titles', () => {
  it.each([
    'Jurist (w/m/d)\n\nIhr Profil:\n- Mag. der Rechtswissenschaften',
    'Sozialarbeiterin (w/m/d)\n\nIhr Profil:\n- abgeschlossenes Studium, Magistra der Sozialwirtschaft',
  ])('are master level: %j', (text) => {
    expect(educations(text)).toContain('master');
  });
});

describe('meetings held in person, in a remote job', () => {
  it.each([
    'Analista\n\nLavoro 100% remoto; qualche meeting in presenza, quando serve.',
    'Entwickler (w/m/d)\n\n100% remote, Teamtreffen vor Ort einmal im Quartal.',
  ])('leave the job remote: %j', (text) => {
    expect(facts(text).workplace).toBe('remote');
  });
});

describe("a business unit after a dash on the employer's line", () => {
  it.each([
    [
      'Cajero/a\nSupermercados Norte - Unidad Retail\nTalca\n\nAtención en caja.',
      'Supermercados Norte',
    ],
    ['Picker\nAcme Freight – Division Warehousing\nLeeds\n\nPick and pack orders.', 'Acme Freight'],
    [
      'Magasinier (H/F)\nTransports Durand - Agence Sud\nNîmes\n\nPréparation des commandes.',
      'Transports Durand',
    ],
    [
      'Lagerist (m/w/d)\nMüller Logistik - Bereich Lager\nGraz\n\nWareneingang und Versand.',
      'Müller Logistik',
    ],
  ])('is not part of the name: %j', (text, company) => {
    expect(facts(text).company).toBe(company);
  });
});

describe('the employer, a dash, then the title', () => {
  it.each([
    [
      'Brentaweb – Sviluppatore Java Junior\n\nBrentaweb realizza software per le banche da vent’anni.',
      'Sviluppatore Java Junior',
      'Brentaweb',
    ],
    [
      'Nordwind Systems - Data Engineer\n\nNordwind Systems builds tools for shipping companies.',
      'Data Engineer',
      'Nordwind Systems',
    ],
    [
      'Agrotech - Técnico de riego\n\nAgroTech diseña sistemas de riego para fincas del valle.',
      'Técnico de riego',
      'AgroTech',
    ],
  ])('splits into title and employer: %j', (text, title, company) => {
    const p = facts(text);
    expect(p.title).toBe(title);
    expect(p.company).toBe(company);
  });
});

describe("a board's name for an unnamed employer", () => {
  it.each([
    'Administrativo/a\nEmpresa de prestación de servicios\nSevilla\n\nGestión de facturas.',
    'Rececionista\nImportante empresa\nCoimbra\n\nAtendimento ao público.',
    'Contabile\nImportante azienda\nVerona\n\nTenuta della contabilità.',
    'Comptable (H/F)\nSociété de services\nRennes\n\nTenue de la comptabilité.',
  ])('is no company: %j', (text) => {
    expect(facts(text).company).toBeNull();
  });
});

describe('a section heading right under the title', () => {
  it.each([
    "Animateur jeunesse\n\n## Informations relatives à l'emploi\n\nL'animateur encadre des groupes d'enfants.",
    'Cuoco\n\n## Informazioni sulla posizione\n\nIl cuoco prepara i piatti del giorno.',
    'Koch (m/w/d)\n\n## Informationen zur Stelle\n\nSie bereiten die Tagesgerichte zu.',
  ])('is no employer: %j', (text) => {
    expect(facts(text).company).toBeNull();
  });
});

describe("a board export's work-model field", () => {
  it.each([
    ['Dependiente\nTienda Sol\nValencia\n\nteleworking: Presencial\n', 'onsite'],
    ['Consultor\nAcme\nLisboa\n\nTeleworking: Híbrido\n', 'hybrid'],
  ])('gives the work model: %j', (text, model) => {
    expect(facts(text).workplace).toBe(model);
  });
});

describe('work models written without their accent', () => {
  it.each([
    'Técnico de soporte\n\nModalidad de trabajo hibrido, tres días en oficina.',
    'Analista de dados\n\nTrabalho hibrido com dois dias no escritório.',
  ])('still read: %j', (text) => {
    expect(facts(text).workplace).toBe('hybrid');
  });
});

describe("Portugal's compulsory schooling", () => {
  it.each([
    'Operador de armazém\n\nPerfil:\n- 9º ano de escolaridade;\n- Carta de condução.',
    'Empregado de mesa\n\nRequisitos:\n- Escolaridade obrigatória.',
  ])('is the school level: %j', (text) => {
    expect(educations(text)).toContain('high_school');
  });
});

describe("an employer's name holding a small link word, as a paragraph's subject", () => {
  it.each([
    [
      'Becario/a de investigación\n\nCentro Estudios en Economía Social es un think tank que publica informes.',
      'Centro Estudios en Economía Social',
    ],
    [
      'Camarero\n\nTaberna Sol en Sevilla es un local con historia. Buscamos camarero.',
      'Taberna Sol',
    ],
  ])('is the employer: %j', (text, company) => {
    expect(facts(text).company).toBe(company);
  });
});

describe("the hours as a field's bare value", () => {
  it.each([
    ['Dependienta\nTienda Sol\nMálaga\n\nworkDay: Completa\n', 'full_time'],
    ['Dependienta\nTienda Sol\nMálaga\n\nworkDay: Parcial - Indiferente\n', 'part_time'],
    ['Serveur (H/F)\nCafé du Port\nBrest\n\nTemps de travail : Partiel\n', 'part_time'],
    ['Vendedor\nLoja Azul\nBraga\n\nJornada: Integral\n', 'full_time'],
  ])('gives the type: %j', (text, type) => {
    expect(facts(text).employmentType).toBe(type);
  });
});

const languages = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => {
      const l = r as { language: string; level: string | null; required: boolean };
      return `${l.language} ${l.level} ${l.required ? 'req' : 'pref'}`;
    })
    .sort();

describe('a language in a bracket of its own plus', () => {
  it.each([
    [
      'Chauffeur (H/F)\n\nProfil :\n- Anglais courant (le néerlandais est un plus)',
      ['en fluent req', 'nl null pref'],
    ],
    [
      'Chauffeur (H/F)\n\nProfil :\n- Parfaitement bilingue FR/EN (le néerlandais est un plus)',
      ['en fluent req', 'fr fluent req', 'nl null pref'],
    ],
    [
      'Camarero\n\nRequisitos:\n- Inglés avanzado (valorable alemán)',
      ['de null pref', 'en professional req'],
    ],
  ])('has no level of the name outside it: %j', (text, expected) => {
    expect(languages(text)).toEqual(expected);
  });

  it('a bracket listing the languages keeps the level before it', () => {
    expect(
      languages('Administrativo\n\nRequisitos:\n- Buena redacción (en español e inglés)'),
    ).toEqual(['en professional req', 'es professional req']);
  });
});

describe("a consultant's engagement for a term", () => {
  it.each([
    'Consultor/a en energía\n\nCondiciones:\n- Tiempo completo.\n- Consultoría con duración de 4 meses.',
    'Consultor(a) de dados\n\nCondições:\n- Consultoria com duração de 3 meses, tempo integral.',
  ])('is contract work: %j', (text) => {
    expect(facts(text).employmentType).toBe('contract');
  });
});
