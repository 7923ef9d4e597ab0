import { z } from 'zod';
import { HEADER_WORDS, plainWords } from './csv-words';
import type { CsvMappingProblem } from './problems';

/**
 * Which column of a CSV file fills which field of a job. The mapping is guessed from the header
 * (Reqlens' own CSV, Huntr's and Teal's exports, and the words spreadsheets commonly use) and the
 * user can change every column before anything is read. Pure.
 *
 * Huntr's full data download (`USER_JOBS_USER_FULL_DATA_DOWNLOAD….csv`) names its columns in
 * camelCase: title, companyName, listName, url, location, salary, deadline, createdAt, lastMovedAt,
 * htmlDescription. Teal's "Download Data" CSV uses snake_case: role, company_name, statusName,
 * url, location, min_salary, max_salary, salary_currency, salary_pay_period, added_at,
 * applied_at. Headers written by hand ("Job Title", "Employer", "Date Applied") are matched by
 * their words.
 */

export const CsvTarget = z.enum([
  'ignore',
  'title',
  'company',
  'location',
  'status',
  'statusChanged',
  'url',
  'savedAt',
  'appliedAt',
  'deadline',
  'interviews',
  'workplace',
  'employmentTypes',
  'salary',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'notes',
  'description',
]);
export type CsvTarget = z.infer<typeof CsvTarget>;

/** One target per column, in the file's column order. */
export type CsvMapping = CsvTarget[];

/** A header as words: "companyName" and "company_name" both read "company name". */
export function headerWords(header: string): string {
  return plainWords(header.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** Words two headers share, over all their words: 1 for the same words, 0 for none in common. */
function overlap(a: string, b: string): number {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(x.size, y.size);
}

/** How well a header names a target: 2 and a little for an exact header word, else word overlap. */
function score(words: string, target: Exclude<CsvTarget, 'ignore'>): number {
  const names = HEADER_WORDS[target];
  const exact = names.indexOf(words);
  if (exact >= 0) return 2 - exact / 100;
  return Math.max(...names.map((n) => overlap(words, n)));
}

/**
 * The mapping a header suggests: each column gets the target its header names best, each target
 * goes to at most one column (the best-named one), and a column that names nothing well enough
 * (Reqlens' own "Fit" and "Requirements", which the engine recomputes) is ignored.
 */
export function guessMapping(header: readonly string[]): CsvMapping {
  const targets = Object.keys(HEADER_WORDS) as Exclude<CsvTarget, 'ignore'>[];
  const candidates: { column: number; target: CsvTarget; score: number }[] = [];
  header.forEach((h, column) => {
    const words = headerWords(h);
    if (words === '') return;
    for (const target of targets) {
      const s = score(words, target);
      if (s >= 0.6) candidates.push({ column, target, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: CsvMapping = header.map(() => 'ignore');
  const taken = new Set<CsvTarget>();
  for (const c of candidates) {
    if (mapping[c.column] !== 'ignore' || taken.has(c.target)) continue;
    mapping[c.column] = c.target;
    taken.add(c.target);
  }
  return mapping;
}

/** The mapping after the user sets `column` to `target`: a target another column had moves here. */
export function remap(mapping: CsvMapping, column: number, target: CsvTarget): CsvMapping {
  return mapping.map((t, i) => {
    if (i === column) return target;
    return target !== 'ignore' && t === target ? 'ignore' : t;
  });
}

/** Why a mapping cannot be read yet, or null: a job needs at least its title. */
export function mappingProblem(mapping: CsvMapping): CsvMappingProblem | null {
  return mapping.includes('title') ? null : { code: 'noTitleColumn' };
}
