import { prettifyError, type z } from 'zod';

/** A stored row that no longer matches its schema (hand-edited, or written by a buggy version). */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly key: unknown,
    detail: string,
  ) {
    super(`The stored ${table} row ${JSON.stringify(key)} is unreadable: ${detail}`);
    this.name = 'CorruptRowError';
  }
}

/** Parses one row; a damaged row throws a `CorruptRowError` naming the table, key and fields. */
export function parseRow<S extends z.ZodType>(
  schema: S,
  table: string,
  key: unknown,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CorruptRowError(table, key, prettifyError(result.error));
  return result.data;
}

/**
 * Parses rows for a list: damaged rows are left out (and logged) so one bad row cannot take the
 * whole tracker down; opening that row on its own still gives the clear error.
 */
export function parseRows<S extends z.ZodType>(
  schema: S,
  table: string,
  values: readonly unknown[],
): z.output<S>[] {
  const rows: z.output<S>[] = [];
  for (const value of values) {
    const result = schema.safeParse(value);
    if (result.success) rows.push(result.data);
    else console.warn(`Skipped an unreadable ${table} row`, prettifyError(result.error));
  }
  return rows;
}
