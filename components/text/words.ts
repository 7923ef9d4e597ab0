/**
 * Number, list and language words shared by the fit's reasons (fit.ts) and the resume prefill
 * (prefill.ts): apart from fit.ts so that the catalogue's index does not reach the fit wording,
 * which the popup loads after its first screen (components/popup/later.ts).
 */

// Built on first use, not as the module loads: a page that shows no fit (the popup's first
// screen, `npm run bench:ui`) does not pay for them.
let numbers: Intl.NumberFormat | undefined;
let languageNames: Intl.DisplayNames | undefined;

export function num(n: number): string {
  numbers ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return numbers.format(n);
}

/** "1 year", "2.5 years". */
export const years = (n: number): string => `${num(n)} ${n === 1 ? 'year' : 'years'}`;

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Salesforce or HubSpot", "GCP, AWS or Azure". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "French" for "fr"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
