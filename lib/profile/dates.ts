/**
 * Date ranges as résumés write them: "2018 – 2023", "Jan 2019 - Present", "03/2017 – 08/2020",
 * "2019-01 – 2021-06", "janv. 2020 – aujourd'hui", "seit März 2021". Months count from year*12.
 */

/** Month names (accents removed) in English, French, German, Spanish, Italian and Portuguese. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro'],
  ['february', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro'],
  ['march', 'mars', 'marz', 'marzo', 'marco'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro'],
];

/** 0-11 for a month name or its abbreviation ("Sept", "janv", "März"); null for other words. */
function monthOf(word: string | undefined): number | null {
  if (!word || word.length < 3) return null;
  const w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const i = MONTH_NAMES.findIndex((names) => names.some((n) => n.startsWith(w)));
  return i >= 0 ? i : null;
}

const PRESENT =
  "present|now|current|today|ongoing|aujourd'hui|aujourd’hui|pr[ée]sent|actuel(?:lement)?|heute|jetzt|actualidad|presente|hoy|oggi|attuale|atual";

/** One date: optional month word or number, a year, optional "-MM". Four groups. */
const DATE =
  '(?:(?<![\\p{L}])(\\p{L}{3,10})\\.?\\s{0,2})?(?:(?<!\\d)(\\d{1,2})[/.])?((?:19|20)\\d{2})(?:-(0[1-9]|1[0-2])(?!\\d))?';
const SEP = '\\s{0,3}(?:-|–|—|to|until|till|bis|à|au|a|al|→|>)\\s{0,3}';
const RANGE = new RegExp(`${DATE}${SEP}(?:${DATE}|(${PRESENT}))`, 'giu');
const SINCE = new RegExp(`(?:since|depuis|seit|desde|dal)\\s{1,3}${DATE}`, 'giu');

export interface DateRange {
  /** Months since year 0, inclusive start. */
  start: number;
  /** Months since year 0, exclusive end. */
  end: number;
  /** Where the range was written in the line, so the rest of the line can be read as a title. */
  index: number;
  length: number;
}

function point(
  word: string | undefined,
  num: string | undefined,
  year: string | undefined,
  iso: string | undefined,
): { year: number; month: number | null } | null {
  if (!year) return null;
  const fromNumber = num ? Number(num) - 1 : iso ? Number(iso) - 1 : null;
  const month =
    fromNumber !== null && fromNumber >= 0 && fromNumber < 12 ? fromNumber : monthOf(word);
  return { year: Number(year), month };
}

/** Months since year 0 for `now`. */
export function monthIndex(now: Date): number {
  return now.getFullYear() * 12 + now.getMonth();
}

function toRange(
  from: ReturnType<typeof point>,
  to: ReturnType<typeof point> | 'present',
  now: number,
  index: number,
  length: number,
): DateRange | null {
  if (!from) return null;
  const start = from.year * 12 + (from.month ?? 0);
  let end: number;
  if (to === 'present') end = now + 1;
  else if (!to) return null;
  // A month is worked through to its end ("Jan – Dec 2019" is 12 months); a bare year stops at its
  // start when the range also began on a bare year ("2018 – 2023" is 5 years).
  else if (to.month !== null) end = to.year * 12 + to.month + 1;
  else end = to.year * 12 + (from.month === null ? 0 : 6);
  if (end <= start) end = start + 6; // "2020 – 2020": some months in that year
  if (start > now + 1 || end - start > 12 * 60) return null;
  return { start, end: Math.min(end, now + 1), index, length };
}

/** Every date range in one line. */
export function dateRanges(line: string, now: Date): DateRange[] {
  const nowIndex = monthIndex(now);
  const out: DateRange[] = [];
  for (const m of line.matchAll(RANGE)) {
    const from = point(m[1], m[2], m[3], m[4]);
    const to = m[9] ? 'present' : point(m[5], m[6], m[7], m[8]);
    // "Manager 2018 – 2023": a word before the year that is no month belongs to the title.
    const skip = m[1] && monthOf(m[1]) === null ? m[0].search(/\d/) : 0;
    const range = toRange(from, to, nowIndex, (m.index ?? 0) + skip, m[0].length - skip);
    if (range) out.push(range);
  }
  if (out.length === 0) {
    for (const m of line.matchAll(SINCE)) {
      const range = toRange(
        point(m[1], m[2], m[3], m[4]),
        'present',
        nowIndex,
        m.index ?? 0,
        m[0].length,
      );
      if (range) out.push(range);
    }
  }
  return out;
}

/** Months covered by the union of the ranges: overlapping jobs are not counted twice. */
export function coveredMonths(ranges: readonly DateRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const r of sorted) {
    const from = Math.max(r.start, reach);
    if (r.end > from) total += r.end - from;
    reach = Math.max(reach, r.end);
  }
  return total;
}

/** Months as years, to the half year. */
export function monthsToYears(months: number): number {
  return Math.round(months / 6) / 2;
}
