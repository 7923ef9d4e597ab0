import type { Workplace } from '../schema/extraction';

/**
 * The work models as a page labels them, in the UI languages Reqlens reads: one pattern source
 * per model. Shared by the label reader (labels.ts, in the content script) and the title reader
 * below, which runs where captures are stored (`asStored`, brand.ts), not on the page.
 */
export const MODEL_WORDS: readonly [Workplace, string][] = [
  [
    'hybrid',
    'hybrid(?: work)?|hybride|híbrido|ibrido|hybride werkplek|homeoffice möglich|teilweise homeoffice|هجين',
  ],
  [
    'remote',
    'remote|fully remote|à distance|télétravail(?: complet)?|en remoto|remoto|da remoto|op afstand|vollständig remote|work from home|عن بُ?عد',
  ],
  [
    'onsite',
    'on-?site|on site|in[- ]person|in[- ]office|sur site|sur place|présentiel|vor ort|presencial|in sede|op locatie|في الموقع',
  ],
];

/** Between a title's fields: a spaced dash, bar or middle dot ("Data Analyst - Remote"). */
const TITLE_FIELDS = /\s[-–—|·]\s/u;

/**
 * A title field that is a work model and at most its qualifier: "Remote", "Remote (US only)",
 * "Hybrid, 3 days". A field that goes on in words ("Remote Sensing") names a subject, not a model.
 */
const MODEL_FIELD = new RegExp(
  `^(?:${MODEL_WORDS.map(([, s]) => s).join('|')})(?:\\s?\\([^()]{1,40}\\)|\\s?,[^,()]{1,30})?$`,
  'iu',
);

/** A title's closing brackets: "Backend Engineer (Remote)", "Nurse (Hybrid) (Nights)". */
const TITLE_BRACKET = /\(([^()]{2,40})\)/gu;

const MAX_TITLE = 150;

/**
 * The work model a title states in a field of its own ("Data Analyst - Remote (Excludes CO
 * residents)", "Designer | Hybrid", "Backend Engineer (Remote)"), as a label: a page whose text
 * does not repeat its title says it nowhere else. Null when no field is a model.
 */
export function titleModelLabel(title: string | null | undefined): string | null {
  if (!title || title.length > MAX_TITLE) return null;
  const fields = title.split(TITLE_FIELDS).slice(1, 5);
  const brackets = [...title.matchAll(TITLE_BRACKET)].slice(0, 3).map((m) => m[1] as string);
  for (const field of [...fields, ...brackets]) {
    const f = field.trim();
    if (MODEL_FIELD.test(f)) return f;
  }
  return null;
}
