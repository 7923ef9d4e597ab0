import { describe, expect, it } from 'vitest';
import { namedOf, requirementsOf, schoolingOf, spokenOf } from '../testing/requirements';

/**
 * Requirement patterns met in real postings the engine had not seen (English from several
 * countries, German, French, Spanish, Italian, Portuguese, Dutch). Every sentence here is written
 * for the test, modelled on the pattern, not copied.
 */

describe('preferred markers that close an item', () => {
  it('reads a bare ", an asset" after a bullet as preferred for the whole bullet', () => {
    expect(
      namedOf('Requirements\n- Hands-on work with Ansible or a similar tool, an asset'),
    ).toEqual([['Ansible', false]]);
    expect(namedOf('Requirements\n- Some Kubernetes, Helm, a bonus\n- Terraform')).toEqual([
      ['Kubernetes', false],
      ['Helm', false],
      ['Terraform', true],
    ]);
  });

  it('keeps a required item required when the marker names another thing', () => {
    expect(namedOf('Requirements\n- Python, Rust a plus')).toEqual([
      ['Python', true],
      ['Rust', false],
    ]);
  });

  it('reads "helpful" and "an added bonus" as preferred', () => {
    expect(
      spokenOf('Requirements\n- Good English (Portuguese is helpful, but not required).'),
    ).toEqual([
      ['en', 'professional', true],
      ['pt', null, false],
    ]);
    expect(namedOf('Requirements\n- Knowledge of Tableau will be an added bonus')).toEqual([
      ['Tableau', false],
    ]);
  });

  it("keeps a clause of its own out of a later marker's reach", () => {
    expect(
      namedOf(
        'Requirements\n- TypeScript is important, and some knowledge of Kotlin would be helpful.',
      ),
    ).toEqual([
      ['TypeScript', true],
      ['Kotlin', false],
    ]);
  });

  it('reads French "constitue un atout" and "un vrai plus" as preferred', () => {
    expect(namedOf('Profil\n- La pratique de SolidWorks constitue un atout.')).toEqual([
      ['SolidWorks', false],
    ]);
    expect(namedOf('Profil\n- Une expérience de Jira serait un vrai plus')).toEqual([
      ['JIRA', false],
    ]);
  });

  it('reads a Portuguese "Será um extra" heading as a preferred section', () => {
    expect(namedOf('Requisitos\n- Java\n\nSerá um extra se você tiver:\n- Kotlin')).toEqual([
      ['Java', true],
      ['Kotlin', false],
    ]);
  });
});

describe('intermediate language levels', () => {
  it.each([
    ['Requirements\n- Intermediate English', 'en'],
    ['Requisitos\n- Inglés nivel intermedio', 'en'],
    ['Requisiti\n- Inglese livello intermedio', 'en'],
    ['Profil\n- Allemand intermédiaire', 'de'],
    ['Requisitos\n- Espanhol intermediário', 'es'],
  ])('reads %j as a working (professional) level', (text, code) => {
    expect(spokenOf(text)).toEqual([[code, 'professional', true]]);
  });

  it('keeps "basic" basic', () => {
    expect(spokenOf('Requirements\n- Basic German')).toEqual([['de', 'basic', true]]);
  });

  it('reads Dutch "volledige beheersing" as fluent', () => {
    expect(spokenOf('Wat vragen wij\n- Volledige beheersing van de Duitse taal')).toEqual([
      ['de', 'fluent', true],
    ]);
  });
});

describe('education read as a careful labeller would', () => {
  it('accepts related work experience instead of the degree', () => {
    expect(
      schoolingOf('Requirements\n- Degree in Economics or Finance, or related work experience'),
    ).toEqual([['bachelor', true, true]]);
  });

  it('reads German "oder eine ähnliche Qualifikation" as an equivalent accepted', () => {
    expect(
      schoolingOf(
        'Dein Profil\n- Abgeschlossenes Studium der Physik oder eine ähnliche Qualifikation',
      ),
    ).toEqual([['bachelor', true, true]]);
  });

  it('reads a level in brackets after "ou équivalent" as equivalent accepted', () => {
    expect(schoolingOf('Profil\n- Formation en logistique ou équivalent (Bac+3)')).toEqual([
      ['bachelor', true, true],
    ]);
  });

  it('reads Italian "Diploma o Laurea" as a high-school minimum', () => {
    expect(schoolingOf('Requisiti\n- Diploma o Laurea in discipline tecniche')).toEqual([
      ['high_school', true, false],
    ]);
    expect(schoolingOf('Requisiti\n- Diploma di laurea in Chimica')).toEqual([
      ['bachelor', true, false],
    ]);
  });

  it('takes the degree name after a qualifier as the level', () => {
    expect(schoolingOf('Wat vragen wij\n- Je hebt een HBO Associate Degree in de zorg')).toEqual([
      ['associate', true, false],
    ]);
  });

  it('reads the degree someone is enrolled in as enrolment (a bachelor), once', () => {
    expect(schoolingOf("Requirements\n- Currently pursuing a Master's degree in Physics")).toEqual([
      ['bachelor', true, false],
    ]);
  });
});

describe('skills: ordinary words and acronyms that mean something else', () => {
  it('does not read a catalogue name out of an everyday word ("the fastest-growing")', () => {
    expect(namedOf('About us\nWe are one of the fastest-growing lenders in the region.')).toEqual(
      [],
    );
  });

  it('drops an acronym the text spells out as something other than the catalogue name', () => {
    // MDM is also Master data management; here the posting says what it means.
    expect(namedOf('Requirements\n- Running MDM (Mobile Device Management) for laptops')).toEqual([
      ['Mobile device management', true],
    ]);
    // Amazon EMR is the catalogue's first reading of "EMR"; spelled out, it is the records system.
    expect(
      namedOf('Requirements\n- Support for our electronic medical record (EMR) platform'),
    ).toEqual([['EMR', true]]);
  });

  it('keeps an acronym spelled out as its own name', () => {
    expect(namedOf('Requirements\n- Cloud work on GCP (Google Cloud Platform)')).toEqual([
      ['Google Cloud Platform', true],
    ]);
  });

  it('carries a first word over a slash: "Spring Framework/Boot" is Spring Boot', () => {
    expect(namedOf('Requisitos\n- Experiência com Spring Framework/Boot, Hibernate e JPA')).toEqual(
      [
        ['Spring', true],
        ['Spring Boot', true],
        ['Hibernate', true],
        ['JPA', true],
      ],
    );
  });

  it("does not read the employer's own line as a certification", () => {
    const text =
      'Technicien support (H/F)\nCISA CONSEIL\nLyon\n\nProfil :\n- Maîtrise de TFS et SQL Server';
    expect(namedOf(text)).toEqual([
      ['Team Foundation Server', true],
      ['SQL Server', true],
    ]);
  });
});

describe('skills the catalogue lacked', () => {
  it.each([
    ['Requirements\n- Experience with WCF and Web API services', ['WCF', 'Web API']],
    ['Anforderungen\n- Erfahrung mit Artifactory und vCenter', ['Artifactory', 'vCenter']],
    ['Requisitos\n- Prototipos con Arduino y Raspberry Pi', ['Arduino', 'Raspberry Pi']],
    ['Requisitos\n- Conocimiento de UART, CAN bus y LoRaWAN', ['UART', 'CAN bus', 'LoRaWAN']],
    ['Requisiti\n- Esperienza con Inertia.js e Laravel', ['Inertia.js', 'Laravel']],
    [
      'Requisitos\n- Arquitetura de microsserviços e Resilience4j',
      ['Microservices', 'Resilience4j'],
    ],
    ['Requisitos\n- Experiencia con metodologías ágiles', ['Agile']],
    ['Profil\n- Certification IWE ou MCSA appréciée', ['IWE', 'MCSA']],
  ])('%j', (text, names) => {
    expect(namedOf(text).map(([n]) => n)).toEqual(names);
  });
});

describe('one requirement stated twice', () => {
  function years(text: string): Array<[number | null, number | null, string | null]> {
    return requirementsOf(text).flatMap((r) =>
      r.kind === 'experience'
        ? [[r.minYears, r.maxYears, r.field] as [number | null, number | null, string | null]]
        : [],
    );
  }

  it.each([
    [
      'We hire analysts with 4+ years of experience to grow our team.\n\nRequirements\n- 4+ years of experience in credit risk',
      [[4, null, 'credit risk']],
    ],
    [
      'Wij zoeken testers met 2+ jaar ervaring.\n\nWat vragen wij\n- 2+ jaar ervaring in testautomatisering',
      [[2, null, 'testautomatisering']],
    ],
  ])('keeps the one that names its field: %j', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it('keeps two requirements with different years apart', () => {
    expect(
      years('Requirements\n- 5+ years of experience\n- 3+ years of experience in Kotlin'),
    ).toEqual([
      [5, null, null],
      [3, null, 'Kotlin'],
    ]);
  });
});

describe('words that look like degrees', () => {
  it('does not read a patent licence as a French Licence degree', () => {
    expect(
      schoolingOf('Missions\n- Suivre les brevets concédés en licence à nos partenaires'),
    ).toEqual([]);
    expect(schoolingOf('Profil\n- Étudiant en licence de droit')).toEqual([
      ['bachelor', true, false],
    ]);
  });
});

describe('the company describing itself', () => {
  it.each([
    '## About\nWe are experts in cloud delivery on AWS and Azure.\n## Requirements\n- Python',
    '## Über uns\nWir sind Experten für Lösungen mit SAP und Salesforce.\n## Dein Profil\n- Python',
    '## Sobre nós\nSomos especialistas em projetos com AWS e Azure.\n## Requisitos\n- Python',
  ])('marks the tools it names as not asked for (in the duties): %j', (text) => {
    const skills = requirementsOf(text).flatMap((r) =>
      r.kind === 'skill' ? [[r.name, r.inDuties === true] as [string, boolean]] : [],
    );
    expect(skills.filter(([, duty]) => !duty).map(([n]) => n)).toEqual(['Python']);
  });
});
