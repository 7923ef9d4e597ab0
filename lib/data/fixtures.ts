import type { PageCapture } from '../schema';
import { extractionOf } from '../testing/extraction';

/** Postings written for the data tests (English, French, German), with small hand-made extractions. */

const supportText = `Customer Support Lead, Toronto (hybrid)
You will lead a team of eight agents answering merchants by chat, email and phone.
Requirements: 3+ years in customer support, including 1 year leading a team.
French is a strong asset. Salary: CAD 72,000 – 85,000 per year.`;

export const support: PageCapture = {
  url: 'https://jobs.lever.co/maplepay/8f1c2a9e-11aa-4b7e-9c55-0d3f7b2e6a10',
  canonicalUrl: 'https://jobs.lever.co/maplepay/8f1c2a9e-11aa-4b7e-9c55-0d3f7b2e6a10',
  jobKey: 'lever:maplepay:8f1c2a9e-11aa-4b7e-9c55-0d3f7b2e6a10',
  site: 'lever',
  detectedBy: 'adapter',
  title: 'Customer Support Lead',
  company: 'MaplePay',
  location: 'Toronto, ON',
  text: supportText,
  jsonLd: null,
};

/** The same job as `support`, seen on LinkedIn (another key, the same extraction). */
export const supportOnLinkedIn: PageCapture = {
  ...support,
  url: 'https://www.linkedin.com/jobs/view/4012345678/',
  canonicalUrl: 'https://www.linkedin.com/jobs/view/4012345678/',
  jobKey: 'linkedin:4012345678',
  site: 'linkedin',
};

export const supportExtraction = extractionOf(
  supportText,
  {
    title: 'Customer Support Lead',
    company: 'MaplePay',
    locations: ['Toronto, ON'],
    workplace: 'hybrid',
    employmentType: 'full_time',
    salary: { min: 72000, max: 85000, currency: 'CAD', period: 'year' },
    lang: 'en',
  },
  [
    {
      kind: 'experience',
      minYears: 3,
      maxYears: null,
      field: 'customer support',
      required: true,
      quote: 'Requirements: 3+ years in customer support, including 1 year leading a team.',
    },
    {
      kind: 'language',
      language: 'fr',
      level: null,
      cefr: null,
      required: false,
      quote: 'French is a strong asset.',
    },
  ],
);

const comptableText = `Comptable fournisseurs (H/F) – CDI – Lyon 7e
Rattaché(e) à la responsable comptable, vous traitez les factures fournisseurs et les rapprochements bancaires.
Profil : BTS ou DUT en comptabilité, 2 ans d'expérience minimum, maîtrise de Sage et d'Excel.`;

export const comptable: PageCapture = {
  url: 'https://www.welcometothejungle.com/fr/companies/rhone-logistique/jobs/comptable-fournisseurs_lyon',
  canonicalUrl:
    'https://www.welcometothejungle.com/fr/companies/rhone-logistique/jobs/comptable-fournisseurs_lyon',
  jobKey: 'wttj:rhone-logistique:comptable-fournisseurs_lyon',
  site: 'wttj',
  detectedBy: 'jsonld',
  title: 'Comptable fournisseurs (H/F)',
  company: 'Rhône Logistique',
  location: 'Lyon',
  text: comptableText,
  jsonLd: JSON.stringify({ '@type': 'JobPosting', validThrough: '2026-05-31' }),
};

export const comptableExtraction = extractionOf(
  comptableText,
  {
    title: 'Comptable fournisseurs',
    company: 'Rhône Logistique',
    locations: ['Lyon'],
    workplace: 'onsite',
    employmentType: 'full_time',
    lang: 'fr',
  },
  [
    {
      kind: 'education',
      level: 'associate',
      field: 'comptabilité',
      equivalentAccepted: false,
      required: true,
      quote:
        "Profil : BTS ou DUT en comptabilité, 2 ans d'expérience minimum, maîtrise de Sage et d'Excel.",
    },
    {
      kind: 'skill',
      name: 'Sage',
      required: true,
      quote:
        "Profil : BTS ou DUT en comptabilité, 2 ans d'expérience minimum, maîtrise de Sage et d'Excel.",
    },
  ],
);

const pflegeText = `Pflegefachkraft (m/w/d) Intensivstation – Teilzeit oder Vollzeit
Ihr Profil: abgeschlossene Ausbildung als Pflegefachkraft, Bereitschaft zu Schicht- und Wochenenddiensten.
Wir bieten: Vergütung nach TVöD-P, betriebliche Altersvorsorge, Jobticket.`;

export const pflege: PageCapture = {
  url: 'https://www.stepstone.de/stellenangebote--Pflegefachkraft-Intensivstation-Muenchen--10493822-inline.html',
  canonicalUrl:
    'https://www.stepstone.de/stellenangebote--Pflegefachkraft-Intensivstation-Muenchen--10493822-inline.html',
  jobKey: 'stepstone:10493822',
  site: 'stepstone',
  detectedBy: 'generic',
  title: 'Pflegefachkraft (m/w/d) Intensivstation',
  company: 'Klinikum Isartal',
  location: 'München',
  text: pflegeText,
  jsonLd: null,
};

export const pflegeExtraction = extractionOf(
  pflegeText,
  {
    title: 'Pflegefachkraft Intensivstation',
    company: 'Klinikum Isartal',
    locations: ['München'],
    workplace: 'onsite',
    lang: 'de',
  },
  [
    {
      kind: 'schedule',
      schedule: 'shift',
      required: true,
      quote:
        'Ihr Profil: abgeschlossene Ausbildung als Pflegefachkraft, Bereitschaft zu Schicht- und Wochenenddiensten.',
    },
  ],
);
