import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * An "About" heading that names the employer with an article, an acronym in brackets, a web
 * address or a pictograph: "About the Northwind Lantern Society (NLS)", "## Sobre la Red Andina
 * de Semillas 🌱", "Sobre portal.ejemplo.org". Sentences in our own words.
 */
const company = (lines: string[]) => extract({ text: lines.join('\n') }).posting.company;

const posting = (title: string, heading: string, about: string, duties: string, req: string) => [
  title,
  '',
  duties,
  '',
  heading,
  '',
  about,
  '',
  req,
  '- 2 years of experience',
];

describe('an "About" heading with an article before the name', () => {
  it.each([
    [
      'en',
      'About the Northwind Lantern Society (NLS)',
      'The Northwind Lantern Society (NLS) is a volunteer body that keeps old lighthouses lit.',
      'Northwind Lantern Society',
    ],
    [
      'es',
      '## Sobre la Red Andina de Semillas 🌱',
      'La Red Andina de Semillas guarda variedades antiguas de maíz y papa.',
      'Red Andina de Semillas',
    ],
    [
      'de',
      'Über die Stadtwerke Nordhafen',
      'Die Stadtwerke Nordhafen versorgen die Stadt mit Wasser und Strom.',
      'Stadtwerke Nordhafen',
    ],
    [
      'fr',
      'À propos de la Fondation Lumière du Nord',
      'La Fondation Lumière du Nord soutient les bibliothèques de quartier.',
      'Fondation Lumière du Nord',
    ],
    [
      'pt',
      'Sobre a Rede Vitta Serra',
      'A Rede Vitta Serra reúne clínicas no interior do estado.',
      'Rede Vitta Serra',
    ],
  ])('%s: %s names the employer', (_lang, heading, about, name) => {
    expect(
      company(posting('Coordinator', heading, about, 'You will plan events.', 'Profile')),
    ).toBe(name);
  });

  it('reads a heading in capitals in the case the text writes the name', () => {
    const lines = posting(
      'Coordinator',
      'ABOUT THE NORTHWIND LANTERN SOCIETY',
      'The Northwind Lantern Society is a volunteer body that keeps old lighthouses lit.',
      'You will plan events.',
      'Profile',
    );
    expect(company(lines)).toBe('Northwind Lantern Society');
  });

  it("names the employer a board's hidden advertiser line stands for", () => {
    const lines = [
      'Junior Developer',
      'Company: Private Advertiser',
      '',
      'About the Harbour Widget Guild (HWG)',
      '',
      'The Harbour Widget Guild (HWG) supports makers of small tools.',
      '',
      'Requirements',
      '- 1 year of experience with TypeScript',
    ];
    expect(company(lines)).toBe('Harbour Widget Guild');
  });
});

describe('a web address or a pictograph in the "About" heading', () => {
  it('takes a web address as the name', () => {
    const lines = posting(
      'Desarrollador web',
      '## Sobre portal.ejemplo.org 🚀',
      'portal.ejemplo.org publica los datos abiertos del municipio.',
      'Vas a mantener el portal.',
      'Requisitos',
    );
    expect(company(lines)).toBe('portal.ejemplo.org');
  });

  it('drops a pictograph closing the heading', () => {
    const lines = posting(
      'Desarrollador web',
      '## Sobre Quipu Labs 🚀',
      'Somos un equipo pequeño.',
      'Vas a mantener el portal.',
      'Requisitos',
    );
    expect(company(lines)).toBe('Quipu Labs');
  });
});

describe('an "About the …" heading that names a section, not the employer', () => {
  it.each([
    ['About the Hiring Process', 'Our Hiring Process has two rounds; the hiring process is short.'],
    ['About the Role', 'The Role is new.'],
    ['About the Foundation', 'The Foundation is new. The Foundation grows.'],
    ['Sobre a Empresa', 'A Empresa cresce. A Empresa tem dez anos.'],
    ['About the Project Team', 'The Project Team has six people. The Project Team meets weekly.'],
  ])('%s names no employer', (heading, about) => {
    expect(
      company(posting('Coordinator', heading, about, 'You will plan events.', 'Profile')),
    ).toBeNull();
  });
});
