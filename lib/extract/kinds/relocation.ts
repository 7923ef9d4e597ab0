import type { Offered } from '../../schema';
import { LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { RelocationWords } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { mayStart, startLook } from '../pipeline/starts';
import type { Found, Sentence, SentenceExtractor } from '../types';
import { flexible, flexibleWords, type Trigger, trigger, wholeWords } from './signals';

/**
 * Relocation help, visa sponsorship and the right to work. A sentence counts only when it talks
 * about the employer's side ("relocation package", "we sponsor visas"); "willing to relocate" is
 * asked of the candidate and says nothing about help. Negation anywhere near flips it.
 */

const r = (pick: (x: RelocationWords) => readonly string[]) => flexible((l) => pick(l.relocation));
const rw = (pick: (x: RelocationWords) => readonly string[]) =>
  flexibleWords((l) => pick(l.relocation));

// Negation words in every language; checked in a window around the topic word.
const NEGATIONS = r((x) => x.negations);
/** A negation word (not a prefix: "non-EU"), and one just after the topic, before the clause ends. */
const negationBefore = (words: string) =>
  caseless(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}-])`, 'iu');
const negationAfter = (words: string) =>
  caseless(`^[^.;]{0,45}(?<![\\p{L}])(?:${words})(?![\\p{L}-])`, 'iu');
const NEGATION = gated(
  negationBefore(NEGATIONS),
  rw((x) => x.negations),
  true,
);
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 50;
/**
 * A negation just after the topic, before the clause ends: "relocation is not offered"; a prefix
 * ("non-EU candidates") is none.
 */
const NEGATED_AFTER = negationAfter(NEGATIONS);

/**
 * The negation patterns for a posting in `lang`: without the other languages' negations that are
 * its own small words (Portuguese "no" is "in the": "apoio no processo do visto" is help).
 */
const NEGATIONS_BY_LANG = new Map<string, readonly [RegExp, RegExp]>();

function negationsFor(lang: string): readonly [RegExp, RegExp] {
  const known = NEGATIONS_BY_LANG.get(lang);
  if (known) return known;
  const own = LEXICONS.find((l) => l.code === lang);
  const small = new Set(
    (own?.stopwords ?? [])
      .filter((w) => !(own?.relocation.negations ?? []).includes(w))
      .map((w) => w.toLowerCase()),
  );
  let built: readonly [RegExp, RegExp] = [NEGATION, NEGATED_AFTER];
  if (LEXICONS.some((l) => l.relocation.negations.some((w) => small.has(w.toLowerCase())))) {
    const words = flexible((l) =>
      l.relocation.negations.filter((w) => !small.has(w.toLowerCase())),
    );
    built = [negationBefore(words), negationAfter(words)];
  }
  NEGATIONS_BY_LANG.set(lang, built);
  return built;
}

function negatedNear(text: string, start: number, end: number, lang = 'en'): boolean {
  const [before, after] = negationsFor(lang);
  const head = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
  const tail = text.slice(end, end + WINDOW_AFTER);
  return before.test(head) || after.test(tail);
}

/** Cheap first looks without Unicode case folding (slow in V8): most sentences skip the rest. */
// Relocation and the right to work are read from whole words only (RELOCATION, HOUSING and
// AUTHORIZATION below): their first looks want the words at a word start.
const RELOCATION_TRIGGER = trigger(
  LEXICONS.flatMap((l) => [l.relocation.topic, l.relocation.housing]),
  5,
  [],
);
const VISA_TRIGGER = trigger(LEXICONS.flatMap((l) => [l.visa.topic, l.visa.offerPhrases]));
const AUTHORIZATION_TRIGGER = trigger(
  LEXICONS.map((l) => l.visa.authorization),
  5,
  [],
);

/** The first decisive sentence wins: postings state this once, in a statement of their own. */
function decide(
  sentences: Sentence[],
  trigger: Trigger,
  topic: RegExp,
  offer: RegExp,
  skip?: RegExp,
  lang = 'en',
): Offered | null {
  for (const { text } of sentences) {
    if (!trigger.test(text)) continue;
    // An application question ("Will you require sponsorship?") states nothing.
    if (text.trimEnd().endsWith('?')) continue;
    // "You need a valid work permit; we offer support with relocation": each clause decides
    // for its own topic word, not an offer in the next one.
    for (const clause of text.includes(';') ? text.split(';') : [text]) {
      const m = topic.exec(clause);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (negatedNear(clause, start, end, lang)) return 'not_offered';
      if (skip?.test(clause) && !offer.test(clause)) continue;
      if (offer.test(clause)) return 'offered';
    }
  }
  return null;
}

// ── Relocation ──────────────────────────────────────────────────────────────────────────────

/** The topic word, or a compound it begins ("Umzugskostenpauschale"). */
const RELOCATION = gated(
  caseless(`(?<![\\p{L}\\p{N}])(?:${r((x) => x.topic)})\\p{L}{0,20}(?![\\p{L}])`, 'iu'),
  rw((x) => x.topic),
);
const RELOCATION_OFFER = wholeWords((l) => l.relocation.offer);
/** Housing the employer provides ("housing stipend", "nourri & logé") is help with the move. */
const HOUSING = wholeWords((l) => l.relocation.housing);
/** "housing allowance, air tickets allowance, education allowance": the salary's parts. */
const PAY_ALLOWANCES = wholeWords((l) => l.relocation.payAllowances);
/** The candidate's side: "must be willing to relocate to Austin". */
const CANDIDATE_MOVES = wholeWords((l) => l.relocation.candidate);

/** The candidate bears the move: "at your own expense", "à la charge du candidat". */
const CANDIDATE_PAYS = wholeWords((l) => l.relocation.candidatePays);
const CANDIDATE_PAYS_TRIGGER = trigger(LEXICONS.map((l) => l.relocation.candidatePays));
/** How many list items after its lead-in a relocation item may stand. */
const LEAD_IN_REACH = 6;
/** Built once: a regex literal inside a function is a new object on every call. */
const CLOSED = /[.!?]\s*$/;
const LEAD_IN_END = /[:;]\s*$/;
const CLAUSE_BREAK = /[;,]/;

/** A list item: a short line that no full stop closes ("Meet the costs of relocation"). */
function isListItem(text: string): boolean {
  return text.length <= 100 && !CLOSED.test(text);
}

/**
 * "The responsibility lies on the successful candidate to:" / "- Obtain the permit" / "- Meet the
 * costs of relocation": a relocation sentence in the candidate's words, or an item under a lead-in
 * that puts the move on the candidate, refuses help.
 */
function candidateBears(sentences: readonly Sentence[]): boolean {
  for (let i = 0; i < sentences.length; i++) {
    const { text } = sentences[i] as Sentence;
    // The pattern's word-start look (one bit of the shared index) first: cheaper than the trigger.
    if (!CANDIDATE_PAYS.test(text) || !CANDIDATE_PAYS_TRIGGER.test(text)) continue;
    // In one clause: "relocation package provided, the flight at your own expense" is help.
    if (text.split(CLAUSE_BREAK).some((c) => CANDIDATE_PAYS.test(c) && RELOCATION.test(c)))
      return true;
    // A lead-in opens a list: it ends with a colon or a semicolon, its items follow.
    if (!LEAD_IN_END.test(text)) continue;
    for (const item of sentences.slice(i + 1, i + 1 + LEAD_IN_REACH)) {
      // The list ends at a sentence of prose ("Relocation assistance is available.").
      if (!isListItem(item.text)) break;
      if (RELOCATION.test(item.text)) return true;
    }
  }
  return false;
}

/**
 * An application system's form field, answered: "Relocation? N", "Relocation: Yes", "Umzug: Nein".
 * The answer stands alone after the topic word, so the line says whether the move is paid for.
 */
const RELOCATION_ANSWER = caseless(
  `^[\\s•*-]{0,3}(?:${r((x) => x.topic)})\\p{L}{0,20}\\s{0,2}[?:]\\s{0,2}` +
    `(?:(${r((x) => x.answerYes)})|${r((x) => x.answerNo)})[.!]?\\s*$`,
  'iu',
);
/** Longest line read as such a field. */
const ANSWER_LINE = 40;

/** A short answer the sentence splitter cut off after the question mark ("Relocation?" / "N"). */
const SHORT_ANSWER = 5;

function answered(sentences: readonly Sentence[]): Offered | null {
  for (const [i, { text }] of sentences.entries()) {
    if (text.length > ANSWER_LINE || !RELOCATION_TRIGGER.test(text)) continue;
    const next = sentences[i + 1]?.text.trim() ?? '';
    const line =
      text.trimEnd().endsWith('?') && next.length <= SHORT_ANSWER ? `${text} ${next}` : text;
    const m = RELOCATION_ANSWER.exec(line);
    if (m) return m[1] === undefined ? 'not_offered' : 'offered';
  }
  return null;
}

export function extractRelocation(
  sentences: Sentence[],
  _jsonLd: Record<string, unknown> | null | undefined,
  lang = 'en',
): Offered | null {
  if (candidateBears(sentences)) return 'not_offered';
  const form = answered(sentences);
  if (form) return form;
  const said = decide(
    sentences,
    RELOCATION_TRIGGER,
    RELOCATION,
    RELOCATION_OFFER,
    CANDIDATE_MOVES,
    lang,
  );
  if (said) return said;
  for (const { text } of sentences) {
    if (!RELOCATION_TRIGGER.test(text)) continue;
    const m = HOUSING.exec(text);
    // Housing among the allowances a salary is paid with is pay, not help with a move.
    if (m && PAY_ALLOWANCES.test(text)) continue;
    if (m && !negatedNear(text, m.index, m.index + m[0].length, lang)) return 'offered';
  }
  return null;
}

// ── Visa sponsorship ────────────────────────────────────────────────────────────────────────

const VISA = wholeWords((l) => l.visa.topic);
/** "sponsor" alone can be an executive sponsor: the sentence must be about work or visas. */
const IMMIGRATION = wholeWords((l) => l.visa.immigration);
const VISA_OFFER = wholeWords((l) => l.visa.offer);
/** "Immigration support for US candidates": an offer on its own. */
const VISA_OFFER_PHRASE = wholeWords((l) => l.visa.offerPhrases);
/** "must be authorized to work … without sponsorship", "unable to sponsor": a refusal. */
const VISA_REFUSAL = wholeWords((l) => l.visa.refusals);
/** "any sponsoring program": a third party that sponsors, read as no word of the employer's. */
const THIRD_PARTY = caseless(
  `(?<![\\p{L}\\p{N}])(?:${flexible((l) => l.visa.thirdPartySponsors)})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "exclusively for", "nur für": an offer kept for some roles or people (`visa.onlyFor`). */
const VISA_ONLY_FOR = wholeWords((l) => l.visa.onlyFor);

/** The words of every visa pattern that can decide: a sentence with none of them decides nothing. */
const DECIDING = startLook(
  flexibleWords((l) => [...l.visa.refusals, ...l.visa.offerPhrases, ...l.visa.immigration]),
);

/** Whether the sentence limits its visa offer to some roles or people, after naming the visa. */
function keptForSome(text: string): boolean {
  const limit = VISA_ONLY_FOR.exec(text);
  if (!limit) return false;
  const topic = VISA.exec(text);
  return topic !== null && topic.index < limit.index;
}

/** "We are hiring worldwide, no visa required": the job needs none, no word on sponsorship. */
const NOT_NEEDED = caseless(
  `(?<![\\p{L}\\p{N}])(?:${flexible((l) => l.visa.notNeeded)})(?![\\p{L}\\p{N}])`,
  'giu',
);

function withoutThirdParty(text: string): string {
  THIRD_PARTY.lastIndex = 0;
  const own = THIRD_PARTY.test(text) ? text.replace(THIRD_PARTY, ' ') : text;
  NOT_NEEDED.lastIndex = 0;
  return NOT_NEEDED.test(own) ? own.replace(NOT_NEEDED, ' ') : own;
}

export function extractVisaSponsorship(
  sentences: Sentence[],
  _jsonLd: Record<string, unknown> | null | undefined,
  lang = 'en',
): Offered | null {
  for (const sentence of sentences) {
    if (!mayStart(sentence.text, DECIDING) || !VISA_TRIGGER.test(sentence.text)) continue;
    if (sentence.text.trimEnd().endsWith('?')) continue;
    const text = withoutThirdParty(sentence.text);
    if (VISA_REFUSAL.test(text)) return 'not_offered';
    // "Sponsorship is offered exclusively for Principal-level roles": not an offer for every job.
    // ("Housing (only for the first month) and help with the visa": the limit is the housing's.)
    const kept = keptForSome(text);
    const m = VISA_OFFER_PHRASE.exec(text);
    if (m && !negatedNear(text, m.index, m.index + m[0].length, lang) && !kept) return 'offered';
    if (!IMMIGRATION.test(text)) continue;
    const said = decide([{ text } as Sentence], VISA_TRIGGER, VISA, VISA_OFFER, undefined, lang);
    if (said && !(kept && said === 'offered')) return said;
  }
  return null;
}

// ── Work authorization ──────────────────────────────────────────────────────────────────────

const AUTHORIZATION = wholeWords((l) => l.visa.authorization);

const COUNTRIES: readonly [string, RegExp][] = [
  ['US', /(?<!\p{L})(?:United States|U\.S\.A?\.?|USA|US|America)(?!\p{L})/u],
  ['GB', /(?<!\p{L})(?:United Kingdom|UK|U\.K\.|Great Britain|Britain|England)(?!\p{L})/u],
  ['CA', /(?<!\p{L})Canada(?!\p{L})/u],
  ['DE', /(?<!\p{L})(?:Germany|Deutschland)(?!\p{L})/u],
  ['FR', /(?<!\p{L})France(?!\p{L})/u],
  ['ES', /(?<!\p{L})(?:Spain|España)(?!\p{L})/u],
  ['IT', /(?<!\p{L})(?:Italy|Italia)(?!\p{L})/u],
  ['NL', /(?<!\p{L})(?:Netherlands|Nederland)(?!\p{L})/u],
  ['IE', /(?<!\p{L})Ireland(?!\p{L})/u],
  ['CH', /(?<!\p{L})(?:Switzerland|Schweiz|Suisse)(?!\p{L})/u],
  ['AT', /(?<!\p{L})(?:Austria|Österreich)(?!\p{L})/u],
  ['PT', /(?<!\p{L})Portugal(?!\p{L})/u],
  ['BE', /(?<!\p{L})(?:Belgium|Belgique|België)(?!\p{L})/u],
  ['AU', /(?<!\p{L})Australia(?!\p{L})/u],
  ['SG', /(?<!\p{L})Singapore(?!\p{L})/u],
  ['IN', /(?<!\p{L})India(?!\p{L})/u],
  // ISO 3166-1 reserves "EU": "EU work permit", "Arbeitserlaubnis für die EU", "permis UE".
  [
    'EU',
    /(?<!\p{L})(?:EU|E\.U\.|EEA|UE|European Union|Union européenne|Europäischen Union|Unión Europea|Unione Europea)(?!\p{L})/u,
  ],
];

/** How far before the permit's name an offer word is read ("Tramitación del permiso"). */
const OFFER_REACH = 30;

/** "must be legally authorized to work in the United States", "right to work in the UK". */
export const extractWorkAuthorization: SentenceExtractor = (sentence) => {
  if (!AUTHORIZATION_TRIGGER.test(sentence.text)) return [];
  const m = AUTHORIZATION.exec(sentence.text);
  if (!m) return [];
  // "Tramitación del permiso de trabajo", "help with your work permit": the employer's offer to
  // obtain it, not a permit asked of the candidate.
  const head = sentence.text.slice(Math.max(0, m.index - OFFER_REACH), m.index);
  const offer = VISA_OFFER.exec(head);
  if (offer && !negatedNear(head, offer.index, offer.index + offer[0].length)) return [];
  // The country is named right after the phrase ("in the US"), or just before ("EU work permit").
  const around = sentence.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 60);
  const country = COUNTRIES.find(([, re]) => re.test(around))?.[0] ?? null;
  const found: Found = { kind: 'work_authorization', country, at: m.index };
  return [found];
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  RELOCATION_ANSWER,
  THIRD_PARTY,
  NEGATION,
  NEGATED_AFTER,
  RELOCATION_TRIGGER,
  VISA_TRIGGER,
  AUTHORIZATION_TRIGGER,
  RELOCATION,
  RELOCATION_OFFER,
  HOUSING,
  PAY_ALLOWANCES,
  CANDIDATE_MOVES,
  CANDIDATE_PAYS,
  VISA,
  IMMIGRATION,
  VISA_OFFER,
  VISA_OFFER_PHRASE,
  NOT_NEEDED,
  VISA_REFUSAL,
  AUTHORIZATION,
  COUNTRIES,
);
