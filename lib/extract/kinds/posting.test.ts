import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../pipeline/lang';
import { findCompany, findLocations, findTitle } from './posting';
import { cleanLine, GENDER_MARKER } from './posting-words';

describe('findTitle', () => {
  it('prefers JSON-LD, then page metadata', () => {
    expect(findTitle('Whatever', { title: ' Data Engineer ' }, undefined)).toBe('Data Engineer');
    expect(findTitle('Whatever', null, { title: 'Product Designer' })).toBe('Product Designer');
  });

  it.each([
    ['Key Holder (Part-Time)\nFern & Fable Home – Madison, WI'],
    ['Ejecutivo/a de Ventas Industriales\nGrupo Ferrotek del Norte, S.A. de C.V.'],
    ['Manutentore elettromeccanico – turni a ciclo continuo\nFonderie Mella S.p.A.'],
  ])('knows the job words of %j', (text) => {
    expect(findTitle(text, null, undefined)).toBe(text.split('\n')[0]);
  });

  it('takes a title-like first line', () => {
    expect(
      findTitle('Partner Success Specialist\n\nFull Time\nDublin, Ireland', null, undefined),
    ).toBe('Partner Success Specialist');
    expect(findTitle('Vertriebsmitarbeiter Innendienst (m/w/d)\nHamburg', null, undefined)).toBe(
      'Vertriebsmitarbeiter Innendienst (m/w/d)',
    );
    expect(findTitle('Chargé de clientèle H/F\nLyon', null, undefined)).toBe(
      'Chargé de clientèle H/F',
    );
  });

  it('finds the title in prose when the first lines are not one', () => {
    const text =
      'About Acme:\nAs Acme grows, we hire. As a Senior Account Manager youll develop relationships with partners.';
    expect(findTitle(text, null, undefined)).toBe('Senior Account Manager');
    expect(findTitle('Wir suchen einen Backend Entwickler für unser Team.', null, undefined)).toBe(
      'Backend Entwickler',
    );
  });

  it('reads labelled lines', () => {
    const text = 'Job Title: Warehouse Operative\nCompany: Fenland Foods\nLocation: Ely, UK\n';
    expect(findTitle(text, null, undefined)).toBe('Warehouse Operative');
    expect(findCompany(text, null, undefined)).toBe('Fenland Foods');
    expect(findLocations(text, null, undefined, 'Warehouse Operative')).toEqual(['Ely, UK']);
    expect(findTitle('Poste : Chef de rayon\nEntreprise : Marché Bleu', null, undefined)).toBe(
      'Chef de rayon',
    );
  });

  it('says null rather than guess', () => {
    expect(findTitle('About us:\nWe are a small bakery in town.', null, undefined)).toBeNull();
    expect(findTitle('As Pinterest grows, so do we.', null, undefined)).toBeNull();
  });
});

describe('findCompany', () => {
  it('reads JSON-LD hiringOrganization as object or string', () => {
    expect(findCompany('', { hiringOrganization: { name: 'Acme GmbH' } }, undefined)).toBe(
      'Acme GmbH',
    );
    expect(findCompany('', { hiringOrganization: 'Initech' }, undefined)).toBe('Initech');
  });

  it('reads the name under the title when the text repeats it as a subject, after an article', () => {
    const text =
      'Analista de Suporte Técnico N2\nRede Vitta Saúde\nCampinas, São Paulo\n\nSobre nós\nA Rede Vitta Saúde reúne 3 hospitais.\n';
    expect(findCompany(text, null, undefined)).toBe('Rede Vitta Saúde');
    expect(findLocations(text, null, undefined, 'Analista de Suporte Técnico N2')).toEqual([
      'Campinas, São Paulo',
    ]);
  });

  it('reads "About X:" and equal-opportunity boilerplate', () => {
    expect(findCompany('Title\nAbout Pinterest:\nWe help people.', null, undefined)).toBe(
      'Pinterest',
    );
    expect(
      findCompany('Who We Are\nStuff. Twitter is an equal opportunity employer.', null, undefined),
    ).toBe('Twitter');
    expect(findCompany('At Globex, we believe in people.', null, undefined)).toBe('Globex');
  });

  it('ignores generic headings', () => {
    expect(
      findCompany(
        'About us:\nAbout the role:\nWe are an equal opportunity employer.',
        null,
        undefined,
      ),
    ).toBeNull();
  });
});

describe('findCompany: names in the prose and signatures', () => {
  it('reads a university or Hochschule the first lines name', () => {
    const de =
      'Wissenschaftliche Hilfskraft (m/w/d)\n\nDas Labor für Robotik an der Hochschule Rhein-Waal sucht Verstärkung.\n';
    expect(findCompany(de, null, undefined)).toBe('Hochschule Rhein-Waal');
    const it_ =
      'Assegnista di ricerca\n\nIl gruppo di fisica della Università di Padova cerca un assegnista.\n';
    expect(findCompany(it_, null, undefined)).toBe('Università di Padova');
    // Where the candidate studied is no employer.
    const en = 'Analyst\n\nYou hold a degree from the University of Leeds or similar.\n';
    expect(findCompany(en, null, undefined)).toBeNull();
  });

  it('reads a brand and its branch country under the title', () => {
    const text =
      'Picker Packer\nBolt Market Deutschland\n\nSchichtarbeit im Lager, 3 oder 4 Tage pro Woche.\n';
    expect(findCompany(text, null, undefined)).toBe('Bolt Market Deutschland');
  });

  it('reads a name signed with its legal form, in the case the text writes it', () => {
    const text =
      'Monteur (m/w/d)\n\nDeine Chance bei Haustech Nord.\n\nWir freuen uns auf dich.\n\n**HAUSTECH NORD AG**\nBahnhofstrasse 3\n';
    expect(findCompany(text, null, undefined)).toBe('Haustech Nord AG');
    const nl = 'Monteur\n\nKom werken bij ons team.\n\nBouwbedrijf Ruysdael B.V.\nDorpsstraat 1\n';
    expect(findCompany(nl, null, undefined)).toBe('Bouwbedrijf Ruysdael B.V.');
  });

  it('drops a division the header appends when the text names the employer alone', () => {
    const en =
      'Electrician - Ward Block £14ph\nCareshift Staffing - Estates\nLeeds\n\nWork as Careshift Staffing, you will cover shifts.\n';
    expect(findCompany(en, null, undefined)).toBe('Careshift Staffing');
    // The text names a longer company: the header's pair stays as written.
    const es =
      'Programador Java\nNORTIA - SOLUCIONES\nMadrid\n\nDesde NORTIA GLOBAL buscamos un programador.\n';
    expect(findCompany(es, null, undefined)).toBe('NORTIA - SOLUCIONES');
  });
});

describe('bylines under the title', () => {
  it.each([
    ['Data Analyst\nPennant Books · London, UK\n\nText', 'Pennant Books', ['London, UK']],
    [
      'Lead\nBrightline Health — Austin, TX (On-site)\nFull-time',
      'Brightline Health',
      ['Austin, TX'],
    ],
    [
      'DevOps Engineer\nMaple Digital | Toronto, ON | Remote within Canada',
      'Maple Digital',
      ['Toronto, ON'],
    ],
    [
      'Pflegefachkraft (m/w/d)\nKlinikum Nordheide · Buchholz · Teilzeit oder Vollzeit',
      'Klinikum Nordheide',
      ['Buchholz'],
    ],
    ['Comptable\nCabinet Moreau & Associés — Paris 9e', 'Cabinet Moreau & Associés', ['Paris']],
    [
      'Développeur (H/F)\nAtelier Numérique — Lyon (69)\nCDI · Temps plein',
      'Atelier Numérique',
      ['Lyon'],
    ],
  ])('%s', (text, company, locations) => {
    expect(findCompany(text, null, undefined)).toBe(company);
    expect(findLocations(text, null, undefined, text.split('\n')[0] ?? null)).toEqual(locations);
  });

  it('does not read a dash in the title as a byline', () => {
    const text = 'DevOps Engineer - 12 Month Contract\nWe migrate clouds.';
    expect(findCompany(text, null, undefined)).toBeNull();
    expect(findLocations(text, null, undefined, 'DevOps Engineer - 12 Month Contract')).toEqual([]);
  });
});

describe('findTitle: markdown headings and menus above the title', () => {
  it('reads a markdown heading under an opening paragraph as the title, without its marks', () => {
    const intro =
      'Für das geförderte Projekt “Codex: Digitale Edition der Handschriften – Ein Vorhaben ' +
      '1450-1550” an der Landesbibliothek suchen wir ab 1. März eine Verstärkung für unser ' +
      'kleines Team in der Abteilung Sammlungen.';
    const text = `${intro}\n\n## Projektmitarbeiter·in (w/m/d), 30 h/Woche\n\nText.`;
    expect(findTitle(text, null, undefined)).toBe('Projektmitarbeiter·in (w/m/d), 30 h/Woche');
    const fr =
      'Pour le programme « Atlas : cartographie des fonds anciens – Phase 2 » soutenu par la ' +
      'Région, la bibliothèque municipale renforce dès le 1er mars son équipe des collections.';
    expect(
      findTitle(`${fr}\n\n### Chargé·e de numérisation (H/F)\n\nTexte.`, null, undefined),
    ).toBe('Chargé·e de numérisation (H/F)');
  });

  it("passes over a site's menu whose links lost their spaces", () => {
    const text = [
      'HomeTeamsBenefitsLocationsInterns & graduates',
      'Back to all jobs',
      '',
      'Senior Payroll Specialist',
      '',
      'Leeds, United Kingdom',
    ].join('\n');
    expect(findTitle(text, null, undefined)).toBe('Senior Payroll Specialist');
  });
});

describe('findLocations', () => {
  it('knows the countries most named as the other languages write them', () => {
    const header = (line: string) =>
      findLocations(`Analyste financier\nNorvik SAS\n${line}\n\nTexte.`, null, undefined, null);
    expect(header('Remote, Royaume-Uni')).toEqual(['Royaume-Uni']);
    expect(header('Remote, Vereinigtes Königreich')).toEqual(['Vereinigtes Königreich']);
    expect(header('Remote, Estados Unidos')).toEqual(['Estados Unidos']);
  });

  it("reads the place under the page's title when a site's menu line stands above it", () => {
    const pages = [
      [
        'Find a job',
        'Warehouse Team Leader',
        'Northwind Freight Ltd',
        'Tsuen Wan',
        'Posted 2 days ago',
      ],
      [
        'Offres',
        "Chef d'équipe logistique",
        'Transports Lemoine SAS',
        'Villefranche',
        'Publiée hier',
      ],
    ];
    expect(
      pages.map((p) => findLocations(p.join('\n'), null, { title: p[1] }, p[1] ?? null)),
    ).toEqual([['Tsuen Wan'], ['Villefranche']]);
  });

  it("reads the town of an ATS's place code after a location label", () => {
    const records = [
      ['Payroll Officer', 'Job type: Permanent', 'Location: US-OR-Salem', 'Pay: $24 - $29 hourly'],
      ['Agent administratif', 'Lieu : CA-QC-Gatineau', 'Type de poste : Temporaire'],
    ];
    expect(records.map((r) => findLocations(r.join('\n'), null, undefined, r[0] ?? null))).toEqual([
      ['Salem'],
      ['Gatineau'],
    ]);
  });

  it('reads JSON-LD jobLocation', () => {
    const ld = {
      jobLocation: [
        { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
        { '@type': 'Place', address: { addressLocality: 'Austin', addressRegion: 'TX' } },
      ],
    };
    expect(findLocations('', ld, undefined, null)).toEqual(['Berlin, DE', 'Austin, TX']);
  });

  it("leaves out a board's placeholder region, and the work models listed after a place", () => {
    const ld = {
      jobLocation: {
        address: { addressLocality: 'Leeds', addressRegion: 'global', addressCountry: 'GB' },
      },
    };
    expect(findLocations('', ld, undefined, null)).toEqual(['Leeds, GB']);
    const at = (location: string) => findLocations('Koch', null, { location }, 'Koch');
    expect(at('Rotkreuz, Hybrid')).toEqual(['Rotkreuz']);
    expect(at('Lausanne, Télétravail')).toEqual(['Lausanne']);
    expect(at('Remote, Canada')).toEqual(['Remote, Canada']);
  });

  it('reads the known city of an ATS site name, a district or campus after it', () => {
    const at = (addressLocality: string, addressRegion?: string) =>
      findLocations(
        '',
        { jobLocation: { address: { addressLocality, addressRegion } } },
        undefined,
        null,
      );
    expect(at('Pune Hinjewadi', 'MH')).toEqual(['Pune, MH']);
    expect(at('Berlin Adlershof')).toEqual(['Berlin']);
    expect(at('Reading Green Park')).toEqual(['Reading']);
    // A known city as it is, a name whose head is no known city, a lower-case tail: kept.
    expect(at('Frankfurt am Main')).toEqual(['Frankfurt am Main']);
    expect(at('Salt Lake City', 'UT')).toEqual(['Salt Lake City, UT']);
    expect(at('Bexley Heath')).toEqual(['Bexley Heath']);
    expect(at('Paris la Défense')).toEqual(['Paris la Défense']);
  });

  it('reads early "City, Region" lines but not the title', () => {
    const text = 'Senior Support Analyst, User Operations\n\nSan Francisco, CA\n\nWho We Are';
    expect(findLocations(text, null, undefined, 'Senior Support Analyst, User Operations')).toEqual(
      ['San Francisco, CA'],
    );
    expect(findLocations('Engineer\nStandort: München\n', null, undefined, 'Engineer')).toEqual([
      'München',
    ]);
    expect(
      findLocations('Analyst\nLondon, UK | Dublin, Ireland (Hybrid)', null, undefined, 'Analyst'),
    ).toEqual(['London, UK', 'Dublin, Ireland']);
  });

  it('keeps city and state of a three-part line naming a building', () => {
    const text = "Registered Nurse\nSt. Brendan's Regional Hospital, Columbus, OH\n";
    expect(findLocations(text, null, undefined, 'Registered Nurse')).toEqual(['Columbus, OH']);
  });

  it('reads a place on the line under the company, and an "Ort:" label', () => {
    const venlo =
      'Afstudeerstage Supply Chain Planning\nMaasdal Distributie B.V.\nVenlo\n\nOver ons\nDrie distributiecentra in Venlo en Venray.\n';
    expect(findLocations(venlo, null, undefined, 'Afstudeerstage Supply Chain Planning')).toEqual([
      'Venlo',
    ]);
    const alcudia =
      'Camarero/a de pisos\nHotel Cala Morisca\nAlcúdia, Illes Balears\n\nHotel Cala Morisca busca personal.\n';
    expect(findLocations(alcudia, null, undefined, 'Camarero/a de pisos')).toEqual([
      'Alcúdia, Illes Balears',
    ]);
    expect(
      findLocations(
        'Kaufmann im Einzelhandel\nSonnentau GmbH\nOrt: Bamberg\n',
        null,
        undefined,
        null,
      ),
    ).toEqual(['Bamberg']);
    // A contract type under the company is no place, nor a name the posting never uses as one.
    const cdi = 'Développeur backend\nLumio SAS\nCDI\n\nLumio édite un logiciel.\n';
    expect(findLocations(cdi, null, undefined, 'Développeur backend')).toEqual([]);
  });

  it('keeps the place of a labelled line and drops its work words', () => {
    const text = 'Backend Developer\nSede: Torino · Full remote · Tempo indeterminato, full time\n';
    expect(findLocations(text, null, undefined, 'Backend Developer')).toEqual(['Torino']);
  });

  it('reads the city of a labelled "Building, City" address', () => {
    const text = 'Clerk\n\nDuties: filing.\nVenue : Riverside Conference Centre, Johannesburg\n';
    expect(findLocations(text, null, undefined, 'Clerk')).toEqual(['Johannesburg']);
    const es = 'Recepcionista\n\nTareas varias.\nUbicación: Edificio Miramar, Bilbao\n';
    expect(findLocations(es, null, undefined, 'Recepcionista')).toEqual(['Bilbao']);
  });

  it('reads where the team works from the prose when no line names a place', () => {
    const de = 'Werkstudent Vertrieb (m/w/d)\n\nWerde Teil unseres jungen Teams in Hamburg!\n';
    expect(findLocations(de, null, undefined, null)).toEqual(['Hamburg']);
    const nl = 'Ontwikkelaar\n\nJe werkt minimaal vier dagen per week in Utrecht.\n';
    expect(findLocations(nl, null, undefined, null)).toEqual(['Utrecht']);
    const standort = 'Hilfskraft\n\nDie Stelle ist am Standort Erfurt. Beginn ist im Mai.\n';
    expect(findLocations(standort, null, undefined, null)).toEqual(['Erfurt']);
    const fr = "Développeur\n\nHabiter Nantes n'est pas obligatoire : le poste est ouvert.\n";
    expect(findLocations(fr, null, undefined, null)).toEqual(['Nantes']);
  });

  it('looks past a header line naming only a state and a country', () => {
    const text =
      'Electrician\nVoltwise Pvt Ltd\nMH, IN\n\nDuties: wiring.\n\nWork Location: Andheri, Mumbai\n';
    expect(findLocations(text, null, undefined, 'Electrician')).toEqual(['Andheri, Mumbai']);
  });

  it('returns [] when no place is named', () => {
    expect(
      findLocations('Account Manager\nWork with the French market', null, undefined, null),
    ).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['We are looking for an engineer who will work with our team on the product.', 'en'],
    [
      'Nous recherchons un développeur pour rejoindre notre équipe dans le cadre de la croissance.',
      'fr',
    ],
    ['Wir suchen für unser Team eine engagierte Person mit Erfahrung in der Entwicklung.', 'de'],
    [
      'Buscamos una persona para unirse a nuestro equipo de ventas en Madrid con experiencia.',
      'es',
    ],
    [
      'Cerchiamo una persona per il nostro team di sviluppo che abbia esperienza nel settore.',
      'it',
    ],
    ['Procuramos uma pessoa para a nossa equipe de vendas com experiência em tecnologia.', 'pt'],
    ['Wij zoeken een collega voor ons team met ervaring in de ontwikkeling van software.', 'nl'],
    ['', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('plain-text company and place lines', () => {
  const company = (text: string) => findCompany(text, null, undefined);
  const places = (text: string) =>
    findLocations(text, null, undefined, findTitle(text, null, undefined));

  it('takes the line under the title when the posting repeats it as a subject', () => {
    expect(company('Développeur PHP (H/F)\nLumio\nCDI\nParis\n\nLumio édite une plateforme.')).toBe(
      'Lumio',
    );
    expect(
      company('Teacher of Mathematics\nOakfield Academy\nLeeds\n\nAbout Oakfield Academy'),
    ).toBe('Oakfield Academy');
  });

  it('takes a line with a legal form', () => {
    expect(company('Data Scientist (m/w/d)\nStadtwerke Rheinland GmbH\nKöln\n')).toBe(
      'Stadtwerke Rheinland GmbH',
    );
  });

  it('does not take a city line repeated after a preposition', () => {
    expect(company('Sales Assistant\nValencia\n\nTrabajarás en Valencia con nosotros.')).toBeNull();
  });

  it('reads the subject of the first paragraph', () => {
    expect(company('Data Engineer\n\nNorthwind Freight is a digital freight broker.')).toBe(
      'Northwind Freight',
    );
    expect(company('Medior Developer\n\nBij Fietsflow bouwen we software.')).toBe('Fietsflow');
    expect(company('Analista\n\nA Atlântico Energia é uma empresa de energia.')).toBe(
      'Atlântico Energia',
    );
    expect(company('Engineer\n\nYou will join a team of five.')).toBeNull();
  });

  it('reads the subject after a founding year or before an aside', () => {
    expect(
      company('Site Manager\n\nSince 1952 Harlow Building Group has grown into a contractor.'),
    ).toBe('Harlow Building Group');
    expect(company('Driver\n\nFounded in 2004, Pinegrove Logistics is a regional carrier.')).toBe(
      'Pinegrove Logistics',
    );
    expect(
      company('Driver\n\nKVR, part of the Coastal Group, has been collecting waste for years.'),
    ).toBe('KVR');
    expect(company('Comptable\n\nFondée en 1987, Maison Verlaine est un cabinet comptable.')).toBe(
      'Maison Verlaine',
    );
    expect(company('Contable\n\nDesde 1990 Talleres Ibarra es un referente del sector.')).toBe(
      'Talleres Ibarra',
    );
    expect(company('Operaio\n\nFerri Impianti, parte del gruppo Delta, è un installatore.')).toBe(
      'Ferri Impianti',
    );
    expect(company('Driver\n\nSince 2019 we have been growing fast.')).toBeNull();
  });

  it('ends a title line at its gender mark when a question follows', () => {
    const title = (text: string) => findTitle(text, null, undefined);
    expect(
      title(
        'Wir suchen dich!\nErfahrener Fliesenleger (m/w/d) oder Lust auf Neues?\n\nDeine Aufgaben:',
      ),
    ).toBe('Erfahrener Fliesenleger (m/w/d)');
    expect(
      title('Rejoignez-nous\nPlombier (H/F) ou envie de changer de métier ?\n\nVos missions :'),
    ).toBe('Plombier (H/F)');
    expect(
      title('Wir suchen dich als Maler (m/w/d) ab sofort in Vollzeit und mit Erfahrung.'),
    ).not.toBe('Wir suchen dich als Maler (m/w/d)');
  });

  it('takes no noun after a preposition for the employer', () => {
    expect(company('Lagerist\n\nBei Interesse freuen wir uns auf Ihre Nachricht.')).toBeNull();
    expect(company('Koch\n\nBei Fragen helfen wir gern.')).toBeNull();
    expect(company('Magazijnier\n\nBij Interesse bellen we je terug.')).toBeNull();
    expect(company('Koch\n\nBei Gastwerk kochen wir frisch.')).toBe('Gastwerk');
  });

  it('splits a one-line paste into title, company and place', () => {
    const text = `Growth Marketing Manager Lumen Dental · Chicago, IL (Hybrid) About Lumen Dental Lumen Dental runs 60 practices. ${'More text. '.repeat(20)}`;
    expect(findTitle(text, null, undefined)).toBe('Growth Marketing Manager');
    expect(company(text)).toBe('Lumen Dental');
    expect(places(text)).toEqual(['Chicago, IL']);
  });

  it('reads lone city lines, province codes and ZIP codes', () => {
    expect(places('Data Scientist (m/w/d)\nStadtwerke GmbH\nKöln\n')).toEqual(['Köln']);
    expect(places('Cameriere/a di sala\nHotel Belvedere\nRiccione (RN)\n')).toEqual(['Riccione']);
    expect(places('Logistics Coordinator\nSummit Parts - Memphis, TN 38118\n')).toEqual([
      'Memphis, TN',
    ]);
    expect(places('Frontend Developer\nAmsterdam · Hybride · Fulltime\n')).toEqual(['Amsterdam']);
    expect(places('DevOps Engineer\nLocation: Remote - Canada\n')).toEqual(['Canada']);
    const care =
      'Care Assistant\nWillow Lodge Care Home, Norwich\n\nWillow Lodge is a 48-bed home.';
    expect(company(care)).toBe('Willow Lodge Care Home');
    expect(places(care)).toEqual(['Norwich']);
    expect(places('Werkstudent*in Data\nPendelwerk GmbH · Frankfurt am Main · Teilzeit\n')).toEqual(
      ['Frankfurt am Main'],
    );
    expect(places('Magazijnmedewerker\nTilburg | 38 uur | Tijdelijk contract\n')).toEqual([
      'Tilburg',
    ]);
  });

  it('reads cities in brackets and the country of a remote job', () => {
    expect(
      places('Vertriebsingenieur (m/w/d)\nRegion Süd (Stuttgart / München)\nBergmann GmbH\n'),
    ).toEqual(['Stuttgart', 'München']);
    expect(places('Support Engineer, EMEA\nRemote, United Kingdom\n')).toEqual(['United Kingdom']);
    expect(findTitle('Barista\nCopperleaf Coffee\nDenver, CO 80205\n', null, undefined)).toBe(
      'Barista',
    );
  });

  it('reads a Lever page pasted as one line', () => {
    const text = `ML Platform Engineer Remote (US) / Engineering / Full-time Driftwood AI trains forecasting models for utilities. ${'More text. '.repeat(20)}`;
    expect(findTitle(text, null, undefined)).toBe('ML Platform Engineer');
    expect(company(text)).toBe('Driftwood AI');
    // The lexicon's verbs ("is", "are") as well as any verb ending in -s.
    const is = `Data Engineer / Data / Contract Harbor Freight Labs is hiring data engineers. ${'More text. '.repeat(20)}`;
    expect(company(is)).toBe('Harbor Freight Labs');
    const are = `Designer / Design / Permanent Northwind Studios are a design agency in Leeds. ${'More text. '.repeat(20)}`;
    expect(company(are)).toBe('Northwind Studios');
  });

  it('reads "Bij X <verb> we" in Dutch', () => {
    expect(company('Magazijnmedewerker\n\nBij Brabant Logistiek verzorgen we de opslag.')).toBe(
      'Brabant Logistiek',
    );
  });
});

describe('cleanLine', () => {
  const markdownRemoved = (line: string) =>
    line
      .replace(/\*{2,}|_{2,}/g, '')
      .replace(/^#{1,6}\s/, '')
      .replace(/^[*•·-]\s/, '')
      .trim()
      // A whole line in one emphasis ("_Monaco_") is read as its words.
      .replace(/^([*_])([^*_\n]{2,150})\1$/, '$2')
      .trim();

  it('drops bold runs, a heading mark and a bullet', () => {
    expect(cleanLine('## Lumio Studio ')).toBe('Lumio Studio');
    expect(cleanLine('**Kantoor Delft**')).toBe('Kantoor Delft');
    expect(cleanLine('• Lyon, France')).toBe('Lyon, France');
    expect(cleanLine('  Plain line  ')).toBe('Plain line');
  });

  it('reads any line as the full markdown rules do', () => {
    const piece = fc.constantFrom(
      '*',
      '**',
      '_',
      '__',
      '#',
      '##',
      '•',
      '·',
      '-',
      ' ',
      'a',
      'Zé',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = pieces.join('');
        expect(cleanLine(line)).toBe(markdownRemoved(line));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('gender marks from every language', () => {
  it.each(['Verkäufer (m/w/d)', 'Chargé de clientèle H/F', 'Care Assistant (m/f)', 'Koch (w/m)'])(
    '%s',
    (title) => {
      expect(GENDER_MARKER.test(title)).toBe(true);
    },
  );

  it('not inside a word or a path', () => {
    expect(GENDER_MARKER.test('Download form/w/data')).toBe(false);
    expect(GENDER_MARKER.test('Inhouse sales team')).toBe(false);
  });
});

describe('findTitle: a careers page’s post under its repeated heading', () => {
  const title = (text: string) => findTitle(text, {}, undefined);
  it.each([
    [
      "Jobs\nJobs\nEnvie de nous rejoindre ? Écrivez-nous.\nOffres d'emploi\nCoursier\nDescription\nVous livrez nos colis.",
      'Coursier',
    ],
    [
      'Jobs\nJobs\nZin om bij ons te werken? Mail ons.\nVacatures\nKoerier\nOmschrijving\nU levert pakketten.',
      'Koerier',
    ],
    [
      'Empleo\nEmpleo\n¿Quieres trabajar con nosotros? Escríbenos.\nVacantes\nMesero\nDescripción\nAtiendes las mesas.',
      'Mesero',
    ],
    [
      'Karriere\nKarriere\nLust auf uns? Schreib uns.\nJobs\nFriseur\nBeschreibung\nDu schneidest Haare.',
      'Friseur',
    ],
  ])('%s', (text, expected) => {
    expect(title(text)).toBe(expected);
  });
});

describe('findTitle: a title label holding the kind of contract', () => {
  it('reads "Position: Project Based" as no title, so the heading above is the title', () => {
    const text =
      'Back End Web Developer\n\nYou build our APIs.\nPosition: Project Based\nPay: 500 USD';
    expect(findTitle(text, null, undefined)).toBe('Back End Web Developer');
  });
});

describe('findTitle: a first line ending on a legal form’s dot', () => {
  it('reads "… at Wesfield Inc." as a title, not a sentence', () => {
    const text = 'Account Manager at Wesfield Inc.\n\nYou look after our customers.';
    expect(findTitle(text, null, undefined)).toBe('Account Manager at Wesfield Inc.');
  });
  it('still takes a sentence ending in a full stop for no title', () => {
    expect(
      findTitle('We need an account manager.\n\nYou look after customers.', null, undefined),
    ).toBeNull();
  });
});

describe('findLocations: the page’s place field pairing a work model with the place', () => {
  it.each([
    ['Remote (United States)', 'United States'],
    ['Télétravail (France)', 'France'],
    ['Leeds, UK (Hybrid)', 'Leeds, UK'],
  ])('%s', (field, place) => {
    expect(findLocations('Whatever', null, { location: field }, null)).toEqual([place]);
  });
});
