import { fitReason } from '@/components/text/fit';
import {
  type Evidence,
  type Extraction,
  type FitReason,
  type PostingFacts,
  type Profile,
  Requirement,
} from '../schema';
import { postingFacts } from '../testing/extraction';

/** Builders for hand-made extractions in tests: only the fields a test is about need writing. */

const EVIDENCE: Evidence = { text: '', start: 0, end: 0 };

/** A requirement of kind K, validated by the contract so a fixture can never be malformed. */
export function req<K extends Requirement['kind']>(
  kind: K,
  body: Omit<Extract<Requirement, { kind: K }>, 'kind' | 'evidence' | 'required'>,
  required = true,
): Extract<Requirement, { kind: K }> {
  const parsed = Requirement.parse({ kind, ...body, required, evidence: EVIDENCE });
  return parsed as Extract<Requirement, { kind: K }>;
}

export function extraction(
  requirements: Requirement[],
  facts: Partial<PostingFacts> = {},
): Extraction {
  return { posting: postingFacts(facts), requirements };
}

/** Candidates used by the posting tests, each the kind of person who would read those postings. */
export const PROFILES = {
  /** A French-speaking marketer with 6 years. */
  frenchMarketer: {
    totalYears: 6,
    experience: [
      { field: 'digital marketing', years: 4 },
      { field: 'advertising sales', years: 2 },
    ],
    languages: [
      { language: 'fr', level: 'native' },
      { language: 'en', level: 'C1' },
    ],
    education: { level: 'master', field: 'marketing' },
    skills: ['Google Analytics', 'Google Ads', 'Excel'],
    locations: ['Paris, France'],
    workplaces: ['hybrid', 'onsite'],
    relocate: false,
    travel: true,
    workAuthorization: ['FR'],
    dealbreakers: ['on_call'],
  },
  /** School French and 3 years of marketing. */
  schoolFrench: {
    totalYears: 3,
    experience: [{ field: 'marketing', years: 3 }],
    languages: [
      { language: 'en', level: 'native' },
      { language: 'fr', level: 'A2' },
    ],
    education: { level: 'bachelor', field: 'communications' },
    locations: ['Dublin, Ireland'],
    workAuthorization: ['IE'],
  },
  /** A support analyst with 5 years. */
  supportAnalyst: {
    totalYears: 5,
    experience: [
      { field: 'customer support', years: 3 },
      { field: 'support operations', years: 2 },
    ],
    languages: [{ language: 'en', level: 'native' }],
    education: { level: 'bachelor', field: 'psychology' },
    skills: ['Zendesk', 'JIRA', 'Tableau', 'SQL'],
    locations: ['Oakland, CA'],
    workplaces: ['onsite', 'hybrid', 'remote'],
    travel: 20,
    workAuthorization: ['US'],
    dealbreakers: [],
  },
} satisfies Record<string, Profile>;

/** An item or fact with its reason written as the user reads it, for tests of the wording. */
export function worded<T extends { reason: FitReason }>(
  x: T | null | undefined,
): (Omit<T, 'reason'> & { reason: string }) | null | undefined {
  return x && { ...x, reason: fitReason(x.reason) };
}

/** The sentence a reason reads as. */
export function said(x: { reason: FitReason } | null | undefined): string | undefined {
  return x ? fitReason(x.reason) : undefined;
}
