import type { Requirement } from '../../schema';
import { warmLater } from '../pipeline/gate';
import type { Sentence } from '../types';
import { acceptsExperienceInstead, extractEducation } from './education';

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
}

function settleEducation(items: Requirement[], sentences: readonly Sentence[]): void {
  if (!items.some((r) => r.kind === 'education')) return;
  // A sentence that names a degree decides its own items; only a standalone statement reaches
  // the posting's required degrees.
  const standalone = (s: Sentence) =>
    acceptsExperienceInstead(s.text) && extractEducation(s).length === 0;
  if (!sentences.some(standalone)) return;
  for (const r of items) if (r.kind === 'education' && r.required) r.equivalentAccepted = true;
}

/** "Expérience : 2 ans", "Experience: 3 years": a record's field line, with nothing else said. */
const RECORD_LINE = /^[\p{L} ]{3,30}\s?:\s{0,2}[>≥+]?\s{0,2}\d{1,2}\s{0,2}[\p{L}.]{1,8}\s{0,2}$/u;

/**
 * Whether a sentence is a record's bare experience line. Its item is kept apart from the body's
 * statement of the same years until settled, so the body's required or preferred is the one kept
 * ("Expérience : 2 ans" above "Expérience souhaitée : 2 ans ou 3 saisons").
 */
export function isRecordLine(text: string): boolean {
  return RECORD_LINE.test(text.trim());
}

function settleExperience(items: Requirement[]): void {
  const years = items.filter(
    (r): r is Extract<Requirement, { kind: 'experience' }> =>
      r.kind === 'experience' && r.minYears !== null,
  );
  for (const r of years) {
    if (r.field !== null || !RECORD_LINE.test(r.evidence.text.trim())) continue;
    const body = years.find(
      (o) => o !== r && o.minYears === r.minYears && o.evidence !== r.evidence,
    );
    if (body) items.splice(items.indexOf(r), 1);
  }
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(RECORD_LINE);
