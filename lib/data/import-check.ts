import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile } from '../schema/export';

/**
 * Validation of an import file, with messages a person can act on: what the file is, and where it
 * is damaged. Pure: nothing here reads or writes the database.
 */

export type CheckResult = { ok: true; file: ExportFile } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const SECTION_ITEM: Record<string, string> = {
  postings: 'posting',
  events: 'event',
  notes: 'note',
};

/** `posting 3 ("greenhouse:acme:42") › status` from a zod issue path. */
function describePath(path: readonly PropertyKey[], json: Record<string, unknown>): string {
  const [section, index, ...rest] = path;
  if (typeof section !== 'string') return 'the file';
  const item = SECTION_ITEM[section];
  if (!item || typeof index !== 'number') {
    return [section, index, ...rest]
      .filter((p) => p !== undefined)
      .map(String)
      .join(' › ');
  }
  const list = json[section];
  const row = Array.isArray(list) ? list[index] : undefined;
  const key =
    isRecord(row) && typeof row.jobKey === 'string' ? ` (${JSON.stringify(row.jobKey)})` : '';
  const where = `${item} ${index + 1}${key}`;
  return rest.length > 0 ? `${where} › ${rest.map(String).join(' › ')}` : where;
}

function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  json: Record<string, unknown>,
): string {
  const shown = issues.slice(0, 3).map((i) => `${describePath(i.path, json)}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return `This export is damaged, ${issues.length} ${noun}: ${shown.join('; ')}${more}. Nothing was imported.`;
}

function describeKind(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return `a ${typeof v}`;
}

/** Rows that parse one by one but contradict each other. */
function integrityError(file: ExportFile): string | null {
  const keys = new Set<string>();
  for (const p of file.postings) {
    if (keys.has(p.jobKey)) return `posting ${JSON.stringify(p.jobKey)} appears twice`;
    keys.add(p.jobKey);
  }
  for (const [section, rows] of [
    ['event', file.events],
    ['note', file.notes],
  ] as const) {
    const ids = new Set<number>();
    for (const row of rows) {
      if (ids.has(row.id)) return `${section} id ${row.id} appears twice`;
      ids.add(row.id);
      if (!keys.has(row.jobKey)) {
        return `${section} ${row.id} belongs to posting ${JSON.stringify(row.jobKey)}, which is not in the file`;
      }
    }
  }
  return null;
}

export function checkExportFile(json: unknown): CheckResult {
  if (!isRecord(json)) {
    return {
      ok: false,
      error: `This is not a Reqlens export: the file holds ${describeKind(json)}, not an export object.`,
    };
  }
  if (json.format !== EXPORT_FORMAT) {
    const what =
      typeof json.format === 'string'
        ? `its format is ${JSON.stringify(json.format)}`
        : 'it has no "format" field';
    return {
      ok: false,
      error: `This is not a Reqlens export: ${what} (expected "${EXPORT_FORMAT}").`,
    };
  }
  const { version } = json;
  if (version !== EXPORT_VERSION) {
    const error =
      typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION
        ? `This export was made by a newer Reqlens (format version ${version}); this one reads version ${EXPORT_VERSION}. Update the extension, then import again.`
        : `This export has an unknown format version (${JSON.stringify(version ?? null)}); expected ${EXPORT_VERSION}.`;
    return { ok: false, error };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, json) };
  const broken = integrityError(parsed.data);
  if (broken)
    return { ok: false, error: `This export is damaged: ${broken}. Nothing was imported.` };
  return { ok: true, file: parsed.data };
}

/** JSON.parse with the error a person needs when they picked the wrong file. */
export function parseImportText(
  text: string,
): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, error: 'This file is not JSON, so it cannot be a Reqlens export.' };
  }
}
