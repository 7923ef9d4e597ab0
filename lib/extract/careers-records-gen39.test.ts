import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Careers-page records and board exports of the kinds found in Québec, Argentine, Brazilian,
 * Singaporean and Dutch postings: a category line under the title, titles made of many dashed
 * parts, employers whose names own a job noun, city-states, shouted names with their legal form,
 * secondary-school enrolment and contractors' service contracts. Sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;
const educations = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => (r as { level: string }).level);

describe("a careers page's category under the title", () => {
  it.each([
    [
      'Plongeuse\nCuisine\nSherbrooke, QC\nÀ l’heure\n\nLaver la vaisselle du restaurant.',
      'Sherbrooke, QC',
    ],
    ['Spüler (m/w/d)\nKüche\nInnsbruck\n\nReinigung des Geschirrs im Hotelbetrieb.', 'Innsbruck'],
    [
      'Lavaplatos\nCocina\nRosario, Santa Fe\n\nLimpieza de vajilla y utensilios.',
      'Rosario, Santa Fe',
    ],
    ['Medewerker bediening\nHoreca\nHaarlem\n\nJe serveert gerechten in ons café.', 'Haarlem'],
  ])('is no employer: %j', (text, place) => {
    const p = facts(text);
    expect(p.company).toBeNull();
    expect(p.locations).toEqual([place]);
    expect(p.title).toBe(text.split('\n')[0]);
  });

  it.each([
    'Responsable, Billetterie – Théâtre du Port\nBilletterie\nRimouski, QC\n\nVendre les billets des spectacles.',
    'Coordinator, Ticketing – Harbour Hall\nTicketing\nHalifax, NS\n\nYou sell tickets for the shows.',
  ])('named again inside the title keeps the title: %j', (text) => {
    const p = facts(text);
    expect(p.title).toBe(text.split('\n')[0]);
    expect(p.company).not.toBe(text.split('\n')[1]);
  });

  it.each([
    ['Cuisinier\nHoraire\nLévis, QC\n\nHoraire : du mardi au samedi.'],
    ['Cocinero\nHorario\nMendoza, Mendoza\n\nHorario: de martes a sábado.'],
  ])("a record's value line is no employer either: %j", (text) => {
    expect(facts(text).company).toBeNull();
  });
});

describe('a title of many dashed parts', () => {
  it.each([
    [
      'TÉCNICO DE ENFERMAGEM I - UTI ADULTO - HOSPITAL SANTA LUZIA - PLANTÃO NOTURNO - RECIFE - PE\n' +
        'Rede Santa Luzia\nRecife, Pernambuco, Brasil\n\nCuidar dos pacientes internados.',
      'Rede Santa Luzia',
    ],
    [
      'AUXILIAR DE COCINA - TURNO TARDE - SUCURSAL CENTRO - BARRIO GENERAL PAZ - CÓRDOBA - AR\n' +
        'Grupo Sabores\nCórdoba, Córdoba\n\nPreparación de ensaladas y postres.',
      'Grupo Sabores',
    ],
  ])('is read whole, its employer below: %j', (text, company) => {
    const p = facts(text);
    expect(p.title).toBe(text.split('\n')[0]);
    expect(p.company).toBe(company);
  });
});

describe("an employer's name owning a job noun", () => {
  it.each([
    [
      "Policy Analyst\nAuditor-General's Department\n\nemploymentType: Permanent\nworkArrangement: Full-time\n\n" +
        'You review how public money is spent.',
      "Auditor-General's Department",
    ],
    [
      "Records Officer\nSolicitor's Office of the Territory\n\nfield: Legal\nworkArrangement: Full-time\n\n" +
        'You keep the case files in order.',
      "Solicitor's Office of the Territory",
    ],
  ])('is the employer: %j', (text, company) => {
    expect(facts(text).company).toBe(company);
  });
});

describe('a city-state as the country of a record', () => {
  it.each([
    'Warehouse Assistant\nHarbourline Pte Ltd\n20 Tuas Avenue 1\nJobType: Full Time\nCountry: Singapore\n\nPick and pack orders.',
    'Assistant logistique\nHarbourline Pte Ltd\n20 Tuas Avenue 1\nPays : Singapour\n\nPréparer les commandes.',
    'Lagerhelfer (m/w/d)\nHarbourline Pte Ltd\n20 Tuas Avenue 1\nLand: Singapur\n\nAufträge kommissionieren.',
  ])('is the place: %j', (text) => {
    expect(facts(text).locations).toHaveLength(1);
    expect(facts(text).locations[0]).toMatch(/^Singap/);
  });

  it('closing the street address under the employer, it is the place too', () => {
    const text =
      'Site Supervisor\nBrightbuild Pte Ltd\n#03-12 Kallang Trade Centre, 5 Kallang Way, Singapore\n\n' +
      'Supervise the fit-out works on site.';
    expect(facts(text).locations).toEqual(['Singapore']);
  });

  it('a country field naming a larger country gives no town', () => {
    const text = 'Warehouse Assistant\nHarbourline GmbH\nCountry: Germany\n\nPick and pack orders.';
    expect(facts(text).locations).not.toContain('Germany');
  });
});

describe('a shouted employer with its legal form', () => {
  it.each([
    [
      'Project Coordinator\nNORTHWIND TRADING PTE LTD\n\nNorthwind Trading Pte. Ltd. is a supplier of marine parts.\n' +
        'You plan the deliveries.',
      'Northwind Trading Pte. Ltd.',
    ],
    [
      'Estimator\nBLUEGUM JOINERY PTY LTD\n\nAt Bluegum Joinery Pty. Ltd. we build kitchens to order.\n' +
        'You price the jobs.',
      'Bluegum Joinery Pty. Ltd.',
    ],
  ])('is written as its own text writes it: %j', (text, company) => {
    expect(facts(text).company).toBe(company);
  });
});

describe("Singapore's ITE and school certificates", () => {
  it.each([
    ['Requirements:\n- Higher Nitec in Mechanical Engineering\n- Shift work', 'vocational'],
    ['Requirements:\n- Nitec holder or above\n- Able to lift heavy loads', 'vocational'],
    ["Requirements:\n- Minimum GCE 'N' Level\n- Good attitude", 'high_school'],
  ])('%j', (text, level) => {
    expect(educations(`Technician\n\n${text}`)).toContain(level);
  });
});

describe('enrolment in a secondary school', () => {
  it.each([
    'Jovem Aprendiz\n\nRequisitos:\n- Ensino Médio cursando ou completo\n- Pacote Office básico',
    'Junior Clerk\n\nRequirements:\n- Currently enrolled in high school\n- Basic Excel',
  ])('is a secondary-school level, not a degree: %j', (text) => {
    expect(educations(text)).toEqual(['high_school']);
  });

  it('enrolment in a degree still reads as a bachelor', () => {
    expect(
      educations('Intern\n\nRequirements:\n- Currently enrolled in a degree in accounting'),
    ).toEqual(['bachelor']);
  });
});

describe("a contractor's service contract with its term", () => {
  it.each([
    'Analista de sistemas\n\nContrato de prestação de serviços de 8 meses, com emissão de nota fiscal.',
    'Analyste fonctionnel\n\nContrat de prestation de services de 8 mois, facturation mensuelle.',
    "Analista funzionale\n\nContratto di prestazione d'opera di 8 mesi, con fattura mensile.",
    'Functioneel analist\n\nOvereenkomst van opdracht voor 8 maanden, maandelijkse facturatie.',
    'Systemanalytiker (m/w/d)\n\nHonorarvertrag über 8 Monate, monatliche Abrechnung.',
    'Systems Analyst\n\nA contract for services of 8 months, invoiced monthly.',
  ])('is contract work: %j', (text) => {
    expect(facts(text).employmentTypes).toContain('contract');
    expect(facts(text).employmentType).toBe('contract');
  });
});

describe('job nouns of kitchens, cleaning and coordination', () => {
  it.each([
    'Glazenwasser\n\nJe maakt ramen van kantoren schoon in de regio.',
    'Coordonnatrice des bénévoles\n\nTu organises les horaires des bénévoles.',
    'Médico clínico\n\nAtención de pacientes ambulatorios.',
    'Gebäudereiniger\n\nSie reinigen Büros und Treppenhäuser.',
    'Lavapiatti\n\nLavaggio di stoviglie e attrezzature della cucina.',
  ])('make a first line a title: %j', (text) => {
    expect(facts(text).title).toBe(text.split('\n')[0]);
  });
});

describe('a licence to practise named without its body', () => {
  it.each([
    [
      'Médico de guardia\n\nRequisitos:\n- Matrícula habilitante vigente (excluyente)\n- Guardias de 24 h',
      'Matrícula habilitante',
    ],
    [
      "Infirmière auxiliaire\n\nExigences :\n- Permis d'exercice valide\n- Disponible de soir",
      "Permis d'exercice",
    ],
    [
      'Fisioterapeuta\n\nRequisitos:\n- Registro profissional ativo\n- Disponibilidade aos sábados',
      'Registro profissional ativo',
    ],
    [
      'Pflegefachfrau (m/w/d)\n\nAnforderungen:\n- Berufsausübungsbewilligung des Kantons\n- Schichtdienst',
      'Berufsausübungsbewilligung',
    ],
    [
      'Physiotherapist\n\nRequirements:\n- A current licence to practise in Ireland\n- Weekend cover',
      'licence to practise',
    ],
  ])('is a professional registration: %j', (text, words) => {
    const licences = extract({ text }).requirements.filter((r) => r.kind === 'license');
    expect(licences.map((r) => (r as { mention?: { text: string } }).mention?.text)).toContain(
      words,
    );
  });
});

describe('the place of work stated as a sentence', () => {
  it.each([
    [
      'Skiservice-Mitarbeiter (m/w/d)\n\nDu montierst Bindungen.\nIhr Arbeitsplatz ist Oberaudorf (83080)',
      'Oberaudorf',
    ],
    [
      'Verkäufer (m/w/d)\n\nSie beraten unsere Kunden.\nIhr Arbeitsplatz ist in Miesbach/Hausham (PLZ 83734)',
      'Miesbach/Hausham',
    ],
    ['Warehouse Operative\n\nYou pick and pack orders.\nYour place of work is Leeds.', 'Leeds'],
    ['Commis de cuisine\n\nTu aides le chef.\nVotre lieu de travail est à Lévis.', 'Lévis'],
    ['Ayudante de cocina\n\nApoyo al chef.\nTu lugar de trabajo será Rosario.', 'Rosario'],
    ['Auxiliar de cozinha\n\nApoio ao chef.\nSeu local de trabalho será em Niterói.', 'Niterói'],
    ['Aiuto cuoco\n\nSupporto allo chef.\nIl tuo luogo di lavoro sarà Bergamo.', 'Bergamo'],
    ['Keukenhulp\n\nJe helpt de kok.\nJe werkplek is in Zaandam.', 'Zaandam'],
  ])('%j', (text, place) => {
    expect(facts(text).locations).toEqual([place]);
  });
});

describe('a job for one season', () => {
  it.each([
    'Lift operator\n\nWe are hiring for the winter season in Whistler.',
    "Serveur\n\nNous recrutons pour la saison d'été à Biarritz.",
    'Camarero\n\nBuscamos camarero para la temporada de verano en Ibiza.',
    'Garçom\n\nContratamos para a temporada de verão em Búzios.',
    'Kelner\n\nWij zoeken een kelner voor het zomerseizoen op Texel.',
    'Cameriere\n\nCerchiamo cameriere per la stagione estiva a Rimini.',
    'Skilehrer (m/w/d)\n\nFür die Wintersaison suchen wir Verstärkung in Kitzbühel.',
  ])('is temporary: %j', (text) => {
    expect(facts(text).employmentTypes).toContain('temporary');
  });

  it('a season named in passing is no term', () => {
    expect(facts('Hotelier\n\nOur hotel is busiest in the summer season.').employmentTypes).toEqual(
      [],
    );
  });
});

describe("the candidate's own section", () => {
  it.each([
    'Lagerleiter (m/w/d)\n\nÜber Sie:\n- Erfahrung in der Lagerlogistik\n- Führerschein B',
    'Magazijnmedewerker\n\nOver jou:\n- Ervaring in een magazijn',
  ])('is about no employer: %j', (text) => {
    expect(facts(text).company).toBeNull();
  });
});

describe('knowledge gained another way', () => {
  it.each([
    'Lagerplaner (m/w/d)\n\nÜber Sie:\n- Abgeschlossenes Studium der Logistik oder vergleichbares, erworbenes Wissen',
    "Logistics Planner\n\nRequirements:\n- A bachelor's degree in logistics or comparable knowledge",
  ])('is an equivalent accepted: %j', (text) => {
    const education = extract({ text }).requirements.find((r) => r.kind === 'education');
    expect(education).toMatchObject({ level: 'bachelor', equivalentAccepted: true });
  });
});

describe("an employer's name joined to its team", () => {
  it('is the employer when the text writes to its own domain', () => {
    const text =
      'Kassierer (m/w/d)\n\nSie möchten Teil des Gipfelwerk-Teams werden?\n' +
      'Bewerbung an jobs@gipfelwerk.de.';
    expect(facts(text).company).toBe('Gipfelwerk');
  });

  it("a department's compound is no employer", () => {
    const text =
      'Kassierer (m/w/d)\n\nSie verstärken das Marketing-Team.\nBewerbung an jobs@gipfelwerk.de.';
    expect(facts(text).company).not.toBe('Marketing');
  });
});

describe("a title's hours beside the term the text states", () => {
  it.each([
    'Skilehrer - Teilzeit (m/w/d)\n\nFür die Wintersaison suchen wir Verstärkung.\nDu unterrichtest Kinder.',
    'Lift Attendant - Part Time\n\nWe are hiring for the winter season.\nYou help guests onto the lifts.',
    "Serveur - Temps partiel\n\nNous recrutons pour la saison d'été.\nTu sers en terrasse.",
    'Camarero - Media jornada\n\nBuscamos camarero para la temporada de verano.\nAtención de mesas.',
  ])('gives both: %j', (text) => {
    const types = facts(text).employmentTypes;
    expect(types).toContain('part_time');
    expect(types).toContain('temporary');
  });
});
