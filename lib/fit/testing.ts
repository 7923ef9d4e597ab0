import { type Evidence, type Extraction, type PostingFacts, Requirement } from '../schema';

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

export function posting(facts: Partial<PostingFacts> = {}): PostingFacts {
  return {
    title: null,
    company: null,
    locations: [],
    workplace: null,
    employmentType: null,
    salary: null,
    relocation: null,
    visaSponsorship: null,
    lang: 'en',
    ...facts,
  };
}

export function extraction(
  requirements: Requirement[],
  facts: Partial<PostingFacts> = {},
): Extraction {
  return { posting: posting(facts), requirements };
}
