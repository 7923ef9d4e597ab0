import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../testing/sentences';
import { extract } from './index';
import { extractWorkplace } from './kinds/workplace';

/**
 * Non-English postings of the kinds met on small employers' career pages, staffing-agency pages and
 * job-board records (German, French, Dutch, Italian, Spanish, Portuguese). Sentences written for
 * the test.
 */

const facts = (text: string) => extract({ text }).posting;
const workplace = (...texts: string[]) => extractWorkplace(sentencesOf(...texts), null);

describe('working from home or from anywhere, said as a perk', () => {
  it.each([
    ['Pourquoi nous rejoindre ?', '- vous travaillez depuis chez vous'],
    ['Perché candidarti', '- potrai lavorare da casa'],
    ['Vantagens', '- trabalhar de casa'],
  ])('work from home is remote: %j', (...lines) => {
    expect(workplace(...lines)).toBe('remote');
  });

  it.each([
    ['Unser Angebot', '- Arbeite, von wo du willst: zu Hause oder bei uns in Kassel'],
    ['Ce que nous offrons', "- travaillez d'où vous voulez"],
    ['Lo que ofrecemos', '- trabaja desde donde quieras'],
    ['Wat wij bieden', '- werk waar je maar wilt'],
  ])('work from anywhere is remote: %j', (...lines) => {
    expect(workplace(...lines)).toBe('remote');
  });

  it('a distance from home is no work model', () => {
    expect(workplace('Le magasin est à 10 minutes de chez vous.')).toBeNull();
    expect(workplace('Lavoro lontano da casa per lunghi periodi.')).toBeNull();
  });

  it.each([
    ['Wir bieten', '- die Möglichkeit, regelmäßig im Homeoffice zu arbeiten'],
    ['Ofrecemos', '- la posibilidad de trabajar regularmente desde casa'],
    ['Wij bieden', '- de mogelijkheid om regelmatig thuis te werken'],
  ])('an option to work from home now and then is hybrid: %j', (...lines) => {
    expect(workplace(...lines)).toBe('hybrid');
  });
});

const years = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r as { minYears: number | null }).minYears);

describe('an experience item whose count comes after a long qualifier', () => {
  it.each([
    ['Requisiti:\n- Esperienza acquisita in aziende del settore alimentare di almeno 3 anni\n', 3],
    ['Requisitos:\n- Experiencia previa en puestos de atención al público de al menos 2 años\n', 2],
    [
      'Profil :\n- Expérience réussie sur un poste similaire en grande distribution d’au moins 4 ans\n',
      4,
    ],
  ])('the noun opens the item, "at least" stands before the count: %j', (text, n) => {
    expect(years(text)).toEqual([n]);
  });
});

describe("Italian freelance work by the VAT number's short form", () => {
  it('"con P.IVA" is a contractor\'s engagement, its project length no fixed term', () => {
    const text =
      'Analista programmatore\nTorino\n\nOffriamo:\n- Collaborazione con P.IVA\n- Progetto di 6 mesi rinnovabile\n';
    expect(facts(text).employmentType).toBe('contract');
  });
});

describe('two towns joined by "and/or"', () => {
  it.each([
    [
      'Tecnico di laboratorio\nBergamo e/o Brescia\n\nCerchiamo un tecnico.',
      ['Bergamo', 'Brescia'],
    ],
    ['Técnico de mantenimiento\nSevilla y/o Málaga\n\nBuscamos un técnico.', ['Sevilla', 'Málaga']],
    ['Servicetechniker\nKöln und/oder Bonn\n\nWir suchen Verstärkung.', ['Köln', 'Bonn']],
  ])('the line under the title is both places, not the employer: %j', (text, places) => {
    const p = facts(text);
    expect(p.company).toBeNull();
    expect(p.locations).toEqual(places);
  });
});

describe('careers-page chrome around a posting', () => {
  it.each([
    [
      'All open jobs\n\nPayroll Specialist\n\nWe are hiring a payroll specialist in Leeds.',
      'Payroll Specialist',
    ],
    ['Toutes nos offres\n\nComptable\n\nNous recrutons un comptable à Nantes.', 'Comptable'],
    [
      'Alle offenen Stellen\n\nBuchhalter (m/w/d)\n\nWir suchen einen Buchhalter.',
      'Buchhalter (m/w/d)',
    ],
  ])('a link back to the job list is no title: %j', (text, title) => {
    expect(facts(text).title).toBe(title);
  });

  it.each([
    'Magazijnmedewerker\nVacatures\n\nWij zoeken een magazijnmedewerker.',
    'Mozo de almacén\nEmpleos\n\nBuscamos un mozo de almacén.',
    'Lagerist (m/w/d)\nStellenangebote\n\nWir suchen einen Lageristen.',
  ])('the job list heading under the title is no employer: %j', (text) => {
    expect(facts(text).company).toBeNull();
  });

  it('a Dutch heading written in two words is no employer', () => {
    const text =
      'Monteur installatietechniek\n\nFunctie omschrijving\n\nJe onderhoudt installaties bij klanten.\n\nFunctie eisen\n- VCA\n';
    expect(facts(text).company).toBeNull();
  });
});

const education = (text: string) =>
  extract({ text }).requirements.find((r) => r.kind === 'education') as
    | { level: string; equivalentAccepted: boolean }
    | undefined;

describe('a degree or practice in the field instead', () => {
  it.each([
    'Data Scientist (m/w/d)\n\nWas wir erwarten\n- Studium der Statistik oder Erfahrung auf diesem Gebiet\n',
    'Chargé de paie\n\nProfil recherché\n- Licence en gestion ou expérience dans le domaine\n',
    'Analista de datos\n\nRequisitos\n- Grado en Estadística o experiencia en el área\n',
  ])('the degree is asked with an equivalent accepted: %j', (text) => {
    expect(education(text)).toMatchObject({ level: 'bachelor', equivalentAccepted: true });
  });
});

describe('an Italian master or three-year degree', () => {
  it('"laurea magistrale o triennale" asks for the three-year degree at least', () => {
    const text =
      'Ingegnere di processo\n\nRequisiti:\n- Laurea magistrale o triennale in ingegneria chimica\n';
    expect(education(text)?.level).toBe('bachelor');
  });
});

describe('weekly hours written as a field', () => {
  it.each([
    ['Chauffeur\n\nUren per week: 38\n', 'full_time'],
    ['Kassierer (m/w/d)\n\nStunden pro Woche: 15-20\n', 'part_time'],
    ['Préparateur de commandes\n\nHeures par semaine : 35\n', 'full_time'],
  ])('the label, a colon, the hours: %j', (text, type) => {
    expect(facts(text).employmentType).toBe(type);
  });
});

describe("the applicant's consent to data processing", () => {
  it('a regulation named in the consent line is no skill', () => {
    const text =
      'Contabile\n\nRequisiti:\n- Conoscenza di Excel\n\nInviare il CV con il consenso al trattamento dei dati personali ai sensi del GDPR.\n';
    const names = extract({ text })
      .requirements.filter((r) => r.kind === 'skill')
      .map((r) => (r as { name: string }).name);
    expect(names).toContain('Excel');
    expect(names).not.toContain('GDPR');
  });
});

describe('a gender-marked role a few lines down', () => {
  it.each([
    [
      'Pflegedienst Sonnenschein GmbH\n\nWir suchen Sie!\n\nSie sind herzlich und zuverlässig? Dann passen Sie zu uns.\n\nStandort Nord:\n\nAlltagsbegleiter (m/w/d)\n\nWir suchen ab sofort Verstärkung.\n',
      'Alltagsbegleiter (m/w/d)',
    ],
    [
      'Boulangerie Dupont\n\nRejoignez-nous !\n\nNotre équipe grandit et nous cherchons du renfort pour la saison.\n\nMagasin centre :\n\nVendeur en boulangerie (H/F)\n\nPoste à pourvoir dès maintenant.\n',
      'Vendeur en boulangerie (H/F)',
    ],
  ])('is the title: %j', (text, title) => {
    expect(facts(text).title).toBe(title);
  });
});

describe('an education field whose value is "Profesional"', () => {
  it.each([
    'Contador\n\nPerfil académico: Profesional en contaduría pública con tarjeta profesional.\n',
    'Ingeniero de procesos\n\nNivel de estudios: Profesional en ingeniería química\n',
  ])('is a university degree: %j', (text) => {
    expect(education(text)?.level).toBe('bachelor');
  });

  it('"tecnólogo o profesional" stays the shorter programme', () => {
    const text =
      'Auxiliar contable\n\nNivel de estudios: Tecnólogo o profesional en contabilidad\n';
    expect(education(text)?.level).toBe('associate');
  });
});

describe('tools of Brazilian accounting offices and front-end builds', () => {
  const names = (text: string) =>
    extract({ text })
      .requirements.filter((r) => r.kind === 'skill')
      .map((r) => (r as { name: string }).name);

  it('the accounting suite and the tax regimes are named skills', () => {
    const text =
      'Assistente fiscal\n\nRequisitos:\n- Conhecimento no Sistema Domínio\n- Empresas do Simples Nacional e Lucro Real\n';
    expect(names(text)).toEqual(
      expect.arrayContaining(['Sistema Domínio', 'Simples Nacional', 'Lucro Real']),
    );
  });

  it('"domínio" alone is mastery, no tool', () => {
    const text = 'Analista\n\nRequisitos:\n- Domínio do pacote Office\n';
    expect(names(text)).not.toContain('Sistema Domínio');
  });

  it('package and browser tools of a front-end build', () => {
    const text = 'Front-end developer\n\nRequirements:\n- Bower or npm\n- Chrome Dev Tools\n';
    expect(names(text)).toEqual(expect.arrayContaining(['Bower', 'Chrome DevTools']));
  });
});
