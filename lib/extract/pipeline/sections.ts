import { alternation } from '../lexicon/build';
import type { Lexicon, SectionWords } from '../lexicon/types';

/**
 * Section headings and what they say about the items under them, from every language's
 * `sections` words (`lexicon/<lang>.ts`). Preferred patterns are tested
 * first because "Preferred qualifications" also contains "qualifications".
 */

export type Section = 'required' | 'preferred' | null;

const sec = (key: keyof SectionWords) => alternation((l: Lexicon) => l.sections[key]);

const PREFERRED_HEADING = new RegExp(
  `${sec('preferred')}|\\b(?:${sec('preferredWords')})\\b(?! (?:${sec('personNouns')}))`,
  'i',
);

const REQUIRED_HEADING = new RegExp(sec('required'), 'i');

/** Classifies a heading: required / preferred / neither (an unrelated heading ends the section). */
export function classifyHeading(heading: string): Section {
  if (PREFERRED_HEADING.test(heading)) return 'preferred';
  if (REQUIRED_HEADING.test(heading)) return 'required';
  return null;
}

/**
 * Known headings that open a section even without a colon or surrounding blank lines. Job boards
 * put their own line ("Full job description" on Indeed) between a benefits block and the text.
 */
const KNOWN_HEADING = new RegExp(`^(?:${sec('headings')})$`, 'i');

/** The writer's own heading mark: "### Profil", "## Requisiti". */
const MARKDOWN_HEADING = /^#{1,6}\s/;

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
  const bare = line.replace(/[:\s]+$/, '');
  if (bare.length === 0) return false;
  if (KNOWN_HEADING.test(bare)) return true;
  if (MARKDOWN_HEADING.test(bare)) return true;
  if (line.endsWith(':')) return true;
  // "Qui sommes-nous ?", "¿Quiénes somos?", "Wat ga je doen?"
  if (line.endsWith('?') && line.length <= 50 && line.split(' ').length <= 7) return true;
  if (blankBefore && bare.length <= 40 && !/[.!?;,]$/.test(bare) && bare.split(' ').length <= 5) {
    if (classifyHeading(bare) !== null) return true;
  }
  // A longer lead-in right above a bulleted list ("It would be great if you also have").
  if (beforeList && bare.length <= 60 && !/[.!?;,]$/.test(bare) && bare.split(' ').length <= 9) {
    if (classifyHeading(bare) !== null) return true;
  }
  // A short title-like line standing alone between blank lines ("Who You Are").
  return blankAround && line.length <= 50 && !/[.!?;,]$/.test(line) && /^\p{Lu}/u.test(line);
}

/** "Requirements: 5+ years..." in collapsed text: a heading word before a colon at the start. */
const INLINE_HEADING = /^([^:.!?\n]{3,60}):(?:\s|$)/;

export function inlineHeading(sentence: string): string | null {
  const m = INLINE_HEADING.exec(sentence);
  if (!m) return null;
  const head = m[1] as string;
  return classifyHeading(head) !== null && head.split(' ').length <= 8 ? head : null;
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
    if (!/^\p{Lu}/u.test(candidate) || /[,–—|·()]/.test(candidate)) continue;
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
 * opportunity): "free German lessons" under "Benefits" is not a language requirement.
 */
const NOT_REQUIREMENTS = new RegExp(
  `^(?:${sec('offer')}|(?:${sec('about')}) (?!${sec('aboutJob')}))`,
  'i',
);

export function isNonRequirementHeading(heading: string | null): boolean {
  return heading !== null && NOT_REQUIREMENTS.test(heading);
}
