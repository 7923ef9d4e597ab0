import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { MONEY } from './place-line';
import { isCountry, isLargeTown, isRegion } from './places';
import {
  JOB_WORD,
  TITLE_CITY_SUFFIX,
  TITLE_DECORATION,
  TITLE_JOB_NOUN,
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

/** "Job: Line Cook", "Offre : Serveur H/F": a word and its colon before the title. */
const TITLE_LEAD = caseless(
  `^(?:${alternation((l) => l.posting.titleLeads)})\\s?:\\s(?=\\p{L})`,
  'iu',
);

/** A bracket closing the title, its words those of a place. */
const PLACE_BRACKET = /\s\(([\p{Lu}][\p{L}.' -]{1,40}(?:,\s?[\p{Lu}][\p{L}.' -]{1,30})?)\)$/u;

/**
 * "Elektromonteur (regio Zaanstad)", "Monteur (Raum Stuttgart)", "Cuoco (zona Rimini)": an area
 * word and its town in brackets last (`posting.areaWords`), the ad's place, not its title.
 */
const AREA_BRACKET = caseless(
  `\\s\\((?:${alternation((l) => l.posting.areaWords)})\\s\\p{Lu}[\\p{L}.' -]{1,40}\\)$`,
  'iu',
);

/** "… bij Stuurlui", "… at Acme": the title names its employer. */
const AT_EMPLOYER = new RegExp(`\\s(?:${alternation((l) => l.posting.atCompany)})\\s\\p{Lu}`, 'u');

/** "Pasig", "Dublin, Ireland": a town, then maybe its region or country. */
function placeOnly(inner: string): boolean {
  const [town, area] = inner.split(',').map((p) => p.trim());
  return isLargeTown(town as string) && (area === undefined || isRegion(area) || isCountry(area));
}

const wanted = (key: 'wantedHeads' | 'wantedTails' | 'wantedFor') =>
  alternation((l) => l.posting[key]);
/** "Cercasi Insegnante …", "Gezocht: kok", "Now hiring: Barista": a want-ad word before the title. */
const WANTED_HEAD = caseless(`^(?:${wanted('wantedHeads')})(?:\\s?:\\s?|\\s)(?=\\p{L})`, 'iu');
/** "Cook Wanted for ColivingLiguria!", "Verkoper gezocht": a want-ad word after it, who wants last. */
const WANTED_TAIL = caseless(
  `\\s(?:${wanted('wantedTails')})(?:\\s(?:${wanted('wantedFor')})\\s[^\\n]{1,60}?)?\\s?!?$`,
  'iu',
);
/** "Kok gezocht in Utrecht": the want-ad word before the place, which the title keeps for now. */
const WANTED_BEFORE_PLACE = caseless(
  `\\s(?:${wanted('wantedTails')})(?=\\s(?:${alternation((l) => l.posting.headlineIn)})\\s\\p{Lu})`,
  'iu',
);
/** "… per ColivingLiguria" after a want-ad word: the one who wants, a capitalised name. */
const WANTED_FOR = caseless(
  `\\s(?:${wanted('wantedFor')})\\s\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}\\s?!?$`,
  'u',
);

/** The title inside a want-ad headline: "Cercasi Insegnante di Italiano per Acme" → "Insegnante di Italiano". */
export function unwanted(title: string): string {
  const head = WANTED_HEAD.exec(title);
  const tail = head ? null : WANTED_TAIL.exec(title);
  if (!head && !tail) {
    const before = WANTED_BEFORE_PLACE.exec(title);
    return before && before.index > 1 ? title.replace(WANTED_BEFORE_PLACE, '') : title;
  }
  const inner = head
    ? title.slice(head[0].length).replace(WANTED_FOR, '')
    : title.slice(0, tail?.index);
  return /\p{L}{2}/u.test(inner) ? inner.trim() : title;
}

/**
 * "IT Specialist - Secret Clearance Job": a board's "Job" after a title that has its own job noun
 * is dropped ("Night Job" stays).
 */
export function withoutJobNoun(title: string): string {
  const unnouned = title.replace(TITLE_JOB_NOUN, '');
  return unnouned !== title && JOB_WORD.test(unnouned) ? unnouned : title;
}

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
    // "Administrative Assistant - (121484)": the posting's number in brackets after the title.
    .replace(/\s(?:[-–—]\s)?\(#?\d{5,10}\)$/u, '')
    .replace(TITLE_CODE, '')
    .replace(TITLE_LEAD, '')
    .replace(/\s[xX]\s?\d{1,3}(?:\s.{0,120})?$/, '');
  title = unwanted(withoutJobNoun(title));
  // "(27 000 - 33 400 PLN net/month)": the pay in brackets is no part of the title.
  title = title.replace(/\s\(([^()]{2,80})\)/g, (all, inner: string) =>
    TITLE_DECORATION.test(inner) || MONEY.test(inner) ? '' : all,
  );
  // "Web developer (Pasig)", "Lead Engineer (Dublin, Ireland)": the place in brackets last.
  const place = PLACE_BRACKET.exec(title);
  // "… bij Stuurlui (Utrecht)": after the employer's name the bracket says where it is; kept.
  if (place && place.index > 2 && placeOnly(place[1] as string) && !AT_EMPLOYER.test(title))
    title = title.slice(0, place.index);
  else title = title.replace(AREA_BRACKET, '');
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
