import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { parseByline } from './kinds/byline';
import { employerBeforeTitle, titleWithoutTail } from './kinds/title-tail';

/**
 * English postings from outside the US (UK, Ireland, South Africa, Nigeria, Kenya, India, the
 * Philippines, Australia) met as board records, careers pages and agency ads, and the same
 * phrases in the other languages where they apply. Sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;

describe('a title carrying its employer or its place after a dash', () => {
  it('the employer after the dash is no part of the title', () => {
    const p = facts(
      [
        'Maintenance Fitter - Harbourview Mills Plc',
        '',
        'Job Position: Maintenance Fitter',
        'Location: Ibadan',
        'Organization: Harbourview Mills Plc',
        '',
        'Qualification/Experience',
        '4 years experience in a plant maintenance role',
      ].join('\n'),
    );
    expect(p.title).toBe('Maintenance Fitter');
    expect(p.company).toBe('Harbourview Mills Plc');
  });

  it('a country after the dash is the place, not the title', () => {
    const p = facts(
      [
        'Network Support Engineer - Uganda',
        '',
        'Grow your skills in routing and switching with a certified partner.',
        '',
        'How to Apply',
        'Send your CV and a cover letter to the address below.',
      ].join('\n'),
    );
    expect(p.title).toBe('Network Support Engineer');
    expect(p.locations).toEqual(['Uganda']);
  });

  it('a board\'s "Employer: Title (Town, Country)" headline gives the role alone', () => {
    expect(
      titleWithoutTail('Lakeside Ledger: Backend Developer (Galway, Ireland)', 'Lakeside Ledger', [
        'Galway',
      ]).title,
    ).toBe('Backend Developer');
  });

  it("a site in the posting's own town after the dash goes too", () => {
    expect(titleWithoutTail('Signal Technician - Leeds Central Depot', null, ['Leeds']).title).toBe(
      'Signal Technician',
    );
  });

  it.each([
    ['Product Designer (mobile)', null, []],
    ['Quality Engineer - Quality', null, []],
    ['Developer bij Fietsflow (Utrecht)', 'Fietsflow', ['Utrecht']],
    ['Coordinator – Digital Services', null, ['Leeds']],
  ] as [string, string | null, string[]][])(
    'what is no place nor employer stays: %s',
    (title, company, places) => {
      expect(titleWithoutTail(title, company, places).title).toBe(title);
    },
  );
});

describe('relocation paid by the candidate is no relocation offered', () => {
  it.each([
    'Relocation costs will be for your own expense should you live in another city.',
    'Any relocation is for your own account.',
    'Relocation expenses are borne by the successful candidate.',
    'Les frais de relocalisation sont à votre charge.',
    'Los gastos de relocalización corren por su cuenta.',
    'Die Kosten für den Umzug (Relocation) sind selbst zu tragen.',
  ])('%s', (sentence) => {
    expect(facts(`Waiter\n\nRequirements\n- Previous experience\n\n${sentence}`).relocation).toBe(
      'not_offered',
    );
  });
});

describe('a day of the week is never a place', () => {
  it.each([
    'EARLY SHIFT - Starting at 5am five days a week Monday - Saturday.',
    'Late Shift - Tuesday - Sunday',
    'Équipe du matin - du lundi au samedi - Samedi',
    'Turno de mañana - de lunes a sábado - Sábado',
  ])('%s', (line) => {
    expect(parseByline(line)?.location ?? null).toBeNull();
  });

  it('a real town after the dashes is still read', () => {
    expect(parseByline('Harbourview Mills Plc - Lagos, Nigeria')?.location).toBe('Lagos, Nigeria');
  });

  it("the day does not become the posting's place nor its heading the employer", () => {
    const p = facts(
      [
        'Van Driver',
        '',
        'EARLY START JOB - Starting at 3am 5 days a week Monday - Saturday.',
        'We supply fresh produce to restaurants and hotels.',
      ].join('\n'),
    );
    expect(p.locations).toEqual([]);
    expect(p.company).toBeNull();
  });
});

describe('a record heading is no employer', () => {
  it.each([
    ['Job details', 'Pay', '$40,000–$45,000 a year'],
    ['Kitchen Porter', 'Hours', 'Our kitchen opens at six; you will close it at night.'],
    ['Bürokraft', 'Vergütung', 'Nach Vereinbarung, mit Bonus.'],
    ['Serveur', 'Avantages', 'Une mutuelle et des tickets restaurant.'],
  ])('%s / %s', (first, second, third) => {
    const text = [first, '', second, third, '', `${second}: see below`, 'Apply by email.'].join(
      '\n',
    );
    expect(facts(text).company).toBeNull();
  });
});

describe("a world region on a record's place line", () => {
  it.each([
    ['Senior Backend Engineer', 'North America'],
    ['Support Engineer', 'EMEA'],
    ['Ingénieur logiciel', 'Amérique du Nord'],
    ['Desarrollador backend', 'América Latina'],
  ])('%s / %s', (title, region) => {
    const p = facts([title, region, '', 'We build tools for teams everywhere.'].join('\n'));
    expect(p.locations).toEqual([region]);
  });
});

describe('two towns offered for the same post', () => {
  it('"based in either X or Y" keeps both towns', () => {
    const p = facts(
      [
        'Planning Assistant',
        '',
        'We are now seeking a Planning Assistant. You can be based in either Plymouth or Bristol.',
        'Duties include scheduling visits.',
      ].join('\n'),
    );
    expect(p.locations).toEqual(['Plymouth', 'Bristol']);
  });

  it("the header's town and the other town the text offers", () => {
    const p = facts(
      [
        'Planning Assistant',
        'Riverside Water',
        'Plymouth',
        '',
        'Riverside Water supplies the region. You can be based in either Plymouth or Bristol.',
      ].join('\n'),
    );
    expect(p.locations).toEqual(['Plymouth', 'Bristol']);
  });

  it('a header town alone stays alone', () => {
    const p = facts(
      [
        'Planning Assistant',
        'Riverside Water',
        'Plymouth',
        '',
        'Riverside Water supplies the region.',
      ].join('\n'),
    );
    expect(p.locations).toEqual(['Plymouth']);
  });
});

describe("a board headline naming the employer before the record's title", () => {
  it('the words before the labelled title, ending in a legal form, are the employer', () => {
    const p = facts(
      [
        'Harbourview Mills Limited Plant Technician Graduate Trainee Recruitment',
        '',
        'Job Title: Plant Technician Graduate Trainee',
        '',
        'Location: Ibadan',
        '',
        'Requirements',
        'HND, B.Sc in Mechanical Engineering',
      ].join('\n'),
    );
    expect(p.title).toBe('Plant Technician Graduate Trainee');
    expect(p.company).toBe('Harbourview Mills Limited');
  });

  it('words before the title without a legal form are not taken', () => {
    expect(
      employerBeforeTitle('Urgent Plant Technician Recruitment', 'Plant Technician'),
    ).toBeNull();
  });
});

describe('a list item naming only site tickets by their bodies', () => {
  const certs = (text: string) =>
    extract({ text })
      .requirements.filter((r) => r.kind === 'certification')
      .map((r) => r.name);

  it('each ticket is asked for', () => {
    const got = certs(
      [
        'Site Supervisor',
        '',
        'Desirable skills:',
        '',
        'IPAF',
        'PASMA',
        'SSSTS/SMSTS',
        'First Aid',
      ].join('\n'),
    );
    expect(got).toEqual(expect.arrayContaining(['IPAF', 'PASMA', 'SSSTS', 'SMSTS']));
  });

  it('an acronym inside a sentence is not taken alone', () => {
    const got = certs(
      ['Site Supervisor', '', 'About us', 'We train our own IPAF instructors every spring.'].join(
        '\n',
      ),
    );
    expect(got).not.toContain('IPAF');
  });
});
