import { noPlace } from '../extract/kinds/location-value';
import { LIMITS } from '../schema/limits';
import { isPlatformName, tenantInText, tenantSlugs } from './platforms';
import { titleModelLabel } from './title-model';

/**
 * A career site's name as the employer a job seeker knows. Runs where captures are received (the
 * background), not in the content script, which stays small and sends what the page shows.
 */

const CAREERS_BEFORE =
  /^(?:careers?|jobs|working|work|life|karriere|jobs und karriere|carrières?|emplois?|offres d'emploi|empleos?|carreiras|vagas|trabaja|lavora|offerte di lavoro|werken|vacatures)\s{1,3}(?:at|with|bei|chez|en|em|na|no|con|presso|bij|@)\s{1,3}/i;
const CAREERS_AFTER =
  /\s{0,3}[-–|:]?\s{0,3}(?:careers?|jobs|career site|careers? site|job board|karriere(?:portal)?|stellenangebote|carrières?|emplois?|empleos?|carreiras|vacatures|lavora con noi)$/i;

/**
 * "Job Description - Judicial Officer (COU001897)": a page's heading for what it shows, which a
 * document title's split leaves where the employer's name would stand. It names no employer.
 */
const PAGE_KIND =
  /^(?:job (?:description|details?|posting|opening|offer|listing|advert(?:isement)?|summary)|vacancy(?: details)?|position description|(?:description|détails?) (?:du|de) poste|offre d'emploi|stellen(?:anzeige|beschreibung|details)|(?:oferta|detalle) de (?:empleo|trabajo)|descripci[óo]n del puesto|(?:offerta|annuncio) di lavoro|descrizione (?:del )?(?:lavoro|ruolo)|(?:descri[çc][ãa]o|detalhes) da vaga|vaga de emprego|vacature(?:tekst)?|functieomschrijving)$/i;

/** A careers site's section heading or a page-kind heading, which names no job. */
const SECTION_TITLE =
  /^(?:careers?|jobs?|job search|job openings|current (?:openings|vacancies)|open positions|vacancies|karriere|stellenangebote|carrières?|emplois?|empleos?|vagas|lavora con noi|vacatures)$/i;

/** "Acme Careers", "Careers at Acme", "Karriere bei Acme" → "Acme": a career site's name is its brand. */
export function careerSiteBrand(name: string): string {
  const brand = name
    .trim()
    .slice(0, 200)
    .replace(CAREERS_BEFORE, '')
    .replace(CAREERS_AFTER, '')
    .trim();
  return brand || name.trim();
}

/**
 * A capture as the background stores it (and the page eval scores it): a title's work-model
 * field added to its labels; its company read as a brand ("Jobs bei Acme" → Acme); a
 * hiring platform's name or credit ("Peopleclick", "Powered by …") replaced by the tenant the
 * address names, as the page writes it, or by nothing; a location that names no place
 * ("Headquarters", "US-") left out. The one step between what a content script sends and what the
 * engine reads (capture.ts); the page eval (scripts/eval-pages.ts) applies it too, so it scores
 * what the user is shown.
 */
export function asStored<T extends StoredFields>(capture: T): T {
  const url = parsed(capture.url);
  const named = capture.company && PAGE_KIND.test(capture.company.trim()) ? null : capture.company;
  let company = named ? careerSiteBrand(named) : named;
  // The title's own tail, split off as an employer: the address writes both as the job's slug.
  const tail = url && capture.title && company ? slugTail(capture.title, company, url) : false;
  if (tail) company = url && capture.text ? tenantInText(url, capture.text) : null;
  if (company && isPlatformName(company, url)) {
    company = url && capture.text ? tenantInText(url, capture.text) : null;
  } else if (company && url && capture.text && isEntityCode(company, url, capture.text)) {
    company = tenantInText(url, capture.text) ?? company;
  }
  const location = capture.location && noPlace(capture.location) ? null : capture.location;
  // "Careers" over an ATS's frame: the site's section heading, not the posting's title, which the
  // engine then reads from the text.
  const generic =
    capture.title &&
    (SECTION_TITLE.test(capture.title.trim()) || PAGE_KIND.test(capture.title.trim()));
  const title = generic ? null : tail ? `${capture.title} - ${named}` : capture.title;
  const labels = withTitleModel(capture.labels, title);
  return company === capture.company &&
    location === capture.location &&
    labels === capture.labels &&
    title === capture.title
    ? capture
    : { ...capture, title, company, location, ...(labels ? { labels } : {}) };
}

/**
 * A title's own work-model field ("… - Remote (US only)", "… (Hybrid)") stored as a label: the
 * text a page sends (its JSON-LD, microdata or description element) rarely repeats the title.
 */
function withTitleModel(
  labels: string[] | undefined,
  title: string | null | undefined,
): string[] | undefined {
  const field = titleModelLabel(title)?.slice(0, LIMITS.label);
  if (!field || labels?.includes(field) || (labels?.length ?? 0) >= LIMITS.labels) return labels;
  return [...(labels ?? []), field];
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * "IN2 COV - COV Engineering Services PL" on medtronic.wd1.myworkdayjobs.com: an employing
 * entity's internal name, which neither holds the tenant's name nor appears in the posting's
 * text, where the tenant's does ("At Medtronic you …"). A legal name that holds the brand
 * ("MDU Medtronic USA Inc") or that the text writes out stays.
 */
function isEntityCode(company: string, url: URL, text: string): boolean {
  const slugs = tenantSlugs(url);
  const name = letters(company);
  if (slugs.length === 0 || slugs.some((s) => name.includes(s) || s.includes(name))) return false;
  return !text.slice(0, 50_000).toLowerCase().includes(company.toLowerCase().trim());
}

/**
 * "Senior Strategy Manager - Content Creation" on autodesk.wd1.myworkdayjobs.com, split at its
 * dash into a title and a "company", where the address names the job as
 * `…/Senior-Strategy-Manager---Content-Creation_R123`: the slug holds the title and that tail
 * together, and the tenant the host names is not the tail. The tail belongs to the title.
 */
function slugTail(title: string, company: string, url: URL): boolean {
  const slugs = tenantSlugs(url);
  const name = letters(company);
  if (slugs.length === 0 || name.length < 3 || slugs.some((s) => name.includes(s))) return false;
  const whole = letters(title) + name;
  return url.pathname.split('/').some((seg) => letters(seg).startsWith(whole));
}

interface StoredFields {
  title?: string | null | undefined;
  labels?: string[] | undefined;
  company?: string | null | undefined;
  location?: string | null | undefined;
  url?: string | undefined;
  text?: string | undefined;
}

function parsed(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}
