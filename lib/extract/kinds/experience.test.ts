import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractExperience } from './experience';

function sentence(text: string, section: Sentence['section'] = null): Sentence {
  return { text, start: 0, end: text.length, heading: null, section };
}

function years(text: string, section: Sentence['section'] = null) {
  return extractExperience(sentence(text, section)).flatMap((f) =>
    f.kind === 'experience' ? [{ minYears: f.minYears, maxYears: f.maxYears, field: f.field }] : [],
  );
}

describe('extractExperience: English', () => {
  it.each([
    ['5+ years of experience in B2B sales', 5, null, 'B2B sales'],
    ['3-5 years of experience with React', 3, 5, 'React'],
    ['At least five years of professional experience', 5, null, null],
    [
      'Minimum of 4 years experience in a senior customer support role, preferably in fast-paced online support',
      4,
      null,
      'senior customer support role',
    ],
    [
      '5 years experience in marketingadvertisingdigital, with specific acumen across search',
      5,
      null,
      'marketing, advertising, digital',
    ],
    ['Between 2 and 4 years of relevant experience', 2, 4, null],
    // A job title is read as the work it stands for, as the profile reads its roles.
    ["7+ years' experience as a product designer", 7, null, 'product design'],
    ['6 months of experience in customer service', 0.5, null, 'customer service'],
    ['18 months experience in retail', 1.5, null, 'retail'],
    ['Up to 2 years of experience in logistics', null, 2, 'logistics'],
    ['10+ yrs exp in embedded systems', 10, null, 'embedded systems'],
    ['You have 8 years of B2B sales experience', 8, null, 'B2B sales'],
    ['Experience: 3 years minimum', 3, null, null],
    ['5+ years of professional backend development experience', 5, null, 'backend development'],
    ['5+ years of Java', 5, null, 'Java'],
    ['4+ years of Python in production', 4, null, 'Python'],
    ["2+ years' experience with PostgreSQL at scale", 2, null, 'PostgreSQL'],
    [
      'At least 3 yrs managing paid social budgets above $1M/year',
      3,
      null,
      'managing paid social budgets',
    ],
    // "A similar role" names no field: a plain years requirement.
    ['Minimum 2 years in a similar role', 2, null, null],
    ['3+ years working in hospitality', 3, null, 'hospitality'],
    ['5 years or more working with Spark', 5, null, 'Spark'],
    ['Minimum two (2) years of classroom teaching experience', 2, null, 'classroom teaching'],
    ['1-2 years of outbound sales or SDR experience', 1, 2, 'outbound sales or SDR'],
    ['5 years minimum of hands-on Linux administration', 5, null, 'Linux administration'],
    [
      '3+ years of non-internship professional software development experience',
      3,
      null,
      'software development',
    ],
    ['2+ years of experience programming with at least one language', 2, null, 'programming'],
    ['Minimum 1 year verifiable OTR experience within the last 3 years', 1, null, 'OTR'],
    ['Industrial maintenance: 3 years (Required)', 3, null, 'Industrial maintenance'],
    ['Years of experience: 0-2', 0, 2, null],
    ['Years of experience: 3+', 3, null, null],
    ['A decade of experience in enterprise security sales', 10, null, 'enterprise security sales'],
    [
      '4+ years of experience in analytics, data science or a related field',
      4,
      null,
      'analytics, data science or a related field',
    ],
    ['or 3 years of work experience with a PhD degree', 3, null, null],
    ['1 year+ bartending experience in a high-volume venue', 1, null, 'bartending'],
    ['Five or more years of experience gathering requirements', 5, null, 'gathering requirements'],
    ['A minimum of 1 year working on design systems', 1, null, 'design systems'],
  ])('%s', (text, min, max, field) => {
    expect(years(text)).toEqual([{ minYears: min, maxYears: max, field }]);
  });

  it('reads a second duration in the same sentence with its own field', () => {
    expect(
      years('3-5 years of customer support experience, including at least 1 year leading a team'),
    ).toEqual([
      { minYears: 3, maxYears: 5, field: 'customer support' },
      { minYears: 1, maxYears: null, field: 'leading a team' },
    ]);
  });

  it.each([
    ['3 years of B2B SaaS sales', 3, null, 'B2B SaaS sales'],
    ['Over 5 years in data engineering, building pipelines', 5, null, 'data engineering'],
    ['3 years of retail analytics', 3, null, 'retail analytics'],
    ['3–5 yrs building production web apps with React', 3, 5, 'building production web apps'],
  ])('reads "%s" under a requirements heading', (text, min, max, field) => {
    expect(years(text, 'required')).toEqual([{ minYears: min, maxYears: max, field }]);
    expect(years(text)).toEqual([]);
  });

  it('reads a second count that borrows the unit of the first', () => {
    expect(years('6+ years of B2B marketing experience, at least 2 in a management role')).toEqual([
      { minYears: 6, maxYears: null, field: 'B2B marketing' },
      { minYears: 2, maxYears: null, field: 'management role' },
    ]);
    expect(years('5+ years of experience in sales, 2 of which in leadership')).toEqual([
      { minYears: 5, maxYears: null, field: 'sales' },
      { minYears: 2, maxYears: null, field: 'leadership' },
    ]);
    expect(years('5+ years of experience in sales, in 2 markets at least')).toEqual([
      { minYears: 5, maxYears: null, field: 'sales' },
    ]);
  });

  it('reads "N years in a role" only under a requirements heading', () => {
    expect(years('3 years in a recruiting role', 'required')).toEqual([
      { minYears: 3, maxYears: null, field: 'recruiting role' },
    ]);
    expect(years('3 years in Berlin changed us')).toEqual([]);
  });
});

describe('extractExperience: other languages', () => {
  it.each([
    ["2 ans d'expérience minimum dans la vente", 2, null, 'vente'],
    ["3 à 5 ans d'expérience en gestion de projet", 3, 5, 'gestion de projet'],
    [
      "Vous justifiez d'au moins trois ans d'expérience en tant que développeur",
      3,
      null,
      'développement',
    ],
    ['Mindestens 3 Jahre Berufserfahrung im Vertrieb', 3, null, 'Vertrieb'],
    ['2-3 Jahre Erfahrung in der Softwareentwicklung', 2, 3, 'Softwareentwicklung'],
    ['Al menos 5 años de experiencia en atención al cliente', 5, null, 'atención al cliente'],
    ['Experiencia mínima de 3 años en puestos similares', 3, null, 'puestos similares'],
    // "Nel ruolo" is the post itself, no field of work.
    ['Almeno 2 anni di esperienza nel ruolo', 2, null, null],
    ['Pregressa esperienza nel ruolo di almeno 3 anni', 3, null, null],
    ['Mehrjährige Berufserfahrung (mind. 3 Jahre) im Controlling', 3, null, 'Controlling'],
    [
      "Vous justifiez d'une expérience significative (5 ans minimum) en contrôle de gestion",
      5,
      null,
      'contrôle de gestion',
    ],
    ['Je hebt 3 tot 5 jaar ervaring als accountmanager', 3, 5, 'accountmanager'],
    ['Pelo menos 3 anos de experiência em vendas', 3, null, 'vendas'],
    ['Minimaal 3 jaar werkervaring als accountmanager', 3, null, 'accountmanager'],
  ])('%s', (text, min, max, field) => {
    expect(years(text)).toEqual([{ minYears: min, maxYears: max, field }]);
  });
});

describe('extractExperience: traps', () => {
  it.each([
    'Founded 20 years ago, we have grown into a global team with deep experience.',
    'We are a 10-year-old company with experience in payments.',
    'For over 30 years we have helped customers with our experience.',
    'Our team has 15 years of experience in fintech.',
    'We have 25 years of experience building boats.',
    'Every laptop comes with a 3-year warranty and our experience.',
    'This is a 12-month contract for an experienced analyst.',
    'Candidates must be 18 years or older.',
    'You must be at least 18 years of age.',
    'Depuis plus de 20 ans, notre expérience fait la différence.',
    'Seit 25 Jahren bringen wir Erfahrung in die Logistik.',
    'Contrato de 6 meses con experiencia garantizada.',
    'Our platform has 10 years of experience data.',
    'A team of 12 engineers with 80 years of combined experience.',
    "Forte de 35 ans d'expérience, notre équipe compte 120 personnes.",
    'With over 20 years of experience in retail, we know what shoppers want.',
    'Our founders bring two decades of experience in logistics.',
    'Notre équipe cumule 50 ans d’expérience.',
    "Bachelor's degree in Business, or 4 years of equivalent work experience",
    'Our average customer has been with us for 6 years and our team has 200 years of experience.',
  ])('%s', (text) => {
    expect(
      years(text, 'required').filter((e) => e.minYears !== null || e.maxYears !== null),
    ).toEqual([]);
  });

  it('keeps the candidate requirement next to a contract length', () => {
    expect(years('12-month contract; 3 years of experience in audit required')).toEqual([
      { minYears: 3, maxYears: null, field: 'audit' },
    ]);
  });
});

describe('extractExperience: qualitative', () => {
  it('keeps experience without a number when the line reads as a requirement', () => {
    expect(years('Demonstrated experience in an operational and/or support role.')).toEqual([
      { minYears: null, maxYears: null, field: 'operational and/or support role' },
    ]);
    expect(years('Mehrjährige Berufserfahrung im Projektmanagement')).toEqual([
      { minYears: null, maxYears: null, field: 'Projektmanagement' },
    ]);
    expect(
      years('Experience working with vendor partners, especially in quality programs', 'required'),
    ).toEqual([{ minYears: null, maxYears: null, field: 'working with vendor partners' }]);
    expect(years('Une expérience en chirurgie orthopédique serait un plus', 'required')).toEqual([
      { minYears: null, maxYears: null, field: 'chirurgie orthopédique' },
    ]);
  });

  it('reads the line after a short lead-in and drops the verb before a qualifier', () => {
    expect(
      years('Débutant accepté : une première expérience dans la vente serait appréciée.'),
    ).toEqual([{ minYears: null, maxYears: null, field: 'vente' }]);
    expect(years('Erste Erfahrung in der Krippenarbeit ist wünschenswert', 'required')).toEqual([
      { minYears: null, maxYears: null, field: 'Krippenarbeit' },
    ]);
  });

  it('reads British "experience of"', () => {
    expect(
      years('Essential: Experience of working in an acute hospital setting', 'required'),
    ).toEqual([{ minYears: null, maxYears: null, field: 'working in an acute hospital setting' }]);
  });

  it('reads an item after a semicolon', () => {
    expect(
      years(
        "Preferred: Bachelor's degree; experience supporting Chromebooks in a K-12 environment",
        'preferred',
      ),
    ).toEqual([
      { minYears: null, maxYears: null, field: 'supporting Chromebooks in a K-12 environment' },
    ]);
  });

  it('keeps a bare "experience in X" only where a requirement is stated', () => {
    expect(years('Experience in oncology or immunology')).toEqual([]);
    expect(years('Experience in oncology or immunology', 'preferred')).toEqual([
      { minYears: null, maxYears: null, field: 'oncology or immunology' },
    ]);
    expect(years('Experience in retail is required')).toEqual([
      { minYears: null, maxYears: null, field: 'retail' },
    ]);
  });

  it('reads no requirement into what the job will teach', () => {
    expect(
      years('You will gain experience in distributed systems at massive scale', 'required'),
    ).toEqual([]);
    expect(years('Teachers here get experience in project-based learning from day one')).toEqual(
      [],
    );
    expect(
      years('Sie sammeln Erfahrung in der Erstellung von Monatsabschlüssen', 'required'),
    ).toEqual([]);
  });

  it('leaves "experience with <tool>" to the skill extractor', () => {
    expect(years('Experience with Docker, Terraform and CI/CD pipelines')).toEqual([]);
    expect(years('Erfahrung mit SAP von Vorteil')).toEqual([]);
  });

  it('ignores experience mentioned in passing', () => {
    expect(years('We want you to have a great experience with us.')).toEqual([]);
    expect(years('The candidate experience matters to us.')).toEqual([]);
  });
});

describe('extractExperience: ranges and bounds, in every language', () => {
  it.each([
    // An open upper end states only the minimum.
    ['8–12+ years of experience in retail banking', 8, null],
    ['Experience: 4-9+ yrs', 4, null],
    // Figures repeated in brackets and a unit on both ends.
    ['Four (4) to six (6) years of related experience in payroll', 4, 6],
    ['Experience: 2 years to less than 4 years', 2, 4],
    ['Esperienza di almeno 1 e massimo 3 anni nel ruolo', 1, 3],
    ['Entre 2 y 4 años de experiencia en logística', 2, 4],
    ['Expérience de 3 à 6 ans dans la vente', 3, 6],
    ['Mindestens 2 bis 5 Jahre Berufserfahrung im Vertrieb', 2, 5],
    ['Mínimo 1 ano com desenvolvimento de APIs', 1, null],
    ['Minimaal 3 jaar werkervaring in de zorg', 3, null],
    // A "+" on the lower end of a range is its floor, the upper end still stated.
    ['Experience band: 2+ to 6 years in field sales', 2, 6],
    ['Expérience : 4+ à 7 ans en maintenance industrielle', 4, 7],
    ['Berufserfahrung: 3+ bis 6 Jahre in der Pflege', 3, 6],
    ['Experiencia: 5+ a 9 años en auditoría', 5, 9],
  ])('%s', (text, min, max) => {
    expect(years(text, 'required')).toEqual([
      expect.objectContaining({ minYears: min, maxYears: max }),
    ]);
  });
});

describe('extractExperience: years that are not the candidate’s', () => {
  it.each([
    'Our three partners bring a combined 45+ years of logistics experience.',
    'Acme Freight has nearly 30 years’ experience of moving goods across Europe.',
    'If you hear nothing within 2 months of the closing date, your application was unsuccessful.',
    'You will complete an accredited 3-year minimum training programme in surgery.',
    'La empresa, con experiencia de más de 70 años, opera en doce países.',
    'Notre cabinet, fort de plus de 25 ans d’expérience, accompagne les PME.',
  ])('%s', (text) => {
    expect(years(text, 'required')).toEqual([]);
  });

  it('keeps what the candidate has, even after "has"', () => {
    expect(years('The ideal candidate has 6 years of experience in audit')).toEqual([
      { minYears: 6, maxYears: null, field: 'audit' },
    ]);
  });
});

describe('extractExperience: a range where a requirement is stated needs no experience word', () => {
  it.each([
    ['Looking for: 4–6 yrs frontend, happy to work alone.', 4, 6, 'frontend'],
    ['Wir suchen: 2–4 Jahre Vertrieb, gern im Außendienst.', 2, 4, 'Vertrieb'],
    ['Buscamos: 3-6 años en logística de almacén', 3, 6, 'logística de almacén'],
  ])('%s', (text, min, max, field) => {
    expect(years(text)).toEqual([{ minYears: min, maxYears: max, field }]);
  });

  it('reads no range of years that is not asked of the candidate', () => {
    expect(years('The lease runs 2-3 years')).toEqual([]);
    expect(years('We are looking for a 2-3 year commitment to the programme')).toEqual([]);
  });
});

describe('extractExperience: a record value alone on its line', () => {
  it.each([
    ['Mindestens 3 Jahre', 3, null],
    ['Al menos 4 años', 4, null],
    ['Ten minste 2 jaar', 2, null],
    ['Au moins 1 an', 1, null],
    ['2 years to less than 5 years', 2, 5],
  ])('%s', (text, min, max) => {
    expect(years(text)).toEqual([{ minYears: min, maxYears: max, field: null }]);
  });

  it('leaves a bare count or a number of months alone', () => {
    expect(years('3 years')).toEqual([]);
    expect(years('At least 6 months')).toEqual([]);
    expect(years('Pelo menos 2 anos de garantia')).toEqual([]);
  });
});

describe('extractExperience: a count below a bound is a maximum, not a minimum', () => {
  it.each([
    ['Beperkte werkervaring (< 2 jaar)', 2],
    ['Experience: < 3 years in retail', 3],
    ['Berufserfahrung: ≤ 1 Jahr', 1],
    ['Experiencia menor a 2 años en atención al cliente', 2],
  ])('%s', (text, max) => {
    expect(years(text).map((y) => [y.minYears, y.maxYears])).toEqual([[null, max]]);
  });

  it('still reads a bound above as a minimum', () => {
    expect(years('Ruime werkervaring (> 5 jaar)').map((y) => [y.minYears, y.maxYears])).toEqual([
      [5, null],
    ]);
  });
});

describe('extractExperience: an open upper end after a range', () => {
  it.each([
    ['3/5 years or more of experience in a similar role', 3, null],
    ["2-4 ans ou plus d'expérience en cuisine", 2, null],
    ['3-5 Jahre oder mehr Berufserfahrung', 3, null],
    ['2-4 anni o più di esperienza nel ruolo', 2, null],
    // A minimum word after a range keeps both ends.
    ['3-5 years minimum experience in audit', 3, 5],
  ])('%s', (text, min, max) => {
    expect(years(text, 'required')).toEqual([
      expect.objectContaining({ minYears: min, maxYears: max }),
    ]);
  });
});

describe('extractExperience: years in brackets closing an item under an experience heading', () => {
  const under = (text: string, heading: string) =>
    extractExperience({ text, start: 0, end: text.length, heading, section: null }).map((f) =>
      f.kind === 'experience' ? [f.minYears, f.field] : [],
    );

  it('reads the item the bracket closes as the field', () => {
    expect(
      under('Knowledge of rail signalling (at least 3 years)', 'Knowledge and experience'),
    ).toEqual([[3, 'Knowledge of rail signalling']]);
    expect(
      under('Manejo de carretillas elevadoras (mínimo 2 años)', 'Conocimientos y experiencia'),
    ).toEqual([[2, 'Manejo de carretillas elevadoras']]);
  });

  it('needs the heading to be about experience', () => {
    expect(under('Knowledge of rail signalling (at least 3 years)', 'About the site')).toEqual([]);
  });
});

describe('extractExperience: a way of working is no field', () => {
  it.each([
    'Experience working on several client accounts at the same time',
    'Erfahrung in der gleichzeitigen Betreuung mehrerer Baustellen',
    'Expérience de la gestion de plusieurs chantiers en parallèle',
    'Experiencia gestionando varios proyectos a la vez con distintos equipos',
    'Esperienza nel coordinamento di più cantieri contemporaneamente',
    'Experiência em conduzir vários projetos simultaneamente',
    'Ervaring met het begeleiden van meerdere projecten tegelijkertijd',
  ])('drops the bare item %s', (text) => {
    expect(years(text, 'required')).toEqual([]);
  });

  it.each([
    ['4 years of experience handling numerous suppliers', 4],
    ['2 Jahre Erfahrung in der Abstimmung mit verschiedenen Fachabteilungen', 2],
    ["3 ans d'expérience en coordination de multiples intervenants", 3],
    ['5 anos de experiência trabalhando sob pressão', 5],
  ])('keeps the years of %s without a field', (text, min) => {
    expect(years(text, 'required')).toEqual([{ minYears: min, maxYears: null, field: null }]);
  });

  it('keeps the domain a task phrase ends in, and real domains as they are', () => {
    expect(
      years('Experience coordinating several crews in the offshore wind sector', 'required'),
    ).toEqual([{ minYears: null, maxYears: null, field: 'offshore wind sector' }]);
    expect(years('6 years of experience in parallel computing', 'required')).toEqual([
      { minYears: 6, maxYears: null, field: 'parallel computing' },
    ]);
  });
});

describe('extractExperience: years where a requirement is stated, with a post or a qualifier', () => {
  it.each([
    ['Minimum 3 years, ideally 5 years, in a client-facing role', 3, 'client-facing role'],
    ['Au moins 2 ans, de préférence dans un poste similaire', 2, null],
    ['Mindestens 4 Jahre, gern als Teamleitung in einer Rolle mit Budget', 4, null],
    ['4+ years preferred in hospitality', 4, 'hospitality'],
    ['2 anni desiderabili nel ruolo di magazziniere', 2, 'magazziniere'],
    ['2 ans minimum, idéalement dans le poste de chef de rang', 2, 'chef de rang'],
    ['6 years PQE in employment law', 6, 'employment law'],
  ])('%s', (text, min, field) => {
    const found = years(text, 'required');
    expect(found[0]).toMatchObject({ minYears: min });
    if (field !== null) expect(found[0]?.field).toBe(field);
  });

  it('keeps a company that speaks of its own years without a pronoun', () => {
    expect(years('Con más de 20 años en el sector, somos un referente', 'required')).toEqual([]);
    expect(years('Con oltre 15 anni nel settore, siamo leader in Italia', 'required')).toEqual([]);
  });
});

describe('extractExperience: words that name no field leave a plain years requirement', () => {
  it.each([
    ['You bring 4 years of experience in the field', 4],
    ['6+ years of total work experience', 6],
    ['Experience: 3 years total work experience', 3],
    ['2 years of experience in the industry or a related area', 2],
    ['At least 5 years of overall professional experience', 5],
    ['3 years of experience in this domain', 3],
    ['Two years of experience in a similar position', 2],
    ['Vous justifiez de 3 ans d’expérience dans le domaine', 3],
    ['Au moins 2 ans dans un poste similaire', 2],
    ['Sie bringen 5 Jahre Berufserfahrung im Bereich mit', 5],
    ['Mindestens 2 Jahre Erfahrung in einer vergleichbaren Position', 2],
    ['Se requieren 4 años de experiencia en el sector', 4],
    ['Almeno 3 anni di esperienza nel settore', 3],
    ['Experiência mínima de 2 anos na área', 2],
    ['Minimaal 5 jaar werkervaring in het vakgebied', 5],
  ])('%s', (text, min) => {
    expect(years(text, 'required')).toEqual([{ minYears: min, maxYears: null, field: null }]);
  });

  it('keeps a real field beside those words', () => {
    expect(years('4 years of experience in the logistics industry', 'required')[0]?.field).toBe(
      'logistics industry',
    );
    expect(years('3 ans d’expérience dans le domaine bancaire', 'required')[0]?.field).toMatch(
      /bancaire/,
    );
    expect(
      years('Almeno 2 anni di esperienza nel settore alberghiero', 'required')[0]?.field,
    ).toMatch(/alberghiero/);
  });

  it('keeps a qualitative line without a field', () => {
    expect(years('Experience in the field is a plus', 'required')).toEqual([
      { minYears: null, maxYears: null, field: null },
    ]);
  });
});

describe('extractExperience: a job title read as the work it stands for', () => {
  it.each([
    ['3 years as a ReactJS Developer', 'ReactJS Development'],
    ['4+ years of experience working as a Senior Data Analyst', 'Data Analysis'],
    ['2 years of experience as a registered nurse', 'registered nursing'],
    ['5 years of experience as a Marketing Manager', 'Marketing'],
  ])('%s', (text, field) => {
    expect(years(text, 'required')[0]?.field).toBe(field);
  });

  it('leaves a field that is no title alone', () => {
    expect(years('5 years in a senior customer support role', 'required')[0]?.field).toBe(
      'senior customer support role',
    );
    expect(years('3 years of experience in backend development', 'required')[0]?.field).toBe(
      'backend development',
    );
  });
});

describe('extractExperience: French "en tant que" before a post', () => {
  it('takes the post whole, not "tant que"', () => {
    expect(years('Au moins 3 ans en tant que Développeur Java', 'required')[0]?.field).toBe(
      'Développeur Java',
    );
    expect(years('2 ans en tant que serveur en brasserie', 'required')[0]?.field).toMatch(
      /^serveur/,
    );
  });
});

describe('extractExperience: years of residence are no experience', () => {
  it.each([
    'Vetted roles need 5 to 10 years of continuous residency in the UK.',
    'Applicants need at least three years of residence in Ireland.',
    'Mindestens 5 Jahre ununterbrochener Aufenthalt in Deutschland ist Voraussetzung.',
    'Vous justifiez de 5 ans de résidence en France.',
  ])('%j', (text) => {
    expect(years(text)).toEqual([]);
  });

  it('keeps the experience beside the residence', () => {
    expect(
      years('You need 3 years of residence in Ireland and 2 years of experience in retail.'),
    ).toEqual([{ minYears: 2, maxYears: null, field: 'retail' }]);
  });
});

describe('extractExperience: a record label that names its field before the noun', () => {
  it.each([
    ['Forklift experience: 2 years (Preferred)', 2, 'Forklift'],
    ['Gastro Erfahrung: 3 Jahre', 3, 'Gastro'],
    ['Retail ervaring: 1 jaar', 1, 'Retail'],
  ])('%s', (text, min, field) => {
    expect(years(text, 'required')).toEqual([expect.objectContaining({ minYears: min, field })]);
  });

  it('keeps a qualifier before the noun out of the field', () => {
    expect(years('Relevant experience: 2 years', 'required')).toEqual([
      expect.objectContaining({ minYears: 2, field: null }),
    ]);
  });

  it('names no field when the label before the noun is the years themselves', () => {
    expect(years('Years of Experience: 8 to 12 years', 'required')).toEqual([
      expect.objectContaining({ minYears: 8, maxYears: 12, field: null }),
    ]);
    expect(years('Años de experiencia: 3 años', 'required')).toEqual([
      expect.objectContaining({ minYears: 3, field: null }),
    ]);
    expect(years('Anni di esperienza: 2 anni', 'required')).toEqual([
      expect.objectContaining({ minYears: 2, field: null }),
    ]);
  });
});
