import { htmlToText } from '../html-text';
import { isObject, type JsonObject, list, str } from '../json';
import { selectorAdapter } from './define';
import type { SiteAdapter, SiteFields } from './types';

/**
 * UKG Pro Recruiting (UltiPro): `/{tenant}/JobBoard/{board}/OpportunityDetail?opportunityId={id}`.
 * Reached by a scan only. The served page holds empty templates: the posting is the object handed
 * to `CandidateOpportunityDetail(...)` in an inline script (Title, FullTime, Locations,
 * Description as HTML). The employer is named only by the footer's copyright line.
 */
const base = selectorAdapter({
  id: 'ukg',
  host: /^recruiting\d?\.ultipro\.(com|ca)$|\.rec\.pro\.ukg\.net$/,
  idFrom: /\/OpportunityDetail\?(?:[^#]{0,300}&)?opportunityId=([\w-]{4,40})/i,
  keepParams: ['opportunityId'],
});

const HOOK = 'OpportunityDetail(';

/** The JSON object starting at `start` (a `{`), cut at its matching brace; strings are skipped. */
export function objectAt(s: string, start: number, max = 400_000): string | null {
  if (s[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  const end = Math.min(s.length, start + max);
  for (let i = start; i < end; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return s.slice(start, i + 1);
  }
  return null;
}

function opportunity(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const at = text.indexOf(HOOK);
    if (at < 0) continue;
    const json = objectAt(text, text.indexOf('{', at + HOOK.length));
    if (!json) continue;
    try {
      const o: unknown = JSON.parse(json);
      if (isObject(o) && str(o.Title)) return o;
    } catch {
      // Not JSON after all: keep looking.
    }
  }
  return null;
}

/** "© 2025 Northwind Traders, Inc. All rights reserved." → "Northwind Traders, Inc." */
const COPYRIGHT = /©\s{0,3}(?:\d{4}\s{0,3})?([^©\n]{2,80}?)\.?\s{1,3}All rights reserved/i;

function place(loc: unknown): string | null {
  if (!isObject(loc)) return null;
  const shown = str(loc.LocalizedName);
  if (shown) return shown;
  const a = isObject(loc.Address) ? loc.Address : {};
  const parts = [str(a.City), str(a.State), isObject(a.Country) ? str(a.Country.Name) : null];
  return parts.filter(Boolean).join(', ') || null;
}

export const ukg: SiteAdapter = {
  ...base,
  extract(doc, url): SiteFields | null {
    const o = opportunity(doc);
    if (!o) return base.extract(doc, url);
    const footer = doc.querySelector('footer')?.textContent ?? '';
    const places = list(o.Locations)
      .map(place)
      .filter((p): p is string => !!p);
    const description = str(o.Description);
    return {
      title: str(o.Title),
      company: COPYRIGHT.exec(footer)?.[1]?.trim() ?? null,
      location: places.length ? places.join('; ') : null,
      text: description ? htmlToText(description) : null,
      labels: o.FullTime === true ? ['Full-time'] : o.FullTime === false ? ['Part-time'] : [],
    };
  },
};
