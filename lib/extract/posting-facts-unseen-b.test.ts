import { describe, expect, it } from 'vitest';
import { namedOf } from '../testing/requirements';
import { extract } from './index';

/**
 * Posting facts met in a second set of unseen real postings (Dutch company records, Portuguese and
 * Brazilian boards, Australian, Singaporean and Irish headers). Every text here is written for the
 * test, modelled on the pattern, not copied.
 */

const posting = (text: string) => extract({ text }).posting;
const travels = (text: string) => extract({ text }).requirements.some((r) => r.kind === 'travel');

describe('header places with their regions', () => {
  it('reads places separated by " / " or a bullet, each with its own region', () => {
    const au = posting(
      'Data Analyst\nHarbourline\nPerth, WA / Brisbane, QLD, Australia\n\nAbout us',
    );
    expect(au.company).toBe('Harbourline');
    expect(au.locations).toEqual(['Perth, WA', 'Brisbane, QLD, Australia']);
    const sg = posting(
      'Platform Engineer\nTidewater Labs\nSingapore • Kuala Lumpur, Malaysia\n\nHybrid',
    );
    expect(sg.locations).toEqual(['Singapore', 'Kuala Lumpur, Malaysia']);
  });

  it('keeps a line that is no list of places out of the places', () => {
    expect(
      posting('Designer\nStudio Nord\nBrand / Product, Design team\n\nAbout').locations,
    ).toEqual([]);
  });
});

describe('a work model leading the place line is no employer', () => {
  it('reads "Volledig remote — Nederland" as the work model, the line above as the company', () => {
    const p = posting(
      'Backend-ontwikkelaar\nDijkwerk\nVolledig remote — Nederland, EU\n\nTeam: IT',
    );
    expect(p.company).toBe('Dijkwerk');
    expect(p.workplace).toBe('remote');
  });
});

describe('employment type', () => {
  it('reads a rolling contract as a contractor engagement, a months contract as fixed-term', () => {
    expect(posting('BI Developer\nEmployment Type: 6-month rolling contract').employmentType).toBe(
      'contract',
    );
    expect(posting('Teacher\n(18 Months Contract Appointment)').employmentType).toBe('temporary');
  });
});

describe('travel and relocation in Portuguese', () => {
  it('reads European Portuguese "deslocações" and a possible need for trips', () => {
    expect(
      travels('Outros requisitos:\n» Disponibilidade para deslocações pontuais ao Porto'),
    ).toBe(true);
    expect(
      travels(
        'O trabalho é remoto, mas poderá ser necessária a ida ao cliente e viagens para as fábricas.',
      ),
    ).toBe(true);
  });

  it('reads "mudança" as a move only when it is one', () => {
    expect(
      posting('Atividades: tratar solicitações de mudança e dar apoio à operação.').relocation,
    ).toBeNull();
    expect(posting('Oferecemos ajuda de mudança para quem vem de outro estado.').relocation).toBe(
      'offered',
    );
  });
});

describe('ordinary words that are no tools', () => {
  it('does not read Portuguese "COM" in a title written in capitals as a tool', () => {
    expect(namedOf('CONSULTOR SÊNIOR COM INGLÊS AVANÇADO\nRequisitos: Oracle')).toEqual([
      ['Oracle Database', true],
    ]);
  });

  it('does not read Italian "e business" as E-Business', () => {
    expect(namedOf('Offriamo corsi su tecnologie e business, oltre a buoni pasto.')).toEqual([]);
  });
});

describe('tools named in unseen postings', () => {
  it('reads analytics, translation and animation tools the catalogue lacked', () => {
    const names = namedOf(
      'Requirements\n- QuickSight or MS Fabric dashboards\n- Dataform, EasyMorph\n- Trados Studio, memoQ\n- GSAP',
    ).map(([n]) => n);
    expect(names).toEqual([
      'Amazon QuickSight',
      'Microsoft Fabric',
      'Dataform',
      'EasyMorph',
      'Trados Studio',
      'memoQ',
      'GSAP',
    ]);
  });

  it('reads a team named after a discipline as no tool (Dutch, Italian, Portuguese, English)', () => {
    expect(namedOf('Je werkt in ons team Business Intelligence aan dashboards.')).toEqual([]);
    expect(namedOf('Je komt in een van de drie DevOps-teams van de afdeling.')).toEqual([]);
    expect(namedOf('Entrerai nel nostro team Data Science a Torino.')).toEqual([]);
    expect(namedOf('Vais integrar a nossa equipa DevOps em Braga.')).toEqual([]);
    expect(namedOf('Requirements\n- DevOps practices and Scrum')).toEqual([
      ['DevOps', true],
      ['Scrum', true],
    ]);
  });
});

describe('places joined by "or" with their countries, and a work-from-home perk', () => {
  it('reads the towns and leaves their countries out', () => {
    expect(
      posting('Data Engineer\nKestrel\nPerth or Adelaide, Australia\n\nAbout').locations,
    ).toEqual(['Perth', 'Adelaide']);
    expect(posting('Analyst\nKestrel\nPune, India or Kraków, Poland\n\nAbout').locations).toEqual([
      'Pune',
      'Kraków',
    ]);
    expect(posting('Analyst\nKestrel\nCampinas, São Paulo\n\nAbout').locations).toEqual([
      'Campinas, São Paulo',
    ]);
  });

  it('reads a work-from-home allowance as a perk, not the work model', () => {
    const p = posting('Analyst\nSingapore\nHybrid\nFull-time\n\nPerks\n- WFH equipment allowance');
    expect(p.workplace).toBe('hybrid');
  });

  it('reads "degree or practical experience" as experience accepted', () => {
    const edu = extract({
      text: 'Requirements\n- A degree in statistics or practical experience in analytics',
    }).requirements.filter((r) => r.kind === 'education');
    expect(edu.map((r) => r.kind === 'education' && r.equivalentAccepted)).toEqual([true]);
  });
});

describe('a duty line opening with a verb before a list of tools', () => {
  it('does not read the opening verb as an unknown tool', () => {
    expect(
      namedOf(
        'Responsibilities\n- Build and maintain pipelines using dbt or Looker, Apache Airflow',
      ),
    ).toEqual([
      ['dbt', true],
      ['Looker', true],
      ['Airflow', true],
    ]);
  });

  it('keeps the places of a line that also names a work model', () => {
    expect(posting('Analyst\nKestrel\nValletta, Malta / Remote Europe\n\nAbout').locations).toEqual(
      ['Valletta, Malta'],
    );
  });
});
