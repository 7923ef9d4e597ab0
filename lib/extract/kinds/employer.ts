import { alternation, LEXICONS } from '../lexicon/build';
import { warmLater } from '../pipeline/gate';
import { isCity, isRegion } from './places';
import {
  AGENCY_CUE,
  alt,
  capAlt,
  capital,
  cleanLine,
  firstLines,
  JOB_WORD,
  LEGAL_FORM,
  STOPWORDS,
} from './posting-words';
import { matchSkills } from './skills';

/**
 * The employer a posting names only in its prose: "join the Acme sales team", "At Acme we…",
 * "toute embauche chez Acme", "the Acme brand". One such phrase may name a product, a client or a
 * department, so a name counts only when the text corroborates it: a second such phrase, an
 * e-mail or web address on the name's own domain ("jobs@acme.com"), or the first line starting
 * with it ("Acme Sales Agent"). The last resort of `posting.ts`, after every layout reader.
 */

/**
 * One to four capitalised words ("Rite Aid", "Elao", "Elektro-Tel"); a dot only inside a word
 * ("Helixa.ai"), so a sentence's full stop stays out.
 */
const NAME =
  "[\\p{Lu}](?:[\\p{L}\\d&'-]|\\.(?=[\\p{L}\\d]))*(?: [\\p{Lu}](?:[\\p{L}\\d&'-]|\\.(?=[\\p{L}\\d]))*){0,3}";
const END = '(?![\\p{L}\\d&-])';

/** "join Acme", "chez Acme", "werken bij Acme": the name right after a phrase that calls it the employer. */
const INTRO = new RegExp(`(?<![\\p{L}])(?:${capAlt('employerIntro')}) (${NAME})${END}`, 'gu');
/**
 * "At Acme we", "Bei Acme arbeiten wir", "En Acme somos": the name, then a we-clause; or a
 * you-clause, as the employer also writes of itself ("At Acme, you will", "Chez Acme, vous").
 */
const AT_WE = new RegExp(
  `(?<![\\p{L}])(?:${capAlt('employerAt')}) (${NAME}),? (?:\\p{Ll}{2,15} )?` +
    `(?:${alt('weWords')}|${alt('youWords')})(?![\\p{L}])`,
  'gu',
);
/**
 * "Connect is Acme's leading product": a one-word name's possessive. Not after another capitalised
 * word ("Rite Aid's" would give "Aid", "Help Acme's" a verb), so such a name is left out.
 */
const POSSESSIVE_ENDINGS = new Map<string, readonly string[]>(
  LEXICONS.map((l) => [l.code, l.posting.possessives]),
);
/** The name right before a possessive ending, read in a short window that ends there. */
const NAME_BEFORE =
  /(?<![\p{L}\d&'’.-])(?<!\p{Lu}[\p{L}\d&.-]{0,30} )([\p{Lu}][\p{L}\d&-]{1,30})$/u;

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * Each one-word name written with a possessive ending of the text's language, once per time (found
 * by `indexOf`). Dutch writes some plurals so ("VvE's", "foto's"): no possessive there.
 */
function possessiveNames(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const ending of POSSESSIVE_ENDINGS.get(lang) ?? []) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length)) {
      if (LETTER_OR_DIGIT.test(text.charAt(at + ending.length))) continue;
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 64), at))?.[1];
      // "LLM's", "API's": a plural in capitals, not a name's possessive.
      if (name !== undefined && name.toUpperCase() !== name) out.push(name);
    }
  }
  return out;
}
/** How often a name must stand in the text for a single phrase to count (`RECURS`). */
const RECURS = 3;
/**
 * "the Acme brand", "an Acme associate", "the Acme sales team", "die Acme Familie": the name before
 * such a noun (not "das Marketing-Team", a department's compound), each language's articles with its own nouns ("the Workforce Team" is a department's
 * heading, not English prose). Not a team "of" someone else ("het Media team van NRC").
 */
const BEFORE_NOUN = LEXICONS.filter((l) => l.posting.employerNouns.length > 0).map((l) => {
  const articles = alternation(
    (x) => x.posting.employerArticles.flatMap((w) => [w, capital(w)]),
    [l],
  );
  const nouns = alternation((x) => x.posting.employerNouns, [l]);
  const of = alternation((x) => x.posting.ofWords, [l]);
  return new RegExp(
    `(?<![\\p{L}])(?:${articles}) (${NAME})(?: \\p{Ll}{2,15})? (?:${nouns})(?![\\p{L}])(?! (?:${of}) )`,
    'gu',
  );
});

/** "jobs@acme.com", "www.acme-robotics.de", "espanol.aflac.com": the label before the ending. */
const DOMAIN = /(?<![\p{L}\d-])([a-z\d][a-z\d-]{0,40})\.(?:[a-z]{2,3}\.)?[a-z]{2,6}(?![\p{L}\d])/gu;

/** A name's letters and digits only, lower case: "Rite Aid" → "riteaid". */
function squash(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]/g, '');
}

function domains(text: string): Set<string> {
  const out = new Set<string>();
  DOMAIN.lastIndex = 0;
  for (let m = DOMAIN.exec(text); m; m = DOMAIN.exec(text)) out.add(squash(m[1] as string));
  return out;
}

const LETTER = /[\p{L}\d]/u;

/**
 * Whether the text also writes the name in lower case as a word ("sales", "store"): then it is a
 * common word, not a name. A domain or an address ("aflac.com", "jobs@elao.com") does not count.
 */
function writtenLower(text: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + lower.length);
    if (LETTER.test(before) || /[@./-]/.test(before) || LETTER.test(after) || after === '@')
      continue;
    if (after === '.' && LETTER.test(text.charAt(at + lower.length + 1))) continue;
    return true;
  }
  return false;
}

const NOT_EMPLOYERS = new Set(
  LEXICONS.flatMap((l) => l.posting.notEmployers.map((w) => w.toLowerCase())),
);

/** A name that can be an employer: no pronoun, article, job word or place; not a common word. */
function plausible(name: string, text: string): boolean {
  const words = name.split(' ');
  // A small linking word inside a name ("Team per la Trasformazione") is no stopword of it.
  const capitalised = words.filter((w) => w.toLowerCase() !== w);
  if (name.length < 2 || capitalised.some((w) => STOPWORDS.has(w.toLowerCase()))) return false;
  if (NOT_EMPLOYERS.has((words[0] as string).toLowerCase())) return false;
  if (JOB_WORD.test(name) || isCity(name) || isRegion(name)) return false;
  return !writtenLower(text, name);
}

/** "on behalf of our client Acme", "notre client Acme": the client's name, not the advertiser's. */
function clientOfAgency(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (AGENCY_CUE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** "Python", "Salesforce": a name the skills dictionary knows is a tool, not the employer. */
function isTool(name: string): boolean {
  return matchSkills(name, true).some((m) => m.start === 0 && m.end === name.length);
}

/** Whether the name stands as a word at least `RECURS` times, written as given. */
function recurs(text: string, name: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (LETTER.test(before) || LETTER.test(after)) continue;
    if (++seen >= RECURS) return true;
  }
  return false;
}

/** The employer named in the prose and corroborated, or null. */
export function employerInProse(text: string, firstLine: string, lang = 'en'): string | null {
  const sample = text.slice(0, 50_000);
  const hits = new Map<string, number>();
  for (const name of possessiveNames(sample, lang)) hits.set(name, (hits.get(name) ?? 0) + 1);
  for (const re of [INTRO, AT_WE, ...BEFORE_NOUN]) {
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) {
      const name = (m[1] as string).replace(/'s?$/, '');
      hits.set(name, (hits.get(name) ?? 0) + 1);
    }
  }
  const owned = domains(sample);
  let best: string | null = null;
  let bestScore = 1;
  for (const [name, count] of hits) {
    if (!plausible(name, sample) || clientOfAgency(sample, name) || isTool(name)) continue;
    const score =
      count +
      (owned.has(squash(name)) ? 1 : 0) +
      (firstLine.startsWith(`${name} `) ? 1 : 0) +
      // "At Viksta Care Ltd we …": a legal form makes the name a company's, not a product's.
      (LEGAL_FORM.test(` ${name}`) ? 1 : 0) +
      (recurs(sample, name) ? 1 : 0);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A line opening on the employer's name and its hiring verb: "Il Team per la Trasformazione
 * Digitale è alla ricerca di…", "Gi Group SpA, Agenzia per il Lavoro (Aut. Min. …) ricerca…",
 * "A Aubay procura…", "The Acme Group is hiring". Small linking words may stand inside the name
 * ("per la", "de"); one appositive after a comma may stand between the name and the verb.
 */
const HIRING_SUBJECT = new RegExp(
  `^(?:(?:${capAlt('weAreArticles')})\\s)?` +
    `([\\p{Lu}][\\p{L}\\d&.'-]*(?:\\s(?:(?:${alt('nameLinks')})\\s){0,2}[\\p{Lu}][\\p{L}\\d&.'-]*){0,5})` +
    `(?:,\\s[^\\n]{0,120}?)?\\s(?:${alt('hiringCues')})(?![\\p{L}])`,
  'u',
);

/** The employer a line near the top names as the one hiring, or null (`HIRING_SUBJECT`). */
export function employerHiring(text: string): string | null {
  for (const raw of firstLines(text, 20)) {
    const line = cleanLine(raw);
    // "Ben jij student? Acme zoekt …": the subject may open the line's second or third sentence.
    for (let from = 0, n = 0; from >= 0 && n < SENTENCES_PER_LINE; n++) {
      const name = HIRING_SUBJECT.exec(from === 0 ? line : line.slice(from))?.[1]?.replace(
        /[.,]$/,
        '',
      );
      if (name && plausible(name, text.slice(0, 50_000)) && !clientOfAgency(text, name)) {
        return name;
      }
      SENTENCE_END.lastIndex = from;
      const end = SENTENCE_END.exec(line);
      from = end ? end.index + end[0].length : -1;
    }
  }
  return null;
}

/** How many sentences of a line may open with the employer hiring. */
const SENTENCES_PER_LINE = 3;
/** A sentence's end inside a line, the next one opening with a capital. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;

/**
 * "Senior Elixir Engineer - BlueLabs", "Desenvolvedor Java Sênior - Vetta": a title line ending on
 * a name after a dash, taken when the posting's own e-mail or web address is on that name's
 * domain ("rh@vetta.com.br", "careers.bluelabs.eu"). Without that, the last part may be a team,
 * a level or a place.
 */
export function employerAfterDash(text: string): string | null {
  const first = cleanLine(firstLines(text, 1)[0] ?? '');
  const at = Math.max(first.lastIndexOf(' - '), first.lastIndexOf(' – '));
  if (at <= 0) return null;
  const name = first.slice(at + 3).trim();
  if (!/^[\p{Lu}][\p{L}\d&.'-]*(?: [\p{Lu}][\p{L}\d&.'-]*){0,3}$/u.test(name)) return null;
  if (!plausible(name, text.slice(0, 50_000))) return null;
  return domains(text.slice(0, 50_000)).has(squash(name)) ? name : null;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(INTRO, AT_WE, NAME_BEFORE, LETTER_OR_DIGIT, DOMAIN, LETTER, HIRING_SUBJECT, SENTENCE_END);
