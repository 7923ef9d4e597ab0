import { describe, expect, it } from 'vitest';
import { headerFacts } from '../../testing/header-facts';
import { extract } from '../index';
import { readHeader } from './header';
import { placesOf } from './place-line';
import { findCompany, findLocations, findTitle } from './posting';
import { trimTitle } from './title-trim';

const facts = headerFacts;

describe('record header: title, company, place lines', () => {
  it.each([
    [
      'Warehouse Picker\nHollowbrook Foods\nGrimsby, Lincolnshire\n\nWe pack frozen peas.',
      'Warehouse Picker',
      'Hollowbrook Foods',
      ['Grimsby, Lincolnshire'],
    ],
    [
      'Cuoco capo partita\nTrattoria Il Mulino\nVerona\n\nCerchiamo una persona motivata.',
      'Cuoco capo partita',
      'Trattoria Il Mulino',
      ['Verona'],
    ],
    [
      'Préparateur de commandes (H/F)\nLOGIVAL SERVICES\n33 - MÉRIGNAC\nContrat à durée déterminée - 3 Mois\n',
      'Préparateur de commandes (H/F)',
      'LOGIVAL SERVICES',
      ['MÉRIGNAC'],
    ],
    [
      'Soldador\nTalleres Ibarra\nVilla de Vallecas\n\nBuscamos soldador con experiencia.',
      'Soldador',
      'Talleres Ibarra',
      ['Villa de Vallecas'],
    ],
  ])('%j', (text, title, company, locations) => {
    expect(facts(text)).toEqual({ title, company, locations });
  });

  it('takes an unusual first line as the title when the lines under it are a record', () => {
    const text =
      'Atendimento Plano Ouro\nCentral Sul Contact\nCuritiba, Paraná\n\nAtender clientes.';
    expect(findTitle(text, null, undefined)).toBe('Atendimento Plano Ouro');
    expect(
      findTitle('Atendimento Plano Ouro\n\nAtender clientes por telefone.', null, undefined),
    ).toBe(null);
  });

  it('reads record fields between the company and its place', () => {
    const text =
      'Forklift Driver\nKestrel Haulage Pty Ltd\n$31 per hour\nCasual, Part-time\nEagle Farm QLD 4009\n\nText.';
    expect(facts(text)).toEqual({
      title: 'Forklift Driver',
      company: 'Kestrel Haulage Pty Ltd',
      locations: ['Eagle Farm QLD'],
    });
  });

  it('lists every town of a header line and keeps a two-part place whole', () => {
    expect(facts('Monteur (m/w/d)\nBern, Thun, Biel\n\nText.').locations).toEqual([
      'Bern',
      'Thun',
      'Biel',
    ]);
    expect(facts('Care Worker\nOakhill Homes\nSutton on the Hill, Derby\n').locations).toEqual([
      'Sutton on the Hill, Derby',
    ]);
  });

  it('gives no city for a bare country line, and no company for a heading of the employer', () => {
    expect(facts('Site Engineer\nBarrow Civil\nAustralia\n\nText.')).toEqual({
      title: 'Site Engineer',
      company: 'Barrow Civil',
      locations: [],
    });
    const text =
      'NORTHGATE WATER BOARD POSTS\nNORTHGATE WATER BOARD\nThe Northgate Water Board is hiring.';
    expect(readHeader(text).title).toBeNull();
  });

  it('reads a name written in capitals as the text writes it elsewhere', () => {
    const text = 'Gardener\nGREENLEAF ESTATES\nLeeds\n\nAt Greenleaf Estates we tend parks.';
    expect(findCompany(text, null, undefined)).toBe('Greenleaf Estates');
    expect(
      findCompany('Gardener\nGREENLEAF ESTATES\nLeeds\n\nApply at greenleaf.com', null, undefined),
    ).toBe('GREENLEAF ESTATES');
  });

  it('leaves a title line followed by a record code without a company', () => {
    const text = 'Barista\nORBIT | SHIFT | CENTRO\nSalário: R$ 1.600,00\n';
    expect(facts(text)).toEqual({ title: 'Barista', company: null, locations: [] });
  });
});

describe('other header layouts', () => {
  it('reads a "who is hiring" line: company | title | place | pay', () => {
    expect(
      facts('Lumenfold | Staff Backend Engineer | Remote (EU Only) | €90k\nWe build maps.'),
    ).toEqual({ title: 'Staff Backend Engineer', company: 'Lumenfold', locations: ['EU'] });
    expect(
      facts('Quarry Labs | Data Engineer | Porto, Portugal (Hybrid) | Full-time\nText.'),
    ).toEqual({ title: 'Data Engineer', company: 'Quarry Labs', locations: ['Porto, Portugal'] });
  });

  it('reads the hiring line above the title, in several languages', () => {
    expect(facts('Wij zoeken een\n# Data-analist\nText.')).toMatchObject({
      title: 'Data-analist',
      company: null,
    });
    expect(facts('Groenvest Energie zoekt een\n# Medewerker klantenservice\nText.')).toEqual({
      title: 'Medewerker klantenservice',
      company: 'Groenvest Energie',
      locations: [],
    });
    expect(facts('Nous recherchons\nune Cheffe de projet digital\nBordeaux, CDI\nText.')).toEqual({
      title: 'Cheffe de projet digital',
      company: null,
      locations: ['Bordeaux'],
    });
  });

  it('reads a brand line and its place', () => {
    expect(facts('## Parcelo.io\n**Lisboa, Portugal**\nProcuramos um programador.')).toMatchObject({
      company: 'Parcelo.io',
      locations: ['Lisboa, Portugal'],
    });
  });

  it('reads the employer and town a Dutch or English title names', () => {
    expect(facts('Vacature Kok bij Brasserie Zuid (Arnhem)\nText over ons.')).toMatchObject({
      company: 'Brasserie Zuid',
      locations: ['Arnhem'],
    });
  });
});

describe('trimTitle', () => {
  it.each([
    ['Dental Nurse Job in Leeds', 'Dental Nurse'],
    ['Porter - Riverside Clinic £11.20ph', 'Porter'],
    ['Staff Nurse £2000 Joining Bonus', 'Staff Nurse'],
    ['Support Agent (Fluent in Dutch) - Based in Lisbon', 'Support Agent'],
    ['Kitchen Porter X 3 - Temporary (Weekends)', 'Kitchen Porter'],
    ['Engineer - Quality', 'Engineer - Quality'],
    ['Shift Lead - Part-Time', 'Shift Lead - Part-Time'],
  ])('%s → %s', (raw, title) => {
    expect(trimTitle(raw)).toBe(title);
  });
});

describe('placesOf', () => {
  it('reads places and refuses other lines', () => {
    expect(placesOf('69 - LYON 03', false)).toEqual(['LYON 03']);
    expect(placesOf('Ghent, Belgium (Hybrid)', false)).toEqual(['Ghent, Belgium']);
    expect(placesOf('Scania Iberia, SA', true)).toBeNull();
    expect(placesOf('JOB ID 48213', true)).toBeNull();
    expect(placesOf('Full-time', true)).toBeNull();
    expect(placesOf('Sevilla, teletrabajo parcial', false)).toEqual(['Sevilla']);
  });
});

describe('places further down', () => {
  it('reads the known city of a labelled street address', () => {
    const text =
      'Operador de Caixa\nCENTRO | LOJA 12\nLocal: Rua das Flores, 210 - Jardim América, Curitiba - PR, 80000-000\n';
    expect(findLocations(text, null, undefined, 'Operador de Caixa')).toEqual(['Curitiba']);
  });

  it('reads a place under a location heading in the body', () => {
    const text =
      'Analista contabile\nStudio Ferri S.r.l.\n\nIl ruolo prevede la chiusura mensile.\n\n### Sede di lavoro\n\n- Bologna\n';
    expect(findLocations(text, null, undefined, 'Analista contabile')).toEqual(['Bologna']);
  });

  it('prefers a labelled town to a header giving only state and country codes', () => {
    const text = 'Plumber\nNorthstar Fittings\nTX, US\n\nWork Location: Plano, TX\n';
    expect(findLocations(text, null, undefined, 'Plumber')).toEqual(['Plano, TX']);
  });

  it('does not read a city ending like a job word as a title', () => {
    expect(placesOf('Adelaide, Brisbane, Hobart', false)).toEqual([
      'Adelaide',
      'Brisbane',
      'Hobart',
    ]);
  });
});

describe('a place the text gives in a phrase', () => {
  it.each([
    [
      'Line Cook\nRiverbend Kitchens\n\nA full-time role based in Austin, TX, with early shifts.',
      ['Austin, TX'],
    ],
    ['Comptable\n\nLe poste est basé à Toulouse, au sein du service finance.', ['Toulouse']],
    [
      'Tecnico di laboratorio\n\nIl laboratorio, situato a Bologna, analizza campioni.',
      ['Bologna'],
    ],
    ['Engineer\n\nWe are based in Ireland and work remotely.', []],
  ])('%j', (text, places) => {
    expect(findLocations(text, null, undefined, text.split('\n')[0] ?? null)).toEqual(places);
  });
});

describe('record header: gender-inclusive titles and long public-body names', () => {
  it.each([
    [
      'Sachbearbeiter/-in Beschaffung\nBundesamt für Bauten und Logistik, Abteilung Einkauf und Verträge\nWabern\n\nSie prüfen Offerten.',
      'Sachbearbeiter/-in Beschaffung',
      'Bundesamt für Bauten und Logistik, Abteilung Einkauf und Verträge',
      ['Wabern'],
    ],
    [
      'Fachangestellte:r Gesundheit Tagesklinik\nSpital Seeland AG\nBiel\n\nDu begleitest unsere Patientinnen.',
      'Fachangestellte:r Gesundheit Tagesklinik',
      'Spital Seeland AG',
      ['Biel'],
    ],
    [
      'Dipl. Hebamme:Entbindungspfleger Gebärsaal\nKlinik am Rhein\nBasel\n\nWir betreuen jährlich viele Geburten.',
      'Dipl. Hebamme:Entbindungspfleger Gebärsaal',
      'Klinik am Rhein',
      ['Basel'],
    ],
    [
      'Assistant·e de direction\nAtelier des Trois Lacs\nNeuchâtel\n\nVous organisez les agendas.',
      'Assistant·e de direction',
      'Atelier des Trois Lacs',
      ['Neuchâtel'],
    ],
    [
      'Recepcionista bilingüe/a turno tarde\nHostal Las Gaviotas\nCádiz\n\nAtenderás a nuestros huéspedes.',
      'Recepcionista bilingüe/a turno tarde',
      'Hostal Las Gaviotas',
      ['Cádiz'],
    ],
  ])('%j', (text, title, company, places) => {
    expect(facts(text)).toEqual({ title, company, locations: places });
  });

  it('reads no gender form in a short "n/a" or a web address', () => {
    expect(readHeader('n/a\nsee www.example.com/a\n').title).toBeNull();
  });
});

describe('board-issue titles: a leading place tag, the employer after "na"/"at"', () => {
  it.each([
    [
      '[Campinas] Desenvolvedora Back-end na Lumen Sistemas e Pagamentos\n\n## Lumen\n\nCriamos meios de pagamento.',
      'Lumen Sistemas e Pagamentos',
      ['Campinas'],
    ],
    [
      '[Híbrido - Recife] Analista de Dados na Porto Digital Labs\n\n> Vaga com dois dias no escritório\n\n## Requisitos\n\nSQL e Python.',
      'Porto Digital Labs',
      ['Recife'],
    ],
    [
      '[Remote - Toronto] Data Engineer at Smith and Wesson Analytics\n\nWe build dashboards for retailers.',
      'Smith and Wesson Analytics',
      ['Toronto'],
    ],
    ['[REMOTO] Engenheiro de Software na Nuvem Clara\n\nTrabalho 100% remoto.', 'Nuvem Clara', []],
  ])('%j', (text, company, places) => {
    const read = facts(text);
    expect(read.title).toBe(text.split('\n')[0]);
    expect(read.company).toBe(company);
    expect(read.locations).toEqual(places);
  });

  it('takes no quoted note for the employer and no heading for the place', () => {
    const read = readHeader(
      'Product Designer na Orbe\n> Vaga presencial\n## Sobre nós\n\nSomos uma fintech.',
    );
    expect(read.company).toBe('Orbe');
    expect(read.locations).toEqual([]);
  });
});

describe('record header: label lines, plural titles, the employer named after "at" later on', () => {
  it.each([
    [
      'Vacature\n\nBeleidsmedewerker mobiliteit (B1-B3)\n\nContractueel – voltijds (38u)\n\nWat doe je?',
      'Beleidsmedewerker mobiliteit (B1-B3)',
      null,
    ],
    [
      'Vacancy:\nWarehouse Operative\nNorthgate Logistics Ltd\nDoncaster\n\nWe move parcels.',
      'Warehouse Operative',
      'Northgate Logistics Ltd',
    ],
    [
      'Orchard Picker\nEmployer\n12 Mill Lane\nHastings, NZ\n\nPicking apples in autumn.',
      'Orchard Picker',
      null,
    ],
    [
      'Seasonal Groundskeepers\nLakeview Parks Trust\n\nWhat does the Seasonal Groundskeepers role at Lakeview Parks Trust involve?\nMowing and planting.',
      'Seasonal Groundskeepers',
      'Lakeview Parks Trust',
    ],
  ])('%j', (text, title, company) => {
    const read = facts(text);
    expect(read.title).toBe(title);
    expect(read.company).toBe(company);
  });

  it('reads a byline whose employer has a dash in its name and whose place opens with a postcode', () => {
    const text =
      'Buchhalter (m/w/d)\n\nNORDWERK – PERSONAL SERVICE GmbH - 20095, Hamburg, DE\n\nWir suchen Verstärkung.';
    expect(facts(text)).toEqual({
      title: 'Buchhalter (m/w/d)',
      company: 'NORDWERK – PERSONAL SERVICE GmbH',
      locations: ['Hamburg, DE'],
    });
  });
});

describe('board-issue titles: a tag of a town beside a work model or a region', () => {
  it.each([
    ['[Joinville - Híbrido] Designer de Produto na Arvo\n\nSomos uma startup.', ['Joinville']],
    ['[Blumenau - Santa Catarina] Analista QA na Vetta\n\nTestes automatizados.', ['Blumenau']],
    ['[Alocado] Desenvolvedor Java na Norte Sistemas\n\nTrabalho no cliente.', []],
    ['[São Paulo - SP] Desenvolvedor PHP na Lumo\n\nVaga CLT.', ['São Paulo']],
  ])('%j', (text, places) => {
    expect(readHeader(text).locations).toEqual(places);
  });
});

describe('record header: a page breadcrumb and its chrome', () => {
  it('reads the posting at the end of a breadcrumb, once', () => {
    const text =
      'Start › Jobs › Nordlicht › (Junior) Data Analyst (m/w/d)\n(Junior) Data Analyst (m/w/d)\nNordlicht · Kiel · Hybrid\n\nDu wertest Daten aus.';
    expect(facts(text)).toEqual({
      title: '(Junior) Data Analyst (m/w/d)',
      company: 'Nordlicht',
      locations: ['Kiel'],
    });
  });

  it('takes no sentence of the page chrome for the employer', () => {
    const read = readHeader(
      'Search\nClose this search box.\nPosition Description\n\nThe Art Gallery seeks a curator.',
    );
    expect(read).toEqual({ title: null, company: null, locations: [] });
  });
});

describe('a title line with its employer or place after a pipe', () => {
  it.each([
    [
      'Porter / Kitchen Hand – Harbour Hotel Group | Cape Town\n\nClosing Date: 3 March\n\nWe need an extra pair of hands.',
      { title: 'Porter / Kitchen Hand', company: 'Harbour Hotel Group', locations: ['Cape Town'] },
    ],
    [
      'Analista contable | Grupo Lantia\n\nBuscamos a una persona para el equipo financiero.',
      { title: 'Analista contable', company: 'Grupo Lantia', locations: [] },
    ],
  ])('%j', (text, expected) => {
    expect(readHeader(text)).toEqual(expected);
  });

  it('takes no second title for the employer', () => {
    expect(readHeader('Analyst | Senior Analyst\n\nTwo levels are open.').company).toBeNull();
  });
});

describe('a header line listing several towns', () => {
  it.each([
    [
      'Prozessingenieur (m/w/d)\nHeller Aluwerke GmbH\nSiegen, Attendorn, Olpe, Lennestadt\n\nWir walzen Aluminium.',
      ['Siegen', 'Attendorn', 'Olpe', 'Lennestadt'],
    ],
    [
      'Steuerberater (w/m/d)\nKanzlei Brandt\nOffenbach a. M., Hanau, Aschaffenburg\n\nUnsere Mandanten sind Handwerker.',
      ['Offenbach a. M.', 'Hanau', 'Aschaffenburg'],
    ],
    [
      'Store Manager\nBramble & Oak\nTruro, Falmouth, Penzance\n\nWe sell outdoor clothing.',
      ['Truro', 'Falmouth', 'Penzance'],
    ],
    [
      'Technicien de maintenance\nSOMAVIA\nVierzon, Bourges, Châteauroux\n\nNous entretenons des ascenseurs.',
      ['Vierzon', 'Bourges', 'Châteauroux'],
    ],
  ])('%j', (text, locations) => {
    expect(facts(text).locations).toEqual(locations);
  });

  it('keeps a district and its city as one place', () => {
    expect(facts('Cook\nThe Old Mill\nCanary Wharf, London\n\nWe cook.').locations).toEqual([
      'Canary Wharf, London',
    ]);
  });
});

describe('the employer on the line under the title', () => {
  it.each([
    [
      'Kitchen Porter\nHarbourlight Hotels Group\n\nAt Harbourlight, every guest is greeted by name.',
      'Harbourlight Hotels Group',
    ],
    [
      'Field Engineer\nNorsk Vannkraft Services\nApply now and message the hiring team from Norsk Vannkraft Services.',
      'Norsk Vannkraft Services',
    ],
    [
      'Anlagenmechaniker SHK (m/w/d)\nLindner Haustechnik Süd\n\nBei Lindner erwartet dich ein eingespieltes Team.',
      'Lindner Haustechnik Süd',
    ],
    [
      'Radar Technician\nDSC Marine Electronics\nLocation – Portsmouth Naval Base\n\nWhy DSC Marine? We fit radars to ships.',
      'DSC Marine Electronics',
    ],
  ])('%j', (text, company) => {
    expect(facts(text).company).toBe(company);
  });

  it('reads no company from a location label before a dash', () => {
    expect(facts('Welder\n\nLocation – Bristol Filton Office\nWe weld frames.').company).toBeNull();
  });

  it('drops a board arrow and posting date before the title', () => {
    expect(trimTitle('▷ (12/03/2025) Kundenberater im Innendienst')).toBe(
      'Kundenberater im Innendienst',
    );
    expect(
      facts('▷ (02/11/2024) Chef de partie\nMaison Bellerive\n\nChez Maison Bellerive, on cuisine.')
        .title,
    ).toBe('Chef de partie');
  });
});

describe('record headers met on unseen German boards', () => {
  it.each([
    [
      'Werkstudent Controlling (m/w/d)\nKlinger Präzisionsteile\n72760 Reutlingen, Germany\n\nWir fräsen.',
      ['Reutlingen, Germany'],
    ],
    ['Ontwikkelaar\nDijkstra Software B.V.\n3511 AB Utrecht\n\nWij bouwen.', ['Utrecht']],
    [
      'Projektleiter (m/w/d)\nStadtwerke Talheim GmbH & Co. OHG\nLeipzig, Halle (Saale), Dessau\n\nWir versorgen.',
      ['Leipzig', 'Halle', 'Dessau'],
    ],
    [
      'Data Analyst (m/w/d)\nReisewelt Nord GmbH\nHome-Office, Bremen, Kiel\n\nWir reisen.',
      ['Bremen', 'Kiel'],
    ],
  ])('%j', (text, locations) => {
    expect(facts(text).locations).toEqual(locations);
  });

  it.each([
    [
      'Referent (m/w/d)\nVerein für Jugendhilfe Nord e.V.\nHamburg\n\nWir helfen.',
      'Verein für Jugendhilfe Nord e.V.',
    ],
    [
      'Aktuar (m/w/d)\nNordische Lebensversicherung a.G.\nKiel\n\nWir versichern.',
      'Nordische Lebensversicherung a.G.',
    ],
  ])('%j', (text, company) => {
    expect(facts(text).company).toBe(company);
  });
});

describe('a header line of towns joined by commas, slashes or "oder"', () => {
  it.each([
    ['Berater (m/w/d)\nKanzlei Vogt\nKarlsruhe, München\n\nWir beraten.', ['Karlsruhe', 'München']],
    ['Analyst (m/w/d)\nRheinberg Consult\nKöln/Bonn\n\nWir beraten.', ['Köln', 'Bonn']],
    [
      'Consultant (m/w/d)\nNordlicht IT GmbH\nMünchen, Frankfurt a.M., Stuttgart oder Essen\n\nWir beraten.',
      ['München', 'Frankfurt a.M.', 'Stuttgart', 'Essen'],
    ],
    [
      'Entwickler (m/w/d)\nWerkbank Software\nbundesweit, Leipzig, Dresden, Erfurt\n\nWir bauen.',
      ['Leipzig', 'Dresden', 'Erfurt'],
    ],
    ['Analista\nGrupo Horizonte\nCampinas, São Paulo\n\nSomos.', ['Campinas, São Paulo']],
  ])('%j', (text, locations) => {
    expect(facts(text).locations).toEqual(locations);
  });
});

describe("a French board's arrondissement line", () => {
  it.each([
    [
      'Contrôleur de gestion H/F\nMaison Lavergne\n9ème Arrondissement, Paris\n\nNous recrutons.',
      ['9ème Arrondissement, Paris'],
    ],
    [
      'Comptable H/F\nCabinet Roux\n3e arrondissement, Lyon\n\nNous recrutons.',
      ['3e arrondissement, Lyon'],
    ],
  ])('%j', (text, locations) => {
    expect(facts(text).locations).toEqual(locations);
  });
});

describe('a title line whose job word is "expert", "leader" or "esperto"', () => {
  it.each([
    ['Cloud expert\n\nL’ufficio cerca figure tecniche per la migrazione.', 'Cloud expert'],
    ['Community leader\n\nWe run meetups across the region.', 'Community leader'],
    [
      'Esperto di bandi europei\n\nLa fondazione seleziona collaboratori.',
      'Esperto di bandi europei',
    ],
    ['Data governance expert\n\nDe afdeling zoekt versterking.', 'Data governance expert'],
  ])('reads %j', (text, title) => {
    expect(facts(text).title).toBe(title);
  });
});

describe('a pipe header with the title first, then the employer and the place', () => {
  it.each([
    ['Data Analyst | Brightwell Foods | Leeds', 'Brightwell Foods', ['Leeds']],
    ['Analista de datos | Grupo Norte | Sevilla', 'Grupo Norte', ['Sevilla']],
    ['Datenanalyst (m/w/d) | Nordwerk GmbH | Hamburg', 'Nordwerk GmbH', ['Hamburg']],
  ])('%j', (line, company, locations) => {
    const read = facts(`${line}\n\nAbout the team\nWe report on sales.`);
    expect(read.company).toBe(company);
    expect(read.locations).toEqual(locations);
  });

  it('keeps two places after the title as places, with no employer', () => {
    const read = facts('Data Analyst | Berlin | Munich\n\nAbout the team\nWe report on sales.');
    expect(read.company).toBeNull();
    expect(read.locations).toEqual(['Berlin', 'Munich']);
  });
});

describe('a headline naming the employer, then its town', () => {
  it.each([
    [
      'Elektrikerin (m/w/d) bei Nordwerk GmbH in Bremen\n\nDu verlegst Leitungen.',
      'Nordwerk GmbH',
      ['Bremen'],
    ],
    [
      'Aide-soignant H/F chez Clinique Beaulieu à Nantes\n\nVous aimez le soin.',
      'Clinique Beaulieu',
      ['Nantes'],
    ],
    [
      'Data Analyst at Brightline Health, Denver\n\nWe care for patients.',
      'Brightline Health',
      ['Denver'],
    ],
    [
      'Analista Fiscal na Contabiliza Serviços em Curitiba\n\nVaga presencial.',
      'Contabiliza Serviços',
      ['Curitiba'],
    ],
    // A link word inside a name stays in it when what follows is no known town.
    ['Designer na Casa em Obra\n\nSomos um estúdio.', 'Casa em Obra', []],
  ])('%j', (text, company, places) => {
    const read = facts(text);
    // The title stays as written, as a record gives it.
    expect(read.title).toBe(text.split('\n')[0]);
    expect(read.company).toBe(company);
    expect(read.locations).toEqual(places);
  });
});

describe('a headline of employer, hiring verb and title on one line', () => {
  it.each([
    [
      'Lindqvist Robotics is hiring a Firmware Engineer in Stockholm\n\nYou write C.',
      'Firmware Engineer',
      'Lindqvist Robotics',
      ['Stockholm'],
    ],
    [
      'Ortega Logistics hiring Warehouse Supervisor in Dallas, TX\n\nNight shifts.',
      'Warehouse Supervisor',
      'Ortega Logistics',
      ['Dallas, TX'],
    ],
    [
      'Bäckerei Kranz sucht Verkäuferin (m/w/d) in Leipzig\n\nFrühschicht.',
      'Verkäuferin (m/w/d)',
      'Bäckerei Kranz',
      ['Leipzig'],
    ],
    [
      'Maison Perrin recrute un Comptable H/F à Bordeaux\n\nPoste en CDI.',
      'Comptable H/F',
      'Maison Perrin',
      ['Bordeaux'],
    ],
    [
      'Dekker Bouw zoekt een Projectleider\n\nJe stuurt teams aan.',
      'Projectleider',
      'Dekker Bouw',
      [],
    ],
  ])('%j', (text, title, company, places) => {
    const read = facts(text);
    expect(read.title).toBe(title);
    expect(read.company).toBe(company);
    expect(read.locations).toEqual(places);
  });

  it('leaves a sentence of the posting, its subject a pronoun, to the prose readers', () => {
    expect(
      readHeader('Wir suchen einen Lageristen für unser Team\n\nDu packst an.').company,
    ).toBeNull();
    expect(readHeader('We are hiring a nurse to join us\n\nShifts vary.').company).toBeNull();
  });
});

describe('a headline of title, employer and place between dashes', () => {
  it('reads the employer when it recurs in the text', () => {
    const read = facts(
      'Payroll Specialist - Harlow Foods - Leeds\n\nAt Harlow Foods we bake bread.',
    );
    expect(read).toMatchObject({ title: 'Payroll Specialist', company: 'Harlow Foods' });
    expect(read.locations).toEqual(['Leeds']);
  });

  it('takes no team or speciality between the dashes for the employer', () => {
    const read = facts('Software Engineer - Backend - Berlin\n\nYou build services.');
    expect(read.company).toBeNull();
  });
});

describe('a one-line description that opens with its labelled place', () => {
  const prose =
    ' Our survey teams map coastal land for councils across the region, and we are growing.';

  it('reads the place, not the prose after it', () => {
    expect(findLocations(`Location: Leeds, United Kingdom${prose}`, null, undefined, null)).toEqual(
      ['Leeds, United Kingdom'],
    );
    expect(
      findLocations(
        `Survey Lead\nLocation: Leeds, Royaume-Uni${prose}`,
        null,
        undefined,
        'Survey Lead',
      ),
    ).toEqual(['Leeds, Royaume-Uni']);
  });

  it('needs a known town before the comma', () => {
    expect(
      findLocations(`Location: Bluebell, Hill Side${prose}`, null, undefined, null),
    ).not.toEqual(['Bluebell, Hill Side']);
  });
});

describe('readHeader: a poster’s pipe line whose title has no job word', () => {
  const read = (line: string) => {
    const h = readHeader(`${line}\n\nWe build tools for small shops.`);
    return [h.title, h.company, h.locations];
  };
  it('takes the one part that is no address, place, term or sum for the title', () => {
    expect(
      read('Lumen Labs | https://lumen.example | Developer Relations | Leeds | Full-time'),
    ).toEqual(['Developer Relations', 'Lumen Labs', ['Leeds']]);
    expect(read('Kernwerk | Wachstum | Berlin | Vollzeit | 60.000 €')).toEqual([
      'Wachstum',
      'Kernwerk',
      ['Berlin'],
    ]);
  });
  it('takes no part when two are left, or the one left is in capitals', () => {
    expect(read('Lumen Labs | Growth | Community | Leeds | Full-time')[0]).toBeNull();
    expect(read('Surf Co | Remote | EST - PST | Full time | $100K')[0]).toBeNull();
  });
});

describe('readHeader: a brand’s hiring banner over the record’s own lines', () => {
  it('takes the employer line with its legal form under the title over the banner’s brand', () => {
    const text =
      'KESTREL IS HIRING\nStore Assistant - Durban\nHarbour Retail (Pty) Ltd\nDurban, KwaZulu-Natal\n\nYou serve customers.';
    expect(readHeader(text).company).toBe('Harbour Retail (Pty) Ltd');
  });
  it('keeps the banner’s name when the line under the title is no company', () => {
    const text = 'Kestrel is hiring\nStore Assistant\nDurban\n\nYou serve customers.';
    expect(readHeader(text).company).toBe('Kestrel');
  });
});

describe('a section heading on the line under the name is no place', () => {
  it.each([
    ['Product Manager\nBrightpath Care\nRole Overview\nYou will shape our patient app.', 'en'],
    ['Data Analyst\nNorthwind Labs\nPosition Summary\nYou will own our dashboards.', 'en'],
    ['Support Engineer\nKestrel Systems\nKey Responsibilities\n- Answer tickets', 'en'],
    ['Comptable (H/F)\nCabinet Morel\nVos missions\n- Tenir la comptabilité', 'fr'],
    ['Lagerist (m/w/d)\nNordlicht Logistik\nIhre Aufgaben\n- Ware annehmen', 'de'],
  ])('%j', (text) => {
    expect(extract({ text }).posting.locations).toEqual([]);
  });

  it('a town on that line is still the place', () => {
    const text = 'Product Manager\nBrightpath Care\nLeeds\nYou will shape our patient app.';
    expect(extract({ text }).posting.locations).toEqual(['Leeds']);
  });
});
