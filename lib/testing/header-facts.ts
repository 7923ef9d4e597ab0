import { findCompany, findLocations, findTitle } from '../extract/kinds/posting';

/** Title, company and places as the posting reader finds them in a text alone (no page fields). */
export function headerFacts(text: string) {
  const title = findTitle(text, null, undefined);
  return {
    title,
    company: findCompany(text, null, undefined),
    locations: findLocations(text, null, undefined, title),
  };
}
