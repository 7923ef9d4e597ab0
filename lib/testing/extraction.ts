import { type Evidence, type Extraction, type PostingFacts, Requirement } from '../schema';

/**
 * Test-only builders for hand-made extractions (shipped code never imports lib/testing), so every
 * fixture file writes just the facts and quotes its assertions are about.
 */

/** Posting facts with everything unknown but what a test gives; English unless it says otherwise. */
export function postingFacts(facts: Partial<PostingFacts> = {}): PostingFacts {
  return {
    title: null,
    company: null,
    locations: [],
    workplace: null,
    employmentTypes: [],
    employmentType: null,
    salary: null,
    relocation: null,
    visaSponsorship: null,
    lang: 'en',
    ...facts,
  };
}

/** Evidence at `quote` inside `text`, as the engine gives it; throws so a fixture cannot drift. */
export function evidenceIn(text: string, quote: string): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { text: quote, start, end: start + quote.length };
}

type WithQuote<R> = R extends unknown ? Omit<R, 'evidence'> & { quote: string } : never;

/** An extraction whose items quote `text`, each validated by the contract so none is malformed. */
export function extractionOf(
  text: string,
  posting: Partial<PostingFacts> & { lang: string },
  items: WithQuote<Requirement>[],
): Extraction {
  return {
    posting: postingFacts(posting),
    requirements: items.map(({ quote, ...item }) =>
      Requirement.parse({ ...item, evidence: evidenceIn(text, quote) }),
    ),
  };
}
