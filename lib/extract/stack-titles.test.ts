import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * The stack's side as the role ("Front-End", "Backend", "Fullstack"), as boards and issue-tracker
 * job boards title a developer's post: a title, then its place and employer. Our own words.
 */
const posting = (...lines: string[]) => extract({ text: lines.join('\n') }).posting;

describe("a title that names the stack's side, not a job noun", () => {
  it('reads a bracketed town, the side, and the employer after "na"', () => {
    const got = posting('[Curitiba] Back-End Pleno na Vetorial', '', 'Requisitos', '- Node.js');
    expect(got.title).toBe('[Curitiba] Back-End Pleno na Vetorial');
    expect(got.company).toBe('Vetorial');
    expect(got.locations).toEqual(['Curitiba']);
  });

  it('reads the side with a work model after it', () => {
    const got = posting('[Recife] Front-End Home Office', '', 'Requisitos', '- React');
    expect(got.title).toBe('[Recife] Front-End Home Office');
    expect(got.locations).toEqual(['Recife']);
  });

  it.each([
    ['Senior Backend at Tidewater', 'Tidewater'],
    ['Fullstack (React/Node) – Hafenwerk GmbH', 'Hafenwerk GmbH'],
  ])('reads %s as a title with its employer', (title, company) => {
    const got = posting(title, '', 'Requirements', '- 3 years of experience with Go');
    expect(got.title).not.toBeNull();
    expect(got.company).toBe(company);
  });
});

describe("the apprentice's post named alone", () => {
  it.each([
    ['Jovem Aprendiz', 'Requisitos', '- Cursando o ensino médio'],
    ['Aprendiz de Cocina', 'Requisitos', '- Ganas de aprender'],
  ])('reads %s as the title, not the employer', (title, heading, item) => {
    const got = posting(title, '', `${title} – Bauru`, '', heading, item);
    expect(got.title).toBe(title);
    expect(got.company).toBeNull();
  });
});

describe('trades named with "-man"', () => {
  it.each([['Chargeman'], ['Storeman'], ['Linesman']])(
    'reads %s over a duties heading',
    (title) => {
      const got = posting(
        title,
        'RESPONSIBILITIES',
        '• Keep the site safe.',
        'REQUIREMENTS',
        '• A licence.',
      );
      expect(got.title).toBe(title);
    },
  );

  it('leaves words that only end in "man" alone', () => {
    const got = posting('Human Resources', 'RESPONSIBILITIES', '• Keep records.');
    expect(got.title).toBeNull();
  });
});

describe('a city whose name holds a verb', () => {
  it('reads "Dar es Salaam" as no employer', () => {
    const got = posting(
      'Field Officer',
      'Location',
      'Dar es Salaam & Pwani Region',
      '',
      '- Degree',
    );
    expect(got.company).toBeNull();
  });
});

describe("an announcement's words, then a title label on the first line", () => {
  it.each([
    ['Job Vacancy-3 (Three) Voluntary Position : DATA CLERK', 'DATA CLERK'],
    ['Offre d’emploi - Poste : Technicien de maintenance', 'Technicien de maintenance'],
    ['Aviso de empleo - Puesto: Auxiliar administrativo', 'Auxiliar administrativo'],
  ])('%s', (line, title) => {
    expect(posting(line, '', 'Requirements', '- A certificate').title).toBe(title);
  });

  it('keeps a title whose colon opens a heading of its own', () => {
    const got = posting('Project Manager: Role Overview', '', 'Requirements', '- PMP');
    expect(got.title).toBe('Project Manager: Role Overview');
  });
});
