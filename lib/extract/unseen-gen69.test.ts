import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings (careers markdown of a US manufacturer, public-service
 * records from Singapore, Indeed and job-board records from India, Nigeria, Ireland and Canada).
 * Sentences are written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;

describe('a laboratory or science profession alone on the title line', () => {
  it.each([
    [
      'Chemist\n\nOur soap factory needs someone to test raw materials.\n\nQualifications:\n* Degree',
      'Chemist',
    ],
    [
      'Microbiologist\n\nYou will run culture tests for our dairy.\n\nRequirements:\n- Degree',
      'Microbiologist',
    ],
    [
      'Chemikerin\n\nFür unser Labor in Ulm suchen wir Verstärkung.\n\nIhr Profil:\n- Studium',
      'Chemikerin',
    ],
    ['Chimiste\n\nNotre atelier de cosmétiques recrute.\n\nProfil :\n- Master', 'Chimiste'],
    ['Químico\n\nNuestra planta de pinturas busca personal.\n\nRequisitos:\n- Grado', 'Químico'],
    ['Biologa\n\nIl nostro laboratorio cerca una persona.\n\nRequisiti:\n- Laurea', 'Biologa'],
    ['Bioloog\n\nOns veldteam zoekt versterking.\n\nEisen:\n- Master', 'Bioloog'],
    ['Bióloga\n\nNosso laboratório procura uma pessoa.\n\nRequisitos:\n- Graduação', 'Bióloga'],
  ])('is the title (%#)', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('the equal-opportunity sentence closing the posting', () => {
  it.each([
    [
      'Packer\n\nYou pack boxes.\n\nRequirements:\n* Lifting\n\nBrightwater Soaps, Inc. is an equal opportunity employer.',
      'Brightwater Soaps, Inc.',
    ],
    [
      'Packer\n\nYou pack boxes.\n\n***Brightwater Soaps LLC is an equal opportunity employer and hires fairly.***',
      'Brightwater Soaps LLC',
    ],
    [
      'Magazziniere\n\nSposterai pallet.\n\n**Officine Rossi S.r.l. è un datore di lavoro che garantisce pari opportunità.**',
      'Officine Rossi S.r.l.',
    ],
    [
      'Magazijnmedewerker\n\nJe verplaatst pallets.\n\nStaalbouw Visser B.V. is een werkgever die gelijke kansen biedt.',
      'Staalbouw Visser B.V.',
    ],
  ])('names the employer with its legal form (%#)', (text, company) => {
    expect(posting(text).company).toBe(company);
  });
});

describe("the hire's future place of work said in a sentence", () => {
  it.each([
    'Support Agent\n\nThe agent will work on-site in our Dayton call centre.\n\nRequirements:\n- Phone skills',
    'Technicienne\n\nVous travaillerez sur site dans notre atelier de Nantes.\n\nProfil :\n- Bac pro',
    'Magazziniere\n\nLavorerai in sede nel nostro deposito di Verona.\n\nRequisiti:\n- Patentino',
  ])('is on-site (%#)', (text) => {
    expect(posting(text).workplace).toBe('onsite');
  });

  it('gives way to a hybrid statement', () => {
    const text =
      'Clerk\n\nYou will work on-site three days a week and from home two days (hybrid).\n\nRequirements:\n- Excel';
    expect(posting(text).workplace).toBe('hybrid');
  });
});

describe("a job board's commute line", () => {
  it.each([
    [
      'Line Cook\n\nJob Type: Full-time\n\nAbility to commute/relocate:\n\n* Harrogate HG1: Reliably commute or plan to relocate before starting work (Required)',
      'Harrogate HG1',
    ],
    [
      'Kellner (m/w/d)\n\nArt der Stelle: Vollzeit\n\nPendeln/Umziehen:\n\n* 04109 Leipzig: Pendeln ist problemlos möglich oder Umzug vor Beginn der Tätigkeit geplant (Erforderlich)',
      'Leipzig',
    ],
    [
      'Camarero\n\nTipo de puesto: Jornada completa\n\nDesplazamiento:\n\n* Zaragoza: Desplazarse sin problemas o planear mudarse antes de empezar a trabajar (Obligatorio)',
      'Zaragoza',
    ],
  ])('names the place when nothing else does (%#)', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });

  it('names the town under a header that gives only a state and a country', () => {
    const text =
      'PHP Trainee\nAcme Softlabs\nGJ, IN\n\nAbility to commute/relocate:\n\n* Navrangpura, Ahmedabad: Reliably commute or planning to relocate before starting work (Required)';
    expect(posting(text).locations).toEqual(['Navrangpura, Ahmedabad']);
  });

  it('leaves a header town as it is', () => {
    const text =
      'Cook\nAcme Diner\nAustin, TX\n\nAbility to commute/relocate:\n\n* Round Rock, TX 78664: Reliably commute or planning to relocate before starting work (Required)';
    expect(posting(text).locations).toEqual(['Austin, TX']);
  });
});

describe("a board's work-location answer that names a kind of site", () => {
  it.each(['In person', 'One location', 'On the road'])('is no place: %s', (answer) => {
    const text = `Delivery Driver\n\nJob Type: Full-time\n\nWork Location: ${answer}`;
    expect(posting(text).locations).toEqual([]);
  });
});

describe("a public body's acronym in the prose under its full name in the header", () => {
  it.each([
    [
      'Operations Lead\nNational Parks Board\n\nJoin Us at NParks for a Green Career!\n\nAt NPB, our mission is to green the city.\n\nRequirements:\n- Degree',
      'National Parks Board',
    ],
    [
      'Senior Caseworker\nMinistry Of Housing And Local Development\n\nJoin us for a career that matters!\n\nAt MHL, our mission is to house every family.',
      'Ministry Of Housing And Local Development',
    ],
    [
      'Responsable des opérations\nCaisse Nationale Assurance Vieillesse\n\nRejoignez-nous !\n\nChez CNAV, notre mission est de servir les retraités.\n\nProfil :\n- Bac+5',
      'Caisse Nationale Assurance Vieillesse',
    ],
    [
      'Jefe de operaciones\nEmpresa Municipal Transportes\n\n¡Únete a nosotros!\n\nEn EMT, nuestra misión es mover la ciudad.\n\nRequisitos:\n- Grado',
      'Empresa Municipal Transportes',
    ],
  ])('names the employer in full (%#)', (text, company) => {
    expect(posting(text).company).toBe(company);
  });

  it('stays the acronym when no header line spells it', () => {
    const text = 'Warehouse Lead\n\nAt HSE, we care for people.\n\nRequirements:\n- Forklift';
    expect(posting(text).company).toBe('HSE');
  });
});

describe('the state a public body serves', () => {
  it.each([
    'Legal Officer\n\nGovernment is hiring officers for its legal service.\n\nRequirements:\n- Law degree',
  ])('is no employer (%#)', (text) => {
    expect(posting(text).company).toBeNull();
  });
});

describe('a facts line whose place runs on into the next field', () => {
  it.each([
    [
      'Building Surveyor\nHays\n\nLocation: Gloucester, Salary: £40,000 - £43,000 per annum',
      'Gloucester',
    ],
    ['Kellner (m/w/d)\nHotel Sonne\n\nStandort: Bad Tölz, Gehalt: 2.800 € brutto', 'Bad Tölz'],
    ['Cameriere\nAlbergo Sole\n\nSede: Bressanone, Retribuzione: 1.800 € netti', 'Bressanone'],
  ])('ends the place at the next label (%#)', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });

  it('keeps a country after the town', () => {
    expect(posting('Building Surveyor\nHays\n\nLocation: Gloucester, England').locations).toEqual([
      'Gloucester, England',
    ]);
  });
});

describe('a name with its legal form after "for" in the prose', () => {
  it.each([
    [
      'Customer Service Representative\n\nThe representative for Brightwater Soaps Inc, DBA Soap Depot will answer calls.\n\nRequirements:\n- Phone skills',
      'Brightwater Soaps Inc',
    ],
    [
      'Lagerist (m/w/d)\n\nDu arbeitest für Brauerei Huber GmbH im Lager.\n\nProfil:\n- Staplerschein',
      'Brauerei Huber GmbH',
    ],
    [
      'Magazziniere\n\nLavorerai per Officine Rossi S.r.l. nel magazzino.\n\nRequisiti:\n- Patentino',
      'Officine Rossi S.r.l.',
    ],
    [
      'Préparateur de commandes\n\nVous travaillerez pour Transports Morel SARL.\n\nProfil :\n- CACES',
      'Transports Morel SARL',
    ],
    [
      'Magazijnmedewerker\n\nJe werkt voor Visser Logistiek B.V. in het magazijn.\n\nEisen:\n- Heftruck',
      'Visser Logistiek B.V.',
    ],
  ])('names the employer (%#)', (text, company) => {
    expect(posting(text).company).toBe(company);
  });
});

describe('a law course and tools met on unseen postings', () => {
  const names = (text: string) =>
    extract({ text })
      .requirements.filter((r) => r.kind === 'skill' || r.kind === 'certification')
      .map((r) => ('name' in r ? r.name : ''));
  it.each([
    ['Trainee Solicitor\n\nRequirements:\n- You have passed the Legal Practice Course.', ['LPC']],
    [
      'Mobile Developer\n\nRequirements:\n- Flutter with GetX or Riverpod',
      ['Flutter', 'GetX', 'Riverpod'],
    ],
    ['Entwickler (m/w/d)\n\nProfil:\n- Erfahrung mit Python und Odoo', ['Python', 'Odoo']],
    ['Développeur ERP\n\nProfil :\n- Maîtrise de Python et de Flectra', ['Python', 'Flectra']],
  ])('are read (%#)', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('the town written before the site it names, after a phrase placing the hire', () => {
  it.each([
    [
      'Order Picker\n\nYou will work in our Dayton, OH warehouse.\n\nRequirements:\n- Lifting',
      'Dayton, OH',
    ],
    [
      'Sales Assistant\n\nJoin the team in our Manchester store.\n\nRequirements:\n- Tills',
      'Manchester',
    ],
    [
      'Payroll Clerk\n\nYou will work in a small team. You will be based at our Leeds office.\n\nRequirements:\n- Sage',
      'Leeds',
    ],
  ])('is the place (%#)', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });

  it.each([
    'Night Clerk\n\nYou will work in Customer Service, OR nights.\n\nRequirements:\n- Tills',
    'Clerk\n\nYou will work in our Sales Office, CA branch.\n\nRequirements:\n- Excel',
  ])('is no place when the words before the code are a team or a site (%#)', (text) => {
    expect(posting(text).locations).toEqual([]);
  });
});

describe('"US" in a line written in capitals after a verb or a preposition', () => {
  it('is the pronoun, so a bare dollar follows the country the text names', () => {
    const text =
      'Home Support Worker\n\nGROW WITH US AND LOVE YOUR WORK.\n\nWhat we offer:\n- $31 per hour\n\nRequirements:\n- Must be able to work legally in Canada';
    expect(posting(text).salary).toEqual({ min: 31, max: 31, currency: 'CAD', period: 'hour' });
  });

  it('is the pronoun alone, so a bare dollar stays without a currency', () => {
    const text = 'Home Support Worker\n\nJOIN US TODAY!\n\nWhat we offer:\n- $31 per hour';
    expect(posting(text).salary?.currency).toBeNull();
  });

  it('is still the country after a work model', () => {
    const text = 'Support Agent\nRemote (US)\n\nWhat we offer:\n- $31 per hour';
    expect(posting(text).salary?.currency).toBe('USD');
  });
});

describe('a place label glued to the word before it, as bold labels run together when copied', () => {
  it.each([
    [
      'Building Surveyor\nHays\n\nRole: Building SurveyorLocation: Gloucester, Salary: £40,000 per annum',
      'Gloucester',
    ],
    ['Koch (m/w/d)\n\nStelle: Koch in VollzeitStandort: Bad Tölz, Gehalt: 2.800 €', 'Bad Tölz'],
    ['Cuoco\n\nRuolo: cuoco di lineaSede: Bressanone\nOrario: serale', 'Bressanone'],
  ])('gives the place up to the next field (%#)', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });

  it('needs the label written with its capital', () => {
    expect(posting('Cook\n\nOur kitchen teamlocation: is busy.').locations).toEqual([]);
  });
});
