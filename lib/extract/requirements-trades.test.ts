import { describe, expect, it } from 'vitest';
import { namedOf, schoolingOf, spokenOf } from '../testing/requirements';

/**
 * Requirement patterns from real non-tech postings (trades, nursing, logistics, finance,
 * hospitality) in English from several countries and in German from Germany and Switzerland.
 * Every sentence is written for the test, modelled on a pattern seen, never copied.
 */

const named = (text: string) => namedOf(text, ['skill', 'certification', 'license']);

describe('driving licence classes outside the EU letters', () => {
  it('reads the Swiss "Kategorie" and "Kat." before the class', () => {
    const text =
      'Ihr Profil\n- Gelernter Maler mit Erfahrung\n- Führerausweis Kategorie B\n- Staplerausweis von Vorteil';
    expect(named(text)).toContainEqual(['Driving licence (B)', true]);
    expect(named('Das bringst du mit\n- Fahrausweis oder Führerausweis Kat. C1')).toContainEqual([
      'Driving licence (C1)',
      true,
    ]);
  });

  it('reads numbered classes only with their class word', () => {
    expect(named('Requirements:\n- Must hold a valid Class 4 driving licence')).toEqual([
      ['Driving licence (4)', true],
    ]);
    expect(named("Requirements:\n- Class 5 driver's licence and a clean abstract")).toContainEqual([
      'Driving licence (5)',
      true,
    ]);
    // A number after the licence without "class" is how long it has been held.
    expect(named('Requirements:\n- Full driving licence held 2 years')).toEqual([
      ['Driving licence', true],
    ]);
  });
});

describe('professional registrations written with capitals', () => {
  it('reads "NMBI Registration" and "NMBI Pin" as the registration', () => {
    expect(named('Requirements:\n- Active NMBI Registration (or a decision letter)')).toEqual([
      ['NMBI registration', true],
    ]);
    expect(named('Requirements:\n- You hold an NMBI Pin')).toEqual([['NMBI registration', true]]);
  });
});

describe('"DOE" after a pay figure', () => {
  it('is "depending on experience", not design of experiments', () => {
    const text =
      'Pay: £32,500 DOE plus a shift allowance.\nRequirements:\n- Two years on a busy ward';
    expect(named(text)).toEqual([]);
    expect(named('Requirements:\n- Hands-on DOE and SPC in a plant')).toContainEqual(['DOE', true]);
  });
});

describe('numbered standards', () => {
  it('reads ISO, IEC and BS numbers as skills, in English and German', () => {
    const en = named(
      'Requirements:\n- Working knowledge of IEC 62443 and ISO 21434\n- Wiring to BS 7671 (18th edition)',
    );
    expect(en).toEqual([
      ['IEC 62443', true],
      ['ISO 21434', true],
      ['BS 7671', true],
    ]);
    const de = named('Ihr Profil\n- Kenntnisse der DIN EN 1090-2 sind von Vorteil');
    expect(de).toEqual([['DIN EN 1090-2', false]]);
  });
});

describe('language tests name their language', () => {
  it('reads IELTS and OET as English, with the tests as certifications', () => {
    const text = 'Requirements:\n- A valid IELTS (7 in each band) or OET (grade B) result';
    // IELTS 7 is C1 on the test's scale (language-tests.ts): fluent, once for both tests.
    expect(spokenOf(text)).toEqual([['en', 'fluent', true]]);
    expect(named(text)).toEqual([
      ['IELTS', true],
      ['OET', true],
    ]);
  });

  it('reads the grade written after a German or French test', () => {
    expect(spokenOf('Anforderungen:\n- Goethe-Zertifikat B2')).toEqual([
      ['de', 'professional', true],
    ]);
    expect(spokenOf('Profil recherché :\n- DELF C1 exigé')).toEqual([['fr', 'fluent', true]]);
  });
});

describe('a job board footer is no language requirement', () => {
  it('leaves "English speaking jobs" out', () => {
    const text =
      'Anforderungen:\n- Sehr gutes Deutsch\n\nSee more English Speaking Jobs in Austria on our board';
    expect(spokenOf(text)).toEqual([['de', 'fluent', true]]);
    expect(
      spokenOf('Requirements: Excel.\nBrowse English jobs in Zurich on our job board.'),
    ).toEqual([]);
  });
});

describe('German and English markers that lift a requirement', () => {
  it('reads "ist gewünscht" after a level in brackets as preferred', () => {
    expect(
      spokenOf(
        'Anforderungen:\n- Gute Deutschkenntnisse - Englisch A2 (Grundkenntnisse) ist gewünscht',
      ),
    ).toEqual([
      ['de', 'professional', true],
      ['en', 'basic', false],
    ]);
  });

  it('reads a marker after a bracketed list as covering every item in it', () => {
    const text =
      'Was Sie mitbringen\n- Eine Zusatzqualifikation (etwa CIMA, ACCA oder CPA) ist sehr wünschenswert.';
    expect(named(text)).toEqual([
      ['CIMA', false],
      ['ACCA', false],
      ['CPA', false],
    ]);
  });

  it('reads "aber kein Muss" and "but not required" as preferred for the whole item', () => {
    expect(
      named('Profil\n- Erfahrung mit Jira (gerne auch Confluence) ist schön, aber kein Muss.'),
    ).toEqual([
      ['JIRA', false],
      ['Confluence', false],
    ]);
    expect(
      named('Requirements:\n- Familiarity with Salesforce is useful, but not required.'),
    ).toEqual([['Salesforce', false]]);
  });
});

describe('schooling in trades, Switzerland, Singapore and India', () => {
  it('reads the Swiss "Grundausbildung" as vocational, "oder ähnlich" as an equivalent', () => {
    expect(
      schoolingOf('Das ist uns wichtig\n* Grundausbildung als Polymechaniker:in oder ähnlich'),
    ).toEqual([['vocational', true, true]]);
  });

  it('reads a master craftsman as the level of a state-certified technician', () => {
    expect(
      schoolingOf('Anforderungen:\n- Meisterbrief im Elektrohandwerk oder gleichwertig'),
    ).toEqual([['associate', true, true]]);
  });

  it('takes the lower of a degree and an "oder alternativ" training far after it', () => {
    const text =
      'Ihr Profil\n- Sie haben ein abgeschlossenes, technisches Studium, etwa im Bereich Elektrotechnik oder ' +
      'Verfahrenstechnik, oder alternativ eine Ausbildung als Mechatroniker (m/w/d) mit Weiterbildung';
    expect(schoolingOf(text)).toEqual([['vocational', true, false]]);
  });

  it('reads a diploma in a field as associate and the Indian 12th as high school', () => {
    expect(schoolingOf('Requirements:\n- Diploma in Accounting or Business')).toEqual([
      ['associate', true, false],
    ]);
    expect(schoolingOf('Eligibility:\n- 12th standard pass, graduates welcome')).toContainEqual([
      'high_school',
      true,
      false,
    ]);
  });
});

describe('more phrasings from German employers', () => {
  it('reads "oder vergleichbare Erfahrung" after a training as an equivalent', () => {
    expect(
      schoolingOf(
        'Dein Profil\n- Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik oder vergleichbare Erfahrung',
      ),
    ).toEqual([['vocational', true, true]]);
  });

  it('reads "ist idealerweise" after a language as preferred', () => {
    expect(
      spokenOf('Anforderungen:\n- Dein Französisch ist idealerweise verhandlungssicher.'),
    ).toEqual([['fr', 'fluent', false]]);
  });

  it('reads "completed studies", the German employers\' English, as a degree', () => {
    expect(
      schoolingOf('Your profile:\n- Completed studies in logistics or a comparable qualification'),
    ).toEqual([['bachelor', true, true]]);
  });
});

describe('an abbreviation opening a bracket', () => {
  it('does not end the clause before "oder vergleichbar"', () => {
    expect(
      schoolingOf('Profil\n- Abgeschlossene Ausbildung (z. B. als Bürokauffrau) oder vergleichbar'),
    ).toEqual([['vocational', true, true]]);
  });
});

describe('an acronym spelled out as something else', () => {
  it('drops "Disability Confident Scheme (DCS)" but keeps SEO spelled the British way', () => {
    expect(
      named(
        'Requirements:\n- We guarantee an interview under the Disability Confident Scheme (DCS).',
      ),
    ).toEqual([]);
    expect(named('Requirements:\n- Sound grasp of Search Engine Optimisation (SEO)')).toEqual([
      ['SEO', true],
    ]);
    expect(named('Requirements:\n- Hands-on with a Distributed Control System (DCS)')).toEqual([
      ['DCS', true],
    ]);
  });
});
