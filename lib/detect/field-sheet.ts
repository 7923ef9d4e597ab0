import { cellValue } from './page-meta';
import { employer } from './sites/define';
import { elementText, inlineText } from './text';

/**
 * The field sheet older applicant-tracking systems print for one job: a two-column table or a
 * definition list of labels and values ("Job Title | Door Attendant", "Requisition Number |
 * 11-0243", "Location: City | Seattle"), no h1, the description in one of the value cells. The
 * labels name the title, so no heading has to read as one; an identifier field and enough
 * description text make it one posting rather than a search form or a results table.
 */

const TITLE_FIELD =
  /^(?:job (?:posting )?title|posting title|position title|job name|title|intitulé du poste|titre du poste|stellenbezeichnung|stellentitel|puesto|titolo (?:della posizione|dell'annuncio))$/i;

/** A whole-label pattern from its alternatives (kept one per line). */
const oneOf = (...parts: string[]) => new RegExp(`^(?:${parts.join('|')})$`, 'i');

const ID_FIELD = oneOf(
  'job (?:id|code|number|no\\.?|#)',
  'req(?:uisition)?\\.? ?(?:id|number|no\\.?|#|code)',
  'position (?:id|number|no\\.?|#|code)',
  'auto req id|tracking code|posting (?:id|number)|vacancy (?:id|number)',
  'reference(?: number| no\\.?| code)?|ref\\.? ?(?:no\\.?|#)|job ref(?:erence)?',
  'référence|referenz(?:nummer)?|kennziffer|stellen-?id',
);

/** "Location Name", "Job Location", "Work Location": the sheet's own place field. */
const PLACE_FIELD =
  /^(?:(?:job |work )?locations?(?: name)?|lieu(?: de travail)?|standort|arbeitsort|einsatzort|ubicaci[óo]n|sede)$/i;
const COMPANY_FIELD =
  /^(?:company(?: name)?|employer|hiring (?:company|organi[sz]ation)|organi[sz]ation|entreprise|société|unternehmen|arbeitgeber|empresa|azienda)$/i;
const CITY_FIELD = /^(?:location: ?)?(?:city|town|ville|stadt|ort|ciudad)$/i;
const STATE_FIELD = /^(?:location: ?)?(?:state|province|region|état|bundesland|provincia)$/i;

/** An element whose class or id calls it the job title, the only one of its kind on the page. */
const TITLE_CLASS = '[class*="jobtitle" i], [id*="jobtitle" i], [class*="job-title" i]';

const MIN_TEXT = 400;

/** A value that is itself one of these labels belongs to a header row, not to a job. */
const LABELS = [TITLE_FIELD, ID_FIELD, PLACE_FIELD];

/** The page's own name in a document title ("Archstone - Job details", "Careers / TAIC"). */
const PAGE_NAME = oneOf(
  'job (?:details?|description|posting(?: details)?|openings?|search)',
  'careers?|career (?:opportunities|center)|employment opportunities\\d{0,2}',
  "vacanc(?:y|ies)|offres? d'emploi|stellenangebote?",
);

export interface SheetFields {
  title: string;
  company: string | null;
  location: string | null;
  text: string;
}

/** The value of a field whose label matches, when it reads as a value rather than another label. */
const field = (root: ParentNode, label: RegExp) => fieldAt(root, label)?.value ?? null;

/** The one element a sheet styles as the job title (a results page has one per row). */
function styledTitle(doc: Document): Element | null {
  const found = [...doc.querySelectorAll(TITLE_CLASS)].filter((el) => !el.closest('a[href]'));
  if (found.length !== 1) return null;
  const el = found[0] as Element;
  const text = inlineText(el);
  return text && text.length <= 150 && !el.querySelector('a[href]') ? el : null;
}

/** The leaf element whose text is the title, so the sheet's container can be found from it. */
function titleCell(doc: Document, title: string): Element | null {
  for (const el of doc.querySelectorAll('td, dd, span, div, p, font, b, strong')) {
    if (el.childElementCount === 0 && inlineText(el) === title) return el;
  }
  return null;
}

/**
 * The smallest container of the title that holds the description too. Its text is measured with
 * runs of white space collapsed: a template's indentation is no description.
 */
function sheetRoot(cell: Element): Element {
  let node: Element = cell;
  for (let i = 0; i < 12 && node.parentElement; i++) {
    node = node.parentElement;
    if ((inlineText(node) ?? '').length >= MIN_TEXT * 2) break;
  }
  return node;
}

/** Where a field's label is and what value it holds. */
interface Field {
  at: Element;
  value: string;
}

/**
 * A field whose label matches: a label in a cell of its own ("Req ID | 169193"), or a cell that
 * starts with its label and holds the value in an element ("Job ID <font>108402</font>").
 */
function fieldAt(root: ParentNode, re: RegExp): Field | null {
  for (const el of root.querySelectorAll('td, th, dt, label, strong, b, span, font, div, p')) {
    const lead = el.firstChild?.nodeType === 3 ? (el.firstChild.nodeValue ?? '') : '';
    const leaf = el.childElementCount === 0;
    const raw = leaf ? (el.textContent ?? '') : lead;
    const label = raw.replace(/[\s:]+$/, '').trim();
    if (label.length > 40 || !re.test(label)) continue;
    const value = leaf
      ? (inlineText(el.nextElementSibling) ?? cellValue(el, raw))
      : (inlineText(el)
          ?.slice(label.length)
          .replace(/^[\s:]+/, '') ?? null);
    if (value && value.length <= 150 && !LABELS.some((l) => l.test(value)))
      return { at: el, value };
  }
  return null;
}

/** The identifier field, its value holding a digit. */
function idField(doc: Document): Field | null {
  const id = fieldAt(doc, ID_FIELD);
  return id && id.value.length <= 40 && /\d/.test(id.value) ? id : null;
}

/** Text that is a field's label or value, never a title: "Location:", "Job Code: 103". */
const FIELDISH = /:\s*\S{0,20}$|^[\d\s/.#-]*$/;

/** The first short text of an element (its first cell or bold line), or null. */
function firstLine(el: Element): { el: Element; text: string } | null {
  const leaf = [...el.querySelectorAll('*')].find(
    (e) => e.childElementCount === 0 && inlineText(e),
  );
  const at = leaf ?? el;
  const text = inlineText(at);
  return text ? { el: at, text } : null;
}

/** A row of two cells, label and value: a field of the sheet, not its title. */
const isFieldRow = (el: Element) =>
  (el.tagName === 'TR' && el.querySelectorAll(':scope > td, :scope > th').length >= 2) ||
  /^(?:DT|DD)$/.test(el.tagName);

/**
 * A sheet with no labelled title prints it just above its fields: the row or block before the
 * first field row ("Course Instructor" above "Job Category | Req ID"), else the block before the
 * fields' table.
 */
function titleAbove(id: Element): { el: Element; text: string } | null {
  const row = id.closest('tr, dt') ?? id;
  const table = row.closest('table, dl');
  for (const start of [row, table]) {
    let el = start?.previousElementSibling ?? null;
    for (let i = 0; el && i < 12; i++, el = el.previousElementSibling) {
      if (isFieldRow(el)) continue;
      const line = firstLine(el);
      if (!line) continue;
      const t = line.text;
      const ok = t.length >= 3 && t.length <= 150 && /\p{L}/u.test(t) && !FIELDISH.test(t);
      return ok && !line.el.closest('a[href]') && !PAGE_NAME.test(t) ? line : null;
    }
  }
  return null;
}

export function fieldSheet(doc: Document): SheetFields | null {
  const id = idField(doc);
  if (!id) return null;
  const labelled = field(doc, TITLE_FIELD);
  const styled = labelled ? null : styledTitle(doc);
  const above = labelled || styled ? null : titleAbove(id.at);
  const title = labelled ?? inlineText(styled) ?? above?.text;
  if (!title) return null;
  const cell = styled ?? above?.el ?? titleCell(doc, title);
  if (!cell || cell.closest('a[href]')) return null;
  const root = sheetRoot(cell);
  const exclude = new Set(root.querySelectorAll('nav, header, footer, script, style, select'));
  const text = elementText(root, { exclude });
  if (text.length < MIN_TEXT) return null;
  return {
    title,
    company: employer(field(root, COMPANY_FIELD)) ?? titleEmployer(doc, title),
    location: sheetPlace(root),
    text,
  };
}

/** Bit of compareDocumentPosition: the other node comes later in the page. */
const FOLLOWING = 4;

/**
 * The sheet's place: its "Location" field, or its "City" (and "State") fields, whichever comes
 * first: a contact block further down ("Address", "City: Monett, MO") is the recruiter's office.
 */
function sheetPlace(root: Element): string | null {
  const place = fieldAt(root, PLACE_FIELD);
  const city = fieldAt(root, CITY_FIELD);
  if (!city || (place && !(place.at.compareDocumentPosition(city.at) & FOLLOWING))) {
    return place?.value ?? null;
  }
  const state = field(root, STATE_FIELD);
  return state ? `${city.value}, ${state}` : city.value;
}

/** The employer a sheet's document title names beside the page's own name and nothing else. */
function titleEmployer(doc: Document, title: string): string | null {
  const parts = (doc.title || inlineText(doc.querySelector('title')) || '')
    .split(/\s+(?:[|–—·/-]|::?)\s+|:\s+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const names = parts.filter((p) => !PAGE_NAME.test(p) && p !== title && p.length <= 60);
  return parts.length > 1 && names.length === 1 ? employer(names[0]) : null;
}
