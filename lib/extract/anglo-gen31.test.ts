import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Header lines, education fields and screening questions of postings from Ireland, India, Australia
 * and Nigeria (and a few centre-of-town places in other languages); sentences written for the test.
 */

const posting = (text: string) => extract({ text }).posting;
const schooling = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'education' ? [[r.level, r.required]] : [],
  );

describe('a "Role:" field holding the contract or hours is no title', () => {
  it.each([
    ['Payroll Clerk', 'Role: Part-time (25 hours per week)'],
    ['Kitchen Porter', 'Role: Permanent full-time'],
    ['Store Supervisor', 'Role: ermanent full-time'],
  ])('%s', (title, field) => {
    const text = `${title}\n\nWe are hiring for our shop.\n\nOverview\n\nLocation: Galway\nSalary: Negotiable\n${field}\n\nYou will help the team every day.`;
    expect(posting(text).title).toBe(title);
  });

  it('a role label naming the job is still the title', () => {
    const text =
      'Careers\n\nRole: Part-time Sales Assistant\nLocation: Galway\n\nJoin our shop team.';
    expect(posting(text).title).toBe('Part-time Sales Assistant');
  });

  it('a technology with a leading dot opens a title line', () => {
    const text = '.NET Integration Developer\n\nOur small team builds booking systems for hotels.';
    expect(posting(text).title).toBe('.NET Integration Developer');
  });
});

describe("a known town's centre is the town", () => {
  it.each([
    ['Location: Limerick City Centre', 'Limerick'],
    ['Location: Brisbane CBD', 'Brisbane'],
    ['Sede: Torino centro', 'Torino'],
    ['Standort: Hamburg Innenstadt', 'Hamburg'],
  ])('%s', (line, place) => {
    const text = `Office Administrator\n\n${line}\n\nWe need help with filing and phones.`;
    expect(posting(text).locations).toEqual([place]);
  });

  it('an unknown name before "centre" is kept whole', () => {
    const text = 'Receptionist\n\nLocation: Riverside Leisure Centre\n\nGreet our visitors.';
    expect(posting(text).locations).not.toEqual(['Riverside Leisure']);
  });
});

describe("SEEK's header: advertiser, its link line, then suburb, area and state", () => {
  it('the link line is skipped and the suburb read', () => {
    const text = [
      'Graduate Civil Engineer',
      '',
      'Harbourline Consulting',
      'View all jobs',
      'Wollongong, Wollongong, Illawarra & South Coast NSW (Hybrid)',
      'Civil/Structural Engineering (Engineering)',
      'Full time',
      '',
      'We design bridges and drainage for councils.',
    ].join('\n');
    const p = posting(text);
    expect(p.company).toBe('Harbourline Consulting');
    expect(p.locations).toEqual(['Wollongong']);
  });

  it('a city and its area with the state stay as written', () => {
    const text =
      'Barista\n\nBean Street Cafe\nFitzroy, Melbourne VIC\n\nMake coffee for our regulars.';
    expect(posting(text).locations).toEqual(['Fitzroy, Melbourne VIC']);
  });
});

describe('a job-board education block after the benefits', () => {
  it('"Education" ends the benefits; "UG: BCA" is a first degree', () => {
    const text = [
      'PHP Developer',
      'Acme Infotech',
      'Indore',
      '',
      'Benefits',
      '',
      'Five-day week',
      'Health cover',
      '',
      'Role: Back End Developer',
      'Employment Type: Full Time, Permanent',
      'Education',
      'UG: BCA in Any Specialization',
      'Key Skills',
    ].join('\n');
    expect(schooling(text)).toEqual([['bachelor', true]]);
  });

  it('"Preferred candidate profile" heads what is asked, not a wish list', () => {
    const text = [
      'Support Engineer',
      '',
      'Preferred candidate profile',
      '',
      'Graduates from any stream (B.Com/BBA/B.Sc) can apply',
    ].join('\n');
    expect(schooling(text)).toEqual([['bachelor', true]]);
  });

  it('"Desired Candidate Profile" too', () => {
    const text = 'Accountant\n\nDesired Candidate Profile\n\n- B.Com degree with Tally knowledge';
    expect(schooling(text)).toEqual([['bachelor', true]]);
  });

  it('"Preferred qualifications" still marks a preference', () => {
    const text = 'Analyst\n\nPreferred Qualifications\n\n- A degree in statistics';
    expect(schooling(text)).toEqual([['bachelor', false]]);
  });

  it('an Irish "third level qualification" is a degree', () => {
    const text =
      'Graduate Engineer\n\nRequirements\n- Third level qualifications in civil engineering';
    expect(schooling(text)).toEqual([['bachelor', true]]);
  });
});

describe("a screening question's excluded internships name no contract", () => {
  it.each([
    'How many years of paid work as a developer do you have (excluding internships)?',
    'Tell us your years in sales, not including internships.',
  ])('%s', (line) => {
    const text = `Sales Representative\n\n${line}`;
    expect(posting(text).employmentType).toBeNull();
  });

  it('an internship offered is still one', () => {
    const text = 'Marketing Intern\n\nThis is a six-month internship in our Lagos office.';
    expect(posting(text).employmentType).toBe('internship');
  });
});

const named = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'skill' || r.kind === 'certification' || r.kind === 'license' ? [r.name] : [],
  );

describe('site checks, bookkeeping software and clinical skills named in requirements', () => {
  it.each([
    [
      '- A current White Card and a Working with Children Check',
      ['White Card', 'Working with Children Check'],
    ],
    ['- Valid WWCC for paid work', ['Working with Children Check']],
    ['- AAT Level 3 or part-qualified ACCA', ['AAT', 'ACCA']],
    ['- Front line SIA licence held', ['SIA licence']],
    ['- Daily use of MYOB or Xero for payroll', ['MYOB', 'Xero']],
    ['- Working knowledge of Tally ERP 9 and GST filing', ['Tally ERP']],
    ['- Confident with venepuncture and IV therapy', ['Venepuncture', 'IV therapy']],
    ['- Sound grasp of hydraulics and pneumatics on plant', ['Hydraulics', 'Pneumatics']],
  ])('%s', (line, names) => {
    const found = named(`Site Role\n\nRequirements\n${line}`);
    for (const n of names) expect(found).toContain(n);
  });

  it('a registration pin written in lower case', () => {
    expect(named('Staff Nurse\n\nRequirements\n- Active NMC pin')).toContain('NMC registration');
  });

  it('a warehouse product named beside cloud warehouses', () => {
    const text =
      'BI Analyst\n\nAbout you\n- You write queries in cloud data warehouses like Snowflake';
    expect(named(text)).toContain('Snowflake');
  });

  it('a word that is also a tool, used as a verb, is none', () => {
    expect(named('Store Hand\n\nDuties\n- Keep a tally of deliveries each morning')).not.toContain(
      'Tally ERP',
    );
  });
});

describe('a town written as its own state, and experience offered instead of a degree', () => {
  it('"Lagos, Lagos" is one place', () => {
    const text = 'Field Engineer\nAcme Payments\nLagos, Lagos\n\nInstall card terminals.';
    expect(posting(text).locations).toEqual(['Lagos']);
  });

  it('"a tertiary qualification or strong hands-on experience" accepts the experience', () => {
    const text =
      'Data Analyst\n\nAbout you\n' +
      '- A relevant tertiary qualification or strong hands-on experience in analytics';
    const edu = extract({ text }).requirements.find((r) => r.kind === 'education');
    expect(edu && edu.kind === 'education' && edu.equivalentAccepted).toBe(true);
  });
});

describe('a preposition left before the years is no part of the field', () => {
  it.each([
    ['- Experience as a barista for at least 2 years', 'barista'],
    ['- Experience in retail for 3 years', 'retail'],
    ['- Erfahrung im Verkauf für 2 Jahre', 'Verkauf'],
  ])('%s', (line, field) => {
    const text = `Shop Assistant\n\nRequirements\n${line}`;
    const fields = extract({ text }).requirements.flatMap((r) =>
      r.kind === 'experience' ? [r.field] : [],
    );
    expect(fields).toContain(field);
  });
});

describe('a field of a few words between the experience noun and its years', () => {
  it.each([
    ['- Experience in web development for at least 2 years', 2],
    ['- Hands-on experience in commercial kitchens for at least 3 years', 3],
  ])('%s', (line, min) => {
    const text = `Cook\n\nRequirements\n${line}`;
    const mins = extract({ text }).requirements.flatMap((r) =>
      r.kind === 'experience' ? [r.minYears] : [],
    );
    expect(mins).toEqual([min]);
  });

  it('a company history sentence is still no requirement', () => {
    const text =
      'Cook\n\nAbout us\nOur experience in catering for weddings across the county spans 20 years.';
    const mins = extract({ text }).requirements.flatMap((r) =>
      r.kind === 'experience' ? [r.minYears] : [],
    );
    expect(mins).not.toContain(20);
  });
});

describe('SEEK suburb fallback: a state code shared with the US', () => {
  it('reads "Hotel, Seattle WA" under a title as the employer and its town', () => {
    const text =
      'Night Auditor\nThe Harbor Inn, Tacoma WA\nFull Time\n\nAbout the role\nYou balance the day.';
    expect(extract({ text }).posting.locations).not.toContain('The Harbor Inn');
  });

  it('still reads a Western Australian suburb in its SEEK area', () => {
    const text =
      'Warehouse Hand\nAcme Logistics\nKarratha, Pilbara & Kimberley WA\n\nAbout the role\nPick and pack.';
    expect(extract({ text }).posting.locations).toEqual(['Karratha']);
  });
});
