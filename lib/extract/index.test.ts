import { describe, expect, it } from 'vitest';
import { Extraction, type Requirement } from '../schema';
import { extract } from './index';

function run(text: string, jsonLd: Record<string, unknown> | null = null) {
  const x = Extraction.parse(extract({ text, jsonLd }));
  for (const r of x.requirements)
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  return x;
}

function only<K extends Requirement['kind']>(reqs: Requirement[], kind: K) {
  return reqs.filter((r): r is Extract<Requirement, { kind: K }> => r.kind === kind);
}

describe('extract: French posting', () => {
  const text = `Chargé de recrutement H/F
Lyon, France

À propos de Batiplus :
Depuis plus de 30 ans, Batiplus accompagne les artisans du bâtiment.

Profil recherché :
• Bac+5 en ressources humaines ou équivalent
• 2 ans d'expérience minimum dans le recrutement
• Anglais courant exigé, espagnol souhaité
• Maîtrise de Excel

Un plus :
• Connaissance de Workday
`;
  const x = run(text);

  it('reads posting facts', () => {
    expect(x.posting.title).toBe('Chargé de recrutement H/F');
    expect(x.posting.locations).toEqual(['Lyon, France']);
    expect(x.posting.lang).toBe('fr');
  });

  it('reads requirements and their weight', () => {
    expect(
      only(x.requirements, 'experience').map((e) => [e.minYears, e.field, e.required]),
    ).toEqual([[2, 'recrutement', true]]);
    expect(only(x.requirements, 'education').map((e) => [e.level, e.equivalentAccepted])).toEqual([
      ['master', true],
    ]);
    expect(only(x.requirements, 'language').map((l) => [l.language, l.level, l.required])).toEqual([
      ['en', 'fluent', true],
      ['es', null, false],
    ]);
  });
});

describe('extract: German posting', () => {
  const text = `Vertriebsmitarbeiter Innendienst (m/w/d)
Standort: Hamburg

Ihr Profil
- Abgeschlossene kaufmännische Ausbildung
- Mindestens 3 Jahre Berufserfahrung im B2B-Vertrieb
- Verhandlungssichere Deutsch- und gute Englischkenntnisse
- Erfahrung mit SAP von Vorteil

Wir bieten
- Unser Team hat 40 Jahre Erfahrung – und teilt sie gern
`;
  const x = run(text);

  it('reads facts, experience, education and languages', () => {
    expect(x.posting.title).toBe('Vertriebsmitarbeiter Innendienst (m/w/d)');
    expect(x.posting.locations).toEqual(['Hamburg']);
    expect(x.posting.lang).toBe('de');
    const years = only(x.requirements, 'experience').filter((e) => e.minYears !== null);
    expect(years.map((e) => [e.minYears, e.field])).toEqual([[3, 'B2B-Vertrieb']]);
    expect(only(x.requirements, 'education')[0]?.level).toBe('vocational');
    expect(only(x.requirements, 'language').map((l) => [l.language, l.level])).toEqual([
      ['de', 'fluent'],
      ['en', 'professional'],
    ]);
  });
});

describe('extract: Spanish posting', () => {
  const text = `Desarrollador Backend
Barcelona, España

Requisitos
- Al menos 5 años de experiencia en desarrollo backend
- Grado en Ingeniería Informática
- Inglés avanzado (B2)

Se valorará
- Francés
`;
  const x = run(text);

  it('reads requirements with required / preferred from headings', () => {
    expect(x.posting.lang).toBe('es');
    expect(only(x.requirements, 'experience')[0]).toMatchObject({
      minYears: 5,
      field: 'desarrollo backend',
    });
    expect(only(x.requirements, 'education')[0]).toMatchObject({
      level: 'bachelor',
      required: true,
    });
    expect(
      only(x.requirements, 'language').map((l) => [l.language, l.level, l.cefr, l.required]),
    ).toEqual([
      ['en', 'professional', 'B2', true],
      ['fr', null, null, false],
    ]);
  });
});

describe('extract: text as it really arrives', () => {
  it('survives HTML entities and markdown escapes, quoting the original text', () => {
    const text =
      'Requirements\n\n\\- 5\\+ years of experience in R&amp;D management\n\\* Fluent English &amp; French\n';
    const x = run(text);
    const exp = only(x.requirements, 'experience')[0];
    expect(exp).toMatchObject({ minYears: 5, field: 'R&D management', required: true });
    expect(exp?.evidence.text).toBe('5\\+ years of experience in R&amp;D management');
    expect(only(x.requirements, 'language').map((l) => l.language)).toEqual(['en', 'fr']);
  });

  it('reads a posting whose line breaks were lost', () => {
    const text =
      'Customer Success Manager. Requirements: • 4+ years in a SaaS customer success role • Fluent Dutch • Bachelor degree Nice to have: • German';
    const x = run(text);
    expect(only(x.requirements, 'experience')[0]).toMatchObject({ minYears: 4, required: true });
    expect(only(x.requirements, 'language').map((l) => [l.language, l.required])).toEqual([
      ['nl', true],
      ['de', false],
    ]);
  });

  it('keeps the required mention when an item appears twice', () => {
    const x = run('Nice to have:\n- Fluent German\n\nRequirements:\n- Fluent German\n');
    expect(only(x.requirements, 'language')).toHaveLength(1);
    expect(only(x.requirements, 'language')[0]?.required).toBe(true);
  });

  it('is not fooled by company history or contracts', () => {
    const x = run(
      'Founded 25 years ago, we are a 10-year-old scale-up.\nThis is a 12-month contract.\nYou must be 18 years of age.',
    );
    expect(only(x.requirements, 'experience')).toEqual([]);
  });

  it('reads no requirements in benefits or company sections', () => {
    const x = run(
      'Support Engineer\n\nAbout Acme:\nFor 20 years our experts have spoken French and German.\n\nRequirements:\n- Fluent English\n\nBenefits:\n- Free Spanish lessons\n- AWS certification budget\n',
    );
    expect(only(x.requirements, 'language').map((l) => l.language)).toEqual(['en']);
    expect(x.requirements.filter((r) => r.kind === 'certification' || r.kind === 'skill')).toEqual(
      [],
    );
  });

  it('reads the working conditions a benefits section states, and nothing else there', () => {
    const x = run(
      'Policy Officer\n\nRequirements:\n- Fluent English\n\nWhat we offer\n- Free Welsh lessons\n' +
        '- The role involves some irregular hours, including evening meetings.\n' +
        '- Occasional travel across the county will be required.\n',
    );
    expect(only(x.requirements, 'schedule').map((r) => r.schedule)).toEqual(['irregular_hours']);
    expect(only(x.requirements, 'travel')).toHaveLength(1);
    expect(only(x.requirements, 'language').map((l) => l.language)).toEqual(['en']);
  });

  it("reads requirements again after a job board's description heading ends a benefits block", () => {
    const skillsOf = (text: string) => only(run(text).requirements, 'skill').map((r) => r.name);
    expect(
      skillsOf(
        'Warehouse Associate\nReno, NV\n\nBenefits\nHealth insurance\nPaid time off\nFull job description\nYou will pick orders with RF scanners and record them in SAP.\n',
      ),
    ).toContain('SAP');
    expect(
      skillsOf(
        'Comptable H/F\n\nAvantages\nTickets restaurant\nDescription du poste\nVous tiendrez la comptabilité fournisseurs sur Sage et Excel.\n',
      ),
    ).toEqual(expect.arrayContaining(['Sage', 'Excel']));
    expect(
      skillsOf(
        'Entwickler (m/w/d)\n\nBenefits\nJobticket\nStellenbeschreibung\nDu entwickelst Services in Kotlin und PostgreSQL.\n',
      ),
    ).toEqual(expect.arrayContaining(['Kotlin', 'PostgreSQL']));
    expect(
      skillsOf(
        'Recepcionista\n\nBeneficios\nComida gratis\nDescripción del empleo\nGestionarás las reservas con Opera PMS.\n',
      ),
    ).toContain('Opera PMS');
  });

  it('returns an empty extraction for empty text', () => {
    expect(run('')).toEqual({
      posting: expect.objectContaining({ title: null, company: null, locations: [], lang: 'en' }),
      requirements: [],
    });
  });
});

describe('extract: JSON-LD', () => {
  it('uses structured facts and fills requirements the text lacks', () => {
    const x = run('We build payment rails. You will own our ledger service and its on-call.', {
      '@type': 'JobPosting',
      title: 'Payments Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Ledgerly' },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Toronto', addressRegion: 'ON' },
      },
      experienceRequirements: {
        '@type': 'OccupationalExperienceRequirements',
        monthsOfExperience: 36,
      },
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
      },
    });
    expect(x.posting).toMatchObject({
      title: 'Payments Engineer',
      company: 'Ledgerly',
      locations: ['Toronto, ON'],
    });
    expect(only(x.requirements, 'experience')[0]).toMatchObject({ minYears: 3, required: true });
    expect(only(x.requirements, 'education')[0]).toMatchObject({ level: 'bachelor' });
  });

  it('prefers what the text states over monthsOfExperience', () => {
    const x = run('Requirements: 5+ years of experience in payments.', {
      experienceRequirements: { monthsOfExperience: 24 },
    });
    expect(only(x.requirements, 'experience').map((e) => e.minYears)).toEqual([5]);
  });
});
