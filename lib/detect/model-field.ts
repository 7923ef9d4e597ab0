import { inlineText } from './text';

/**
 * A careers platform's own work-model field, named in its markup ("workplace-type",
 * "workplace_type_icon_text", "location-type"): its value ("On Site", "Hybrid") is a site label
 * on pages no adapter reads. Many such fields are a list of jobs, each with its own: none is read;
 * nor is a search filter's list of choices. A Chinese board's job-type field is read beside them.
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

/** "职位性质：全职", "工作性质：兼职": the job-type field of a Chinese board's notice. */
const ZH_TYPE_FIELD = /^(?:职位|工作)性质\s{0,2}[:：]\s{0,2}([^\s:：]{1,10})$/;
/**
 * "Job Type" over "Full Time", "Type de contrat : Stage": a job summary's field of the hours or the
 * contract, a term and its value in a list or a table beside the posting (an older board's "Job
 * Summary"). A search filter's label is no such field.
 */
const TYPE_LABEL = new RegExp(
  "^(?:(?:job|employment|position|contract) type|type of (?:employment|contract)|type de contrat|type d'emploi|" +
    'vertragsart|anstellungsart|beschäftigungsart|tipo de contrato|tipo di contratto|dienstverband)$',
  'i',
);

/** How many list items and cells are searched for that field: it sits in the notice's header. */
const MAX_CELLS = 400;

function typeField(doc: Document): string | null {
  const cells = [...doc.querySelectorAll('li, td, dd')].slice(0, MAX_CELLS);
  for (const el of cells) {
    const t = el.childElementCount <= 2 ? inlineText(el) : null;
    const value = t && t.length <= 20 ? ZH_TYPE_FIELD.exec(t)?.[1] : undefined;
    if (value) return value;
  }
  return null;
}

function termsField(doc: Document): string | null {
  for (const el of [...doc.querySelectorAll('dt, th')].slice(0, MAX_CELLS)) {
    const label = el.childElementCount === 0 ? inlineText(el)?.replace(/\s?:$/, '') : null;
    if (!label || !TYPE_LABEL.test(label) || el.closest(FILTER)) continue;
    const value = inlineText(el.nextElementSibling);
    if (value && value.length <= MAX_VALUE) return value;
  }
  return null;
}

export function modelFieldLabels(doc: Document): string[] | undefined {
  const fields = [...doc.querySelectorAll(FIELD)].filter((el) => !el.closest(FILTER));
  const type = typeField(doc);
  const values = (fields.length > MAX_FIELDS ? [] : fields)
    .map((el) => inlineText(el))
    .filter((t): t is string => t !== null && t.length <= MAX_VALUE);
  if (type) values.push(type);
  const terms = termsField(doc);
  if (terms) values.push(terms);
  return values.length > 0 ? values : undefined;
}
