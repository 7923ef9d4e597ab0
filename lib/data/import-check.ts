import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile } from '../schema/export';
import type { ExportPlace, ImportProblem } from './problems';

/**
 * Validation of an import file, with problems a person can act on (codes the dashboard words):
 * what the file is, and where it is damaged. Pure: nothing here reads or writes the database.
 */

export type CheckResult = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

/** An import that failed, with why (`problem`; the dashboard words it). */
export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
    this.name = 'ImportError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const SECTION_ITEM: Record<string, 'posting' | 'event' | 'note'> = {
  postings: 'posting',
  events: 'event',
  notes: 'note',
};

/** Where a zod issue path points: a row of a table (with its posting's key), or a plain path. */
function placeOf(path: readonly PropertyKey[], json: Record<string, unknown>): ExportPlace {
  const [section, index, ...rest] = path;
  if (typeof section !== 'string') return { at: 'file' };
  const item = SECTION_ITEM[section];
  if (!item || typeof index !== 'number') {
    return {
      at: 'path',
      path: [section, index, ...rest].filter((p) => p !== undefined).map(String),
    };
  }
  const list = json[section];
  const row = Array.isArray(list) ? list[index] : undefined;
  const jobKey = isRecord(row) && typeof row.jobKey === 'string' ? row.jobKey : null;
  return { at: 'row', item, number: index + 1, jobKey, rest: rest.map(String) };
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'list';
  if (v === null) return 'null';
  return typeof v;
}

/** Rows that parse one by one but contradict each other. */
function integrityProblem(file: ExportFile): ImportProblem | null {
  const keys = new Set<string>();
  for (const p of file.postings) {
    if (keys.has(p.jobKey)) return { code: 'postingTwice', jobKey: p.jobKey };
    keys.add(p.jobKey);
  }
  for (const [item, rows] of [
    ['event', file.events],
    ['note', file.notes],
  ] as const) {
    const ids = new Set<number>();
    for (const row of rows) {
      if (ids.has(row.id)) return { code: 'idTwice', item, id: row.id };
      ids.add(row.id);
      if (!keys.has(row.jobKey)) return { code: 'orphanRow', item, id: row.id, jobKey: row.jobKey };
    }
  }
  return null;
}

export function checkExportFile(json: unknown): CheckResult {
  if (!isRecord(json)) return { ok: false, problem: { code: 'notAnObject', holds: kindOf(json) } };
  if (json.format !== EXPORT_FORMAT) {
    const format = typeof json.format === 'string' ? json.format : null;
    return { ok: false, problem: { code: 'otherFormat', format, expected: EXPORT_FORMAT } };
  }
  const { version } = json;
  if (version !== EXPORT_VERSION) {
    const problem: ImportProblem =
      typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION
        ? { code: 'newerVersion', version, reads: EXPORT_VERSION }
        : {
            code: 'unknownVersion',
            version: JSON.stringify(version ?? null),
            expected: EXPORT_VERSION,
          };
    return { ok: false, problem };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const shown = issues
      .slice(0, 3)
      .map((i) => ({ place: placeOf(i.path, json), detail: i.message }));
    return { ok: false, problem: { code: 'invalidRows', count: issues.length, issues: shown } };
  }
  const broken = integrityProblem(parsed.data);
  if (broken) return { ok: false, problem: broken };
  return { ok: true, file: parsed.data };
}

/** JSON.parse, saying so when the user picked a file that is not JSON at all. */
export function parseImportText(
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
}
