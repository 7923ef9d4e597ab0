import { alternation, wordsRegex } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';

/**
 * Alternatives among the skills of one sentence: "Salesforce or HubSpot", "Python/Scala", "AWS,
 * GCP or Azure", "one of GCP, AWS, Azure". Such names are one requirement, met by any member, so
 * they share a group. Names joined by "and" or by commas alone are separate requirements.
 */

export interface Span {
  start: number;
  end: number;
}

/** The words between two names that make them alternatives, brackets allowed: "A (or B)". */
const OR_GAP = caseless(
  `^[\\s,(]{0,4}(?:${alternation((l) => l.skills.or)})[\\s)]{0,3}$|^\\s{0,2}/\\s{0,2}$`,
  'iu',
);
/** A comma between two names: they are alternatives only when the list ends in "or". */
const COMMA_GAP = /^\s{0,2},\s{0,2}$/;
/** "one of", "either", "l'un des" shortly before a list makes its names alternatives. */
const ONE_OF = wordsRegex((l) => l.skills.oneOf);
const ONE_OF_REACH = 40;
/**
 * The same words anywhere, unbounded: a sentence without them has no "one of" before any name.
 * Asked once per sentence, where `ONE_OF` on each name's lead-in would index every new slice.
 */
const ONE_OF_ANYWHERE = caseless(
  alternation((l) => l.skills.oneOf),
  'iu',
);

type Gap = 'or' | 'comma' | 'break';

function gapOf(text: string, a: Span, b: Span): Gap {
  if (b.start - a.end > 24) return 'break';
  const gap = text.slice(a.end, b.start);
  if (OR_GAP.test(gap)) return 'or';
  if (COMMA_GAP.test(gap)) return 'comma';
  return 'break';
}

/**
 * The group of each span (same index = same group, undefined = on its own), spans in text order.
 * A group is a run of names joined by commas and "or" words where the "or" comes last ("A, B or
 * C"), or a comma run right after "one of". "A or B, C or D" is two groups.
 */
export function alternativeGroups(text: string, spans: readonly Span[]): (number | undefined)[] {
  const out: (number | undefined)[] = spans.map(() => undefined);
  let group = 0;
  let i = 0;
  const oneOfNamed = spans.length > 1 && ONE_OF_ANYWHERE.test(text);
  while (i < spans.length - 1) {
    const first = spans[i] as Span;
    const listed =
      oneOfNamed && ONE_OF.test(text.slice(Math.max(0, first.start - ONE_OF_REACH), first.start));
    let j = i;
    let sawOr = false;
    while (j < spans.length - 1) {
      const gap = gapOf(text, spans[j] as Span, spans[j + 1] as Span);
      if (gap === 'break' || (gap === 'comma' && sawOr)) break;
      if (gap === 'or') sawOr = true;
      j++;
    }
    if (j > i && (sawOr || listed)) {
      for (let k = i; k <= j; k++) out[k] = group;
      group++;
      i = j + 1;
    } else i = Math.max(j, i + 1);
  }
  return out;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(OR_GAP, COMMA_GAP, ONE_OF, ONE_OF_ANYWHERE);
