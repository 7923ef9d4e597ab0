import { describe, expect, it } from 'vitest';
import { employerInProse } from './employer';
import { findCompany } from './posting';

const first = (text: string) => text.split('\n')[0] ?? '';
const read = (text: string) => employerInProse(text, first(text));

describe('employerInProse: a name the prose calls the employer, corroborated', () => {
  it.each([
    [
      'English: the brand named twice',
      'Store Lead\nKeep the shelves tidy in line with the Fernbrook Market brand. Greet every shopper. ' +
        'Every display follows the Fernbrook Market brand guide.',
      'Fernbrook Market',
    ],
    [
      'English: a team, a we-clause and the title',
      'Halvard Insurance Field Agent\nWhen you join the Halvard sales team you run your own book. ' +
        'At Halvard we reward effort.',
      'Halvard',
    ],
    [
      'English: one phrase and an address on the same domain',
      'Night Porter\nA career at Quillmoor starts with a chat: write to people@quillmoor.co.uk today.',
      'Quillmoor',
    ],
    [
      'French: "chez" and the application address',
      'Graphiste en alternance\nChaque recrutement chez Ventelune vise le long terme. ' +
        'Envoyez votre CV à recrutement@ventelune.fr.',
      'Ventelune',
    ],
    [
      'German: "bei … wir" and "Karriere bei"',
      'Lagerhelfer (m/w/d)\nBei Kornfeld Logistik packen wir gemeinsam an. ' +
        'Deine Karriere bei Kornfeld Logistik beginnt hier.',
      'Kornfeld Logistik',
    ],
    [
      'Spanish: "En … somos" and the website',
      'Dependiente/a\nEn Mareaviva somos una cadena de tiendas. Más en www.mareaviva.es.',
      'Mareaviva',
    ],
    [
      'Italian: "presso" twice',
      'Cuoco\nCerchiamo un cuoco da inserire presso Trattoria Salvia. Lavorare presso Trattoria Salvia significa cucina di stagione.',
      'Trattoria Salvia',
    ],
    [
      'Portuguese: "faça parte da" and the website, accents dropped',
      'Atendente\nFaça parte da Aurélia Móveis e cresça conosco. Conheça www.aureliamoveis.com.br.',
      'Aurélia Móveis',
    ],
    [
      'Dutch: "werken bij" and "bij … bouwen we"',
      'Monteur\nWerken bij Dijkstroom is afwisselend. Bij Dijkstroom bouwen we aan slimme netten.',
      'Dijkstroom',
    ],
    [
      'English: "at …, you will" and the name recurring',
      'Account Manager\nIn Partner Sales at Corvane, you will grow our book. Corvane serves shops ' +
        'of every size, and Corvane pays well.',
      'Corvane',
    ],
    [
      'English: a possessive and the name recurring',
      'Support Lead\nLedgerly builds billing tools. Payroll is Ledgerly’s newest product, and ' +
        'thousands of firms run on Ledgerly.',
      'Ledgerly',
    ],
    [
      'French: "chez …, vous" and the name recurring',
      'Comptable\nChez Vallonet, vous tenez les comptes de nos clients. Vallonet grandit et ' +
        'Vallonet recrute.',
      'Vallonet',
    ],
    [
      'Portuguese: "na …, você" and the name recurring',
      'Analista\nNa Tecelã, você cuida dos contratos. A Tecelã cresce e a Tecelã investe em você.',
      'Tecelã',
    ],
    [
      'Dutch: "bij … ga je" and the name recurring',
      'Planner\nBij Veldhaven ga je aan de slag met routes. Veldhaven groeit; Veldhaven zoekt jou.',
      'Veldhaven',
    ],
  ])('%s', (_, text, name) => {
    expect(read(text)).toBe(name);
  });

  it.each([
    ['a single phrase, nothing else', 'Designer\nYou will join the Pixelcraft team next month.'],
    [
      'a department the text also writes in lower case',
      'Analyst\nJoin the Finance team. At Finance we close books; the finance team is small.',
    ],
    [
      'a Title-Case department heading',
      'Clerk\nYou work in the Workforce Team. The Workforce Team plans rotas.',
    ],
    [
      'a team that belongs to someone else',
      'Redacteur\nHet Nieuwe Media team van Krantgroep groeit. Het Nieuwe Media team van Krantgroep zoekt jou.',
    ],
    [
      'a German noun after "bei"',
      'Koch\nBei Interesse freuen wir uns. Bei Interesse melden wir uns.',
    ],
    ['a city after a preposition', 'Camarero\nEn Valencia somos diez. En Valencia buscamos gente.'],
    ['a pronoun', 'Chef de rang\nChez Nous, on aime le service. Chez Nous, nous recrutons.'],
    [
      "an agency's client",
      'Buyer\nWe recruit on behalf of our client Tillbury. Join the Tillbury team; the Tillbury team is kind.',
    ],
    [
      'a possessive named once more only',
      'Writer\nOur tone follows Ledgerly’s guide. Ledgerly is a client.',
    ],
    [
      'a tool the dictionary knows, however often named',
      'Data Engineer\nWe use Python daily. Strong Python skills. Python’s data libraries help.',
    ],
    [
      'a plural in capitals',
      'ML Engineer\nYou build LLM’s into tools. LLM apps ship weekly; LLM quality matters.',
    ],
    [
      "a saint's name, not a name of its own",
      'Nurse\nSt. Brendan’s Hospital is hiring. St. Brendan cared for sailors; Brendan is a name.',
    ],
  ])('says null for %s', (_, text) => {
    expect(read(text)).toBeNull();
  });
});

describe('findCompany falls back to the employer in the prose', () => {
  it('only when no layout names the company', () => {
    const text =
      'Technicien de maintenance\n\nToute embauche chez Brisemer se pense sur la durée. ' +
      'Écrivez-nous : emplois@brisemer.fr';
    expect(findCompany(text, null, undefined)).toBe('Brisemer');
    expect(findCompany(text, { hiringOrganization: { name: 'Autre SA' } }, undefined)).toBe(
      'Autre SA',
    );
  });
});

describe('employerHiring: the employer opening a later sentence of its line', () => {
  it.each([
    [
      'Bezorger\n\nHeb jij een rijbewijs? Bakkerij Verhoeven zoekt een bezorger voor de ochtend.',
      'Bakkerij Verhoeven',
    ],
    [
      'Kellner\n\nDu liebst Gäste! Gasthof Brunner sucht ab sofort eine Servicekraft.',
      'Gasthof Brunner',
    ],
    ['Cook\n\nLove food? Harbour Kitchen is hiring a line cook for weekends.', 'Harbour Kitchen'],
  ])('%s', (text, name) => {
    expect(findCompany(text, null, undefined)).toBe(name);
  });

  it('not a name the question itself asks about', () => {
    const text = 'Schoonmaker\n\nZoek je werk? Wij zoeken een schoonmaker in Zwolle.';
    expect(findCompany(text, null, undefined)).toBeNull();
  });
});

describe('employerHiring: a heading naming the employer, then its hiring verb in capitals', () => {
  it.each([
    [
      'Front Desk Agent\nTHE QUAYSIDE HOTELS | SUITES IS HIRING\n\nThe Quayside Hotels run four sites on the coast.',
      'The Quayside Hotels',
    ],
    [
      'Serveur\nMaison Lebrun Recrute !\n\nMaison Lebrun tient trois brasseries à Nantes.',
      'Maison Lebrun',
    ],
    [
      'Ayudante de cocina\nCASA OLMEDO BUSCA\n\nEn Casa Olmedo cocinamos de temporada.',
      'Casa Olmedo',
    ],
    // Named once, and spelt again by the mail address to write to.
    ['Vendedor\nPrima Vagas Contrata\n\nEnvie o CV para primavagas@correio.com.br', 'Prima Vagas'],
    [
      'Cook\nGreenleaf Bistro Is Hiring\n\nSend your CV to jobs@greenleafbistro.co.uk',
      'Greenleaf Bistro',
    ],
  ])('%s', (text, name) => {
    expect(findCompany(text, null, undefined)).toBe(name);
  });

  it.each([
    'Cook\nNOW HIRING\n\nWe cook for 200 guests a night.',
    'Cook\nUrgently Hiring\n\nWe cook for 200 guests a night.',
    'Cook\nKitchen Team Is Hiring\n\nWe cook for 200 guests a night.',
    'Cook\nGreenleaf Bistro Is Hiring\n\nWe cook for 200 guests a night.',
  ])('no employer from %s', (text) => {
    expect(findCompany(text, null, undefined)).toBeNull();
  });
});

describe('employerHiring: a name opening on a figure', () => {
  it.each([
    ['Warehouse Associate\n\n7-Eleven is hiring a warehouse associate in Dallas.', '7-Eleven'],
    ['Ingénieur\n\nLe 12ème Art recrute un ingénieur du son.', 'Le 12ème Art'],
    ['Entwickler\n\n4Mind Solutions sucht eine Entwicklerin.', '4Mind Solutions'],
    ['Monteur\n\n3D Bouw zoekt een monteur voor de regio.', '3D Bouw'],
  ])('%s', (text, name) => {
    expect(findCompany(text, null, undefined)).toBe(name);
  });

  it('not a year opening the sentence', () => {
    expect(findCompany('Cook\n\n2024 Kitchen is hiring cooks.', null, undefined)).toBeNull();
  });
});

describe('employerInProse: the job offered "at" its employer', () => {
  it.each([
    [
      'Support Engineer\n\nAs a support engineer at Brightwell, you will answer tickets.',
      'Brightwell',
    ],
    [
      'Entwickler\n\nAls Entwickler bei Kernwerk baust du APIs.\nBewerbung an jobs@kernwerk.de',
      'Kernwerk',
    ],
    [
      'Sviluppatore\n\nCome sviluppatore presso Lunaris lavorerai con noi su progetti web.',
      'Lunaris',
    ],
  ])('%s', (text, name) => {
    expect(read(text)).toBe(name);
  });

  it('takes one such phrase alone for no employer', () => {
    expect(
      read('Support Engineer\n\nAs a support engineer at Brightwell, the work is varied.'),
    ).toBe(null);
  });
});

describe('findCompany: the agency advertising for the client its record names', () => {
  it.each([
    [
      'Platform Engineer\nBrightwell\nLeeds\n\nHarbour Talent is recruiting on behalf of our client, Brightwell, for an engineer.',
      'Harbour Talent',
    ],
    [
      'Platform Engineer\nBrightwell\nLeeds\n\nNorthgate Search is proud to be hiring for our client Brightwell in Leeds.',
      'Northgate Search',
    ],
  ])('%s', (text, name) => {
    expect(findCompany(text, null, undefined)).toBe(name);
  });

  it('keeps the record’s employer when no advertiser opens the sentence', () => {
    const text =
      'Platform Engineer\nBrightwell\nLeeds\n\nWe are recruiting on behalf of our client Brightwell.';
    expect(findCompany(text, null, undefined)).toBe('Brightwell');
  });
});

describe('employerInProse: "Bei X erwartet dich", "En X te ofrecemos"', () => {
  it.each([
    [
      'Entwickler\n\nBei Kernwerk erwartet dich ein junges Team.\nBewerbung: jobs@kernwerk.de',
      'Kernwerk',
    ],
    [
      'Desarrollador\n\nEn Lunaria te ofrecemos formación.\nEscríbenos a empleo@lunaria.es',
      'Lunaria',
    ],
    [
      'Sviluppatore\n\nIn Brevio ti offriamo un contratto stabile.\nCandidati: hr@brevio.it',
      'Brevio',
    ],
  ])('%s', (text, name) => {
    expect(read(text)).toBe(name);
  });
});

describe('employerHiring: a legal form after a comma is the name’s own', () => {
  it.each([
    ['Book Vendor\n\nPageturn.com, Inc. is now hiring campus book buyers.', 'Pageturn.com, Inc.'],
    ['Driver\n\nNorthline Freight, LLC is hiring local drivers.', 'Northline Freight, LLC'],
  ])('%s', (text, name) => {
    expect(findCompany(text, null, undefined)).toBe(name);
  });
  it('keeps an appositive that is no legal form out of the name', () => {
    const text = 'Driver\n\nNorthline Freight, a family business, is hiring local drivers.';
    expect(findCompany(text, null, undefined)).toBe('Northline Freight');
  });
});
