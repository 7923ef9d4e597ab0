import { describe, expect, it } from 'vitest';
import {
  cityInName,
  cityWithRegion,
  findPlaces,
  islandOf,
  jobBasedCities,
  labelBracketCity,
  recordFieldPlace,
  siteTown,
  titleTagCity,
} from './locations';

describe('recordFieldPlace', () => {
  it.each([
    [
      'Req No  4411 Openings  2 State  TX City  Austin Department  Bakery Shift  Nights',
      'Austin, TX',
    ],
    ['Referencia  88 Estado  NL Ciudad  Monterrey Área  Almacén', 'Monterrey, NL'],
    ['Numéro  12 Province  QC Ville  Laval Secteur  Vente', 'Laval, QC'],
    ['Poste  3 State: ON City: Kingston Team: Retail', 'Kingston, ON'],
  ])('reads the city and state fields of %j', (line, place) => {
    expect(recordFieldPlace(`Cashier\n${line}`)).toBe(place);
  });

  it('needs both fields, a known region code, and labels written as fields', () => {
    expect(recordFieldPlace('Cashier\nCity  Austin Department  Bakery')).toBeNull();
    expect(recordFieldPlace('Cashier\nState  ZZ City  Austin Department  Bakery')).toBeNull();
    expect(
      recordFieldPlace('We serve the state of TX and the city of Austin every day.'),
    ).toBeNull();
  });
});

describe('cityWithRegion', () => {
  it('finds a known city beside its region, as a line opens', () => {
    expect(cityWithRegion('Ward Nurse\n* Pune, Maharashtra: able to commute (Preferred)')).toBe(
      'Pune, Maharashtra',
    );
    expect(cityWithRegion('Enfermera\n- Madrid, Comunidad de Madrid (presencial)')).toBe(
      'Madrid, Comunidad de Madrid',
    );
  });

  it('ignores an unknown town, or a city beside something that is no region', () => {
    expect(cityWithRegion('Nurse\nSmallville, Karnataka: commute')).toBeNull();
    expect(cityWithRegion('Nurse\nLondon, Friday: interviews')).toBeNull();
  });
});

describe('cityInName', () => {
  it.each([
    ['Stadtwerke München', 'München'],
    ['Lazada Singapore', 'Singapore'],
    ['Hôpital Privé de Lyon', 'Lyon'],
    ['Clínica Dental Valencia', 'Valencia'],
  ])('takes the city %j ends with', (name, city) => {
    expect(cityInName(name)).toBe(city);
  });

  it('gives nothing for a name without a known city', () => {
    expect(cityInName('Acme Logistics GmbH')).toBeNull();
    expect(cityInName('Paris')).toBeNull();
    expect(cityInName(null)).toBeNull();
  });
});

describe('findPlaces', () => {
  it('replaces a state-and-country code by the city the text names in that state', () => {
    const text =
      'Staff Nurse\nLotus Care Trust\nKA, IN\n\nDuties here.\n* Mysuru road\n* Bengaluru, Karnataka: commute daily';
    expect(findPlaces(text, null, undefined, 'Staff Nurse', 'Lotus Care Trust')).toEqual([
      'Bengaluru, Karnataka',
    ]);
  });

  it('adds the record fields to the place the header gives', () => {
    const text =
      'Night Stocker - Part-Time Job in Dover\nDover, DE\n\nReq  12 State  NJ City  Newark Category  Stock  The stocker keeps shelves full.';
    expect(findPlaces(text, null, undefined, null, null)).toEqual(['Dover, DE', 'Newark, NJ']);
  });

  it("falls back on the city of the employer's name, only when nothing else names a place", () => {
    const de = 'Sachbearbeiter (m/w/d)\nVollzeit\n\nDie Stadtwerke Bonn suchen Verstärkung.';
    expect(findPlaces(de, null, undefined, null, 'Stadtwerke Bonn')).toEqual(['Bonn']);
    const fr = 'Comptable H/F\nLyon\n\nNotre cabinet parisien recrute.';
    expect(findPlaces(fr, null, undefined, 'Comptable H/F', 'Cabinet Conseil Paris')).toEqual([
      'Lyon',
    ]);
  });

  it('does not take the head office or a client named in the prose', () => {
    const about =
      'Support Analyst\n\nAbout us: our headquarters are in Chicago and we serve clients in Toronto. We work worldwide.';
    expect(findPlaces(about, null, undefined, 'Support Analyst', 'Brightline Software')).toEqual(
      [],
    );
    const es =
      'Analista de datos\n\nSobre nosotros: nuestra sede central está en Madrid y trabajamos en todo el mundo.';
    expect(findPlaces(es, null, undefined, 'Analista de datos', 'Datalia')).toEqual([]);
  });

  it("keeps a page's own location as given", () => {
    const text = 'Cook\nState  TX City  Austin Department  Grill';
    expect(findPlaces(text, null, { location: 'Dallas, TX' }, null, 'Grill House Austin')).toEqual([
      'Dallas, TX',
    ]);
  });
});

describe('siteTown', () => {
  it.each([
    ['Lab Technician\nNorthgate University\n\nBunbury campus\n\nAbout the team', 'Bunbury'],
    ['Técnico de laboratorio\n\nSede Bilbao\n\nFunciones', 'Bilbao'],
    ['Laborant (m/w/d)\n\nStandort Kassel\n\nIhre Aufgaben', 'Kassel'],
  ])('reads the town of a site line in %j', (text, town) => {
    expect(siteTown(text, null)).toBe(town);
  });

  it("skips the employer's own campus and a country", () => {
    expect(siteTown('Barista\nBrightline Campus\nAbout us', 'Brightline')).toBeNull();
    expect(siteTown('Barista\nAustralia campus', null)).toBeNull();
  });
});

describe('labelBracketCity', () => {
  it('takes a known city in brackets after a location label', () => {
    expect(labelBracketCity('Morar perto do local de trabalho (Porto).')).toBe('Porto');
    expect(labelBracketCity('Anfahrt zum Arbeitsort (Leipzig) mit dem Rad.')).toBe('Leipzig');
  });

  it('leaves other brackets alone', () => {
    expect(labelBracketCity('Our client (Toronto) ships worldwide.')).toBeNull();
    expect(labelBracketCity('Lieu de travail (à définir).')).toBeNull();
  });
});

describe('islandOf', () => {
  it('names the island in several languages', () => {
    expect(islandOf('Trabajarás en la isla de Lanzarote.')).toBe('Lanzarote');
    expect(islandOf("Un poste sur l'île de Noirmoutier.")).toBe('Noirmoutier');
    expect(islandOf('A role on the Isle of Wight.')).toBe('Wight');
  });

  it('gives no country and nothing without an island word', () => {
    expect(islandOf('Offices across the island of Ireland.')).toBeNull();
    expect(islandOf('We ship worldwide from Rotterdam.')).toBeNull();
  });

  it("reads no island in the employer's own name", () => {
    const text = 'Die Insel Klinikum bildet ein Netz von Spitälern.';
    expect(islandOf(text, 'Insel Klinikum AG')).toBeNull();
    expect(islandOf('Werken op het eiland Texel.', 'Zorggroep Noord')).toBe('Texel');
  });
});

describe('findPlaces: a section heading is no place', () => {
  it.each([
    ['Vendeur·euse 60%\nMaison Rochat\n\nIntroduction\n\nTu accueilles nos clients.', []],
    ['Koch/Köchin (m/w/d)\nGasthof Linde\n\nEinleitung\n\nDu kochst regional.', []],
    ['Camarero/a\nHotel Sol\n\nIntroducción\n\nAtiendes a los clientes.', []],
  ])('%j', (text, places) => {
    expect(findPlaces(text, null, undefined, null, null)).toEqual(places);
  });
});

describe('jobBasedCities', () => {
  it.each([
    ['The role will be based out of our Leeds or Manchester office.', ['Leeds', 'Manchester']],
    ['Le poste sera basé à Nantes ou Rennes, selon votre choix.', ['Nantes', 'Rennes']],
    ['El puesto estará ubicado en nuestra oficina de Sevilla.', []],
    ['La persona estará basada, y el puesto estará ubicado en Málaga.', ['Málaga']],
  ])('lists the cities of %j', (text, cities) => {
    expect(jobBasedCities(text)).toEqual(cities);
  });

  it("ignores the head office and clients' cities", () => {
    expect(jobBasedCities('Our company is based in Boston and serves clients in Denver.')).toEqual(
      [],
    );
    expect(jobBasedCities('Unser Hauptsitz ist in Hamburg; wir arbeiten weltweit.')).toEqual([]);
  });

  it('adds a city the header left out, once', () => {
    const text =
      'Data Intern\nAcme\nNew York, US\n\nThis internship will be based out of our Denver or New York hub.';
    expect(findPlaces(text, null, undefined, 'Data Intern', 'Acme')).toEqual([
      'New York, US',
      'Denver',
    ]);
  });
});

describe('titleTagCity', () => {
  it("takes a known city among a title's bracketed tags, as written", () => {
    expect(titleTagCity('Care Assistant (Nights, Permanent, TAMPINES)\nAgency')).toBe('TAMPINES');
    expect(titleTagCity('Cuisinier (CDI, Lyon)\nRestaurant')).toBe('Lyon');
  });

  it('gives nothing when no tag is a known city', () => {
    expect(titleTagCity('Care Assistant (Nights, Permanent)\nAgency')).toBeNull();
    expect(titleTagCity('Care Assistant, worldwide\nAgency')).toBeNull();
  });
});

describe('a work model and its place, one of them in brackets', () => {
  const places = (...lines: string[]) =>
    findPlaces(lines.join('\n'), null, undefined, lines[0] ?? null, null);

  it.each([
    ['Remote (US)', ['US']],
    ['Remote (Canada)', ['Canada']],
    ['United States (Remote)', ['United States']],
    ['Hybrid (Manchester)', ['Manchester']],
    ['Télétravail (France)', ['France']],
    ['Location: Hybrid (Glasgow)', ['Glasgow']],
  ])('reads %j as the place, as "Remote - US" is read', (line, expected) => {
    expect(
      places('Payroll Analyst', 'Brightline Ltd', line, '', 'You will run the monthly payroll.'),
    ).toEqual(expected);
  });

  it('takes no work model or flexible-hours note for a place', () => {
    expect(
      places('Payroll Analyst', 'Brightline Ltd', 'Remote (Flexible)', '', 'You run payroll.'),
    ).toEqual([]);
    // A province code in brackets still marks the town before it.
    expect(places('Cameriere', 'Hotel Aurora', 'Rimini (RN)', '', 'Servizio ai tavoli.')).toEqual([
      'Rimini',
    ]);
  });
});

describe('a place offered beside a work model', () => {
  const places = (line: string) =>
    findPlaces(
      `Payroll Analyst\nBrightline Ltd\n${line}\n\nYou will run the monthly payroll.`,
      null,
      undefined,
      'Payroll Analyst',
      null,
    );

  it.each([
    ['Denver, CO or Remote', ['Denver, CO']],
    ['Remote or Calgary, AB', ['Calgary, AB']],
    ['Lyon ou télétravail', ['Lyon']],
    ['Remote (EU) or Cork, Ireland', ['Cork, Ireland']],
  ])('%j', (line, expected) => {
    expect(places(line)).toEqual(expected);
  });

  it('still reads two towns joined by "or"', () => {
    expect(places('Leeds or Manchester')).toEqual(['Leeds', 'Manchester']);
  });
});

describe('findPlaces: towns before the wider areas listed with them', () => {
  const place = (address: Record<string, string>) => ({ '@type': 'Place', address });
  const posting = (places: Record<string, string>[]) => ({
    '@type': 'JobPosting',
    title: 'Field Engineer',
    jobLocation: places.map(place),
  });

  it('moves a country and a region listed ahead of the towns behind them', () => {
    const got = findPlaces(
      'Field Engineer\nYou keep our wind farms running.',
      posting([
        { addressCountry: 'Deutschland' },
        { addressRegion: 'Bayern', addressCountry: 'Deutschland' },
        { addressLocality: 'Regensburg', addressRegion: 'Bayern' },
        { addressLocality: 'Passau', addressRegion: 'Bayern' },
      ]),
      undefined,
      'Field Engineer',
      null,
    );
    expect(got[0]).toMatch(/^Regensburg/);
    expect(got.slice(-2).join(' | ')).not.toMatch(/Regensburg|Passau/);
  });

  it('keeps the order when every place is a wide area, or none is', () => {
    const wide = findPlaces(
      'Field Engineer',
      posting([{ addressCountry: 'Germany' }, { addressCountry: 'Austria' }]),
      undefined,
      'Field Engineer',
      null,
    );
    expect(wide).toEqual(['Germany', 'Austria']);
    const towns = findPlaces(
      'Field Engineer',
      posting([{ addressLocality: 'Lyon' }, { addressLocality: 'Grenoble' }]),
      undefined,
      'Field Engineer',
      null,
    );
    expect(towns).toEqual(['Lyon', 'Grenoble']);
  });
});
