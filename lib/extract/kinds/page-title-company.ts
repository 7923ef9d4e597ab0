import { caseless } from '../lexicon/caseless';
import { alt, cleanLine, firstLines } from './posting-words';

/**
 * A careers page's own title over the posting: "Careers | Acme", "Jobs | Boxify", "Lavora con noi
 * | IDM - We simplify your work". The careers page's name, a bar or a dash, then the employer's
 * name, and maybe the site's slogan after another dash or bar.
 */
const CAREERS_TITLE = caseless(
  `^(?:${alt('careersPages')})\\s{1,2}[|–—-]\\s{1,2}([^|–—]{2,40}?)(?:\\s{1,2}[-–—|]\\s{1,2}[^|]{2,80})?$`,
  'iu',
);

/**
 * The same title with the employer first: "Dufour Tours - Employment", "Acme | Careers", "Firma –
 * Karriere". The name, a bar or a dash, then the careers page's name and nothing after it.
 */
const NAME_FIRST_TITLE = caseless(
  `^([^|–—]{2,40}?)\\s{1,2}[|–—-]\\s{1,2}(?:${alt('careersPages')})$`,
  'iu',
);

/** A name: a capital or a digit first, at most five words, no sentence in it. */
const NAME = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s[\p{L}\d&.'’-]+){0,4}$/u;

/** The employer a careers page's own title names ("Careers | Acme", "Dufour Tours - Employment"). */
function pageTitleName(line: string): string | null {
  const name = (CAREERS_TITLE.exec(line) ?? NAME_FIRST_TITLE.exec(line))?.[1]?.trim();
  return name && NAME.test(name) ? name : null;
}

/** "Careers | Acme", "Dufour Tours - Employment": a careers page's own title, no posting's line. */
export function isCareersPageTitle(line: string): boolean {
  return pageTitleName(line) !== null;
}

/** The employer named by the page title on the posting's first line; see `CAREERS_TITLE`. */
export function companyOfPageTitle(text: string): string | null {
  const first = firstLines(text, 1)[0];
  return first === undefined ? null : pageTitleName(cleanLine(first));
}
