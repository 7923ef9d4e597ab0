import type { JsonObject } from './json';
import type { StructuredPosting } from './jsonld';
import { elementText, inlineText } from './text';

/** Value of one itemprop inside the item: `content` (meta), then text. */
function prop(root: Element, name: string): string | null {
  const el = root.querySelector(`[itemprop="${name}"]`);
  if (!el) return null;
  return el.getAttribute('content')?.trim() || inlineText(el);
}

function nested(root: Element, name: string, inner: string): string | null {
  const el = root.querySelector(`[itemprop="${name}"]`);
  if (!el) return null;
  return prop(el, inner) ?? (el.getAttribute('content')?.trim() || inlineText(el));
}

/**
 * The item's typed fields, named as in JSON-LD, for the engine to read as it reads JSON-LD: the
 * work model ("TELECOMMUTE"), the contract, the dates. Free text (title, description) stays out.
 */
const TYPED = ['employmentType', 'jobLocationType', 'datePosted', 'validThrough'] as const;

/** A short value, as a schema.org enumeration or date is: not a paragraph that reused the name. */
const MAX_TYPED = 80;

function typedFields(root: Element): JsonObject | null {
  const record: JsonObject = {};
  for (const name of TYPED) {
    const value = prop(root, name);
    if (value && value.length <= MAX_TYPED) record[name] = value;
  }
  return Object.keys(record).length > 0 ? { '@type': 'JobPosting', ...record } : null;
}

/** A schema.org JobPosting given as microdata (SmartRecruiters, SuccessFactors RMK). */
export function microdataPosting(doc: Document): StructuredPosting | null {
  const items = doc.querySelectorAll('[itemscope][itemtype*="JobPosting"]');
  // Several items: a list of postings, not one.
  if (items.length !== 1) return null;
  const root = items[0];
  if (!root) return null;
  const descEl = root.querySelector('[itemprop="description"]');
  const location =
    nested(root, 'jobLocation', 'addressLocality') ?? nested(root, 'jobLocation', 'name');
  return {
    title: prop(root, 'title') ?? prop(root, 'name'),
    company: nested(root, 'hiringOrganization', 'name'),
    location,
    text: descEl ? elementText(descEl) || null : null,
    url: (() => {
      const u = root.querySelector('[itemprop="url"]');
      return u?.getAttribute('href') ?? u?.getAttribute('content') ?? null;
    })(),
    raw: null,
    typed: typedFields(root),
  };
}
