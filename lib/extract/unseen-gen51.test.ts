import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings from India, Malaysia, Hong Kong, Nigeria, Kenya, Australia,
 * the UK and the US (job-board records with snake-case keys, agency pages, council school records,
 * careers pages); some classes are checked in other languages too. Sentences are written for these
 * tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);
const language = (text: string, code: string) => {
  const found = kinds(text, 'language').find((r) => r.kind === 'language' && r.language === code);
  return found?.kind === 'language' ? found : undefined;
};
const education = (text: string) => kinds(text, 'education').find((r) => r.kind === 'education');
const namesOf = (text: string) =>
  [...kinds(text, 'skill'), ...kinds(text, 'license'), ...kinds(text, 'certification')].map((r) =>
    'name' in r ? String(r.name) : '',
  );

describe("a record's snake-case keys are its labels", () => {
  const text =
    'job_title: Prep Cook\nbusiness_name: Maple Street Diner\nlocation: 2100 Elm Ave, Denver, CO 80205\n' +
    'job_type: full_time\ncompensation: $15/hour\n\nWe need a reliable prep cook for our morning crew.';

  it('reads the title, the employer and the hours from them', () => {
    const p = posting(text);
    expect(p.title).toBe('Prep Cook');
    expect(p.company).toBe('Maple Street Diner');
    expect(p.employmentType).toBe('full_time');
  });

  it('reads a part-time value written the same way', () => {
    const p = posting('title: Host\nemployment_type: PART_TIME\n\nGreet our guests at the door.');
    expect(p.employmentType).toBe('part_time');
  });
});

describe('the town on the line under a record type', () => {
  it.each([
    ['Warehouse Operator\nFull time\nKlang\n\nYou will load and unload containers.', 'Klang'],
    ['Kassierer (m/w/d)\nTeilzeit\nGöttingen\n\nSie kassieren an unserer Hauptkasse.', 'Göttingen'],
  ])('%s', (text, town) => {
    expect(posting(text).locations).toEqual([town]);
  });
});

describe("a town and its state's full name", () => {
  it('is a place, not an employer, even repeated below', () => {
    const text =
      'Emergency Room Nurse\nRoswell, New Mexico\n$70,000 a year\n\nRoswell, New Mexico, full-time.\n\n' +
      'Care for patients in a busy emergency unit.';
    const p = posting(text);
    expect(p.locations).toEqual(['Roswell, New Mexico']);
    expect(p.company).toBeNull();
  });

  it('reads Malaysian states and Canadian provinces after a town', () => {
    expect(
      posting('Account Executive\nShah Alam, Selangor\n\nSell our packaging.').locations,
    ).toEqual(['Shah Alam, Selangor']);
    expect(posting('Welder\nRegina, Saskatchewan\n\nWeld farm equipment.').locations).toEqual([
      'Regina, Saskatchewan',
    ]);
  });
});

describe("a page's URL slug over the title", () => {
  it('is no header line', () => {
    const text =
      'night-care-assistant-leeds-west-yorkshire\nNight Care Assistant\nLeeds, West Yorkshire\n\n' +
      'Support our residents through the night.';
    const p = posting(text);
    expect(p.title).toBe('Night Care Assistant');
    expect(p.locations).toEqual(['Leeds, West Yorkshire']);
  });
});

describe('a title whose tail names the employing site', () => {
  it.each([
    ['Caretaker - Hillside Primary School', 'Caretaker', 'Hillside Primary School'],
    ['Erzieher (m/w/d) - Kita Regenbogen', 'Erzieher (m/w/d)', 'Kita Regenbogen'],
    ['Profesor de inglés - Colegio San José', 'Profesor de inglés', 'Colegio San José'],
  ])('%s', (title, role, site) => {
    const p = posting(
      `Job title: ${title}\n\nWe are looking for someone to join our friendly team.`,
    );
    expect(p.title).toBe(role);
    expect(p.company).toBe(site);
  });

  it('keeps a tail that is a specialty', () => {
    expect(posting('Job title: Staff Nurse - Surgery\n\nWork on our wards.').title).toBe(
      'Staff Nurse - Surgery',
    );
  });
});

describe("a board's stand-in for a hidden employer", () => {
  it('is no company name', () => {
    const text =
      'Junior Developer\n\n**Company:** Private Advertiser\n\nBuild our member portal in PHP.';
    expect(posting(text).company).toBeNull();
  });
});

describe('a tool named inside a place name', () => {
  it('is no skill', () => {
    const text = 'Office Assistant\n\nRequirements\n- Send your resume to our office in Hong Kong.';
    expect(namesOf(text)).not.toContain('Kong');
  });
});

describe("tools of the employer's hiring steps", () => {
  it.each([
    'Our selection process may include a virtual interview via Microsoft Teams and reference checks.',
    'Le recrutement comprend un entretien en visio via Microsoft Teams.',
    'El proceso incluye una entrevista por Zoom con el equipo.',
    'Il processo prevede un colloquio via Microsoft Teams con il responsabile.',
  ])('%s', (sentence) => {
    expect(namesOf(`Analyst\n\nHow to apply\n${sentence}`)).toEqual([]);
  });

  it('still reads tools asked for', () => {
    expect(
      namesOf('Analyst\n\nRequirements\n- Experience with Microsoft Teams administration.'),
    ).toContain('Microsoft Teams');
  });
});

describe('"an added advantage" is a plus', () => {
  it('for a language and a tool', () => {
    const text =
      'Finance Executive\n\nRequirements\n- Able to converse in Mandarin will be an added advantage.\n' +
      '- Exposure to SAP will be an added advantage.';
    expect(language(text, 'zh')?.required).toBe(false);
    const sap = kinds(text, 'skill').find((r) => r.kind === 'skill' && r.name === 'SAP');
    expect(sap?.required).toBe(false);
  });

  it('after a colon qualifies only its own clause', () => {
    const text =
      'Developer\n\nRequirements\n- BSc in computer science or a related field: MSc will be an added advantage.';
    const levels = kinds(text, 'education').map((r) =>
      r.kind === 'education' ? `${r.level} ${r.required}` : '',
    );
    expect(levels).toContain('bachelor true');
    expect(levels).toContain('master false');
  });
});

describe('languages one is conversant in', () => {
  it('are read in lower case too', () => {
    const text =
      'Sales Executive\n\nRequirements\n- Should be well conversant in english, hindi and bengali.';
    for (const code of ['en', 'hi', 'bn']) expect(language(text, code)?.required).toBe(true);
  });

  it('"high proficiency" is fluent', () => {
    const text = 'Coordinator\n\nRequirements\n- High proficiency in English, written and spoken.';
    expect(language(text, 'en')?.level).toBe('fluent');
  });
});

describe('schooling words', () => {
  it('"or equivalents" accepts an equivalent', () => {
    const text =
      'Buyer\n\nRequirements\n- Degree in supply chain or equivalents from recognised universities.';
    const e = education(text);
    expect(e?.kind === 'education' && e.equivalentAccepted).toBe(true);
  });

  it("a cook's culinary school is vocational", () => {
    const e = education('Line Cook\n\nQualifications\n- Culinary school is a plus.');
    expect(e?.kind === 'education' && `${e.level} ${e.required}`).toBe('vocational false');
  });
});

describe('certificates and tools of trades and IT', () => {
  it('reads alcohol and food safety cards', () => {
    const names = namesOf(
      'Bartender\n\nRequirements\n- TABC certified.\n- Must hold a valid Food Handler Certification.',
    );
    expect(names).toContain('TABC certification');
    expect(names).toContain('Food Handler certificate');
  });

  it('reads enterprise storage products', () => {
    const names = namesOf(
      'Storage Engineer\n\nRequirements\n- Hands-on experience with Dell EMC, NAS and Azure Backup.',
    );
    expect(names).toEqual(expect.arrayContaining(['Dell EMC', 'NAS', 'Azure Backup']));
  });
});

describe('the offices a posting lists in brackets', () => {
  it.each([
    [
      'Paralegal\n\nYou will be based in one of our offices (San Francisco, Sacramento, or Fresno).',
      ['San Francisco', 'Sacramento', 'Fresno'],
    ],
    ['Comptable\n\nPoste basé dans une de nos agences (Lyon ou Grenoble).', ['Lyon', 'Grenoble']],
  ])('%s', (text, towns) => {
    expect(posting(text).locations).toEqual(towns);
  });

  it('reads a serial comma before the last town offered', () => {
    const text = 'Analyst\n\nThis role will be based in Leeds, Manchester, or Sheffield.';
    expect(posting(text).locations).toEqual(['Leeds', 'Manchester', 'Sheffield']);
  });
});

describe('a known city glued to the title by a dash', () => {
  it('is no part of the title', () => {
    const text = 'Job title: Community Health Educator-Dallas\n\nTeach health classes in schools.';
    expect(posting(text).title).toBe('Community Health Educator');
  });
});

describe("a board's experience chip under the title", () => {
  const years = (text: string) =>
    kinds(text, 'experience').map((r) =>
      r.kind === 'experience' ? `${r.minYears}-${r.maxYears} ${r.required}` : '',
    );

  it.each([
    [
      'Nurse Licensing Specialist\nRemote\n5+ years\n\nHelp our nurses get licensed.',
      '5-null true',
    ],
    ['Frontend Developer\nAcme Softech\n2-7 Yrs\n\nBuild our web apps in React.', '2-7 true'],
    ['Entwickler (m/w/d)\nBerlin\n3+ Jahre\n\nDu entwickelst unsere Plattform.', '3-null true'],
  ])('%s', (text, read) => {
    expect(years(text)).toEqual([read]);
  });

  it('is not a bare length, nor a line under a heading', () => {
    expect(years('Project Officer\nLeeds\n2 years\n\nA fixed-term post.')).toEqual([]);
    expect(years('Analyst\n\nContract\n3-5 years\n\nWe fund the project.')).toEqual([]);
  });
});
