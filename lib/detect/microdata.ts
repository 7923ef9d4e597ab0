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
 * work model ("TELECOMMUTE") and the contract. Free text (title, description) stays out; a value
 * that names no schema.org type is ignored there.
 */
function typedFields(root: Element): JsonObject | null {
  const employmentType = prop(root, 'employmentType');
  const jobLocationType = prop(root, 'jobLocationType');
  return employmentType || jobLocationType ? { employmentType, jobLocationType } : null;
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
