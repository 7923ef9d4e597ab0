import { alternation, LEXICONS } from '../lexicon/build';
import type { Lexicon, SectionWords } from '../lexicon/types';
import { isSpaceCode } from './chars';
import { warmLater } from './gate';
import { forgetAfterExtract } from './memo';

/**
 * Section headings and what they say about the items under them, from every language's
 * `sections` words (`lexicon/<lang>.ts`). Preferred patterns are tested
 * first because "Preferred qualifications" also contains "qualifications".
 */

export type Section = 'required' | 'preferred' | null;

const sec = (key: keyof SectionWords) => alternation((l: Lexicon) => l.sections[key]);

/**
 * A preference word opens the preferred section unless a person noun follows it: "Ideal
 * candidate", "Preferred candidate profile", "Desired Candidate Profile" head what is asked. A
 * short preference word after the noun does the same: "candidato ideal", "Perfil ideal".
 */
const PREFERRED_HEADING = new RegExp(
  `(?:${sec('preferred')}|\\b(?<!(?:${sec('personNouns')})\\s)(?:${sec('preferredWords')})\\b)` +
    `(?![a-z]{0,4} (?:${sec('personNouns')}))`,
  'i',
);

const REQUIRED_HEADING = new RegExp(sec('required'), 'i');

/** "Yearly bonus", "Salary plus commission": pay, whose preference word heads no nice-to-haves. */
const PAY_PHRASES = new RegExp(`\\b(?:${sec('payPhrases')})\\b`, 'gi');

/** The heading reads as a preferred one, once its pay phrases are set aside. */
function headsPreferred(heading: string): boolean {
  if (!PREFERRED_HEADING.test(heading)) return false;
  PAY_PHRASES.lastIndex = 0;
  if (!PAY_PHRASES.test(heading)) return true;
  return PREFERRED_HEADING.test(heading.replace(PAY_PHRASES, ' '));
}

/** Classifies a heading: required / preferred / neither (an unrelated heading ends the section). */
export function classifyHeading(heading: string): Section {
  // The splitter asks twice in a row for one line (is it a heading, then its section): the
  // answer depends on the text alone, so the last one is kept.
  if (heading === lastHeading) return lastSection;
  const section: Section = headsPreferred(heading)
    ? 'preferred'
    : REQUIRED_HEADING.test(heading)
      ? 'required'
      : null;
  lastHeading = heading;
  lastSection = section;
  return section;
}
let lastHeading: string | null = null;
let lastSection: Section = null;

/**
 * Known headings that open a section even without a colon or surrounding blank lines. Job boards
 * put their own line ("Full job description" on Indeed) between a benefits block and the text.
 */
const KNOWN_HEADING = new RegExp(`^(?:${sec('headings')})$`, 'i');

/**
 * How long a known heading can be: each word is matched letter for letter, each run of spaces
 * by 1 to 3 spaces (lexicon/build.ts). A line of another length is no known heading, untested.
 */
const KNOWN_LENGTHS = (() => {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const l of LEXICONS) {
    for (const w of l.sections.headings) {
      const t = w.trim();
      if (!t) continue;
      const runs = t.match(/\s+/g)?.length ?? 0;
      const shortest = t.replace(/\s+/g, ' ').length;
      min = Math.min(min, shortest);
      max = Math.max(max, shortest + 2 * runs);
    }
  }
  return { min, max };
})();

/** The first and the last word of every known heading, lower-cased: a cheap look before the regex. */
const HEADING_WORDS = (() => {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const l of LEXICONS) {
    for (const w of l.sections.headings) {
      const parts = w.trim().toLowerCase().split(/\s+/);
      if (parts[0]) first.add(parts[0]);
      const end = parts[parts.length - 1];
      if (end) last.add(end);
    }
  }
  return { first, last };
})();

/** Whether a known heading may start with this word (any case). */
export function mayStartHeading(word: string): boolean {
  return HEADING_WORDS.first.has(word.toLowerCase());
}

/** Whether a known heading may end with this word (any case). */
export function mayEndHeading(word: string): boolean {
  return HEADING_WORDS.last.has(word.toLowerCase());
}

/** A known heading, whole: "Requisitos e qualificações", "Nice to have" (any case). */
export function isKnownHeading(text: string): boolean {
  return (
    text.length >= KNOWN_LENGTHS.min && text.length <= KNOWN_LENGTHS.max && KNOWN_HEADING.test(text)
  );
}

/** Built once: a regex literal inside a function is a new object on every call. */
const CAPITAL_FIRST = /^\p{Lu}/u;
const LIST_MARK = /[,–—|·()]/;

/** The writer's own heading mark: "### Profil", "## Requisiti". */
const MARKDOWN_HEADING = /^#{1,6}\s/;

/** `text.replace(/[:\s]+$/, '')`, without a regex or a copy when nothing is cut. */
export function withoutTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = String.prototype.charCodeAt.call(text, end - 1);
    if (c !== 58 && !isSpaceCode(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** How many times " " occurs: `text.split(' ').length - 1`, without the array. */
function spacesIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** `/[.!?;,]$/.test(text)`: the text ends with a sentence or list mark. */
function endsWithMark(text: string): boolean {
  const c = String.prototype.charCodeAt.call(text, text.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 44;
}

/**
 * A line that reads as a heading: a known heading, a short line ending with a colon, or a short
 * requirement-ish heading after a blank line ("Se valorará").
 */
export function isHeadingLine(
  line: string,
  blankAround: boolean,
  blankBefore = false,
  beforeList = false,
): boolean {
  if (line.length === 0 || line.length > 100) return false;
  // Character checks first: this runs for most lines of a posting.
  const bare = withoutTrailingColons(line);
  if (bare.length === 0) return false;
  const known = bare.length >= KNOWN_LENGTHS.min && bare.length <= KNOWN_LENGTHS.max;
  if (known && KNOWN_HEADING.test(bare)) return true;
  if (String.prototype.charCodeAt.call(bare, 0) === 35 && MARKDOWN_HEADING.test(bare)) return true;
  if (line.endsWith(':')) return true;
  // "Qui sommes-nous ?", "¿Quiénes somos?", "Wat ga je doen?"
  if (line.endsWith('?') && line.length <= 50 && spacesIn(line) <= 6) return true;
  if (bare.length <= 40 && !endsWithMark(bare) && spacesIn(bare) <= 4) {
    if (blankBefore && classifyHeading(bare) !== null) return true;
    // "Acerca de Casa Lola", "About Acme" opening the employer's box, after a blank line or not:
    // an ATS's HTML rendered one block a line has no blank line between its paragraphs.
    if (aboutEmployer(bare)) return true;
  }
  // A longer lead-in right above a bulleted list ("It would be great if you also have").
  if (beforeList && bare.length <= 60 && !endsWithMark(bare) && spacesIn(bare) <= 8) {
    if (classifyHeading(bare) !== null) return true;
  }
  // A short title-like line standing alone between blank lines ("Who You Are"), bold or not
  // ("**Modalités et expérience**"): it ends the section above it. A bold lead-in with its colon
  // inside ("**Responsibilities:**") is left as it was read before.
  if (!blankAround) return false;
  const plain = BOLD_LINE.exec(line)?.[1] ?? line;
  return plain.length <= 50 && !endsWithMark(plain) && CAPITAL_FIRST.test(plain);
}

/** "**Conditions**", "__Profil__": a whole line in bold, its inside (no colon last). */
const BOLD_LINE = /^(?:\*\*|__)([^*_\n]{1,59}[^*_:\n])(?:\*\*|__)$/;

/**
 * "Requirements: 5+ years..." in collapsed text: a heading word before a colon at the start; or a
 * heading asked as a question ("What are we looking for? • A degree…", "¿Qué buscamos? …").
 */
const INLINE_HEADING = /^[¿]?([^:.!?¿\n]{3,60})[:?](?:\s|$|(?=\p{Lu}))/u;

/** "Education: B.E/B.Tech", "Notice Period: 30 days": a line opening with a short field label. */
const FIELD_LINE = /^\p{Lu}[\p{L}\d/&.' -]{1,30}:\s/u;

/**
 * Whether a line opens with a field label of its own: after a line such as "Good to have: Kafka,
 * Docker", it is the record's next field, no longer under that line's "good to have".
 */
export function opensWithFieldLabel(line: string): boolean {
  return FIELD_LINE.test(line);
}

export function inlineHeading(sentence: string): string | null {
  const m = INLINE_HEADING.exec(sentence);
  if (!m) return null;
  const head = m[1] as string;
  // A question is a heading when short: "Do you have experience in sales? Then…" is an appeal.
  const words = head.split(' ').length;
  if (words > (m[0].includes('?') ? 5 : 8)) return null;
  return classifyHeading(head) !== null ? head : null;
}

/** "Bachelor degree Nice to have:": where a heading glued to the end of a piece starts, or -1. */
export function trailingHeadingStart(piece: string): number {
  if (!piece.endsWith(':') || piece.length > 400) return -1;
  const words = piece.slice(Math.max(0, piece.length - 60), -1).split(' ');
  // The shortest heading, lengthened only when more words change its meaning ("Preferred
  // Qualifications"), so "Austin, TX Requirements:" leaves the place name with the item.
  let best = '';
  let bestSection: Section = null;
  for (let k = 1; k <= Math.min(5, words.length - 1); k++) {
    const candidate = words.slice(words.length - k).join(' ');
    if (!CAPITAL_FIRST.test(candidate) || LIST_MARK.test(candidate)) continue;
    const section = classifyHeading(candidate);
    if (section !== null && (best === '' || section !== bestSection)) {
      best = candidate;
      bestSection = section;
    }
  }
  return best === '' ? -1 : piece.length - 1 - best.length;
}

/**
 * Headings of what the employer offers or says about itself (benefits, "About Acme", equal
 * opportunity), and of the site's other jobs: "free German lessons" under "Benefits" is not a
 * language requirement, nor "Experience: 0-2 years" on a similar job's card.
 */
const NOT_REQUIREMENTS = new RegExp(
  `^(?:${sec('offer')}|${sec('otherJobs')}|(?:${sec('about')}) (?!${sec('aboutJob')}))`,
  'i',
);

/** "About " and a word that is not the job's ("About the role"): the employer's own box. */
const ABOUT_EMPLOYER = new RegExp(`^(?:${sec('about')}) (?!${sec('aboutJob')})`, 'i');

/** The employer's box's opening word and a space ("About the business and the role", "About us"). */
const ABOUT_OPENING = new RegExp(`^(?:${sec('about')}) `, 'i');

/**
 * A line opening with the employer's "About" word: a box's heading whatever follows ("About the
 * business and the role", "Acerca de nosotros"), never a name on its own.
 */
export function opensAboutBox(line: string): boolean {
  return ABOUT_OPENING.test(line);
}

/** "About Acme", "Acerca de Casa Lola": the employer's name, capitalised, after the word. */
function aboutEmployer(line: string): boolean {
  const m = ABOUT_EMPLOYER.exec(line);
  return m !== null && CAPITAL_FIRST.test(line.slice(m[0].length));
}

/** "Similar jobs", "Ähnliche Stellen": the site's cards of other jobs start here. */
const OTHER_JOBS = new RegExp(`^(?:${sec('otherJobs')})`, 'i');

/**
 * Whether a heading opens the site's other jobs: under it, each card's title stands alone on its
 * line like a heading, so only a known heading ends the cards (see `splitSentences`).
 */
export function isOtherJobsHeading(heading: string | null): boolean {
  return heading !== null && OTHER_JOBS.test(heading);
}

/** The heading asked last and its answer: a heading stands over several sentences in a row. */
let lastOfferHeading: string | null = null;
let lastNotRequirements = false;

export function isNonRequirementHeading(heading: string | null): boolean {
  if (heading === null) return false;
  if (heading !== lastOfferHeading) {
    lastNotRequirements = NOT_REQUIREMENTS.test(heading);
    lastOfferHeading = heading;
  }
  return lastNotRequirements;
}
forgetAfterExtract(() => {
  lastOfferHeading = null;
});

// Compiled before the first extraction (see pipeline/gate.ts): a heading is read on most lines.
warmLater(
  PREFERRED_HEADING,
  PAY_PHRASES,
  REQUIRED_HEADING,
  KNOWN_HEADING,
  CAPITAL_FIRST,
  LIST_MARK,
  MARKDOWN_HEADING,
  INLINE_HEADING,
  FIELD_LINE,
  NOT_REQUIREMENTS,
  OTHER_JOBS,
);
