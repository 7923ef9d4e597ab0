import { describe, expect, it } from 'vitest';
import { extract } from './index';

const read = (...lines: string[]) => extract({ text: lines.join('\n') });
const years = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? r.minYears : null));
const education = (text: string) =>
  extract({ text }).requirements.find((r) => r.kind === 'education');

describe('a term field answered on the next line', () => {
  it.each([
    ['Job term:', '2 Temporary up to 18 months, may be extended'],
    ['Type de contrat :', 'CDD de 9 mois, renouvelable'],
    ['Vertragsart:', 'befristet auf 12 Monate'],
  ])('%s then %s is a fixed-term job', (label, value) => {
    const { posting } = read('Records Clerk', 'City Office', '', label, '', value);
    expect(posting.employmentTypes).toContain('temporary');
  });

  it('the value standing without a label above it stays unread', () => {
    const { posting } = read('Records Clerk', 'City Office', '', 'Temporary staff join our team.');
    expect(posting.employmentTypes).not.toContain('temporary');
  });
});

describe('months spent somewhere in a row are no experience', () => {
  it.each([
    'If you have lived outside the country for 6 or more months in a row, a police check is needed.',
    "Si vous avez vécu 6 mois d'affilée à l'étranger, un extrait de casier est demandé.",
    'Wer 6 Monate am Stück im Ausland gelebt hat, reicht ein Führungszeugnis ein.',
    'Chi ha vissuto 6 mesi di fila all’estero presenta un certificato.',
  ])('%s', (line) => {
    expect(years(`Clerk\nAcme\n\n${line}`)).toEqual([]);
  });

  it('experience years still count', () => {
    expect(years('Clerk\nAcme\n\nYou bring 6 or more months of experience in retail.')).toEqual([
      0.5,
    ]);
  });
});

describe('a degree that experience may stand in for', () => {
  it.each([
    'A degree in accounting is required. A combination of experience and education will be considered.',
    'Licence en gestion exigée ; une combinaison de formation et d’expérience est acceptée.',
    'Grado en Administración; se acepta una combinación de experiencia y formación.',
    'Hochschulabschluss in BWL oder eine Kombination aus Erfahrung und Ausbildung.',
  ])('%s', (line) => {
    expect(education(`Accountant\nAcme\n\nRequirements\n- ${line}`)?.equivalentAccepted).toBe(true);
  });
});

describe('a diploma or a degree written with a slash', () => {
  it.each([
    'Diploma/Bachelor’s degree in Business Analytics.',
    'Diploma / Degree in Logistics or a related field.',
  ])('the diploma is the minimum: %s', (line) => {
    const e = education(`Analyst\nAcme\n\nRequirements\n- ${line}`);
    expect(e?.kind === 'education' && e.level).toBe('associate');
  });
});

describe('a heading that lists assets', () => {
  it('makes the items under it preferred', () => {
    const x = read(
      'Watch Officer',
      'Emergency Office',
      '',
      'Although not essential, the following are considered assets:',
      '',
      '- 2 years of experience in a dispatch centre.',
      '',
      'Benefits',
      '',
      'A pension plan.',
    );
    const exp = x.requirements.find((r) => r.kind === 'experience');
    expect(exp?.required).toBe(false);
  });

  it('a Spanish heading of non-excluding requirements does too', () => {
    const x = read(
      'Analista',
      'Acme',
      '',
      'Requisitos no excluyentes:',
      '- 2 años de experiencia en SQL.',
    );
    expect(x.requirements.find((r) => r.kind === 'experience')?.required).toBe(false);
  });
});

describe('driving endorsements, nursing standing and an architecture pattern', () => {
  const names = (...lines: string[]) =>
    extract({ text: ['Role', 'Acme', '', 'Requirements', ...lines].join('\n') }).requirements.map(
      (r) => ('name' in r ? r.name : r.kind),
    );

  it('a tanker endorsement and a DOT medical card are credentials', () => {
    const got = names('- Class A CDL with a tanker endorsement', '- A valid DOT medical card');
    expect(got).toContain('Tanker endorsement');
    expect(got).toContain('DOT medical card');
  });

  it('a registered nurse in good standing holds a nursing licence', () => {
    expect(
      names('- You are a Registered Nurse in good standing with the provincial college'),
    ).toContain('Nursing licence');
  });

  it('MVVM is a named method', () => {
    expect(names('- Desktop apps built with MVVM and XAML')).toContain('MVVM');
  });
});

describe('being sent to work elsewhere', () => {
  it('a deployment to other regions is travel', () => {
    const x = read(
      'Crew Leader',
      'Wildfire Service',
      '',
      '- Must be able to be deployed nationally or overseas.',
    );
    expect(x.requirements.some((r) => r.kind === 'travel')).toBe(true);
  });

  it('code deployed to production is not', () => {
    const x = read('Developer', 'Acme', '', '- Features must be deployed to production weekly.');
    expect(x.requirements.some((r) => r.kind === 'travel')).toBe(false);
  });
});

describe('a condition about other posts', () => {
  const languages = (line: string) =>
    read('Clerk', 'Acme', '', line).requirements.filter((r) => r.kind === 'language');

  it.each([
    'If the position is bilingual (English/French), you will also pass a French test.',
    'Si le poste est bilingue (anglais/français), un test de français est prévu.',
    'Falls die Stelle zweisprachig ist, prüfen wir auch Ihr Französisch.',
    'Si el puesto es bilingüe (inglés/español), habrá una prueba de inglés.',
  ])('names no language of this job: %s', (line) => {
    expect(languages(line)).toEqual([]);
  });

  it('a plain requirement still counts', () => {
    expect(languages('Fluent French is required for this role.').length).toBe(1);
  });
});

describe("a record's number under the title", () => {
  it.each(['Competition # : 58211', 'Job ID: R-40917'])('%s names no employer', (idLine) => {
    const { posting } = read(
      'Watch Officer',
      '',
      idLine,
      '',
      'Department: Public Safety',
      '',
      'Location: Halifax',
    );
    expect(posting.company).toBeNull();
  });
});
