import { z } from 'zod';
import { plainWords } from './csv-words';

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

/**
 * Header words per target, best first; compared after `plainWords` and with camelCase and
 * snake_case split ("companyName", "company_name" and "Company name" are one header).
 */
const HEADERS: Record<Exclude<CsvTarget, 'ignore'>, readonly string[]> = {
  title: ['title', 'job title', 'role', 'position', 'job position', 'job', 'job name', 'poste'],
  company: ['company', 'company name', 'employer', 'organization', 'organisation', 'entreprise'],
  location: ['location', 'city', 'place', 'job location', 'lieu', 'ort'],
  status: ['status', 'status name', 'list name', 'list', 'stage', 'column', 'state', 'statut'],
  statusChanged: ['status changed', 'last moved at', 'stage changed', 'moved at'],
  url: ['url', 'job url', 'link', 'job link', 'posting url', 'posting', 'website', 'lien'],
  savedAt: ['saved', 'date saved', 'added at', 'created at', 'date added', 'saved at', 'added'],
  appliedAt: ['applied', 'date applied', 'applied at', 'applied on', 'application date'],
  deadline: ['deadline', 'apply by', 'closing date', 'due date', 'valid through'],
  interviews: ['interviews', 'interview dates', 'interview'],
  workplace: ['work model', 'workplace', 'remote', 'work type', 'location type', 'remote type'],
  employmentTypes: ['employment type', 'job type', 'employment', 'contract type', 'type'],
  salary: ['salary', 'compensation', 'pay', 'salary range', 'wage'],
  salaryMin: ['min salary', 'salary min', 'minimum salary', 'salary from'],
  salaryMax: ['max salary', 'salary max', 'maximum salary', 'salary to'],
  salaryCurrency: ['salary currency', 'currency'],
  salaryPeriod: ['salary pay period', 'pay period', 'salary period'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  description: ['description', 'html description', 'job description', 'details'],
};

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
  const names = HEADERS[target];
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
  const targets = Object.keys(HEADERS) as Exclude<CsvTarget, 'ignore'>[];
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
export function mappingProblem(mapping: CsvMapping): string | null {
  return mapping.includes('title')
    ? null
    : 'Choose the column that holds the job title: every job needs one.';
}
