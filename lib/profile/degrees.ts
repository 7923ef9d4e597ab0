/**
 * The subject of a degree written the British or academic way, where the engine's posting reader
 * finds the level but not the field: "BA (Hons) English Literature", "BSc Computer Science",
 * "M.Sc. Physics", "MBA". Résumés write degrees this way; postings rarely do.
 */

/** Degree abbreviations, dots and spaces optional ("B.Sc.", "BSc", "B Sc"). */
const ABBREVIATIONS = [
  'ba',
  'bs',
  'bsc',
  'beng',
  'bba',
  'bcom',
  'bed',
  'llb',
  'llm',
  'ma',
  'ms',
  'msc',
  'meng',
  'mba',
  'mphil',
  'mres',
  'phd',
  'dphil',
];

/** Each abbreviation with optional dots and single spaces between its letters ("B. Sc."). */
const spelled = (abbreviation: string) =>
  [...abbreviation].map((letter) => `${letter}\\.?`).join(String.raw`\s?`);

const LONGEST_FIRST = [...ABBREVIATIONS].sort((a, b) => b.length - a.length);

const DEGREE = new RegExp(
  String.raw`^\s{0,4}(?:[•·*–-]\s{0,3})?(?:${LONGEST_FIRST.map(spelled).join('|')})` +
    String.raw`(?:\s{0,2}\((?:hons?|honours|honors)\.?\))?` +
    String.raw`\s{1,3}(?:(?:in|of)\s{1,3})?(\p{L}[\p{L}&' -]{1,60})`,
  'iu',
);

/** Where the subject stops: a comma, a bracket, a dash between spaces, a year, a separator. */
const SUBJECT_END = /\s[–—-]\s|[,(|;:]|\s(?:at|from|université|university|universität)\s|\d/i;

/** The subject after a degree abbreviation at the start of a line, or undefined. */
export function degreeField(line: string): string | undefined {
  const m = DEGREE.exec(line.slice(0, 200));
  if (!m) return undefined;
  const subject = (m[1] ?? '').split(SUBJECT_END)[0]?.trim() ?? '';
  return /\p{L}{3}/u.test(subject) ? subject : undefined;
}
