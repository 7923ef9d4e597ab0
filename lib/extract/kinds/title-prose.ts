import { classifyHeading, isHeadingLine, isKnownHeading } from '../pipeline/sections';
import { isCity } from './places';
import { CAREERS_HEADING, JOB_WORD, JOB_WORD_OR_PLURAL, TITLE_IN_PROSE } from './posting-words';

/**
 * Titles read where no title line stands: the post a sentence names after an intro, and a
 * classified ad's post in the plural (`posting.ts` asks these after its header readers).
 */

/**
 * "As a Senior Account Manager you'll …", "to fill the position of Site Operator": the post the
 * prose names after an intro. An ad for several posts ("the position of Nurse Tutor", later "the
 * post of Midwife Tutor") names none alone: posts that do not hold one another count for none.
 */
export function titleInProse(sample: string): string | null {
  let first: string | null = null;
  TITLE_IN_PROSE.lastIndex = 0;
  for (let m = TITLE_IN_PROSE.exec(sample); m; m = TITLE_IN_PROSE.exec(sample)) {
    const words = (m[1] as string).split(/\s+/);
    // Keep the capitalised run up to its last job noun ("Senior Account Manager"); a run that
    // opens on its job noun keeps the words after it ("Technicien Informatique").
    const whole = words.length <= 3 && JOB_WORD.test(words[0] as string);
    let n = words.length;
    if (!whole) while (n > 0 && !JOB_WORD.test(words[n - 1] as string)) n--;
    if (n === 0) continue;
    const title = words.slice(0, n).join(' ');
    if (first === null) first = title;
    else if (!first.includes(title) && !title.includes(first)) return null;
  }
  return first;
}

/** A short line whose last word is a job noun's plural: a classified ad offering several seats. */
export function pluralTitle(line: string): boolean {
  if (line.length > 80 || !/^\p{Lu}/u.test(line) || /[!?:;.,]$/.test(line)) return false;
  const words = line.split(' ');
  if (words.length > 5) return false;
  // "HomeTeamsBenefitsInterns & graduates": a site's menu whose links lost their spaces.
  if (/\p{Ll}\p{Lu}/u.test(line)) return false;
  const last = words[words.length - 1] as string;
  return !JOB_WORD.test(last) && JOB_WORD_OR_PLURAL.test(last) && !isHeadingLine(line, false);
}

/**
 * "# Garrotero" over "## Objetivo del Puesto": a page's one top heading, right above its
 * lower-level section headings, names the post whatever its word; a section's, a careers page's
 * or a town's name there does not ("# Requisitos", "# Vacatures", "# Lyon").
 */
export function topHeadingTitle(lines: readonly string[]): string | null {
  const [first, next] = lines;
  if (!first?.startsWith('# ') || !next?.startsWith('##')) return null;
  const line = first.slice(2).trim();
  if (line.length < 2 || line.length > 60 || line.split(' ').length > 6) return null;
  if (/[.!?:;,]$/.test(line) || !/^[\p{Lu}\d]/u.test(line)) return null;
  if (classifyHeading(line) !== null || isKnownHeading(line)) return null;
  return CAREERS_HEADING.test(line) || isCity(line) ? null : line;
}
