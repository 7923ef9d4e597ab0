import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const places = (text: string) => extract({ text }).posting.locations;

describe('a location field holding the work model beside the place', () => {
  it('reads the place and leaves the work model to its own field', () => {
    const hybrid = extract({ text: 'Data Engineer\nLocation: Hybrid - Leeds\nAbout the role' });
    expect(hybrid.posting.locations).toEqual(['Leeds']);
    expect(hybrid.posting.workplace).toBe('hybrid');
    expect(places('Analista de Sistemas\nLocal: Híbrido - Recife\nSobre a vaga')).toEqual([
      'Recife',
    ]);
    expect(places('Entwickler\nStandort: Hybrid – Köln\nÜber uns')).toEqual(['Köln']);
    expect(places('Développeur\nLieu : Lille - télétravail partiel\nLe poste')).toEqual(['Lille']);
  });

  it('keeps a place written with a dash as one place, at city level', () => {
    // The state's code after the dash is no second place; the town is read as the header does.
    expect(places('Analista\nLocal: Curitiba - PR\nSobre a vaga')).toEqual(['Curitiba']);
  });
});

describe('a location field naming the work model, then where it is worked', () => {
  it.each([
    [
      'Junior Buyer\nAcme Foods\nTeam: Procurement\nLocation: Hybrid in Swindon, UK\nAbout us',
      'Swindon, UK',
    ],
    [
      'Kundenberater (m/w/d)\nRheinland Energie\nArbeitsort: Hybrid in Koblenz\nÜber uns',
      'Koblenz',
    ],
    [
      'Chargé de clientèle\nAssurances Vallée\nLieu : Télétravail partiel à Angers\nLe poste',
      'Angers',
    ],
  ])('%j', (text, place) => {
    expect(places(text)).toEqual([place]);
  });

  it('reads a location label before a dash as the place, not the company', () => {
    const x = extract({
      text: 'Avionics Fitter\nSkyward Aero Services\nLocation – Hamble Airfield\nWe fit radios.',
    });
    expect(x.posting.locations).toEqual(['Hamble Airfield']);
    expect(x.posting.company).not.toBe('Location');
  });

  it('keeps the header title over a title label holding only the kind of job', () => {
    const x = extract({
      text: 'Graduate Quantity Surveyor\nStoneford Build\n\nPosition: Internship\nDuration: 6 months',
    });
    expect(x.posting.title).toBe('Graduate Quantity Surveyor');
    expect(extract({ text: 'Poste : CDI\nNous recrutons un soudeur.' }).posting.title).not.toBe(
      'CDI',
    );
  });
});

describe('a work model, the place, then the schedule in brackets', () => {
  it('keeps the place only', () => {
    expect(
      places(
        'Data Analyst\nAcme Insurance\n\nLocation: Hybrid in Leeds (2 days a week)\nSalary: £40,000',
      ),
    ).toEqual(['Leeds']);
  });
});

describe('a location field naming two places joined by "or"', () => {
  it.each([
    [
      'Claims Handler\nNorthway Insurance\n\nLocation: Leeds or Manchester\nAbout us',
      ['Leeds', 'Manchester'],
    ],
    [
      'Sachbearbeiter (m/w/d)\nRheinkreis Verwaltung\n\nStandort: Köln oder Bonn\nÜber uns',
      ['Köln', 'Bonn'],
    ],
    ['Comptable\nCabinet Moreau\n\nLieu : Rennes ou Nantes\nLe poste', ['Rennes', 'Nantes']],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a location field naming places joined by a slash', () => {
  it.each([
    // Towns of the GeoNames table that the short list of cities named alone leaves out.
    [
      'Picker Packer\nNorthway Foods\n\nLocation: Leeds / Bradford\nAbout us',
      ['Leeds', 'Bradford'],
    ],
    [
      'Técnico de mantenimiento\nGrupo Levante\n\nUbicación: Alicante / Elche\nSobre nosotros',
      ['Alicante', 'Elche'],
    ],
    // A work model beside the town is no place of its own.
    ['Data Analyst\nNorthway Insurance\n\nLocation: Bristol / Remote\nAbout us', ['Bristol']],
    ['Entwickler (m/w/d)\nRheinkreis IT\n\nStandort: Köln / Homeoffice\nÜber uns', ['Köln']],
    ['Contabile\nStudio Bianchi\n\nSede: Bologna / Remoto\nChi siamo', ['Bologna']],
    // A town and its country are one place.
    ['Claims Handler\nNorthway Insurance\n\nLocation: Cardiff / UK\nAbout us', ['Cardiff']],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps a slashed value whole when a part is no known town', () => {
    const text =
      'Warehouse Operative\nNorthway Foods\n\nLocation: Leeds / Unit 4 Ring Road\nAbout us';
    expect(places(text)).not.toEqual(['Leeds', 'Unit 4 Ring Road']);
  });
});

describe('a place named in the text after "based in"', () => {
  it('reads two towns offered, and a known city qualified', () => {
    expect(
      places('Risk Analyst\nHollins Bank\n\nYou will be based in Warrington or Macclesfield.'),
    ).toEqual(['Warrington', 'Macclesfield']);
    expect(places('Paralegal\nGrey & Finch\n\nBased in Central London three days a week.')).toEqual(
      ['Central London'],
    );
  });

  it('reads no town from countries or work models', () => {
    expect(places('Analyst\nAcme\n\nYou will be based in Ireland or Spain.')).toEqual([]);
  });
});

describe('a location field naming no place', () => {
  it.each([
    [
      'Payroll Administrator\nLocation: Headquarters\nRequisition: 77\nWe keep the books of a shipping group.',
    ],
    ['Office Coordinator\nLocation: Head Office\nYou will look after visitors and the post room.'],
    ['Comptable fournisseurs\nLieu : Siège social\nVous saisissez les factures des fournisseurs.'],
    ['Buchhalterin (m/w/d)\nStandort: Hauptsitz\nDu prüfst Rechnungen und pflegst die Kreditoren.'],
    ['Contable\nUbicación: Oficina central\nRegistrarás las facturas de los proveedores.'],
    ['Boekhouder\nLocatie: Hoofdkantoor\nJe verwerkt de inkomende facturen.'],
    // An ATS's country code whose state and town were left blank.
    ['Online Instructor\nJob ID: 2011-2020\nLocation: US-\nPosted: 3/2/2011\nYou teach remotely.'],
  ])('reads none in %j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('still reads a town beside those words or a coded town', () => {
    expect(places('Buchhalterin (m/w/d)\nStandort: Hamburg\nDu prüfst Rechnungen.')).toEqual([
      'Hamburg',
    ]);
    expect(places('Comptable\nLieu : Lyon\nVous saisissez les factures.')).toEqual(['Lyon']);
    expect(
      extract({ text: 'Clerk\nWe keep the books.', meta: { location: 'Headquarters' } }).posting
        .locations,
    ).toEqual([]);
  });
});

describe('a field deep in the text: a long work model, then the towns it is worked in', () => {
  it.each([
    [
      'Sachbearbeiter Buchhaltung (m/w/d)\n\nDeine Aufgaben\n- Belege prüfen\n- Mahnwesen\n\n' +
        'Rahmen\n- Arbeitsort: Homeoffice und ab und zu vor Ort in Aarau oder Olten\n',
      ['Aarau', 'Olten'],
    ],
    [
      'Assistant de gestion\n\nVos missions\n- Saisir les commandes\n- Relancer les clients\n\n' +
        'Conditions\n- Lieu de travail : télétravail et parfois sur site à Nantes ou Rennes\n',
      ['Nantes', 'Rennes'],
    ],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a town the prose calls the place, beyond the cities postings name alone', () => {
  it.each([
    [
      'Junior Designer\n\nWe make packaging for small brands. Our studio is based in Swindon, ' +
        'Wiltshire.\nYou will draw labels.',
      ['Swindon, Wiltshire'],
    ],
    [
      'Assistant commercial\n\nNotre agence est située à Villeurbanne. Vous suivez les devis.',
      ['Villeurbanne'],
    ],
    [
      'Bürokraft (m/w/d)\n\nWir sind ein Familienbetrieb mit Büro in Gütersloh. Du pflegst Daten.',
      ['Gütersloh'],
    ],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('still needs the phrase: a town named in passing is no place', () => {
    expect(places('Junior Designer\n\nWe once shipped labels to Swindon. You will draw.')).toEqual(
      [],
    );
  });
});

describe("a record's list field as a scraper wrote it", () => {
  it.each([
    [
      "Lagerlogistiker (m/w/d)\nSpedition Murtal\n['Graz', 'Linz']\nVollzeit\n\nDu packst an.",
      ['Graz', 'Linz'],
    ],
    [
      'Office Assistant\nBrightdesk Ltd\n["Leeds"]\nFull-time\n\nYou run the front desk.',
      ['Leeds'],
    ],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe("a branch's street address under the title", () => {
  it.each([
    [
      'Verkäufer/in (m/w/d) 80%\nFiliale Bahnhofstrasse 12, Wohlen (AG)\ncontractType: Teilzeit\n\nDu berätst Kunden.',
      ['Wohlen'],
    ],
    [
      'Vendeur/se 60%\nSuccursale Rue de Lausanne 21, Bulle\ncontractType: CDI\n\nVous conseillez nos clients.',
      ['Bulle'],
    ],
  ])('is the place, not the employer: %j', (text, expected) => {
    const x = extract({ text });
    expect(x.posting.locations).toEqual(expected);
    expect(x.posting.company).toBeNull();
  });
});

describe('an address under a location heading', () => {
  it('reads the town after the postcode, written in capitals or not', () => {
    const nl = [
      'Magazijnier',
      'Functieomschrijving',
      'Je beheert de voorraad.',
      'Plaats tewerkstelling',
      'Gebouw Zuid',
      'Dorpsstraat 12',
      '2800 MECHELEN',
      'Toon op kaart',
    ].join('\n');
    expect(places(nl)).toEqual(['Mechelen']);
    const fr =
      'Vendeur\nDescription\nVous accueillez les clients.\nLieu de travail\nRue Haute 4 7500 Tournai\n';
    expect(places(fr)).toEqual(['Tournai']);
    const hyphen =
      'Kok\nOmschrijving\nJe kookt.\nPlaats van tewerkstelling\n- Markt 3 9100 SINT-NIKLAAS\n';
    expect(places(hyphen)).toEqual(['Sint-Niklaas']);
  });

  it('does not take the building above the address for a place', () => {
    const text =
      'Onthaal\nOmschrijving\nJe ontvangt bezoekers.\nLocatie\nToren Noord\nKaai 1\n9000 GENT\n';
    expect(places(text)).toEqual(['Gent']);
  });
});

describe('a location field naming places of their own, a slash between', () => {
  it('reads each town with its country', () => {
    expect(
      places('Analyst\nLocation: Mortsel, Belgium / Tilburg, Netherlands\n\nWe need you.'),
    ).toEqual(['Mortsel, Belgium', 'Tilburg, Netherlands']);
    expect(places('Analist\nLocatie: Utrecht / Breda\n\nWij zoeken jou.')).toEqual([
      'Utrecht',
      'Breda',
    ]);
  });
});

describe('extract: a hiring area labelled as the place', () => {
  it('reads "Hiring Area:" and "Work area:" as location labels', () => {
    const place = (line: string) =>
      extract({ text: `Delivery Driver\n${line}\n\nYou deliver parcels.` }).posting.locations;
    expect(place('Hiring Area: Southern California')).toEqual(['Southern California']);
    expect(place('Work area: Leeds')).toEqual(['Leeds']);
  });
});

describe('extract: a remote job open in two countries, named in the bracket', () => {
  it.each([
    ['Location: Remote (US or Canada)', ['US', 'Canada']],
    ['Ubicación: Remoto (España o Portugal)', ['España', 'Portugal']],
    ['Standort: Remote (Deutschland oder Österreich)', ['Deutschland', 'Österreich']],
  ])('%s', (line, expected) => {
    expect(places(`Data Engineer\n${line}\n\nYou build pipelines.`)).toEqual(expected);
  });
});
