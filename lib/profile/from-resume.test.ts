import { describe, expect, it } from 'vitest';
import { prefillStep } from '@/components/text';
import { profileFromResumeText } from './from-resume';

/** A prefill with its steps as the review writes them. */
function reviewed(text: string, now: Date) {
  const { profile, found } = profileFromResumeText(text, now);
  return { profile, found: found.map(prefillStep) };
}

const NOW = new Date(2024, 5, 15);

const EN_MARKETER = `Claire Dubois
Paris, France | claire.dubois@example.com | +33 6 12 34 56 78

SUMMARY
Digital marketer with a taste for data.

EXPERIENCE
Digital Marketing Manager — Lumen Agency, Paris
Jan 2020 – Present
• Ran paid campaigns in Google Ads and Meta Ads; reporting in Google Analytics and Looker Studio
• Managed a team of three

Marketing Assistant, Brightside SA
2017 – 2019
• Newsletters in HubSpot, social media calendars

EDUCATION
Master in Marketing, ESSEC Business School, 2015 – 2017
Baccalauréat, Lycée Victor Hugo, 2012

SKILLS
Google Analytics, SEO, SEA, HubSpot, Excel, Canva

LANGUAGES
French – native
English (C1)
Spanish: A2

CERTIFICATIONS
Google Ads Search Certification (2022)
`;

const DE_SUPPORT = `Jonas Becker
München, Deutschland

Berufserfahrung
03/2019 – heute  Support Team Lead bei Kundenservice GmbH
- Eskalationen, Zendesk-Administration, Berichte in Tableau
08/2016 – 02/2019  Mitarbeiter Kundenservice, Shop AG

Ausbildung
Bachelor of Arts in Betriebswirtschaft, Hochschule München (2012 – 2016)

Sprachen
Deutsch (Muttersprache), Englisch fließend, Französisch Grundkenntnisse

Kenntnisse
Zendesk, JIRA, SQL, Tableau
`;

describe('profileFromResumeText', () => {
  it('prefills experience per role from date ranges, and the total', () => {
    const { profile, found } = reviewed(EN_MARKETER, NOW);
    expect(profile.totalYears).toBe(6.5);
    expect(profile.experience).toEqual([
      { field: 'Digital Marketing', years: 4.5 },
      { field: 'Marketing', years: 2 },
    ]);
    expect(found[0]).toBe('6.5 years of experience in total, from the dates of 2 roles');
  });

  it('reads languages, the highest degree, skills, certifications and the location', () => {
    const { profile } = profileFromResumeText(EN_MARKETER, NOW);
    expect(profile.languages).toEqual([
      { language: 'fr', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'es', level: 'A2' },
    ]);
    expect(profile.education).toEqual({ level: 'master', field: 'Marketing' });
    expect(profile.skills).toEqual(
      expect.arrayContaining([
        'Google Ads',
        'Google Analytics',
        'HubSpot',
        'SEO',
        'Canva',
        'Excel',
      ]),
    );
    expect(profile.skills).not.toContain('Marketing');
    expect(profile.certifications).toEqual(['Google Ads Search Certification']);
    expect(profile.locations).toEqual(['Paris, France']);
  });

  it('reads a German résumé with dates before the title', () => {
    const { profile } = profileFromResumeText(DE_SUPPORT, NOW);
    expect(profile.experience).toEqual([
      { field: 'Support', years: 5.5 },
      { field: 'Kundenservice', years: 2.5 },
    ]);
    expect(profile.totalYears).toBe(8);
    expect(profile.languages).toEqual([
      { language: 'de', level: 'native' },
      { language: 'en', level: 'fluent' },
      { language: 'fr', level: 'basic' },
    ]);
    expect(profile.education?.level).toBe('bachelor');
    expect(profile.skills).toEqual(expect.arrayContaining(['Zendesk', 'JIRA', 'SQL', 'Tableau']));
    expect(profile.locations).toEqual(['München, Deutschland']);
  });

  it('counts overlapping roles once in the total', () => {
    const text = `Experience
Freelance Consultant 2018 – 2022
Part-time Lecturer 2020 – 2023`;
    const { profile } = profileFromResumeText(text, NOW);
    expect(profile.totalYears).toBe(5);
    expect(profile.experience?.map((e) => e.years)).toEqual([4, 3]);
  });

  it('finds nothing in text that is not a résumé', () => {
    expect(profileFromResumeText('Shopping list: eggs, milk, bread', NOW)).toEqual({
      profile: {},
      found: [],
    });
  });

  it('reads a French résumé: month names, "aujourd\'hui", header location', () => {
    const text = `Camille Martin
Lyon, France — camille.martin@example.fr

Expériences professionnelles
Chargée de communication, Ville de Lyon — sept. 2019 – aujourd'hui
Assistante marketing, Agence Nova — 2017 – 2019

Langues
Français (langue maternelle), anglais (B2)`;
    const { profile } = profileFromResumeText(text, NOW);
    expect(profile.experience).toEqual([
      { field: 'Communication', years: 5 },
      { field: 'Marketing', years: 2 },
    ]);
    expect(profile.languages).toEqual([
      { language: 'fr', level: 'native' },
      { language: 'en', level: 'B2' },
    ]);
    expect(profile.locations).toEqual(['Lyon, France']);
  });
});

describe('profileFromResumeText languages', () => {
  it('keeps a language listed without a level, as professional, and says to check it', () => {
    const text = `Jonas Weber
Hamburg, Deutschland

Berufserfahrung
Data Analyst, Hanse Logistik — 03/2020 – heute

Sprachen
Deutsch (Muttersprache), Englisch (C1), Spanisch`;
    const { profile, found } = reviewed(text, NOW);
    expect(profile.languages).toEqual([
      { language: 'de', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'es', level: 'professional' },
    ]);
    expect(found.find((f) => f.startsWith('languages:'))).toBe(
      'languages: German (native), English (C1), Spanish (professional: no level given, check it)',
    );
  });
});

describe('profileFromResumeText: fields, degrees and duplicates', () => {
  const UK_SUPPORT = `Priya Shah
Bristol, United Kingdom

WORK HISTORY
Senior Helpdesk Specialist, Northwind Ltd
Apr 2019 – Present
• Tickets in Salesforce Service Cloud; dashboards in Power BI
Helpdesk Team Lead — Contoso
2016 – 2019

EDUCATION
BA (Hons) Modern Languages, University of Bristol, 2012 – 2015

SKILLS
Service Cloud, Microsoft Excel, Excel, Zendesk

CERTIFICATIONS
ITIL
ITIL 4 Foundation (2020)

LANGUAGES
English (native), Portuguese (B2)`;

  it('keeps fields of work, not job titles, and adds up the roles of one field', () => {
    const { profile, found } = reviewed(UK_SUPPORT, NOW);
    expect(profile.experience).toEqual([{ field: 'Helpdesk', years: 8.5 }]);
    expect(found).toContain('Helpdesk: 8.5 years (Senior Helpdesk Specialist, Helpdesk Team Lead)');
  });

  it('reads the subject of a degree written as an abbreviation', () => {
    const { profile, found } = reviewed(UK_SUPPORT, NOW);
    expect(profile.education).toEqual({ level: 'bachelor', field: 'Modern Languages' });
    expect(found).toContain("education: bachelor's degree in Modern Languages");
  });

  it.each([
    [
      'Formation\nLicence Langues étrangères appliquées, Université de Caen, 2016',
      'bachelor',
      'Langues étrangères appliquées',
    ],
    ['Ausbildung\nDipl.-Ing. Verfahrenstechnik, TU Clausthal', 'master', 'Verfahrenstechnik'],
    ['Formación\nGrado en Enfermería, Universidad de Oviedo', 'bachelor', 'Enfermería'],
    [
      'Istruzione\nLaurea magistrale in Lettere moderne – Università di Padova',
      'master',
      'Lettere moderne',
    ],
    ['Formação\nMestrado em Design, Universidade de Aveiro', 'master', 'Design'],
    ['Opleiding\nHBO Sociaal Werk, Hogeschool Leiden', 'bachelor', 'Sociaal Werk'],
  ])('reads a degree written the way its country writes it: %s', (text, level, field) => {
    expect(profileFromResumeText(text, NOW).profile.education).toEqual({ level, field });
  });

  it('lists a skill once under its alias and keeps the specific certification', () => {
    const { profile } = profileFromResumeText(UK_SUPPORT, NOW);
    const skills = profile.skills ?? [];
    expect(skills.filter((s) => /service cloud/i.test(s))).toHaveLength(1);
    expect(skills.filter((s) => /excel/i.test(s))).toHaveLength(1);
    expect(profile.certifications).toEqual(['ITIL 4 Foundation']);
  });

  it('names languages in the review instead of codes', () => {
    const { found } = reviewed(UK_SUPPORT, NOW);
    expect(found).toContain('languages: English (native), Portuguese (B2)');
  });
});

describe('profileFromResumeText on hostile input', () => {
  it('stays fast on long runs of dates, separators and letters', () => {
    const hostile = [
      '2019-'.repeat(20_000),
      `${'a'.repeat(50_000)} 2019`,
      `Experience\n${'Jan 2019 – '.repeat(5_000)}`,
      `Skills: ${'x, '.repeat(20_000)}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      profileFromResumeText(text, NOW);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

describe('profileFromResumeText: roles without a title, one-word titles', () => {
  const DE_DEV = `Lena Vogt
Köln, Deutschland

BERUFSERFAHRUNG
2021 – heute
• Wartung der Kassensysteme, Schulungen
Softwareentwicklerin, Datenwerk GmbH
2018 – 2020
Vertriebsmitarbeiter bei Handel AG
2015 – 2018

AUSBILDUNG
Bachelor Informatik, TH Köln (2011 – 2015)`;

  it('stores no field for a role whose title was not found, and counts its years in the total', () => {
    const { profile, found } = reviewed(DE_DEV, NOW);
    expect(profile.totalYears).toBe(8.5);
    expect(profile.experience).toEqual([
      { field: 'Vertrieb', years: 3 },
      { field: 'Softwareentwicklung', years: 2 },
    ]);
    expect(JSON.stringify(profile)).not.toMatch(/unnamed/i);
    expect(found).toContain(
      '3.5 years in roles without a title: their field is not filled in, add it under Experience',
    );
    expect(found).toContain('8.5 years of experience in total, from the dates of 3 roles');
  });

  it('leaves the experience out when no role has a title', () => {
    const { profile } = profileFromResumeText(
      'Name\n\nBERUFSERFAHRUNG\n2019 – 2023\n• Kassensysteme gewartet\n\nAusbildung\nAbitur, Gymnasium Nord (2018)',
      NOW,
    );
    expect(profile.experience).toBeUndefined();
  });
});

describe('profileFromResumeText: titles the role tables know in every language', () => {
  it.each([
    ['EXPERIENCIA', 'Desarrolladora Backend', 'Nubes Claras S.L.', 'Desarrollo Backend'],
    [
      'EXPÉRIENCE PROFESSIONNELLE',
      'Ingénieure qualité',
      'Atelier Dumas SARL',
      'Ingénierie qualité',
    ],
    [
      'ESPERIENZA PROFESSIONALE',
      'Sviluppatore software',
      'Studio Verdi S.r.l.',
      'Sviluppo software',
    ],
    ['EXPERIÊNCIA PROFISSIONAL', 'Desenvolvedor Java', 'Ponte Azul Ltda.', 'Desenvolvimento Java'],
    ['WERKERVARING', 'Ontwikkelaar Java', 'Polder Data B.V.', 'Ontwikkeling Java'],
    ['BERUFSERFAHRUNG', 'Projektleiterin', 'Brückenbau GmbH', 'Projektleitung'],
  ])('%s: a title above its company gives the field', (heading, title, company, field) => {
    const text = `Alex Moreau\n\n${heading}\n${title}\n${company}\n2019 – 2023\n• ...\n`;
    expect(profileFromResumeText(text, NOW).profile.experience).toEqual([{ field, years: 4 }]);
  });
});
