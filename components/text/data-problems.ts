import type {
  BackupProblem,
  CsvFileProblem,
  CsvLongField,
  CsvMappingProblem,
  CsvRowProblem,
  ExportPlace,
  ImportProblem,
} from '@/lib/data/problems';

/** Why a data step could not go on: lib/data gives codes and values (lib/data/problems.ts). */

const quoteCell = (cell: string) => `“${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}”`;

/** Why a CSV file was refused before any row was read. */
export function csvFileProblem(problem: CsvFileProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return `This file is too large to import (the limit is ${problem.maxMb} MB).`;
    case 'noHeader':
      return 'This file is empty: it has no header line naming its columns.';
    case 'tooManyRows':
      return `This file has more than ${problem.maxRows} jobs; split it into smaller files and import them one after the other.`;
    case 'tooManyColumns':
      return `This file has ${problem.columns} columns; Reqlens reads at most ${problem.maxColumns}.`;
    case 'noRows':
      return 'This file has a header line but no jobs under it.';
  }
}

const LONG_FIELDS: Record<CsvLongField, string> = {
  title: 'its title is too long',
  url: 'its address is too long',
  notes: 'its notes are too long',
  description: 'its description is too long',
};

/** The fields a row's value can be out of range in, as the skipped list names them. */
const RANGE_FIELDS: Record<string, string> = {
  statusChanged: 'its status date',
  savedAt: 'its saved date',
  appliedAt: 'its applied date',
  deadline: 'its deadline',
  interviews: 'its interviews',
  salary: 'its salary',
};

/** Why one row of a CSV file is skipped ("the date “32/13/2026” is not one …"). */
export function csvRowProblem(problem: CsvRowProblem): string {
  switch (problem.code) {
    case 'unclosedQuote':
      return 'a quoted cell is never closed, so the line cannot be read';
    case 'badDate':
      return `the date ${quoteCell(problem.cell)} is not one Reqlens can read (write it like 2026-03-31)`;
    case 'badSalary':
      return `the salary ${quoteCell(problem.cell)} is not one Reqlens can read (write it like 50000–65000 EUR per year)`;
    case 'badUrl':
      return `the address ${quoteCell(problem.cell)} is not a web address (it should start with https://)`;
    case 'badInterview':
      return `the interview line ${quoteCell(problem.cell)} has no date and name`;
    case 'badWorkplace':
      return `the work model ${quoteCell(problem.cell)} is not on-site, hybrid or remote`;
    case 'badEmploymentType':
      return `the employment type ${quoteCell(problem.cell)} is not one Reqlens knows`;
    case 'badAmount':
      return `the amount ${quoteCell(problem.cell)} is not a number`;
    case 'noTitle':
      return 'it has no job title';
    case 'tooLong':
      return LONG_FIELDS[problem.field];
    case 'outOfRange':
      return `${RANGE_FIELDS[problem.field] ?? `its ${problem.field}`} is out of range (${problem.detail})`;
    case 'unreadable':
      return 'it could not be read';
    case 'sameJobAs':
      return `it is the same job as line ${problem.line}`;
  }
}

/** Why the columns' mapping cannot be imported yet. */
export function csvMappingProblem(problem: CsvMappingProblem): string {
  switch (problem.code) {
    case 'noTitleColumn':
      return 'Choose the column that holds the job title: every job needs one.';
  }
}

/** Why automatic backups could not be turned on. */
export function backupProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'downloadsDenied':
      return 'Automatic backups need permission to save files to your Downloads folder.';
  }
}

/** `posting 3 ("greenhouse:acme:42") › status`: where in an export a problem is. */
function exportPlace(place: ExportPlace): string {
  if (place.at === 'file') return 'the file';
  if (place.at === 'path') return place.path.join(' › ');
  const key = place.jobKey === null ? '' : ` (${JSON.stringify(place.jobKey)})`;
  const where = `${place.item} ${place.number}${key}`;
  return place.rest.length > 0 ? `${where} › ${place.rest.join(' › ')}` : where;
}

const KINDS: Record<string, string> = { list: 'a list', null: 'null' };

const damaged = (what: string) => `This export is damaged: ${what}. Nothing was imported.`;

/** Why a JSON export could not be imported. */
export function importProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'notJson':
      return 'This file is not JSON, so it cannot be a Reqlens export.';
    case 'notAnObject':
      return `This is not a Reqlens export: the file holds ${KINDS[problem.holds] ?? `a ${problem.holds}`}, not an export object.`;
    case 'otherFormat': {
      const what =
        problem.format === null
          ? 'it has no "format" field'
          : `its format is ${JSON.stringify(problem.format)}`;
      return `This is not a Reqlens export: ${what} (expected "${problem.expected}").`;
    }
    case 'newerVersion':
      return `This export was made by a newer Reqlens (format version ${problem.version}); this one reads version ${problem.reads}. Update the extension, then import again.`;
    case 'unknownVersion':
      return `This export has an unknown format version (${problem.version}); expected ${problem.expected}.`;
    case 'invalidRows': {
      const shown = problem.issues.map((i) => `${exportPlace(i.place)}: ${i.detail}`);
      const more = problem.count > 3 ? ` (and ${problem.count - 3} more)` : '';
      const noun = problem.count === 1 ? 'problem' : 'problems';
      return `This export is damaged, ${problem.count} ${noun}: ${shown.join('; ')}${more}. Nothing was imported.`;
    }
    case 'postingTwice':
      return damaged(`posting ${JSON.stringify(problem.jobKey)} appears twice`);
    case 'idTwice':
      return damaged(`${problem.item} id ${problem.id} appears twice`);
    case 'orphanRow':
      return damaged(
        `${problem.item} ${problem.id} belongs to posting ${JSON.stringify(problem.jobKey)}, which is not in the file`,
      );
    case 'noRoom':
      return 'Your browser has no room left for Reqlens data. Free some disk space, then import again. Nothing was imported.';
    case 'writeRefused':
      return 'The import could not be saved: the browser refused to store it. Try again; if it fails again, restart the browser first. Nothing was imported.';
  }
}
