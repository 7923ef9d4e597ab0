import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractEmploymentType, extractWorkplace } from './workplace';

const sentences = (...texts: string[]): Sentence[] => {
  let start = 0;
  return texts.map((text) => {
    const s = { text, start, end: start + text.length, heading: null, section: null };
    start += text.length + 1;
    return s;
  });
};
const workplace = (...texts: string[]) => extractWorkplace(sentences(...texts), null);
const employment = (...texts: string[]) => extractEmploymentType(sentences(...texts), null);

describe('extractWorkplace', () => {
  it('reads LinkedIn tags, with or without #', () => {
    expect(workplace('Visit our careers page to learn more.', '#LI-HYBRID', '#LI-AKEO')).toBe(
      'hybrid',
    );
    expect(workplace('LI-HYBRID ', 'LI-PS1Our Commitment to Diversity:')).toBe('hybrid');
    expect(workplace('#LI-Remote')).toBe('remote');
    expect(workplace('LI-Onsite')).toBe('onsite');
  });

  it.each([
    ['This is a hybrid role with 3 days a week in the office.', 'hybrid'],
    ['You will work two days per week from home.', 'hybrid'],
    ['Nous proposons 2 jours de télétravail par semaine.', 'hybrid'],
    ['Modèle hybride : bureaux à Lyon et télétravail partiel.', 'hybrid'],
    ['Bis zu 3 Tage Homeoffice pro Woche', 'hybrid'],
    ['Modelo híbrido en Madrid', 'hybrid'],
    ['Smart working e sede a Milano', 'hybrid'],
    ['This position is fully remote.', 'remote'],
    ['We are a remote-first company, hiring anywhere in Europe.', 'remote'],
    ['You can work from anywhere in the EU.', 'remote'],
    ['Poste en télétravail complet, partout en France.', 'remote'],
    ['Die Stelle ist vollständig remote.', 'remote'],
    ['Trabajo 100% remoto desde cualquier lugar de España.', 'remote'],
    ['This role is based on-site at our Austin plant.', 'onsite'],
    ['This is not a remote position.', 'onsite'],
    ['Poste en présentiel à Lille.', 'onsite'],
    ['Trabajo presencial en nuestras oficinas de Sevilla.', 'onsite'],
  ])('%s → %s', (text, expected) => {
    expect(workplace(text)).toBe(expected);
  });

  it('reads short field lines from job boards', () => {
    expect(workplace('Senior Data Engineer', 'Berlin, Germany', 'Hybrid')).toBe('hybrid');
    expect(workplace('Location: Remote - US')).toBe('remote');
    expect(workplace('Workplace type: On-site')).toBe('onsite');
  });

  it.each([
    ['We have a remote-friendly culture, free lunches and a gym.'],
    ['You will come onsite 1-2 times to interview with a total of 5-10 people.'],
    ['Experience with hybrid cloud infrastructure (AWS and on-prem).'],
    ['You will collaborate with remote teams across time zones.'],
    ['Our flexible approach to living and working is called FlexWork.'],
  ])('says nothing for: %s', (text) => {
    expect(workplace(text)).toBeNull();
  });

  it('uses JSON-LD TELECOMMUTE, as a string or in an array', () => {
    expect(extractWorkplace(sentences('Office in Paris'), { jobLocationType: 'TELECOMMUTE' })).toBe(
      'remote',
    );
    expect(extractWorkplace([], { jobLocationType: ['telecommute'] })).toBe('remote');
    expect(extractWorkplace([], { jobLocationType: 42 })).toBeNull();
  });

  it('a tag outweighs a passing phrase, and a true tie is null', () => {
    expect(workplace('#LI-HYBRID', 'Remote work is possible during the summer.')).toBe('hybrid');
    expect(workplace('This role can be fully remote or hybrid from our London hub.')).toBeNull();
  });
});

describe('extractEmploymentType', () => {
  it.each([
    [['Partner Success Specialist', 'Full Time', 'Dublin, Ireland'], 'full_time'],
    [['Job type: Full-time, permanent'], 'full_time'],
    [['This is a part-time position (20 hours a week).'], 'part_time'],
    [['6-month contract, outside IR35, day rate negotiable'], 'contract'],
    [['We are looking for a freelance UX designer for a 3-month mission.'], 'contract'],
    [['12-month fixed-term contract covering parental leave'], 'temporary'],
    [['Summer internship for students in their final year'], 'internship'],
    [['Type de contrat : CDI'], 'full_time'],
    [['Montpellier (34) · CDI à temps partiel (24 h/semaine) Qui sommes-nous ?'], 'part_time'],
    [['Unbefristete Anstellung in Teilzeit (25 Stunden)'], 'part_time'],
    [['CDD de 6 mois, démarrage en septembre'], 'temporary'],
    [['Stage de fin d’études de 6 mois à Paris'], 'internship'],
    [['Poste en alternance (rythme 3 semaines / 1 semaine)'], 'apprenticeship'],
    [['Ausbildung zum Fachinformatiker (m/w/d)'], 'apprenticeship'],
    [['Werkstudent (m/w/d) Marketing, 20 Std./Woche'], 'part_time'],
    [['Anstellungsart: Vollzeit, unbefristet'], 'full_time'],
    [['Teilzeit (30 Stunden)'], 'part_time'],
    [['Die Stelle ist auf zwei Jahre befristet.'], 'temporary'],
    [['Contrato indefinido y jornada completa'], 'full_time'],
    [['Trabajo a tiempo parcial por las mañanas'], 'part_time'],
    [['Prácticas remuneradas de 6 meses'], 'internship'],
    [['Contratto a tempo indeterminato'], 'full_time'],
    [['Full-time internship, paid'], 'internship'],
  ])('%j → %s', (texts, expected) => {
    expect(employment(...texts)).toBe(expected);
  });

  it.each([
    [['All full-time employees are eligible for medical, dental and vision coverage.']],
    [['Benefits for full-time and part-time staff include a pension plan.']],
    [['We are open to full-time or part-time candidates.']],
    [['Negotiate vendor contracts and manage renewals.']],
    [['You have completed an apprenticeship-level qualification: abgeschlossene Berufsausbildung']],
    [['At this stage of our growth, every hire matters.']],
  ])('null for %j', (texts) => {
    expect(employment(...texts)).toBeNull();
  });

  it('uses JSON-LD employmentType, string or array', () => {
    expect(extractEmploymentType([], { employmentType: 'FULL_TIME' })).toBe('full_time');
    expect(extractEmploymentType([], { employmentType: ['INTERN', 'FULL_TIME'] })).toBe(
      'internship',
    );
    expect(extractEmploymentType([], { employmentType: 'CONTRACTOR' })).toBe('contract');
    expect(extractEmploymentType(sentences('Part-time'), { employmentType: 'OTHER' })).toBe(
      'part_time',
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 6 }), (texts) => {
        expect(() => extractWorkplace(sentences(...texts), null)).not.toThrow();
        expect(() => extractEmploymentType(sentences(...texts), null)).not.toThrow();
      }),
    );
  });
});

describe('work model and contract forms from job boards', () => {
  it('reads Welcome to the Jungle remote tags and "remote N days" phrases', () => {
    expect(workplace('Télétravail fréquent')).toBe('hybrid');
    expect(workplace('Télétravail possible 2 jours par semaine.')).toBe('hybrid');
    expect(workplace('Homeoffice an 2 Tagen pro Woche nach der Einarbeitung')).toBe('hybrid');
  });

  it('reads Indeed "Work Location: In person" as on site', () => {
    expect(workplace('Work Location: In person')).toBe('onsite');
  });

  it('reads Portuguese full time, seasonal contracts and fixed-term full time', () => {
    expect(employment('Regime híbrido | Tempo inteiro')).toBe('full_time');
    expect(employment('Contratto a tempo determinato, full time')).toBe('temporary');
    expect(employment('Cameriere/a - stagione estiva 2026')).toBe('temporary');
    expect(employment('Full-time or part-time')).toBeNull();
    expect(employment('Stage – Data Analyst (6 mois) H/F')).toBe('internship');
    expect(employment('Gratification : 1 200 € par mois.')).toBe('internship');
    expect(employment('CDI – Temps partiel 24h/semaine')).toBe('part_time');
    expect(employment('CDI')).toBe('full_time');
  });
});
