/**
 * RFC 4180 CSV writer for spreadsheets. Pure: strings in, one string out.
 *
 * Spreadsheet apps run a cell that starts with = + - @ (or tab/CR, which some of them skip before
 * reading a formula) as a formula, so a posting title like `=HYPERLINK(...)` would execute on
 * open ("CSV injection"). Such cells get a leading apostrophe, which spreadsheets show as text.
 */

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Byte order mark: Excel reads a BOM-less CSV as the locale's legacy code page and mangles é, ü, ñ. */
export const BOM = '\uFEFF';

export function neutraliseFormula(cell: string): string {
  return cell.length > 0 && FORMULA_START.has(cell.charAt(0)) ? `'${cell}` : cell;
}

/** Quotes a cell when RFC 4180 requires it (comma, double quote, CR or LF), doubling inner quotes. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV document: BOM, then each row's cells neutralised and quoted, rows ended by CRLF. */
export function toCsvText(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => row.map((c) => quoteCell(neutraliseFormula(c))).join(','));
  return `${BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}
