import { caseless } from '../lexicon/caseless';
import { escapeRegex } from '../pipeline/chars';
import { gated } from '../pipeline/gate';
import { LEGAL_FORM } from './header';

/** How the employer's name is written: without a board's division, in the text's own case. */

const DIVISION = /^([\p{Lu}][^-]{1,58}?) - [\p{Lu}][^\n]{1,40}$/u;

/**
 * "Acme Staffing - Non-Clinical" in the header, "Acme Staffing, you will…" in the text: the name
 * without the division a board appends, when the text also writes the name alone as a whole
 * ("BETWEEN - ADICIONA" stays: "BETWEEN TECHNOLOGY" is another name).
 */
export function withoutDivision(name: string, text: string): string {
  const base = DIVISION.exec(name)?.[1];
  if (!base) return name;
  for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + base.length)) {
    const after = text.slice(at + base.length, at + base.length + 3);
    if (/^(?:[,.;:!?)]|\s\p{Ll}|$)/u.test(after) && !/[\p{L}\d]/u.test(text.charAt(at - 1)))
      return base;
  }
  return name;
}

/**
 * "MCLEAN FARMS" in a record's header, "McLean Farms" in the text: the name as the employer
 * writes it. A name written only in capitals stays so.
 */
export function usualCase(name: string, text: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name) || name.length > 80) return name;
  // "ELEKTRO-TEL AG" signed, "bei Elektro-Tel" in the text: the name as written, its legal form kept.
  const form = LEGAL_FORM.exec(name);
  if (form && form.index > 0) {
    const base = usualCase(name.slice(0, form.index), text);
    if (base !== name.slice(0, form.index)) return `${base}${formAfter(base, text) ?? form[0]}`;
  }
  const source = escapeRegex(name).replace(/\s+/g, '\\s{1,3}');
  const re = gated(caseless(`(?<![\\p{L}\\d.@/])${source}(?![\\p{L}\\d])`, 'giu'));
  const sample = text.slice(0, 50_000);
  let n = 0;
  for (let m = re.exec(sample); m && n < 50; m = re.exec(sample), n++) {
    // "McLean Farms", not "nrc" from "nrc.nl".
    if (/^\p{Lu}/u.test(m[0]) && /\p{Ll}/u.test(m[0])) return m[0];
  }
  return name;
}

/**
 * "YM PROJECTS PTE LTD" in the header, "YM Projects Pte. Ltd. 35 Kallang Road" in the address:
 * the legal form as the text writes it right after the name, when it writes one.
 */
function formAfter(base: string, text: string): string | null {
  const sample = text.slice(0, 50_000);
  for (let at = sample.indexOf(base); at >= 0; at = sample.indexOf(base, at + base.length)) {
    const next = FORM_WORDS.exec(sample.slice(at + base.length, at + base.length + 24))?.[0];
    if (!next) continue;
    // The longest run of the following words that ends as a legal form does ("Pte. Ltd.").
    const words = next.split(' ');
    for (let n = words.length; n > 1; n--) {
      const form = words.slice(0, n).join(' ');
      if (LEGAL_FORM.test(`${base}${form}`)) return form;
    }
  }
  return null;
}
/** Up to three short words after a name: where its legal form would stand. */
const FORM_WORDS = /^(?: [\p{L}.&]{1,6}){1,3}/u;
