import {
  type Evidence,
  type ExtractInput,
  type Extraction,
  mostSpecificEmployment,
  type Requirement,
} from '../schema';
import { extractEducation } from './kinds/education';
import { levelsByCountry } from './kinds/education-country';
import { describesEmployer } from './kinds/employer-blurb';
import { extractEmploymentTypes } from './kinds/employment';
import { extractExperience } from './kinds/experience';
import { educationFromJsonLd, experienceFromJsonLd } from './kinds/jsonld-requirements';
import { extractLanguages } from './kinds/language';
import { extractLicenses } from './kinds/license';
import { findPlaces } from './kinds/locations';
import { letterKey, ownBodyNames } from './kinds/own-acronyms';
import { isCountry, isRegion } from './kinds/places';
import { findCompany, findTitle, pageTitle } from './kinds/posting';
import { firstLines } from './kinds/posting-words';
import {
  extractRelocation,
  extractVisaSponsorship,
  extractWorkAuthorization,
} from './kinds/relocation';
import { extractSalary } from './kinds/salary';
import { postingCountry } from './kinds/salary-country';
import { extractSchedule } from './kinds/schedule';
import { isRecordLine, settleRequirements } from './kinds/settle';
import { describesRole, finishNamed, isNamed, placeNamed } from './kinds/skill-context';
import { extractSkills } from './kinds/skills';
import { employerBeforeTitle, titleWithoutTail, townsOfTail } from './kinds/title-tail';
import { extractTravel } from './kinds/travel';
import { extractWorkplace } from './kinds/workplace';
import { LEGAL_FORMS } from './lexicon/words';
import { warmLater, warmPatterns } from './pipeline/gate';
import { detectLanguage } from './pipeline/lang';
import { forgetPosting } from './pipeline/memo';
import { asWritten, type Normalized, normalize } from './pipeline/normalize';
import { demandsOfRole, requiredIn, settleSections, statesPreference } from './pipeline/preference';
import { isNonRequirementHeading } from './pipeline/sections';
import { indexedWholeText, indexInOrder, lookMode } from './pipeline/starts';
import { splitSentences } from './pipeline/text';
import type { Found, Sentence, SentenceExtractor } from './types';

/**
 * The engine: posting text (+ JSON-LD and page metadata) → the extraction contract. Text is
 * normalised, split into sentences under their headings, every per-kind extractor reads every
 * sentence, and each item gets `required` (from its clause and section) and `evidence` (its
 * sentence, quoted from the caller's original text).
 */

const SENTENCE_EXTRACTORS: readonly SentenceExtractor[] = [
  extractExperience,
  extractLanguages,
  extractEducation,
  extractSkills,
  extractTravel,
  extractSchedule,
  extractWorkAuthorization,
  extractLicenses,
];

/** Identity of an item for de-duplication: the same skill named twice is one requirement. */
function keyOf(f: Found): string {
  switch (f.kind) {
    case 'experience':
      return `experience:${f.minYears}:${f.maxYears}:${(f.field ?? '').toLowerCase()}`;
    case 'language':
      return `language:${f.language}`;
    case 'education':
      return `education:${f.level}`;
    case 'skill':
    case 'certification':
    case 'license':
    case 'clearance':
      return `${f.kind}:${f.name.toLowerCase()}`;
    case 'travel':
      return 'travel';
    case 'schedule':
      return `schedule:${f.schedule}`;
    case 'work_authorization':
      return `work_authorization:${f.country}`;
  }
}

/** Whitespace and the invisible characters normalize() drops. */
function isBlank(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0x2028;
}

/** Maps a span of the normalised text back to the original, without trailing whitespace. */
function evidenceOf(original: string, n: Normalized, start: number, end: number): Evidence {
  const s = n.map[start] ?? 0;
  let e = end > start ? (n.ends[end - 1] ?? original.length) : s;
  while (e > s && isBlank(String.prototype.charCodeAt.call(original, e - 1))) e--;
  return { text: original.slice(s, e), start: s, end: e };
}

function toRequirement(f: Found, required: boolean, evidence: Evidence): Requirement {
  // Every field but `at`, in order: a loop, as an object rest pattern is a slow runtime call.
  const item: Record<string, unknown> = {};
  for (const key of Object.keys(f)) if (key !== 'at') item[key] = f[key as keyof Found];
  // "Native German": the labelling scale's fluent, with the native demand kept beside it.
  if (f.kind === 'language' && f.level === 'native') {
    item.level = 'fluent';
    item.native = true;
  }
  item.required = required;
  item.evidence = evidence;
  return item as unknown as Requirement;
}

/** A sentence's item as a requirement, its sentence-local offsets (a skill's words) mapped. */
function fromSentence(
  f: Found,
  required: boolean,
  sentence: Sentence,
  original: string,
  n: Normalized,
): Requirement {
  const placed = isNamed(f) ? placeNamed(f, sentence, (s, e) => evidenceOf(original, n, s, e)) : f;
  return toRequirement(placed, required, evidenceOf(original, n, sentence.start, sentence.end));
}

interface Read {
  key: string;
  found: Found;
  required: boolean;
}

/** What a job demands of the hours and the travel: read wherever the posting writes it. */
const CONDITION_EXTRACTORS: readonly SentenceExtractor[] = [extractTravel, extractSchedule];

interface ToRead {
  sentence: Sentence;
  /** Under the employer's own or a benefits heading, and no demand of the job written as one. */
  offer: boolean;
  reads: Read[];
  /** Its items' required flags (`requiredIn`): made when its first item is read. */
  isRequired: ((at: number) => boolean) | null;
  /** Whether it says anything about required or preferred (`statesPreference`), asked with it. */
  states: boolean;
}

/**
 * Every distinct sentence's items with their required flags, read reader by reader: one reader's
 * patterns and tables stay in the processor's caches over all the sentences. The items land in
 * each sentence's `reads` in the readers' order, as reading sentence by sentence gave them. A
 * reader that throws is a bug: it is not swallowed here, so the property tests
 * (`index.property.test.ts`) find it. Most sentences hold no item: their required/preferred cues
 * are read only when one does.
 */
function readAll(toRead: readonly ToRead[]): void {
  for (let from = 0; from < toRead.length; from += BLOCK) {
    readBlock(toRead.slice(from, from + BLOCK));
  }
  // Every sentence is in the word-start index: text-wide patterns may ask it first.
  if (!lookMode.off) indexedWholeText();
}

/**
 * Sentences are read in blocks: the shared word-start index keeps a block's sentences at hand
 * (`pipeline/starts.ts` holds 4,096 texts, a sentence's pieces included) while each reader goes over them.
 */
const BLOCK = 256;

function readBlock(block: readonly ToRead[]): void {
  if (!lookMode.off) indexInOrder(block.map((r) => r.sentence.text));
  // Reader by reader, each sentence's items go straight to its reads: in the readers' order.
  for (const extractor of SENTENCE_EXTRACTORS) {
    const condition = CONDITION_EXTRACTORS.includes(extractor);
    for (let i = 0; i < block.length; i++) {
      const r = block[i] as ToRead;
      const { sentence, offer, reads } = r;
      if (offer && !condition) continue;
      for (const f of extractor(sentence)) {
        let required = r.isRequired;
        if (required === null) {
          r.states = statesPreference(sentence.text);
          required = requiredIn(sentence.text, sentence.section, r.states);
          r.isRequired = required;
        }
        const record = f.kind === 'experience' && isRecordLine(sentence.text);
        reads.push({
          key: record ? `${keyOf(f)}:record` : keyOf(f),
          found: f,
          required: required(f.at),
        });
      }
    }
  }
}

/**
 * "Full-time or part-time", "Temps plein/temps partiel": both schedules and nothing else is a choice
 * left to the candidate, so the one type the posting is read as is none (the list keeps both).
 */
function eitherSchedule(types: readonly string[]): boolean {
  return types.length === 2 && types.includes('full_time') && types.includes('part_time');
}

export function extract(input: ExtractInput): Extraction {
  try {
    return read(input);
  } finally {
    // What the readers kept for this posting is dropped: a text read again costs the same.
    forgetPosting();
  }
}

function read(input: ExtractInput): Extraction {
  warmPatterns();
  const original = input.text;
  const normalized = normalize(original);
  const { text } = normalized;
  const lang = detectLanguage(text);
  const sentences = splitSentences(text, lang);
  settleSections(sentences);
  const jsonLd = input.jsonLd ?? null;

  // Keeps one item per key: a mention outside the duties beats one inside them, then a required
  // mention beats a preferred one, else the first wins.
  const items: Requirement[] = [];
  const slot = new Map<string, number>();
  const dutyOnly = new Set<number>();
  // Items kept from a mention where the posting states what it asks (a requirements or nice-to-have
  // section, or a required/preferred word in the sentence), and items with such a required mention.
  const stated = new Set<number>();
  const statedRequired = new Set<number>();
  // The requirement is built only when it is kept: most repeated mentions are dropped. No closure
  // per mention: this runs for every item of every sentence (a megabyte of bullets is 40,000).
  const make = (found: Found, required: boolean, sentence: Sentence | null): Requirement =>
    sentence
      ? fromSentence(found, required, sentence, original, normalized)
      : toRequirement(found, required, quoteFor(found, sentences, original, normalized));
  // `says`: the sentence is in a requirements section or states a preference (statesPreference).
  const add = (
    key: string,
    required: boolean,
    found: Found,
    sentence: Sentence | null,
    says: boolean,
    duty: boolean,
  ) => {
    const seen = slot.get(key);
    if (seen === undefined) {
      slot.set(key, items.length);
      items.push(make(found, required, sentence));
      if (duty) dutyOnly.add(items.length - 1);
      if (says) stated.add(items.length - 1);
      if (says && required) statedRequired.add(items.length - 1);
      return;
    }
    const wasDuty = dutyOnly.has(seen);
    const keptRequired = items[seen]?.required === true;
    // A required mention beats a preferred one, except that a preferred one where the posting says
    // what it asks ("Next.js is a plus") beats required ones only in passing ("we build in Next.js").
    const better =
      required && !keptRequired
        ? says || !stated.has(seen)
        : !required && keptRequired && says && !statedRequired.has(seen);
    if (says && required) statedRequired.add(seen);
    if ((wasDuty && !duty) || (wasDuty === duty && better)) {
      items[seen] = make(found, required, sentence);
      if (says) stated.add(seen);
      else stated.delete(seen);
    } else {
      // "English" in one line and "fluent English" in another: keep the level the posting gives.
      const kept = items[seen];
      if (kept?.kind === 'language' && kept.level === null && kept.required === required) {
        const later = make(found, required, sentence);
        if (later.kind === 'language' && later.level !== null) items[seen] = later;
      }
      // "Qualification: Bachelor's Degree" (a record's field), then "a Bachelor's Degree in X or
      // equivalent" (the body): the same degree, whose equivalent the body accepts.
      if (kept?.kind === 'education' && !kept.equivalentAccepted && kept.required === required) {
        if (found.kind === 'education' && found.equivalentAccepted) kept.equivalentAccepted = true;
      }
    }
    if (!duty) dutyOnly.delete(seen);
  };

  // Postings repeat themselves (and hostile input repeats a lot): read each distinct sentence once.
  const cache = {
    required: new Map<string, ToRead>(),
    preferred: new Map<string, ToRead>(),
    none: new Map<string, ToRead>(),
    offer: new Map<string, ToRead>(),
  };
  const offerHeading = new Map<string | null, boolean>();
  // The posting-level facts read each distinct sentence once too.
  const distinct: Sentence[] = [];
  const toRead: ToRead[] = [];
  const readsOf: ToRead[] = [];
  for (const sentence of sentences) {
    // Under "Benefits" or "About Acme" nothing is a requirement ("free German lessons") but the
    // working conditions postings list there ("some irregular hours", "travel 20%").
    // Headings change every few sentences: each one is classified once.
    let offer = offerHeading.get(sentence.heading);
    if (offer === undefined) {
      offer = isNonRequirementHeading(sentence.heading);
      offerHeading.set(sentence.heading, offer);
    }
    // "… English at an advanced level is required for this role" in the intro box: a demand.
    if (offer && demandsOfRole(sentence.text)) offer = false;
    const bySection = cache[offer ? 'offer' : (sentence.section ?? 'none')];
    let reads = bySection.get(sentence.text);
    if (!reads) {
      reads = { sentence, offer, reads: [], isRequired: null, states: false };
      bySection.set(sentence.text, reads);
      distinct.push(sentence);
      toRead.push(reads);
    }
    readsOf.push(reads);
  }
  readAll(toRead);
  for (let i = 0; i < sentences.length; i++) {
    const { reads, states } = readsOf[i] as ToRead;
    if (reads.length === 0) continue;
    const sentence = sentences[i] as Sentence;
    // Whether the sentence describes the role: asked once, and only of one that names an item.
    let duty: boolean | null = null;
    const says = sentence.section !== null || states;
    for (const { key, found, required } of reads) {
      const named = isNamed(found);
      if (named) duty ??= describesRole(sentence);
      add(key, required, found, sentence, says, named && duty === true);
    }
  }

  settleRequirements(items, distinct);
  // Québec's bare "Baccalauréat": the level the posting's country gives the word.
  levelsByCountry(items, () => postingCountry(distinct, jsonLd));

  if (jsonLd) {
    // Structured requirements fill in only what the text did not state.
    const hasYears = items.some(
      (r) => r.kind === 'experience' && (r.minYears !== null || r.maxYears !== null),
    );
    const fromLd = [
      hasYears ? null : experienceFromJsonLd(jsonLd),
      items.some((r) => r.kind === 'education') ? null : educationFromJsonLd(jsonLd),
    ];
    for (const f of fromLd) {
      if (f) add(keyOf(f), true, f, null, false, false);
    }
  }

  const title = findTitle(text, jsonLd, input.meta);
  const company =
    findCompany(text, jsonLd, input.meta, lang) ??
    employerBeforeTitle(firstLines(text, 1)[0] ?? '', title);
  const labelled = input.meta?.employmentType;
  const employmentTypes = labelled ? [labelled] : extractEmploymentTypes(distinct, jsonLd, title);
  const places = findPlaces(text, jsonLd, input.meta, title, company);
  // "Cisco Engineer - Kenya", "Technician - Acme Plc": the role without the place or employer a
  // board adds round it. A title the page gives (its JSON-LD, its site's field) stays as shown.
  const tail =
    pageTitle(jsonLd, input.meta) === null
      ? titleWithoutTail(title, company, places)
      : { title: title ?? '', place: null, employer: null };
  return {
    posting: {
      title: asWritten(title === null ? null : tail.title, original),
      company: asWritten(company ?? tail.employer, original),
      locations: tail.place !== null && wideOnly(places) ? townsOfTail(tail.place) : places,
      // A site's own label ("Hybrid", "Full-time") is a page field: it outweighs the prose.
      workplace: input.meta?.workplace ?? extractWorkplace(distinct, jsonLd, company, lang),
      employmentTypes,
      employmentType: eitherSchedule(employmentTypes)
        ? null
        : mostSpecificEmployment(employmentTypes),
      salary: extractSalary(distinct, jsonLd, places),
      relocation: extractRelocation(distinct, jsonLd, lang),
      visaSponsorship: extractVisaSponsorship(distinct, jsonLd, lang),
      lang,
    },
    requirements: notTheCompany(
      finishNamed(
        items,
        dutyOnly,
        sentences.some((s) => s.section !== null),
      ),
      company,
      text,
    ),
  };
}

/**
 * No place, or only states and countries ("location: Texas"): a town the title carries
 * ("… Education-Dallas") is the nearer place.
 */
function wideOnly(places: readonly string[]): boolean {
  return places.every((p) => p.split(/,\s?/).every((part) => isRegion(part) || isCountry(part)));
}

/**
 * "CISA INFORMATIQUE" as the employer's own line: a name in it is the employer, not a skill. Nor is
 * the employer's own product when the employer bears its name ("Snowflake" at Snowflake Inc.), nor
 * a body the posting defines ("Ontario Digital Service (ODS)", `kinds/own-acronyms.ts`), nor a
 * tool named only in the employer's blurb ("GitLab is the platform for DevSecOps").
 */
function notTheCompany(items: Requirement[], company: string | null, text: string): Requirement[] {
  const own = company?.trim().toLowerCase() ?? null;
  const bare = company === null ? null : bareName(company);
  const core = bare?.toLowerCase() ?? null;
  const bodies = items.some(isNamed) ? ownBodyNames(text) : null;
  // Whether the employer names itself often: asked once, when an item bears its name.
  let often: boolean | null = null;
  let lowered: string | undefined;
  return items.filter((r) => {
    if (!isNamed(r)) return true;
    if (own !== null && sameLowered(r.evidence.text, own)) return false;
    if (core !== null && bare !== null && sameLowered(r.name, core)) {
      often ??= oftenNamed(text, bare);
      if (often) return false;
    }
    if (r.kind === 'skill' && bare !== null && describesEmployer(r.evidence.text, bare)) {
      // Named again after the blurb ("Requirements: … Kubernetes"), it is asked: kept.
      lowered ??= text.toLowerCase();
      const said = (r.mention?.text ?? r.name).toLowerCase();
      if (lowered.indexOf(said, r.evidence.end) < 0) return false;
    }
    return !bodies?.has(letterKey(r.name));
  });
}

/**
 * `text.trim().toLowerCase() === lowered`. Lower-casing never shortens a text ("İ" lengthens it),
 * so a longer trimmed text (a sentence against a company name) is told apart without a copy.
 */
function sameLowered(text: string, lowered: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= lowered.length && trimmed.toLowerCase() === lowered;
}

/**
 * Whether the employer names itself often enough to be its own subject (three times or more): a
 * name read once from "Python is a must" is a weak guess, and then the skill stays.
 */
function oftenNamed(text: string, company: string): boolean {
  const name = company.trim();
  let at = text.indexOf(name);
  for (let seen = 0; at >= 0; seen++) {
    if (seen >= 2) return true;
    at = text.indexOf(name, at + name.length);
  }
  return false;
}

/** The employer's name without its legal form: "Acme Ltd." → "Acme". */
function bareName(company: string): string {
  let name = company.trim().replace(/[\s,]+$/u, '');
  for (const form of LEGAL_FORMS) {
    if (name.endsWith(` ${form}`)) {
      name = name.slice(0, -form.length - 1).replace(/[\s,]+$/u, '');
      break;
    }
  }
  return name;
}

const TOPIC: Partial<Record<Found['kind'], RegExp>> = {
  experience: /experience|expérience|erfahrung|experiencia|esperienza|experiência|ervaring/i,
  education: /degree|diploma|diplôme|abschluss|studium|título|titolo|laurea|bachelor|master/i,
};

/** Evidence for a JSON-LD item: the first sentence on the same topic, else an empty quote. */
function quoteFor(f: Found, sentences: Sentence[], original: string, n: Normalized): Evidence {
  const topic = TOPIC[f.kind];
  const s = topic ? sentences.find((x) => topic.test(x.text)) : undefined;
  return s ? evidenceOf(original, n, s.start, s.end) : { text: '', start: 0, end: 0 };
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(TOPIC);
