import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings from Nigeria, Kenya, Sri Lanka, the Gulf, Canberra,
 * Scotland and Ireland (Indeed and LinkedIn records, MyJobMag pages, SEEK saves, job-board
 * front ends). Sentences are written for these tests.
 */
const run = (text: string) => extract({ text });
const posting = (text: string) => run(text).posting;
const kind = (text: string, k: string) =>
  run(text).requirements.filter((r) => r.kind === k) as unknown as Record<string, unknown>[];
const years = (text: string) =>
  kind(text, 'experience')
    .filter((r) => r.minYears !== null || r.maxYears !== null)
    .map((r) => [r.minYears, r.maxYears]);
const education = (text: string) =>
  kind(text, 'education').map((r) => [r.level, r.required, r.equivalentAccepted]);
const languages = (text: string) => kind(text, 'language').map((r) => [r.language, r.level]);
const skillNames = (text: string) =>
  run(text)
    .requirements.filter((r) => ['skill', 'certification', 'license'].includes(r.kind))
    .map((r) => (r as unknown as { name: string }).name);

describe('the length of the job on offer is no experience asked', () => {
  it.each([
    'Office Clerk\nAcme\n\nThis is a great 6 month contract role with flexible working hours in our Perth office.',
    'Buyer\nAcme\n\nWe have an exciting 18 month contract management role, working closely with our suppliers.',
  ])('reads no years from an article before the length (%#)', (text) => {
    expect(years(text)).toEqual([]);
  });

  // A guard: the years a candidate has in such roles are still read.
  it('still reads years of experience in contract roles', () => {
    const text = 'Buyer\nAcme\n\nRequirements\n- You have 3 years contract role experience.';
    expect(years(text)).toEqual([[3, null]]);
  });
});

describe("a board's town with its region and country codes is one place", () => {
  it.each([
    ['Cashier\nAcme Foods\nKaduna, KD, NG\n\nWe need a cashier for our store.', 'Kaduna, KD, NG'],
    [
      'Driver\nAcme Logistics\nSharjah, SH, AE\n\nWe need a driver for deliveries.',
      'Sharjah, SH, AE',
    ],
  ])('keeps the codes with the town (%#)', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });
});

describe('languages of South Asia and Africa asked beside English', () => {
  it.each([
    ['Good command of English and Sinhala is essential.', 'si'],
    ['Ability to speak Hausa fluently.', 'ha'],
    ['Spoken Yoruba is an advantage.', 'yo'],
    ['Fluent Amharic is required.', 'am'],
    ['Maîtrise du tamoul appréciée.', 'ta'],
    ['Sehr gute Kenntnisse in Suaheli.', 'sw'],
  ])('reads "%s"', (line, code) => {
    const text = `Field Officer\nAcme\n\nRequirements\n- ${line}\n`;
    expect(languages(text).map(([c]) => c)).toContain(code);
  });
});

describe('national diplomas and degrees joined by a slash', () => {
  const ask = (line: string) => education(`Cashier\nAcme\n\nRequirements\n- ${line}\n`);

  it('reads an OND or NCE as a post-secondary diploma', () => {
    expect(ask('You hold at least an OND or NCE certificate')).toEqual([
      ['associate', true, false],
    ]);
  });

  it('takes the lower of two short names joined by a slash', () => {
    expect(ask('B.Sc./HND in Civil Engineering or a related field.')).toEqual([
      ['associate', true, false],
    ]);
    expect(ask('BSc/HND in Economics.')).toEqual([['associate', true, false]]);
  });

  // Guards below: what read right before stays so.
  it('keeps the lower of a bachelor and a master the same way', () => {
    expect(ask('BS/MS in Statistics.')).toEqual([['bachelor', true, false]]);
  });

  it('reads no degree from the diplomas an apprentice will train for', () => {
    const text =
      'Apprenti maçon (H/F)\nAcme BTP\n\nNous recherchons 2 apprenti(e)s CAP/BEP Maçon pour notre équipe.\n';
    expect(education(text)).toEqual([]);
  });

  it('reads a student of a first degree as a bachelor', () => {
    expect(ask('You should be an undergraduate from a recognised university.')).toEqual([
      ['bachelor', true, false],
    ]);
  });

  it('reads no degree from students the job works with', () => {
    expect(ask('You will supervise undergraduate students in the workshop.')).toEqual([]);
  });
});

describe('an "Ideal Background" heading lists what is asked', () => {
  it('keeps its items required', () => {
    const text =
      'Store Supervisor\nAcme\n\nIdeal Background\n\nA diploma in Logistics with at least 3 years of stock control experience.\n';
    expect(kind(text, 'experience').map((r) => r.required)).toEqual([true]);
    expect(kind(text, 'education').map((r) => r.required)).toEqual([true]);
  });
});

describe('a contract length written with a plus', () => {
  it.each([
    'Data Engineer\nAcme\n\nContract Duration: 18+ Months\n\nYou will build pipelines.',
    'Ingénieur Data\nAcme\n\nDurée du contrat : 9+ mois\n\nVous construirez des pipelines.',
  ])('is a fixed term (%#)', (text) => {
    expect(posting(text).employmentTypes).toContain('temporary');
  });
});

describe('housing among the allowances a salary is paid with', () => {
  it('is pay, not relocation help', () => {
    const text =
      'Economist\nAcme Fund\n\nWe offer a tax free salary, housing allowance, transport allowance and annual air tickets.';
    expect(posting(text).relocation).toBeNull();
  });

  // A guard: housing offered on its own stays relocation help.
  it('is still relocation help on its own', () => {
    const text = 'Economist\nAcme Fund\n\nA housing allowance is provided for your first month.';
    expect(posting(text).relocation).toBe('offered');
  });
});

describe('a pipe title over the advertiser’s legal name', () => {
  it('keeps the advertiser as the company', () => {
    const text =
      'Records Officer | State Library\nBrightpath Staffing Pty Ltd\n\nOur client is looking for a records officer to join their team.\n';
    expect(posting(text)).toMatchObject({
      title: 'Records Officer',
      company: 'Brightpath Staffing Pty Ltd',
    });
  });
});

describe('a country and its town in the bracket closing the title', () => {
  it.each([
    ['Site Nurse (Saudi Arabia- Jeddah)', 'Jeddah'],
    ['Site Nurse (Oman - Muscat)', 'Muscat'],
  ])('reads "%s"', (title, town) => {
    const p = posting(`${title}\nAcme Health\n\nWe are hiring a site nurse.\n`);
    expect(p.title).toBe('Site Nurse');
    expect(p.locations).toEqual([town]);
  });
});

describe('credentials named in these markets', () => {
  it('reads the accountancy bodies and the first-aid award', () => {
    const text =
      'HR Officer\nAcme\n\nRequirements\n- ICAN or ICPAK membership is an advantage.\n- FPOS qualification desirable.\n- Google Sheet skills.\n';
    expect(skillNames(text)).toEqual(expect.arrayContaining(['ICAN', 'ICPAK', 'FPOS']));
    expect(skillNames(text).some((n) => /google sheet/i.test(n))).toBe(true);
  });
});
