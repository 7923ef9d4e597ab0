/**
 * Why a data step could not go on, as codes and values: lib/data writes no sentences, the
 * dashboard words each case (components/text/data-problems.ts), as fit's reasons are worded in
 * components/text/fit.ts.
 */

/** Why a CSV file is refused before any row is read. */
export type CsvFileProblem =
  | { code: 'tooLarge'; maxMb: number }
  | { code: 'noHeader' }
  | { code: 'tooManyRows'; maxRows: number }
  | { code: 'tooManyColumns'; columns: number; maxColumns: number }
  | { code: 'noRows' };

/** A field of a CSV row whose value is too long to keep. */
export type CsvLongField = 'title' | 'url' | 'notes' | 'description';

/** Why one row of a CSV file is skipped; `cell` is the cell as the file wrote it. */
export type CsvRowProblem =
  | { code: 'unclosedQuote' }
  | { code: 'badDate'; cell: string }
  | { code: 'badSalary'; cell: string }
  | { code: 'badUrl'; cell: string }
  | { code: 'badInterview'; cell: string }
  | { code: 'badWorkplace'; cell: string }
  | { code: 'badEmploymentType'; cell: string }
  | { code: 'badAmount'; cell: string }
  | { code: 'noTitle' }
  | { code: 'tooLong'; field: CsvLongField }
  /** A value the contract refuses (a date before 2000); `detail` is the contract's own message. */
  | { code: 'outOfRange'; field: string; detail: string }
  | { code: 'unreadable' }
  | { code: 'sameJobAs'; line: number };

/** Why the columns' mapping cannot be read yet: a job needs its title. */
export type CsvMappingProblem = { code: 'noTitleColumn' };

/** Why automatic backups could not be turned on. */
export type BackupProblem = { code: 'downloadsDenied' };

/** Where in a JSON export a problem is: a row of a table (with its posting's key), or a path. */
export type ExportPlace =
  | { at: 'file' }
  | {
      at: 'row';
      item: 'posting' | 'event' | 'note';
      /** From 1, as a person counts. */
      number: number;
      jobKey: string | null;
      rest: string[];
    }
  | { at: 'path'; path: string[] };

/** Why a JSON export could not be imported; nothing was written. */
export type ImportProblem =
  | { code: 'notJson' }
  /** The file holds a list, null or a plain value (`typeof`), not an export object. */
  | { code: 'notAnObject'; holds: string }
  /** `format` is null when the file has no format field. */
  | { code: 'otherFormat'; format: string | null; expected: string }
  | { code: 'newerVersion'; version: number; reads: number }
  /** `version` as the file wrote it, in JSON. */
  | { code: 'unknownVersion'; version: string; expected: number }
  /** The first few rows the contract refuses (`detail` is its message), and how many in all. */
  | { code: 'invalidRows'; count: number; issues: { place: ExportPlace; detail: string }[] }
  | { code: 'postingTwice'; jobKey: string }
  | { code: 'idTwice'; item: 'event' | 'note'; id: number }
  | { code: 'orphanRow'; item: 'event' | 'note'; id: number; jobKey: string }
  /** The browser has no room left for the import. */
  | { code: 'noRoom' }
  /** The browser refused to store it for another reason (details in the console). */
  | { code: 'writeRefused' };
