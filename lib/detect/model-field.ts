import { inlineText } from './text';

/**
 * A careers platform's own work-model field, named in its markup ("workplace-type",
 * "workplace_type_icon_text", "location-type"): its value ("On Site", "Hybrid") is a site label
 * on pages no adapter reads. Many such fields are a list of jobs, each with its own: none is read;
 * nor is a search filter's list of choices.
 */
const FIELD = [
  'workplace-type',
  'workplace_type',
  'remote-type',
  'remote_type',
  'location-type',
  'location_type',
]
  .flatMap((name) => [`[class*="${name}" i]`, `[id*="${name}" i]`])
  .join(', ');

/** A search filter ("Remote / Hybrid / On-site" choices) is no posting's field. */
const FILTER = 'form, select, nav, [role="navigation"], [role="listbox"], [role="search"]';

const MAX_FIELDS = 3;
const MAX_VALUE = 40;

export function modelFieldLabels(doc: Document): string[] | undefined {
  const fields = [...doc.querySelectorAll(FIELD)].filter((el) => !el.closest(FILTER));
  if (fields.length === 0 || fields.length > MAX_FIELDS) return undefined;
  const values = fields
    .map((el) => inlineText(el))
    .filter((t): t is string => t !== null && t.length <= MAX_VALUE);
  return values.length > 0 ? values : undefined;
}
