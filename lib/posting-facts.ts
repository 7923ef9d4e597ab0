import type { PostingFacts } from './schema/extraction';

/** What the page itself names (its adapter's or JSON-LD's title, company and location). */
export interface PageNames {
  title: string | null;
  company: string | null;
  location: string | null;
}

/** The page's own title, company and location fill what the engine could not read from the text. */
export function withPageFacts(facts: PostingFacts, page: PageNames): PostingFacts {
  return {
    ...facts,
    title: facts.title ?? page.title,
    company: facts.company ?? page.company,
    locations: facts.locations.length > 0 ? facts.locations : page.location ? [page.location] : [],
  };
}
