import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Posting facts met in an unseen set of real postings (US county and state services, Ontario,
 * Ghana, Pakistan, India, the Philippines, small employers' careers pages). Every text here is
 * written for the test, modelled on the pattern, not copied.
 */

const posting = (text: string) => extract({ text }).posting;
const years = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => r.minYears);

describe('an internship the candidate has done elsewhere is no job type', () => {
  it('reads a checklist asking for a finished internship as the past', () => {
    const en = posting(
      'Junior Architect\nqualifications:\n- Licensed architect\n- Complete internship at a design firm\n',
    );
    expect(en.employmentType).toBeNull();
    const fr = posting(
      'Juriste junior\nProfil :\n- Avoir effectué un stage en cabinet d’avocats\n- Rigueur\n',
    );
    expect(fr.employmentType).toBeNull();
    const es = posting(
      'Contable junior\nRequisitos:\n- Haber realizado prácticas en una gestoría\n- Excel\n',
    );
    expect(es.employmentType).toBeNull();
    const it_ = posting(
      'Impiegato amministrativo\nRequisiti:\n- Aver svolto uno stage in uno studio contabile\n',
    );
    expect(it_.employmentType).toBeNull();
  });

  it('still reads an internship offered by the posting', () => {
    expect(
      posting('Design Internship\nStudio Nord\n\nA paid internship for students.').employmentType,
    ).toBe('internship');
  });
});

describe("an ad's lead-in before the title", () => {
  it('drops "Job Opportunity for" and its kin in several languages', () => {
    expect(posting('Job Opportunity for Payroll Clerks\nWe need two clerks.').title).toBe(
      'Payroll Clerks',
    );
    expect(posting('Vacancy for Staff Nurse\nThe ward needs a nurse.').title).toBe('Staff Nurse');
    expect(posting('Vacature voor Verpleegkundige\nOns team zoekt versterking.').title).toBe(
      'Verpleegkundige',
    );
    expect(posting('Vacante para Recepcionista\nHotel del Puerto busca personal.').title).toBe(
      'Recepcionista',
    );
  });
});

describe("a careers page's title with the employer first", () => {
  it('names the employer of "Name - Employment" and reads the role below it', () => {
    const p = posting(
      'Harbour Coaches - Employment\nEMPLOYMENT OPPORTUNITIES\nCOACH DRIVERS\nAll routes, part-time\n$15.00 per hour\n',
    );
    expect(p.company).toBe('Harbour Coaches');
    expect(p.title).toBe('COACH DRIVERS');
  });

  it('reads "Name | Careers" the same way', () => {
    expect(posting('Brightwater Dental | Careers\nDental Assistant\nFull-time\n').company).toBe(
      'Brightwater Dental',
    );
  });
});

describe("a trade's noun that is also a town ends a firm's name", () => {
  it('takes no town from "Sunset Tours" or "Goldener Hof"', () => {
    expect(
      posting('Sunset Tours - Employment\nTOUR GUIDES\nSeasonal, part-time\n').locations,
    ).toEqual([]);
    expect(posting('Goldener Hof - Karriere\nKoch (m/w/d)\nVollzeit\n').locations).toEqual([]);
  });
});

describe('experience counted after a long item with its subject first', () => {
  it('reads "… got experience at … at least 2 years"', () => {
    expect(
      years(
        'Receptionist\nRequirements:\n- Candidate got experience at a hotel front desk, travel agency or clinic at least 2 years.\n',
      ),
    ).toEqual([2]);
  });
});

describe('the job itself as the subject of a benefits sentence', () => {
  it('keeps the type of "This position is … eligible for benefits"', () => {
    expect(
      posting(
        'Data Engineer\nState IT Office\n\nTERM LIMITED POSITION: This position is a two year assignment and is eligible for state employee benefits.\n',
      ).employmentType,
    ).toBe('temporary');
    expect(
      posting('Clerk\nCity Office\n\nThis is a full-time position and is eligible for benefits.\n')
        .employmentType,
    ).toBe('full_time');
  });

  it('still sets aside benefits legalese about other staff', () => {
    expect(
      posting('Clerk\nCity Office\n\nAll full-time employees are eligible for benefits.\n')
        .employmentType,
    ).toBeNull();
  });
});

describe('a work model written beside the place', () => {
  it('keeps the town of "Pune/Remote" and of "Toronto, Ontario (currently remote)"', () => {
    const slash = posting('Backend Engineer\nAcme Labs\nlocation: Pune/Remote\n');
    expect(slash.locations).toEqual(['Pune']);
    expect(slash.workplace).toBe('remote');
    const bracket = posting(
      'Co-op Student\nProvincial Digital Office\nLocation: Toronto, Ontario (currently remote)\n',
    );
    expect(bracket.locations).toEqual(['Toronto, Ontario']);
    expect(bracket.workplace).toBe('remote');
    expect(
      posting('Entwickler (m/w/d)\nKölnTech GmbH\nStandort: Köln (derzeit remote)\n').locations,
    ).toEqual(['Köln']);
  });
});

describe('language work as a job noun', () => {
  it('reads translators and interpreters as titles in several languages', () => {
    const en = posting(
      'Interpreter (English to Tagalog)\nCounty Courts\n\nRequirements:\n- Good communication skills.\n',
    );
    expect(en.title).toBe('Interpreter (English to Tagalog)');
    expect(en.company).toBe('County Courts');
    expect(
      posting('Übersetzerin\nSprachwerk\n\nAnforderungen:\n- Gute Kommunikation.\n').title,
    ).toBe('Übersetzerin');
    expect(posting('Traductrice\nLinguaPro\n\nProfil :\n- Bonne communication.\n').title).toBe(
      'Traductrice',
    );
  });
});
