import { recordCapture, setStatus } from '@/lib/db';
import type { Extraction, PageCapture, Requirement, Status } from '@/lib/schema';
import { evidenceIn, postingFacts } from '@/lib/testing/extraction';

/** Postings written for the dashboard's tests (English, French, German, Spanish). */

export interface SeedPosting {
  jobKey: string;
  title: string;
  company: string;
  location: string;
  text: string;
  requirements: Requirement[];
  workplace?: Extraction['posting']['workplace'];
  lang: string;
}

const analystText = `Senior Data Analyst – Northwind Logistics (Rotterdam, hybrid)
You will own our shipment dashboards.
Requirements:
- 5+ years of experience in data analysis.
- Strong SQL and Tableau skills.
- Fluent English.
Nice to have: Python.`;

export const analyst: SeedPosting = {
  jobKey: 'greenhouse:northwind:4471023',
  title: 'Senior Data Analyst',
  company: 'Northwind Logistics',
  location: 'Rotterdam, Netherlands',
  text: analystText,
  lang: 'en',
  workplace: 'hybrid',
  requirements: [
    {
      kind: 'experience',
      minYears: 5,
      maxYears: null,
      field: 'data analysis',
      required: true,
      evidence: evidenceIn(analystText, '- 5+ years of experience in data analysis.'),
    },
    {
      kind: 'skill',
      name: 'SQL',
      required: true,
      evidence: evidenceIn(analystText, '- Strong SQL and Tableau skills.'),
    },
    {
      kind: 'language',
      language: 'en',
      level: 'fluent',
      cefr: null,
      required: true,
      evidence: evidenceIn(analystText, '- Fluent English.'),
    },
    {
      kind: 'skill',
      name: 'Python',
      required: false,
      evidence: evidenceIn(analystText, 'Nice to have: Python.'),
    },
  ],
};

const communicationText = `Chargé de communication (H/F) – Maison Lefèvre, Lyon
Missions : piloter nos réseaux sociaux.
Profil recherché :
Bac+5 en communication ou expérience équivalente.
Anglais courant exigé.`;

export const communication: SeedPosting = {
  jobKey: 'https://careers.maison-lefevre.fr/offres/charge-communication',
  title: 'Chargé de communication (H/F)',
  company: 'Maison Lefèvre',
  location: 'Lyon, France',
  text: communicationText,
  lang: 'fr',
  workplace: 'onsite',
  requirements: [
    {
      kind: 'education',
      level: 'master',
      field: 'communication',
      equivalentAccepted: true,
      required: true,
      evidence: evidenceIn(communicationText, 'Bac+5 en communication ou expérience équivalente.'),
    },
    {
      kind: 'language',
      language: 'en',
      level: 'fluent',
      cefr: null,
      required: true,
      evidence: evidenceIn(communicationText, 'Anglais courant exigé.'),
    },
  ],
};

const salesText = `Vertriebsmitarbeiter (m/w/d) Innendienst – Brenner Haustechnik GmbH, Stuttgart
Ihr Profil:
Mindestens 3 Jahre Erfahrung im Vertrieb.
Sehr gute Deutschkenntnisse (C1).`;

export const sales: SeedPosting = {
  jobKey: 'stepstone:8812345',
  title: 'Vertriebsmitarbeiter (m/w/d) Innendienst',
  company: 'Brenner Haustechnik GmbH',
  location: 'Stuttgart, Deutschland',
  text: salesText,
  lang: 'de',
  requirements: [
    {
      kind: 'experience',
      minYears: 3,
      maxYears: null,
      field: 'Vertrieb',
      required: true,
      evidence: evidenceIn(salesText, 'Mindestens 3 Jahre Erfahrung im Vertrieb.'),
    },
    {
      kind: 'language',
      language: 'de',
      level: null,
      cefr: 'C1',
      required: true,
      evidence: evidenceIn(salesText, 'Sehr gute Deutschkenntnisse (C1).'),
    },
  ],
};

const nurseText = `Enfermera/o de quirófano – Hospital San Rafael, Madrid
Requisitos: Título de Grado en Enfermería.
Disponibilidad para turnos de noche.`;

export const nurse: SeedPosting = {
  jobKey: 'infojobs:es-77120',
  title: 'Enfermera/o de quirófano',
  company: 'Hospital San Rafael',
  location: 'Madrid, España',
  text: nurseText,
  lang: 'es',
  requirements: [
    {
      kind: 'education',
      level: 'bachelor',
      field: 'Enfermería',
      equivalentAccepted: false,
      required: true,
      evidence: evidenceIn(nurseText, 'Requisitos: Título de Grado en Enfermería.'),
    },
    {
      kind: 'schedule',
      schedule: 'night',
      required: true,
      evidence: evidenceIn(nurseText, 'Disponibilidad para turnos de noche.'),
    },
  ],
};

export function captureOf(p: SeedPosting): { capture: PageCapture; extraction: Extraction } {
  const url = p.jobKey.startsWith('http') ? p.jobKey : `https://jobs.example.com/${p.jobKey}`;
  return {
    capture: {
      url,
      canonicalUrl: url,
      jobKey: p.jobKey,
      site: 'generic',
      detectedBy: 'generic',
      title: p.title,
      company: p.company,
      location: p.location,
      text: p.text,
      jsonLd: null,
    },
    extraction: {
      posting: postingFacts({
        title: p.title,
        company: p.company,
        locations: [p.location],
        workplace: p.workplace ?? null,
        employmentType: 'full_time',
        lang: p.lang,
      }),
      requirements: p.requirements,
    },
  };
}

/** Stores a posting through the real database API and moves it to `status`. */
export async function seed(p: SeedPosting, status: Status, now: number): Promise<void> {
  const { capture, extraction } = captureOf(p);
  await recordCapture(capture, extraction, now);
  if (status !== 'seen') await setStatus(p.jobKey, status, now);
}
