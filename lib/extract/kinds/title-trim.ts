import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { MONEY } from './place-line';
import {
  TITLE_CITY_SUFFIX,
  TITLE_DECORATION,
  TITLE_LABEL_DASH,
  TITLE_PAGE_NOUN,
} from './posting-words';

/** "… (m/w/d) ID: 21954", "… Réf. 2024-118", "OFFRE n° 7160A": the ad's reference number last. */
export const TITLE_REF = caseless(
  `\\s(?:${alternation((l) => l.posting.refLabels)})\\s?[:#]?\\s?[A-Z]{0,4}-?\\d[\\d-]{1,12}[A-Z]?$`,
  'iu',
);

/** "M03: Maintenance Attendant", "R-20417: Nurse": a requisition code and a colon before the title. */
const TITLE_CODE = /^[A-Z]{0,4}-?\d{1,8}[A-Z]?\s?:\s(?=\p{L})/u;

/** A digit or a digit group's separator. */
const FIGURE_CHAR = /[\d.,'’ ]/;
/** A pay label the figures cut from a title leave behind: "… Developer Salary:". */
const PAY_LABEL_END = new RegExp(`\\s(?:${alternation((l) => l.salary.pay)})\\s?:?$`, 'i');
/**
 * A board's title without the decorations it adds: "Nurse Job in Leeds", "Plumber - Site £12ph",
 * "Analyst (Fluent in Portuguese) - Based in Montreal", "Health Attendant X 5 - Permanent".
 */
export function trimTitle(raw: string): string {
  // "▷ (07/05/2025) Data Scientist": a board's arrow and posting date before the title.
  let title = raw
    .replace(TITLE_LABEL_DASH, '')
    .replace(/^[▷►▶]\s?(?:\(\d{1,2}\/\d{1,2}\/\d{2,4}\)\s?)?/u, '')
    // "*DevOps Engineer": a board's flag glued to the title, never closed as emphasis.
    .replace(/^\*(?=\p{L})(?![^*]*\*)/u, '')
    .replace(TITLE_CITY_SUFFIX, '')
    .replace(TITLE_PAGE_NOUN, '')
    .replace(TITLE_REF, '')
    .replace(TITLE_CODE, '')
    .replace(/\s[xX]\s?\d{1,3}(?:\s.{0,120})?$/, '');
  // "(27 000 - 33 400 PLN net/month)": the pay in brackets is no part of the title.
  title = title.replace(/\s\(([^()]{2,80})\)/g, (all, inner: string) =>
    TITLE_DECORATION.test(inner) || MONEY.test(inner) ? '' : all,
  );
  for (let n = 0; n < 3; n++) {
    const dash = Math.max(
      title.lastIndexOf(' - '),
      title.lastIndexOf(' – '),
      title.lastIndexOf(' — '),
    );
    if (dash <= 0) break;
    const tail = title.slice(dash + 3).trim();
    if (!MONEY.test(tail) && !TITLE_DECORATION.test(tail)) break;
    title = title.slice(0, dash);
  }
  // "AYUDANTE CAMARERO/A- job post": a board's word after a dash glued to the role.
  const glued = title.lastIndexOf('- ');
  if (glued > 2 && title.charAt(glued - 1) !== ' ') {
    const tail = title.slice(glued + 2).trim();
    if (TITLE_DECORATION.test(tail) && !/\p{L}/u.test(tail.replace(TITLE_DECORATION, '')))
      title = title.slice(0, glued);
  }
  const money = MONEY.exec(title);
  if (money && money.index > 3) {
    // Back to the figure's first digit ("2000 SGD"), then without a pay label left before it.
    let at = money.index;
    while (at > 0 && FIGURE_CHAR.test(title.charAt(at - 1))) at--;
    title = title.slice(0, at).replace(PAY_LABEL_END, '');
  }
  return title.replace(/[\s,;–—-]+$/, '').trim();
}
