import { alternation, LEXICONS, latinWords } from '../lexicon/build';
import { LATIN } from '../lexicon/letters';
import type { PreferenceWords } from '../lexicon/types';
import type { Sentence } from '../types';
import { gated, warmLater } from './gate';
import type { Section } from './sections';

/**
 * Decides whether an item is required or preferred from the words around it: the clause it sits
 * in ("English required, Spanish a plus"), a qualifier earlier in the sentence ("..., preferably
 * in online support"), a "a plus" closing a list ("Python, Java or Go a plus"), then the section
 * heading. Everything here works on one sentence, so it is bounded by MAX_SENTENCE.
 */

const pick = (f: (p: PreferenceWords) => readonly string[]) => alternation((l) => f(l.preference));
const TRAILING_WORDS = new Set(
  LEXICONS.flatMap((l) => l.preference.trailing.map((w) => w.toLowerCase())),
);

/** Phrases that follow what they qualify: "Spanish a plus", "Kenntnisse in SAP von Vorteil". */
const TRAILING = gated(
  new RegExp(
    `(?<![${LATIN}])(?:(?:is|are|would be|will be)\\s)?(?:${pick((p) => p.trailing)})(?![${LATIN}])`,
    'i',
  ),
);

const DUAL = pick((p) => p.leading.filter((w) => TRAILING_WORDS.has(w.toLowerCase())));
/** A leading qualifier standing alone, as in brackets after its item: "(preferably)". */
const ADVERB_ALONE = new RegExp(`^\\s{0,2}(?:${pick((p) => p.leading)})\\s{0,2}$`, 'i');
/**
 * Phrases that qualify what follows them: "preferably in ...", "Idealerweise", "Advantageous:".
 * A word that also trails ("desirable", "von Vorteil") leads only at the start of the sentence or
 * as a label before a colon, so "Englisch wünschenswert, Deutsch fließend" leaves German alone.
 */
const LEADING = gated(
  new RegExp(
    `(?<![${LATIN}])(?:${pick((p) => p.leading.filter((w) => !TRAILING_WORDS.has(w.toLowerCase())))})(?![${LATIN}])|^[\\s(-]{0,3}(?:${DUAL})(?![${LATIN}])|(?<![${LATIN}])(?:${DUAL})\\s{0,2}:`,
    'i',
  ),
);

/** Words that make an item required whatever its section says. */
const REQUIRED_MARKER = gated(
  new RegExp(`(?<![${LATIN}])(?:${pick((p) => p.required)})(?![${LATIN}])`, 'i'),
);
const NEGATED_REQUIRED = gated(
  new RegExp(`(?<![${LATIN}])(?:${pick((p) => p.notRequired)})(?![${LATIN}])`, 'i'),
);
/** ", vous justifiez de 3 ans": a main clause of its own, beyond a qualifier's reach. */
const OWN_SUBJECT = new RegExp(`[,;]\\s{0,2}(?:${pick((p) => p.clauseSubjects)})\\s`, 'i');
/** ", and/or a two-year degree": an alternative requirement, beyond a qualifier's reach. */
const ALTERNATIVE_REQUIREMENT = /[,;]\s{0,2}(?:and\/or|y\/o|e\/o|e\/ou|et\/ou|und\/oder|en\/of)\s/i;

/** A list joined before the trailing phrase: "Java or Go a plus", "A, B and/or C a plus". */
const LIST_JOIN = /\s(?:or|and|and\/or|ou|et|oder|und|o|y|e|of|en)\s|\//i;

/**
 * "strongly preferred with a minimum of 3 years": a join right after a trailing cue opens the next
 * item (the join is matched first, the cue looked back at only there).
 */
const AFTER_CUE_JOIN = `\\s(?:${pick((p) => p.afterCueJoins)})\\s(?<=(?<![${LATIN}])(?:${pick((p) => p.trailing)})\\s(?:${pick((p) => p.afterCueJoins)})\\s)`;

const CLAUSE_BREAK = new RegExp(
  `[,;:()]|\\s[-–]\\s|\\s(?:but|mais|aber|pero|ma|mas|maar)\\s|\\s(?:and|or)\\s(?:one|any|either)\\sof\\s|${AFTER_CUE_JOIN}`,
  'gi',
);
/** A word that both leads and trails, opening a clause: "se valorará máster", "desejável inglês". */
const LEADS_CLAUSE = new RegExp(`^\\s{0,3}(?:${DUAL})\\s{1,2}[${LATIN}]`, 'i');
/** The "but" of CLAUSE_BREAK, alone: what follows it may qualify the clause before. */
const BUT_BREAK = /^\s(?:but|mais|aber|pero|ma|mas|maar)\s$/i;
/** "English and one of Spanish, Portuguese or Japanese is a plus": the list starts after "of". */
const LIST_START = /\sof\s$/;
/**
 * Short forms that often end a sentence with their dot: "and so on" ("Java, Go, etc. Python is a
 * plus"), a firm's legal form ("at Acme Ltd. French is a plus"), "no", and Italian "es." (Spanish
 * "is").
 */
const CLOSING_FORMS = new Set('etc|usw|enz|ecc|inc|ltd|pvt|co|corp|no|es'.split('|'));

/**
 * The lexicons' short forms a dot closes inside a sentence ("Kat. B von Vorteil", "z.B."), as
 * written and capitalised: the dot after them ends no clause.
 */
function shortForms(): string {
  const forms = LEXICONS.flatMap((l) => l.abbreviations).filter(
    (a) => !a.includes('.') && !CLOSING_FORMS.has(a),
  );
  const escaped = forms.flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)]);
  return [...new Set(escaped)].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Sentence ends, but not the dots of "M.S." or "U.S." (a lone letter before the dot); and a dot
 * that lost its space between two sentences ("a driver's licence.Candidate must be fluent").
 */
const SEGMENT_BREAK = new RegExp(
  `(?:[;!?]|(?<!(?:^|[\\s(.])\\p{L})(?<!(?:^|[\\s(])(?:${shortForms()}))\\.)(?:\\s|$)|` +
    `(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})|${runOnBreak()}`,
  'gu',
);

/**
 * Items run together with their breaks lost ("French is a plus 2+ years of experience …"): a
 * trailing phrase closes its item where a capital or a digit opens the next one, as a sentence
 * end would. The space and the capital after it are matched first, so the look back runs only
 * where an item may start.
 */
function runOnBreak(): string {
  return `\\s(?=[\\p{Lu}\\d])(?<=(?<![${LATIN}])(?:${pick((p) => p.trailing)})\\s)`;
}

const RUN_ON = new RegExp(runOnBreak(), 'u');

/**
 * Where a run-together item ends in `text` ("German is a plus Fluent in Python": before
 * "Fluent"), or -1: for readers whose windows look past an item's end for its words.
 */
export function runOnEnd(text: string): number {
  return RUN_ON.exec(text)?.index ?? -1;
}

interface Span {
  start: number;
  end: number;
}

/** Splits `text[from, to)` at `re` into spans. */
function spans(text: string, from: number, to: number, re: RegExp): Span[] {
  const out: Span[] = [];
  let start = from;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push({ start, end: to });
  return out;
}

function containing(list: Span[], at: number): number {
  const i = list.findIndex((s) => at >= s.start && at < s.end);
  return i < 0 ? list.length - 1 : i;
}

/** What the clause itself says: true (required), false (preferred), or null (nothing). */
function clauseSays(clause: string): boolean | null {
  if (NEGATED_REQUIRED.test(clause)) return false;
  if (TRAILING.test(clause)) return false;
  if (REQUIRED_MARKER.test(clause)) return true;
  return null;
}

/** Whether the item at `at` follows its clause's trailing marker and a required marker follows it. */
function requiredAfterPlus(text: string, clause: Span, at: number): boolean {
  const before = text.slice(clause.start, at);
  const plus = TRAILING.exec(before);
  if (!plus || NEGATED_REQUIRED.test(before)) return false;
  const after = text.slice(at, clause.end);
  return REQUIRED_MARKER.test(after) && !TRAILING.test(after) && !NEGATED_REQUIRED.test(after);
}

/**
 * "Associate Degree Required Bachelor's Degree Preferred", "Ausbildung erforderlich Studium
 * wünschenswert": run-together items, the required marker closing the item at `at` and a capital
 * (or figure) opening the next, whose own trailing marker does not reach back over it.
 */
const RUN_ON_REQUIRED = new RegExp(`^(?:${pick((p) => p.required)})\\s`, 'i');
/** Without the `i` flag: under it, `\p{Lu}` would match a small letter too. */
const ITEM_OPENS = /^[\p{Lu}\d]/u;
function requiredBeforePlus(text: string, clause: Span, at: number): boolean {
  const after = text.slice(at, clause.end);
  const plus = TRAILING.exec(after);
  const marker = plus ? REQUIRED_MARKER.exec(after.slice(0, plus.index)) : null;
  if (!marker || NEGATED_REQUIRED.test(after) || TRAILING.test(text.slice(clause.start, at)))
    return false;
  const run = RUN_ON_REQUIRED.exec(after.slice(marker.index));
  return run !== null && ITEM_OPENS.test(after.slice(marker.index + run[0].length));
}

/**
 * Whether a clause after a comma can be the tail of a list that its trailing marker qualifies
 * ("Java or Go a plus", ", and Rust a plus"). One that opens with "and" and says more than a few
 * words is a clause of its own ("and knowledge of Go would be helpful"): its marker stays in it.
 */
const OWN_CLAUSE_START = /^\s{0,2}(?:and|but|et|und|y|e)\s/i;
const LIST_TAIL_WORDS = 4;
function isListTail(clause: string): boolean {
  if (!OWN_CLAUSE_START.test(clause)) return true;
  const marker = TRAILING.exec(clause);
  const lead = marker ? clause.slice(0, marker.index) : clause;
  let words = 0;
  for (const w of lead.split(' ')) if (w !== '' && ++words > LIST_TAIL_WORDS) return false;
  return true;
}

/** Words beside a cue in a clause that is only a qualifier ("is strongly preferred"). */
const FILLER = new Set(LEXICONS.flatMap((l) => l.preference.fillers.map((w) => w.toLowerCase())));

/** Whether a clause is only a qualifier ("preferred", "strongly preferred", "a plus"). */
function isBareMarker(clause: string): boolean {
  if (clause.length > 40) return false;
  const rest = clause
    .replace(NEGATED_REQUIRED, ' ')
    .replace(TRAILING, ' ')
    .replace(REQUIRED_MARKER, ' ');
  if (rest === clause) return false;
  return rest.split(/[^\p{L}]+/u).every((w) => w === '' || FILLER.has(w.toLowerCase()));
}

/**
 * Every phrase above, as one cheap test. A sentence with none of them (most sentences) is decided
 * by its section alone, without splitting it into clauses.
 */
const ANY_PHRASE = latinWords((l) => [
  ...l.preference.trailing,
  ...l.preference.leading,
  ...l.preference.required,
  ...l.preference.notRequired,
]);

/** Whether a sentence says anything about required or preferred ("a plus", "required"). */
export function statesPreference(text: string): boolean {
  return ANY_PHRASE.test(text);
}

/** "Proficiency in English … is required for this role": a demand of the job, written as one. */
const FOR_THIS_ROLE = gated(
  new RegExp(`(?<![${LATIN}])(?:${pick((p) => p.forThisRole)})(?![${LATIN}])`, 'i'),
);

/**
 * Whether a sentence states a demand of the job itself: it asks for its items even under the
 * employer's own heading, where an ATS's intro box may put one ("Who We Are: … ***Proficiency in
 * English at an advanced level is required for this role.").
 */
export function demandsOfRole(text: string): boolean {
  return FOR_THIS_ROLE.test(text);
}

/** Sentences of one run under a preferred heading that must say "must" for the run to be the list… */
const MUSTS_IN_LIST = 2;
/** …among its first sentences: further down, a heading the splitter missed may have begun. */
const MUSTS_WITHIN = 6;

/**
 * "Desired Skills and Experience:" over "Bachelor's degree …", "Must be willing to work weekends.",
 * "Must be willing to work shifts.": a board's fixed heading over the requirements list itself.
 * When two of the first sentences under one preferred heading say they are required, the heading
 * decides nothing: its items are read as any list's, each sentence's own words deciding
 * ("… is highly preferred" stays preferred).
 */
export function settleSections(sentences: Sentence[]): void {
  for (let i = 0; i < sentences.length; ) {
    const first = sentences[i] as Sentence;
    let end = i + 1;
    if (first.section === 'preferred') {
      while (end < sentences.length && sentences[end]?.heading === first.heading) end++;
      let musts = 0;
      const last = Math.min(end, i + MUSTS_WITHIN);
      for (let k = i; k < last && musts < MUSTS_IN_LIST; k++) {
        const text = (sentences[k] as Sentence).text;
        if (REQUIRED_MARKER.test(text) && !NEGATED_REQUIRED.test(text)) musts++;
      }
      if (musts >= MUSTS_IN_LIST) {
        for (let k = i; k < end; k++)
          sentences[k] = { ...(sentences[k] as Sentence), section: null };
      }
    }
    i = end;
  }
}

/** The answers of a sentence that states nothing: one function each, not a closure per call. */
const always = (): boolean => true;
const never = (): boolean => false;

interface Analysis {
  segments: Span[];
  clauses: Map<Span, Span[]>;
  says: Map<Span, boolean | null>;
}

/**
 * Required-ness of items in one sentence: the clause analysis is done once, lazily, and shared by
 * every item found in the sentence.
 */
export function requiredIn(
  text: string,
  section: Section,
  states = statesPreference(text),
): (at: number) => boolean {
  const byDefault = section !== 'preferred';
  if (!states) return byDefault ? always : never;
  let analysis: Analysis | null = null;
  const says = (a: Analysis, span: Span): boolean | null => {
    let v = a.says.get(span);
    if (v === undefined) {
      v = clauseSays(text.slice(span.start, span.end));
      a.says.set(span, v);
    }
    return v;
  };
  return (at) => {
    analysis ??= {
      segments: spans(text, 0, text.length, SEGMENT_BREAK),
      clauses: new Map(),
      says: new Map(),
    };
    const a = analysis;
    const seg = a.segments[containing(a.segments, at)] as Span;
    let clauses = a.clauses.get(seg);
    if (!clauses) {
      clauses = spans(text, seg.start, seg.end, CLAUSE_BREAK);
      a.clauses.set(seg, clauses);
    }
    const ci = containing(clauses, at);
    const own = says(a, clauses[ci] as Span);
    // "Spanish is a plus and fluent English required": the item after a trailing marker, with a
    // required one of its own after it, is required.
    if (own === false && requiredAfterPlus(text, clauses[ci] as Span, at)) return true;
    if (own === false && requiredBeforePlus(text, clauses[ci] as Span, at)) return true;
    if (own !== null) return own;
    // A qualifier earlier in the segment: "..., preferably in online support".
    const lead = LEADING.exec(text.slice(seg.start, at));
    if (lead) {
      const reach = text.slice(seg.start + lead.index, at);
      if (
        !REQUIRED_MARKER.test(reach) &&
        !ALTERNATIVE_REQUIREMENT.test(reach) &&
        !OWN_SUBJECT.test(reach)
      )
        return false;
    }
    // "Python, Java or Go a plus": a trailing phrase after a list reaches back over commas.
    for (let k = ci + 1; k < clauses.length; k++) {
      const later = clauses[k] as Span;
      if (LIST_START.test(text.slice((clauses[k - 1] as Span).end, later.start))) break;
      // "Laurea in informatica (preferibilmente)", "Studium (idealerweise)": a leading adverb
      // alone in the brackets after the item qualifies it.
      if (k === ci + 1 && text[later.start - 1] === '(' && !text.includes('|', at)) {
        if (ADVERB_ALONE.test(text.slice(later.start, later.end))) return false;
      }
      const v = says(a, later);
      // A bare marker in or after brackets qualifies what precedes it: "PLC troubleshooting:
      // 1 year (Preferred)", "Spanish (conversational) preferred", "Bilingual (English/Spanish)
      // a plus"; "Bachelor's degree (Master's preferred)" is an item of its own.
      if (v !== null && isBareMarker(text.slice(later.start, later.end))) {
        const opener = text[later.start - 1];
        // "Sass | Storybook | Sketch (pré)": in a "|" list a bracket marks only the item before it.
        const piped = text.lastIndexOf('|', later.start) > at;
        if (k === ci + 1 && (opener === '(' || opener === ')') && !piped) return v;
        // "Permis : B (souhaité)": the item is a record line's label, and a bracket after its
        // value qualifies the value, so the item.
        const label = text[(clauses[ci] as Span).end] === ':';
        if (k === ci + 2 && opener === '(' && label && !piped) return v;
        const between = clauses[ci + 1] as Span;
        if (k === ci + 2 && opener === ')' && text[between.start - 1] === '(') return v;
        // "Degree in Economics, Finance or Mathematics (preferred)": a bracket closing the
        // segment after a list that ends with "or"/"and" qualifies the list's head item too.
        const words = (c: Span) => text.slice(c.start, c.end);
        const closes = clauses.slice(k + 1).every((c) => words(c).trim() === '');
        if (opener === '(' && closes && k > ci + 1 && !piped) {
          const tail = clauses.slice(ci + 1, k);
          const last = tail[tail.length - 1] as Span;
          const listed = tail.every((c) => isListTail(words(c)) && says(a, c) === null);
          if (LIST_JOIN.test(words(last)) && listed) return v;
        }
        // "(z. B. CPA, ACCA, Steuerberater) ist sehr wünschenswert": after a bracketed list, the
        // marker qualifies every item inside the brackets.
        if (opener === ')') {
          const open = text.lastIndexOf('(', later.start - 2);
          if (open >= seg.start && open < at && text.indexOf(')', open) === later.start - 1)
            return v;
        }
      }
      // "Zendesk (idealerweise Business Central) ist ideal, aber kein Muss", "..., but not
      // required": a closing "not required" lifts the requirement from the whole segment.
      if (
        v === false &&
        k === clauses.length - 1 &&
        NEGATED_REQUIRED.test(text.slice(later.start, later.end))
      ) {
        return false;
      }
      // "Terraform or another IaC tool, an asset", ".NET kennis, maar niet noodzakelijk": a bare
      // marker closing the segment after a comma or a "but" qualifies the whole item before it.
      if (
        v === false &&
        k === clauses.length - 1 &&
        (text[later.start - 1] === ',' ||
          BUT_BREAK.test(text.slice((clauses[k - 1] as Span).end, later.start))) &&
        isBareMarker(text.slice(later.start, later.end))
      ) {
        return false;
      }
      if (v === true) break;
      // "Matric (technical qualification advantageous)": a bracket qualifies only itself.
      if (v === false && text[later.start - 1] === '(') break;
      if (v === false) {
        const clause = text.slice(later.start, later.end);
        // "Grado en ADE, se valorará máster": a marker opening its clause qualifies what follows.
        if (LEADS_CLAUSE.test(clause)) break;
        // "Python, Java or Go a plus" reaches back over the list; "Solidity is important, and
        // knowledge of Go would be helpful" is a clause of its own and does not.
        // "BSc/BA in computer science: MSc/MA will be an added advantage": after a colon the
        // clause names items of its own, no tail of a list before it.
        if (LIST_JOIN.test(clause) && isListTail(clause) && text[later.start - 1] !== ':')
          return false;
        break;
      }
    }
    return byDefault;
  };
}

export function isRequired(text: string, at: number, section: Section): boolean {
  return requiredIn(text, section)(at);
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  TRAILING,
  OWN_SUBJECT,
  LEADING,
  REQUIRED_MARKER,
  NEGATED_REQUIRED,
  ALTERNATIVE_REQUIREMENT,
  LIST_JOIN,
  CLAUSE_BREAK,
  BUT_BREAK,
  LEADS_CLAUSE,
  LIST_START,
  SEGMENT_BREAK,
  RUN_ON,
  RUN_ON_REQUIRED,
  ITEM_OPENS,
  ANY_PHRASE,
  OWN_CLAUSE_START,
  FOR_THIS_ROLE,
);
