import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Public-service and hourly postings from North America, written in our own words after the
 * patterns seen in provincial and federal job boards and café listings.
 */
const read = (...lines: string[]) => extract({ text: lines.join('\n') });
const named = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => (r.kind === 'skill' ? r.name : ''));

describe('a currency code as a field value is not a tool', () => {
  it('reads "Currency: CAD" as money, not computer-aided design', () => {
    const text = [
      'Clerk 2 - Permit Office',
      'Salary: $51,200.00 - $58,400.00 annually',
      'Currency: CAD',
      '',
      'Requirements:',
      '- Experience with MS Excel and MS Outlook.',
    ].join('\n');
    expect(named(text)).not.toContain('CAD');
    expect(named(text)).toContain('Excel');
  });

  it('still reads CAD drafting when it is asked for', () => {
    expect(named('Requirements:\n- Three years of drafting with CAD and Revit.')).toContain('CAD');
  });

  it('reads a Swiss code the same way in French', () => {
    const text = 'Salaire annuel : 92 000 - 105 000\nDevise : CHF\n\nProfil :\n- Maîtrise de SAP.';
    expect(named(text)).toContain('SAP');
  });
});

describe('pay every two weeks has no period of its own', () => {
  it('does not read "bi-weekly" as weekly pay', () => {
    const { posting } = read(
      'Program Officer 1',
      'Halifax',
      '',
      'Salary Range: $2,100.50 - $2,180.75 Bi-Weekly',
      'Currency: CAD',
    );
    expect(posting.salary?.min).toBe(2100.5);
    expect(posting.salary?.period).not.toBe('week');
  });

  it('keeps a plain weekly rate weekly', () => {
    const { posting } = read('Night porter', 'Leeds', '', 'Pay: £520 per week');
    expect(posting.salary?.period).toBe('week');
  });

  it('does not read a semi-monthly rate as monthly in French either', () => {
    const { posting } = read('Commis de cuisine', 'Montréal', '', 'Salaire : 1 900 $ bi-mensuel');
    expect(posting.salary?.period ?? null).not.toBe('month');
  });
});

describe('a cuisine is not a language', () => {
  it('does not ask for Italian at an Italian kitchen', () => {
    const { requirements } = read(
      'Line Cook',
      'Cucina Rossa',
      'Boston, MA',
      '',
      'Cucina Rossa Italian Kitchen is hiring line cooks for our busy dining room.',
      'Requirements:',
      '- Able to stand for a full shift',
    );
    expect(requirements.filter((r) => r.kind === 'language')).toEqual([]);
  });

  it('does not ask for Greek at a restaurant that serves Greek food', () => {
    const { requirements } = read(
      'Server',
      'Boston, MA',
      '',
      'We are a family-run spot known for Greek food and a warm welcome.',
    );
    expect(requirements.filter((r) => r.kind === 'language')).toEqual([]);
  });

  it('does not ask for Vietnamese in a French posting about a Vietnamese restaurant', () => {
    const { requirements } = read(
      'Serveur / Serveuse',
      'Lyon',
      '',
      'Notre équipe de cuisine vietnamienne recherche un serveur motivé.',
    );
    expect(requirements.filter((r) => r.kind === 'language')).toEqual([]);
  });

  it('still asks for Italian when the posting wants it spoken', () => {
    const { requirements } = read(
      'Host',
      'Boston, MA',
      '',
      'Requirements:',
      '- Fluent Italian is required.',
    );
    expect(requirements.some((r) => r.kind === 'language' && r.language === 'it')).toBe(true);
  });
});

describe('education that is not asked for', () => {
  const levels = (...lines: string[]) =>
    read(...lines)
      .requirements.filter((r) => r.kind === 'education')
      .map((r) => (r.kind === 'education' ? r.level : ''));

  it('does not read "at a level of difficulty" as A levels', () => {
    expect(
      levels(
        'Budget Analyst',
        'Denver, CO',
        '',
        'Qualifications:',
        'You need one year of specialized experience at a level of difficulty equivalent to the next lower grade.',
      ),
    ).toEqual([]);
  });

  it('does not read a tuition benefit as a degree requirement', () => {
    expect(
      levels(
        'Shift Supervisor',
        'Tampa, FL',
        '',
        'Benefits:',
        'We offer full tuition coverage to earn a bachelor’s degree online.',
      ),
    ).toEqual([]);
  });

  it('still reads UK A levels', () => {
    expect(
      levels(
        'Trainee Accountant',
        'Leeds',
        '',
        'Requirements:',
        '- Three A levels at grade B or above.',
      ),
    ).toEqual(['high_school']);
    expect(
      levels(
        'Apprentice Surveyor',
        'Bristol',
        '',
        'You will need:',
        '- Physics at A level, grade C.',
      ),
    ).toEqual(['high_school']);
  });
});
