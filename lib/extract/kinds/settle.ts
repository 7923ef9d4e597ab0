import type { Requirement } from '../../schema';
import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import type { Sentence } from '../types';
import { acceptsExperienceInstead, extractEducation } from './education';
import { namesNoField } from './experience-field';

/**
 * What one sentence cannot decide, settled once every sentence is read:
 * - a sentence anywhere that lets experience stand in for a degree ("An equivalent combination of
 *   education and experience may be considered", "autodidacten zijn welkom") makes every
 *   education item `equivalentAccepted`;
 * - a record's bare "Experience: 2 years" line yields to the body's own statement of the same
 *   years ("2 à 5 ans d'expérience dans ..."), which says more.
 */
export function settleRequirements(items: Requirement[], sentences: readonly Sentence[]): void {
  settleEducation(items, sentences);
  settleExperience(items);
  settleLicensedTools(items);
}

/**
 * "Forklift Operator" in the title or "operating a forklift" in the duties, and "Valid forklift
 * licence" in the list: the licence asks for the tool already, so the tool gives way to it.
 */
function settleLicensedTools(items: Requirement[]): void {
  const licences = items.filter((r) => r.kind === 'license').map((r) => `${r.name} `);
  if (licences.length === 0) return;
  for (let i = items.length - 1; i >= 0; i--) {
    const r = items[i] as Requirement;
    if (r.kind === 'skill' && licences.some((l) => l.startsWith(`${r.name} `))) items.splice(i, 1);
  }
}

function settleEducation(items: Requirement[], sentences: readonly Sentence[]): void {
  if (!items.some((r) => r.kind === 'education')) return;
  keepListedEducation(items, sentences);
  // A sentence that names a degree decides its own items; only a standalone statement reaches
  // the posting's required degrees.
  const standalone = (s: Sentence) =>
    acceptsExperienceInstead(s.text) && extractEducation(s).length === 0;
  if (!sentences.some(standalone)) return;
  for (const r of items) if (r.kind === 'education' && r.required) r.equivalentAccepted = true;
}

/**
 * "Der praktische Teil deiner kaufmännischen Ausbildung findet bei uns statt" under what the job
 * does, "Realschulabschluss oder Abitur" under what the candidate brings: when a requirements list
 * names a degree, a degree named outside every list is the job's own training or the firm's story,
 * not a second requirement.
 */
function keepListedEducation(items: Requirement[], sentences: readonly Sentence[]): void {
  const section = new Map<number, Sentence['section']>();
  for (const s of sentences) if (s.section !== null) section.set(s.start, s.section);
  const degrees = items.filter((r) => r.kind === 'education');
  // Only a degree the list requires decides: one under "nice to have", or valued only ("se
  // valorará un máster"), leaves the others standing.
  if (!degrees.some((r) => r.required && section.get(r.evidence.start) === 'required')) return;
  for (const r of degrees) {
    if (!section.has(r.evidence.start)) items.splice(items.indexOf(r), 1);
  }
}

/** "Expérience : 2 ans", "Experience: 3 years": a record's field line, with nothing else said. */
const RECORD_LINE = caseless(
  String.raw`^[\p{L} ]{3,30}\s?:\s{0,2}[>≥+]?\s{0,2}\d{1,2}\s{0,2}[\p{L}.]{1,8}\s{0,2}` +
    // Indeed's block marks each line: "total work: 2 years (Required)".
    `(?:\\((?:${alternation((l) => [...l.preference.required, ...l.preference.trailing])})\\)\\s{0,2})?$`,
  'iu',
);

/**
 * Whether a sentence is a record's bare experience line. Its item is kept apart from the body's
 * statement of the same years until settled, so the body's required or preferred is the one kept
 * ("Expérience : 2 ans" above "Expérience souhaitée : 2 ans ou 3 saisons").
 */
export function isRecordLine(text: string): boolean {
  return RECORD_LINE.test(text.trim());
}

/** The experience noun, inside compounds too ("Berufserfahrung"). */
const EXPERIENCE_NOUN = new RegExp(
  alternation((l) => l.experience.nouns),
  'i',
);

/**
 * Whether a record line states a total rather than repeats the body ("total work: 2 years",
 * "Total: 1 year"): its label is no field and no experience noun. It is kept as its own item.
 */
function statesTotal(line: string): boolean {
  const label = line.slice(0, line.indexOf(':')).trim();
  return label.length > 0 && namesNoField(label) && !EXPERIENCE_NOUN.test(label);
}

function settleExperience(items: Requirement[]): void {
  const years = items.filter(
    (r): r is Extract<Requirement, { kind: 'experience' }> =>
      r.kind === 'experience' && r.minYears !== null,
  );
  for (const r of years) {
    const line = r.evidence.text.trim();
    if (r.field !== null || !RECORD_LINE.test(line) || statesTotal(line)) continue;
    const body = years.find(
      (o) => o !== r && o.minYears === r.minYears && o.evidence !== r.evidence,
    );
    if (body) items.splice(items.indexOf(r), 1);
  }
  // "We look for engineers with 3+ years…" in the opening and "3+ years in software engineering"
  // in the list: one requirement twice; the one that names its field stays.
  for (const r of years) {
    if (r.field !== null || RECORD_LINE.test(r.evidence.text.trim())) continue;
    const named = years.find(
      (o) =>
        o !== r &&
        o.field !== null &&
        !RECORD_LINE.test(o.evidence.text.trim()) &&
        o.minYears === r.minYears &&
        o.maxYears === r.maxYears &&
        o.required === r.required &&
        items.includes(o),
    );
    if (named && items.includes(r)) items.splice(items.indexOf(r), 1);
  }
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(RECORD_LINE, EXPERIENCE_NOUN);
