import type { Evidence, ExtractInput, Extraction, Requirement } from '../schema';
import { extractEducation } from './education';
import { extractExperience } from './experience';
import { educationFromJsonLd, experienceFromJsonLd } from './jsonld-requirements';
import { detectLanguage } from './lang';
import { extractLanguages } from './language';
import { normalize } from './normalize';
import { findCompany, findLocations, findTitle } from './posting';
import { isRequired } from './preference';
import { extractSkills } from './skills';
import { splitSentences } from './text';
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

/** Maps a span of the normalised text back to the original, without trailing whitespace. */
function evidenceOf(original: string, map: Int32Array, start: number, end: number): Evidence {
  const s = map[start] ?? 0;
  let e = map[end] ?? original.length;
  while (e > s && /\s|[\u200b-\u200d\ufeff]/.test(original[e - 1] as string)) e--;
  return { text: original.slice(s, e), start: s, end: e };
}

function toRequirement(f: Found, required: boolean, evidence: Evidence): Requirement {
  const { at: _at, ...item } = f;
  return { ...item, required, evidence } as Requirement;
}

/** Keeps one item per key: a required mention beats a preferred one, else the first wins. */
function dedupe(items: { key: string; req: Requirement }[]): Requirement[] {
  const byKey = new Map<string, number>();
  const out: Requirement[] = [];
  for (const { key, req } of items) {
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, out.length);
      out.push(req);
    } else if (req.required && !out[seen]?.required) {
      out[seen] = req;
    }
  }
  return out;
}

/** Runs one extractor; a fault in one kind must not lose the whole posting. */
function safely(extractor: SentenceExtractor, sentence: Sentence): Found[] {
  try {
    return extractor(sentence);
  } catch {
    return [];
  }
}

export function extract(input: ExtractInput): Extraction {
  const original = input.text;
  const { text, map } = normalize(original);
  const sentences = splitSentences(text);
  const jsonLd = input.jsonLd ?? null;

  const items: { key: string; req: Requirement }[] = [];
  for (const sentence of sentences) {
    const evidence = evidenceOf(original, map, sentence.start, sentence.end);
    for (const extractor of SENTENCE_EXTRACTORS) {
      for (const f of safely(extractor, sentence)) {
        const required = isRequired(sentence.text, f.at, sentence.section);
        items.push({ key: keyOf(f), req: toRequirement(f, required, evidence) });
      }
    }
  }

  if (jsonLd) {
    // Structured requirements fill in only what the text did not state.
    const hasYears = items.some(
      ({ req }) => req.kind === 'experience' && (req.minYears !== null || req.maxYears !== null),
    );
    const fromLd = [
      hasYears ? null : experienceFromJsonLd(jsonLd),
      items.some(({ req }) => req.kind === 'education') ? null : educationFromJsonLd(jsonLd),
    ];
    for (const f of fromLd) {
      if (f)
        items.push({
          key: keyOf(f),
          req: toRequirement(f, true, quoteFor(f, sentences, original, map)),
        });
    }
  }

  const title = findTitle(text, jsonLd, input.meta);
  return {
    posting: {
      title,
      company: findCompany(text, jsonLd, input.meta),
      locations: findLocations(text, jsonLd, input.meta, title),
      workplace: null,
      employmentType: null,
      salary: null,
      relocation: null,
      visaSponsorship: null,
      lang: detectLanguage(text),
    },
    requirements: dedupe(items),
  };
}

const TOPIC: Partial<Record<Found['kind'], RegExp>> = {
  experience: /experience|expérience|erfahrung|experiencia|esperienza|experiência|ervaring/i,
  education: /degree|diploma|diplôme|abschluss|studium|título|titolo|laurea|bachelor|master/i,
};

/** Evidence for a JSON-LD item: the first sentence on the same topic, else an empty quote. */
function quoteFor(f: Found, sentences: Sentence[], original: string, map: Int32Array): Evidence {
  const topic = TOPIC[f.kind];
  const s = topic ? sentences.find((x) => topic.test(x.text)) : undefined;
  return s ? evidenceOf(original, map, s.start, s.end) : { text: '', start: 0, end: 0 };
}
