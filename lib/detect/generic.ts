import { fieldSheet } from './field-sheet';
import { hiringHeading, hostNames, withoutInclusiveEndings } from './heading-words';
import { labelFacts } from './labels';
import { hostBrand, labelledValue, logoCompany, pageCompany, splitHeadTitle } from './page-meta';
import { employer } from './sites/define';
import { fieldText, meta } from './sites/dom';
import { elementText, inlineText } from './text';
import { GERMAN_COMPOUND, isJobTitle, JOB_WORD, MORE_JOB_WORD } from './words';

/**
 * Fallback for company career pages with no structured data. A page counts as a posting only
 * when every signal agrees: a job-title h1, an apply control, requirement-style headings and
 * enough text, and nothing says "article" or "list". Precision over recall: a missed posting
 * can still be scanned; a blog post stored as a job is noise.
 */

/** Plural or invitation headlines: a careers index or a blog post, not one job. */
const NOT_ONE_JOB =
  /\b(jobs|careers|open (?:positions|roles)|we(?:'| a)re hiring|join (?:our|the) team|vacancies|offres d'emploi|stellenangebote|karriere|empleos|tips|how to)\b/i;

const APPLY =
  /\b(apply|postuler|candidater|bewerben|jetzt bewerben|solicitar|aplicar|inscr[ií]bete|candidatar|solliciteer|submit (?:your )?application)\b/i;

const REQUIREMENT_HEADING = new RegExp(
  `\\b(${[
    "requirements?|what (?:they|we)(?:'re| are) looking for|what we ask",
    "who we(?:'re| are) looking for|(?:the )?ideal candidate|you(?:'ll)? need",
    'essential criteria|person specification|das bringen sie mit|das erwarten wir',
    'was sie mitbringen|requisiti|il tuo profilo|o que procuramos|jouw profiel|functie-eisen',
    "qualifications?|what you(?:'ll| will) bring|who you are|about you|your profile|you have",
    'must[- ]haves?|nice[- ]to[- ]haves?|skills|competenc(?:e|ies)|required background',
    '(?:perfect|great|good|ideal) fit|profil|ce que nous recherchons|comp[ée]tences',
    'vous [êe]tes|anforderungen|das bringst du mit|was du mitbringst|qualifikation(?:en)?',
    'requisitos|perfil|lo que buscamos|vereisten|wat (?:je|wij) (?:meebrengt|vragen)',
  ].join('|')})\\b`,
  'i',
);

const DUTY_HEADING = new RegExp(
  "\\b(responsibilities|duties|what you(?:'ll| will) (?:do|be doing|be working on)|your role|the role|about the (?:job|role|position)|missions?|le poste|" +
    'aufgaben|(?:das|was) (?:dich|sie) erwartet|was erwartet (?:dich|sie)|responsabilidades|funciones|tu misi[óo]n|(?:wat|dit) ga je doen|je taken|' +
    'werkzaamheden|mansioni)\\b',
  'i',
);

/**
 * "The good news is that we are looking for a talented software developer to join our team": a
 * posting written as prose, with no section headings, hires one person in a sentence.
 */
const HIRES_ONE =
  /\b(?:(?:we(?:'re| are)|is) (?:currently |now )?(?:looking for|seeking|hiring)|wir suchen(?: ab sofort)?|nous recherchons|wij zoeken|buscamos) (?:an?|eine?n?|une?|een|una?) ([^.\n]{3,60})/i;

/**
 * "Required:", "Desired skills": a list of requirements headed by one word of obligation; the
 * question order ("who are we looking for") and "Du bringst mit" as plain headings.
 */
const REQUIRED_LIST =
  /^(?:required|desired|preferred|nice to have)(?:\s(?:skills|qualifications|experience))?\s?:?$|\b(?:who are we looking for|du bringst mit|sie bringen mit)\b/i;

/** A short notice states its pay, beside its hours or its duties, instead of a requirements heading. */
const PAY =
  /(?:[$€£]\s?\d|\d\s?(?:€|(?:EUR|GBP|CHF|USD)\b)|\b(?:salary|salaire|r[ée]mun[ée]ration|gehalt|entgelt(?:gruppe)?|besoldung|TVöD|TV-L|sueldo|salario|retribuci[óo]n|stipendio|retribuzione|salaris|sal[áa]rio|per annum|pay (?:scale|band|grade))\b)/i;
const HOURS = new RegExp(
  '(?:\\b\\d{1,2}(?:[.,]\\d{1,2})?\\s?(?:hours?|hrs|Stunden|Std\\.|heures|horas|ore|uur)\\b|' +
    '\\b(?:full[- ]time|part[- ]time|Vollzeit|Teilzeit|temps (?:plein|partiel)|' +
    'jornada (?:completa|parcial)|tempo pieno|voltijd|deeltijd)\\b|' +
    // "von 8:00 bis 14:00 Uhr", "9.00-17.00": working hours as a time range.
    '\\b\\d{1,2}[:.]\\d{2}\\s?(?:-|–|bis|to|à|a)\\s?\\d{1,2}[:.]\\d{2}\\b)',
  'i',
);

/** "Send your CV to jobs@acme.com": an application by e-mail. */
const EMAIL_APPLY =
  /(?:\b(?:cv|résumé|resume|lebenslauf|bewerbung\w{0,8}|candidature|curriculum|applications?|sollicitatie)\b[^\n]{0,120}\b[\w.+-]{1,40}@[\w-]{1,40}\.[\w.]{2,20})/i;

/**
 * "Interested applicants should submit a cover letter and CV", "Bewirb dich jetzt", "Ruf einfach
 * an": how to apply, written in the text by an employer whose page has no apply button.
 */
const APPLY_TEXT = new RegExp(
  [
    '(?:send|submit|e-?mail)\\b[^\\n]{0,40}\\b(?:cv|résumé|resume|applications?|cover letter)',
    'how to apply|call us (?:on|at)|application (?:deadline|method)',
    'bewirb dich|bewerben sie sich|ruf(?:en sie)? (?:uns )?(?:einfach |gerne )?an\\b',
    'envoyez[- ](?:nous )?votre (?:cv|candidature)|env[ií]a(?:nos)? tu (?:cv|curr[ií]culum)',
    'invia(?:ci)? il tuo (?:cv|curriculum)|stuur (?:je|uw) (?:cv|sollicitatie)',
    'envie (?:o )?seu (?:cv|curr[ií]culo)',
  ]
    .map((p) => `\\b(?:${p})`)
    .join('|'),
  'i',
);

/** "Location: Paris" and its translations: the label of the posting's own place. */
const LOCATION_LABEL =
  /^(?:job |work )?(?:locations?|lieu(?: de travail)?|localisation|standort|arbeitsort|einsatzort|dienstort|ubicaci[óo]n|localizaci[óo]n|sede|luogo di lavoro|locatie|standplaats|werklocatie|localiza[çc][ãa]o|local de trabalho)$/i;

/** "Berlin, Germany", "Austin, TX", "Remote (United States)": a line that reads as a place. */
const PLACE_LINE =
  /^(?:[\p{Lu}][\p{L}.' -]{1,40}(?:,\s?[\p{Lu}][\p{L}.' -]{0,40}){1,2}|remote\s?\([\p{L} ,.-]{2,40}\))$/iu;

/**
 * Two sentences: a field's value written as prose ("Flexible. Some travel is required."), its list
 * items maybe joined with no space; "Washington D.C." or "Frankfurt a.M." end no sentence.
 */
const SENTENCES = /\p{Ll}{2}[.!?]\s?\p{Lu}\p{Ll}/u;

/** A column header beside "Location" in a table of jobs ("Location | Date"): no place. */
const HEADER_WORD = /^(?:date|type|name|title|category|department|status|posted|job)$/i;

/**
 * Korean notices: a job word in the headline ("… 아르바이트 모집 공고"), and the sections of the
 * notice (Hangul has no \\b word boundary, so these stand apart from the patterns above).
 */
const KO_JOB = /모집|채용|아르바이트|인턴|연구원|사원|직원|담당자/;
const KO_REQUIREMENT = /자격\s?요건|우대\s?사항|지원\s?자격|필수\s?요건|근무\s?조건/;
const KO_DUTY = /업무\s?내용|담당\s?업무|주요\s?업무/;

/**
 * Chinese boards likewise: a job word where the document title names the page ("…公司招聘出纳_…"),
 * the notice's sections, its requirements as a line of their own ("要求:", "任职要求："), the place
 * field, and the apply control, Korean's beside it ("申请该职位", "지원하기").
 */
const ZH_JOB = /招聘|职位|岗位/;
const ZH_REQUIREMENT = /任职要求|职位要求|岗位要求|任职资格|任职条件/;
const ZH_DUTY = /职位描述|岗位职责|工作职责|工作内容|职责描述/;
const ZH_REQUIREMENT_LINE = /^[ \t]{0,3}(?:任职|职位|岗位)?(?:要求|资格|条件)[ \t]{0,2}[:：]/m;
const ZH_PLACE = /(?:^|\n)[ \t•·-]{0,4}工作(?:地点|地址)[ \t]{0,2}[:：][ \t]{0,2}([^\s:：]{1,30})/;
const CJK_APPLY = /申请(?:该|此)?职位|立即申请|投递简历|我要应聘|지원하기|입사\s?지원/;

/** A field label before the headline ("Position: Junior technician"), or a notice's tail ("… 모집 공고"). */
const TITLE_FRAME =
  /^(?:position|job(?: title)?|role|vacancy|opening|poste|stelle|puesto|vaga|posizione)\s?:\s*|\s*(?:모집|채용)\s?공고$/gi;

/** "User Experience and Design job description": a heading that calls itself one job's description. */
const JOB_TAIL =
  /\s(?:job description|job posting|job advert|stellenbeschreibung|stellenanzeige|fiche de poste|vacature)$/i;

/** "BERLIN: Software Engineer": the job's city in capitals before it; "URGENT:" is no place. */
const PLACE_FRAME = /^(\p{Lu}[\p{Lu} .'-]{2,30}):\s+/u;
const NOT_PLACE = /^(?:urgent|new|hot|now hiring|hiring|jobs?|update|closed|filled|remote)$/i;

/**
 * "Personal Assistant Job at British High Commission", "Communications Internship at Mercy Corps –
 * Nairobi": a board's headline names the job, then its employer and maybe the place.
 */
const AT_EMPLOYER = /^(.{3,80}?)(?:\s[Jj]ob)?\sat\s(\p{Lu}[^|]{1,60})$/u;

interface Framed {
  text: string;
  place?: string;
  employer?: string;
}

/** The job's name in a heading, without the frame around it (a field label, a city, an employer). */
function unframe(shown: string): Framed {
  let text = shown.replace(TITLE_FRAME, '').replace(JOB_TAIL, '');
  let place: string | undefined;
  const city = PLACE_FRAME.exec(text);
  if (city?.[1] && isJobTitle(text.slice(city[0].length))) {
    text = text.slice(city[0].length);
    const name = city[1].trim();
    if (!NOT_PLACE.test(name))
      place = name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  }
  // "Aidants Connect recrute : un·e chargé·e de déploiement": the employer, its verb, the job.
  const hiring = hiringHeading(text);
  if (hiring && isJobTitle(withoutInclusiveEndings(hiring.job))) {
    return { text: hiring.job, employer: hiring.employer, place };
  }
  const at = AT_EMPLOYER.exec(text);
  if (at?.[1] && at[2] && isJobTitle(at[1])) {
    const [who, where] = at[2].split(/\s[–—-]\s/);
    return { text: at[1], employer: who?.trim(), place: where?.trim() || place };
  }
  return { text, place };
}

const MIN_TEXT = 400;
const MIN_NOTICE = 250;
const MAX_TITLE_WORDS = 14;

/**
 * A folder of the site's jobs in the address ("/jobs/full-stack.html", "/karriere/azubi/"): the
 * page is one of them, not a blog post.
 */
const JOBS_FOLDER =
  /\/(?:jobs?|careers?|vacanc(?:y|ies)|openings|karriere|stellen(?:angebote|anzeigen)?|vacatures?|emplois?|offres?-d-emploi|empleos?|vagas|lavora-con-noi|werken-bij|opportunit(?:y|ies))\/[^/]/i;

/** A board's article filed in its jobs section ("article:section" "job", "Internship"). */
const JOB_SECTION =
  /^(?:jobs?|careers?|vacanc(?:y|ies)|internships?|job offers?|stellen(?:angebote)?|emplois?|offres? d'emploi|empleos?|vacatures?)$/i;

function isArticle(doc: Document, url: URL): boolean {
  if (JOB_SECTION.test(meta(doc, 'article:section')?.trim() ?? '')) return false;
  const ogType = meta(doc, 'og:type')?.toLowerCase();
  // Site generators (Hugo, Jekyll) type every content page "article", the jobs folder's too.
  if (ogType === 'blog' || (ogType === 'article' && !JOBS_FOLDER.test(url.pathname))) return true;
  if (doc.querySelector('meta[property="article:published_time"]')) return true;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const t = s.textContent ?? '';
    if (/"@type"\s{0,5}:\s{0,5}"(BlogPosting|NewsArticle|Article)"/.test(t)) return true;
  }
  return false;
}

/**
 * What a reader does not see as the page: a closed modal (a privacy policy shipped on every page)
 * and a consent or privacy banner. An open modal may be the posting itself (boards show jobs in one).
 */
const OVERLAY = [
  'dialog:not([open])',
  ...['cookie', 'consent', 'privacy'].flatMap((w) => [
    `[role="dialog"][aria-label*="${w}" i]`,
    `[role="dialog"][id*="${w}" i]`,
    `[aria-modal="true"][class*="${w}" i]`,
  ]),
].join(', ');

/** A site menu: its flyout panels may head each group with an h1 ("Our Company", "Benefits"). */
const MENU = 'nav, li, [role="navigation"], [role="menu"]';

/** The document's title: its `title` property, or the text of its title element. */
const documentTitle = (doc: Document): string =>
  doc.title || inlineText(doc.querySelector('title')) || '';

/** The document title repeats the headline and calls it a job ("… jobs in Buenos Aires at …"). */
function headNamesJob(doc: Document, text: string): boolean {
  const head = documentTitle(doc);
  // "… | Karriere bei Eco Stolz", "… – Vacatures": a careers section's name in other languages too.
  const job =
    /\b(?:jobs?|careers?|vacanc(?:y|ies)|opportunit(?:y|ies)|karriere|carri[èe]res?|carreiras?|carreras?|vacatures?|stellenangebote?|emplois?|empleos?)\b/i;
  // "Career Opportunities" heading a careers portal is the page's name, not a job's.
  const rest = head.replace(text, '');
  return !job.test(text) && head.includes(text) && (job.test(rest) || ZH_JOB.test(rest));
}

/** A link's target that is an employer's page on a board ("/company_360594.html", "/companies/acme"). */
const EMPLOYER_PAGE = /compan(?:y|ies)|employer|enterprise|unternehmen|entreprise|empresa/i;

/**
 * "<h1><a href="/company_360594.html">上海…有限公司</a></h1>": a board's h1 that is only a link to
 * the employer's page names the employer; the job's own heading is the h2 after it.
 */
function employerHeading(h1: Element): { el: Element; employer: string } | null {
  const a = h1.querySelector('a[href]');
  const name = inlineText(h1);
  if (!a || !name || inlineText(a) !== name || !EMPLOYER_PAGE.test(a.getAttribute('href') ?? '')) {
    return null;
  }
  // Headings come in document order: the first h2 after this h1.
  const heads = [...h1.ownerDocument.querySelectorAll('h1, h2')];
  const el = heads.slice(heads.indexOf(h1) + 1).find((h) => h.tagName === 'H2');
  return el ? { el, employer: name } : null;
}

/** "出纳(上海总部，销售部)": a note in Han script after the job's name, its office and department. */
const HAN_NOTE = /\s?[(（][\p{Script=Han}，、\s]{1,30}[)）]$/u;

interface TitleFound {
  el: Element;
  text: string;
  /** The employer, when the page's h1 names it and the title is the heading below. */
  employer?: string;
  /** The title is not the page's first heading: a site's name and its menu stand above it. */
  later?: boolean;
  /** "Senior Engineer (Durham, NC)": the place the heading names after the job. */
  place?: string;
}

/** "… (Durham, NC)" closing a heading: a note that may be the job's place. */
const TITLE_NOTE = /\s?\(([^()]{3,60})\)$/;

/**
 * The site's name in the first h1, above the job's heading, and in the document title beside the
 * job ("Ticketmaster Mobile Studio : Senior Mobile Engineer, iOS"): the studio names itself.
 */
function siteHeading(
  doc: Document,
  first: Element | null,
  el: Element,
  job: string,
): string | undefined {
  const name = first && first !== el ? inlineText(first) : null;
  const head = documentTitle(doc);
  // The site's name is no job by its own words (the job beside it in the document title may be one).
  if (!name || name.length > 60 || isJobTitle(name) || MORE_JOB_WORD.test(name)) return undefined;
  // A document title that is the site's name alone (a lab's page) says nothing of the employer.
  return head.includes(name) && head.includes(job) ? name : undefined;
}

/** A heading that reads as a job's title, by its words or by the document title around it. */
function namesJob(doc: Document, text: string | undefined): boolean {
  if (!text) return false;
  const plain = withoutInclusiveEndings(text);
  return isJobTitle(plain) || MORE_JOB_WORD.test(plain) || headNamesJob(doc, text);
}

function jobTitle(doc: Document): TitleFound | null {
  const all = [...doc.querySelectorAll('h1')].filter((h) => !h.closest(`${OVERLAY}, ${MENU}`));
  // Site builders (Framer, Webflow) print a heading once per screen size, all but one hidden:
  // copies of the same headline count once.
  const seen = new Set<string | null>();
  const h1s = all.filter((h) => !seen.has(inlineText(h)) && seen.add(inlineText(h)));
  // One headline per posting; a page with many h1s is a layout we cannot read reliably.
  // Older career sites have no h1 at all and title the job with their first h2.
  if (h1s.length > 2) return null;
  const below = h1s.length === 1 ? employerHeading(h1s[0] as Element) : null;
  // A site's or a lab's name may take the first h1: the job is the heading after it that reads
  // as one (the second h1, or the h2 under a lone h1).
  const heads = h1s.length === 1 ? [h1s[0], doc.querySelector('h2')] : h1s;
  // A heading that calls itself a job description names a job, whatever its words.
  const tailed = heads.find((h) => h && JOB_TAIL.test(inlineText(h) ?? ''));
  const named = tailed ?? heads.find((h) => h && namesJob(doc, unframe(inlineText(h) ?? '').text));
  const under = named || below ? null : headingUnder(doc, h1s[h1s.length - 1]);
  const el = below?.el ?? named ?? under?.el ?? h1s[0] ?? doc.querySelector('h2') ?? titleLine(doc);
  const raw = inlineText(el);
  const framed = unframe(raw ?? '');
  const text = below ? raw?.replace(TITLE_FRAME, '').replace(HAN_NOTE, '') : framed.text;
  if (!el || !text || text.length > 150) return null;
  if (text.split(' ').length > MAX_TITLE_WORDS || NOT_ONE_JOB.test(text)) return null;
  if (!(el === tailed || namesJob(doc, text)) && !KO_JOB.test(raw ?? '')) return null;
  if (below) return { el, text, employer: below.employer };
  if (under && el === under.el) return { el, text, later: true, ...under.frame };
  const note = TITLE_NOTE.exec(text);
  const place = note && PLACE_LINE.test(note[1] as string) ? note[1] : framed.place;
  const job = note && place === note[1] ? text.slice(0, note.index) : text;
  return {
    el,
    text: job,
    later: el !== (h1s[0] ?? el),
    // The site's name may head its menu bar: the document's first h1, menu or not.
    employer: framed.employer ?? siteHeading(doc, doc.querySelector('h1'), el, job),
    place,
  };
}

/** "Shift / West Des Moines, IA": a heading that names an employer and its place, not a job. */
const EMPLOYER_PLACE = /^([^/|–—]{2,50}?)\s(?:\/|\||–|—)\s([^/|–—]{2,50})$/;

/**
 * A board's post headed by its employer ("Shift / West Des Moines, IA") with the job in the
 * heading right under it (an h2 or h3): that heading is the title, when it reads as a job and the
 * document title repeats it.
 */
function headingUnder(
  doc: Document,
  h1: Element | undefined,
): { el: Element; frame: { employer?: string; place?: string } } | null {
  let el = h1?.nextElementSibling;
  for (let i = 0; el && i < 3 && !/^H[23]$/.test(el.tagName); i++) el = el.nextElementSibling;
  const text = el && /^H[23]$/.test(el.tagName) ? inlineText(el) : null;
  const head = documentTitle(doc);
  if (!el || !text || !head.includes(text) || !namesJob(doc, text)) return null;
  const split = EMPLOYER_PLACE.exec(inlineText(h1 as Element) ?? '');
  const place = split?.[2]?.trim();
  if (!split || !place || !PLACE_LINE.test(place)) return { el, frame: {} };
  return { el, frame: { employer: split[1]?.trim(), place } };
}

/**
 * A page with no heading element at all (its "headings" styled paragraphs): the line of text that
 * repeats the document title, when that title names a job.
 */
function titleLine(doc: Document): Element | null {
  const head = documentTitle(doc).trim();
  if (!head || head.length > 100 || !namesJob(doc, head)) return null;
  const lines = doc.body?.querySelectorAll('p, div, span') ?? [];
  for (let i = 0; i < lines.length && i < 3000; i++) {
    const el = lines[i] as Element;
    if (el.childElementCount === 0 && !el.closest(MENU) && inlineText(el) === head) return el;
  }
  return null;
}

function hasApply(scope: Element): boolean {
  // An e-mail link, or an application form further down the page (a CV upload).
  if (scope.querySelector('a[href^="mailto:"], form input[type="file"]')) return true;
  for (const el of scope.querySelectorAll('a, button, input[type="submit"]')) {
    const label = inlineText(el) ?? el.getAttribute('value') ?? el.getAttribute('aria-label') ?? '';
    if (label.length < 60 && (APPLY.test(label) || CJK_APPLY.test(label))) return true;
    const href = el.getAttribute('href');
    if (href && /[/?&](apply|application|bewerbung|postuler)\b/i.test(href)) return true;
  }
  return false;
}

/** Many job-title links: a search result or careers index, not one posting. */
function isList(scope: Element, title: string): boolean {
  let jobLinks = 0;
  for (const a of scope.querySelectorAll('a[href]')) {
    const t = inlineText(a);
    if (t && t !== title && t.length < 120 && (JOB_WORD.test(t) || GERMAN_COMPOUND.test(t))) {
      jobLinks++;
    }
    if (jobLinks >= 12) return true;
  }
  return false;
}

/**
 * Where the posting must be: the title's article or main region, else its own body. A block that
 * holds little more than the title and its apply button is the job's header: the page around it is.
 */
function scopeOf(title: Element, doc: Document): Element {
  const own = title.closest('article,main,[role="main"],body');
  if (own && own !== doc.body && (own.textContent ?? '').length < MIN_TEXT) {
    return own.parentElement?.closest('article,main,[role="main"],body') ?? doc.body ?? own;
  }
  return own ?? doc.body ?? title;
}

/** The smallest container of the title that also holds the requirement headings. */
function contentRoot(title: Element, headings: Element[]): Element {
  let node: Element | null = title.parentElement;
  while (node?.parentElement) {
    const n = node;
    if (headings.every((h) => n.contains(h))) return n;
    node = node.parentElement;
  }
  return node ?? title;
}

/** The place a location field states, unless the "field" is a column header. */
function placeField(scope: Element): string | null {
  // "Location: Flexible, but Washington DC preferred. Some travel …": prose under the label is a
  // note on the place, not the place; a later "Location:" field may state it.
  const place = labelledValue(scope, LOCATION_LABEL, (v) => !SENTENCES.test(v));
  return place && !HEADER_WORD.test(place) ? place : null;
}

/** A paragraph or a division. */
const isBlockLine = (el: Element) => el.tagName === 'P' || el.tagName === 'DIV';

/**
 * "<p class="subtitle">Role & Responsibilities</p>", "<div class="…_title">What we offer:</div>": a
 * section heading styled as a paragraph, by its class or its closing colon.
 */
function styledHeading(el: Element, text: string): boolean {
  if (!isBlockLine(el)) return true;
  if (text.length > 60) return false;
  // "<p>Required Experience</p><ul>…": a short paragraph that heads the list right after it.
  const next = el.nextElementSibling?.tagName;
  if (el.tagName === 'P' && text.length <= 40 && (next === 'UL' || next === 'OL')) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
  return text.endsWith(':') || /title|heading/i.test(names);
}

/** What a posting's text leaves out: menus, page chrome, forms, closed dialogs. */
const excluded = (root: Element) =>
  new Set(
    root.querySelectorAll(`nav, [role="navigation"], header, footer, form, aside, ${OVERLAY}`),
  );

/** "Qualifications: …" opening a line of plain text: a requirements section with no heading. */
const INLINE_REQUIREMENT = new RegExp(`^\\s{0,3}(?:${REQUIREMENT_HEADING.source})\\s?:`, 'im');

/**
 * A description in plain text, its sections opened by "Qualifications:" at a line start rather
 * than by headings: the smallest container of the title that holds such a line.
 */
function inlineSections(title: Element): Element | null {
  let node = title.parentElement;
  for (let i = 0; node && i < 6; i++, node = node.parentElement) {
    const text = elementText(node, { exclude: excluded(node) });
    if (text.length >= MIN_TEXT && INLINE_REQUIREMENT.test(text)) return node;
  }
  return null;
}

/** Free hosting whose hostname names the host, never the employer ("cube-ontario.github.io"). */
const SHARED_HOST =
  /\.(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|wixsite\.com|wordpress\.com|blogspot\.com|webflow\.io)$/i;

/** "Careers at code & co.", "Karriere bei Acme": the careers site's name around its employer's. */
const CAREERS_AT =
  /^(?:careers?|jobs?|work(?:ing)?|karriere|carri[èe]res?|empleo|vacatures) (?:at|bei|chez|en|bij|@)\s+(?=\S)/i;

/** The name of a site builder's template or theme ("… Framer Template", "Agency WordPress Theme"). */
const TEMPLATE = /\b(?:template|theme)$/i;

/**
 * "NENNA.AI", "Booking.com": a brand named after its domain, as the page writes it in its text.
 * Only the first 50 KB of the body are searched.
 */
function domainName(doc: Document, url: URL): string | null {
  const domain = url.hostname.split('.').slice(-2).join('.');
  if (!/^[a-z\d-]{2,40}\.[a-z]{2,6}$/i.test(domain)) return null;
  const text = (doc.body?.textContent ?? '').slice(0, 50_000);
  const at = text.toLowerCase().indexOf(domain.toLowerCase());
  const next = text.charAt(at + domain.length);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(next) ? text.slice(at, at + domain.length) : null;
}

/** The page's employer, unless all it has is the brand of a free host. */
function siteCompany(doc: Document, url: URL, title: string): string | null {
  // "… Quality Assurance jobs in Buenos Aires at Verizon Business": a careers site's title pattern.
  const head = documentTitle(doc);
  const at = / jobs? (?:in [^|]{1,60} )?at ([^|]{2,60})$/i.exec(head)?.[1];
  if (at) return at.trim();
  const company = pageCompany(doc, url, title)?.replace(CAREERS_AT, '') ?? null;
  // "Stellenangebot: Mitarbeiter*in Konfektionierung – BO-WERT GmbH": the part taken for the
  // employer words the job differently from its heading; the other part names the employer.
  if (company && (isJobTitle(company) || MORE_JOB_WORD.test(company))) {
    const other = employer(splitHeadTitle(head, company).company);
    if (other && !isJobTitle(other)) return other;
  }
  // "Platform Engineer - Monks Meet Online Video Platform Framer Template": a site builder's
  // template, its name left in the document title, is nobody's employer.
  if (company && TEMPLATE.test(company)) {
    return employer(logoCompany(doc)) ?? domainName(doc, url) ?? hostBrand(url);
  }
  const host = hostBrand(url);
  if (!company || company !== host) return company;
  return SHARED_HOST.test(url.hostname) ? null : (spelledBrand(doc, host) ?? company);
}

/**
 * "Getrobincare" → "Robin Care": a brand taken from the host, as the page spells it in words (the
 * host may add "get", "try", "hq" around it). Only the first 50 KB of the body are searched; its
 * text runs blocks together ("Role OverviewRobin Care"), so a capital after a small letter starts
 * a word.
 */
function spelledBrand(doc: Document, host: string): string | null {
  const text = (doc.body?.textContent ?? '').slice(0, 50_000);
  for (const name of hostNames(host.replace(/\s/g, '').toLowerCase())) {
    if (!/^[a-z]{4,30}$/.test(name)) continue;
    // One letter after another, a space or a hyphen allowed between them: "Robin Care", "Robin-Care".
    const letters = [...name].map((c) => `[${c}${c.toUpperCase()}]`).join('[ -]?');
    const spelled = new RegExp(`(?<!\\p{Lu})${letters}(?!\\p{Ll})`, 'gu');
    // A brand in words or in camel case: one plain word ("Work" for "getwork") may be any word.
    for (const m of text.matchAll(spelled)) {
      if (/^\p{Lu}/u.test(m[0]) && /[ -]|\p{Ll}\p{Lu}/u.test(m[0])) return m[0];
    }
  }
  return null;
}

export interface GenericFields {
  title: string;
  company: string | null;
  location: string | null;
  text: string;
}

export function genericPosting(doc: Document, url: URL): GenericFields | null {
  if (isArticle(doc, url)) return null;
  const title = jobTitle(doc);
  if (!title) return sheetPosting(doc, url);
  const scope = scopeOf(title.el, doc);
  const requirement: Element[] = [];
  const duty: Element[] = [];
  // Older templates head their sections in h5 or h6 ("The Role", "Qualifications").
  for (const h of scope.querySelectorAll('h2, h3, h4, h5, h6, dt, strong, b, em, i, u, p, div')) {
    // A paragraph or division holding elements is a block of content, not a styled heading.
    if (isBlockLine(h) && h.childElementCount > 0) continue;
    // Curly apostrophes are common in headings ("What we’re looking for").
    const t = inlineText(h)?.replace(/[‘’ʼ`´]/g, "'") ?? null;
    // A form's labels ("Required") are no sections of the posting.
    if (t === null || t.length >= 80 || h.closest(`${OVERLAY}, form`)) continue;
    if (!styledHeading(h, t)) continue;
    if (
      REQUIRED_LIST.test(t) ||
      REQUIREMENT_HEADING.test(t) ||
      KO_REQUIREMENT.test(t) ||
      ZH_REQUIREMENT.test(t)
    ) {
      requirement.push(h);
    } else if (DUTY_HEADING.test(t) || KO_DUTY.test(t) || ZH_DUTY.test(t)) duty.push(h);
  }
  if (isList(scope, title.text)) return null;
  const headed = requirement.length + duty.length > 0;
  const inline = headed ? null : inlineSections(title.el);
  if (inline) requirement.push(title.el);
  const root = inline ?? contentRoot(title.el, [...requirement, ...duty]);
  const all = elementText(root, { exclude: excluded(root) });
  // Under a site's own heading, the posting starts at its title (the menu and banner stay out).
  const heading = all.indexOf(inlineText(title.el) ?? title.text);
  const start = heading >= 0 ? heading : Math.max(0, all.indexOf(title.text));
  const text = title.later ? all.slice(start) : all;
  if (requirement.length === 0 && ZH_REQUIREMENT_LINE.test(text)) requirement.push(title.el);
  const apply = hasApply(scope) || EMAIL_APPLY.test(text) || APPLY_TEXT.test(text);
  // Requirements headings, or a short notice that states pay beside its hours or its duties.
  const notice =
    requirement.length === 0 && PAY.test(text) && (HOURS.test(text) || duty.length > 0);
  // A posting in prose: one hire named in a sentence, and twice the usual text.
  const hire = HIRES_ONE.exec(text.slice(0, 50_000))?.[1];
  const prose = !!hire && isJobTitle(hire) && textSize(text) >= 2 * MIN_TEXT;
  const chips = chipLine(title.el);
  const short = textSize(text) < (notice ? MIN_NOTICE : MIN_TEXT);
  if (!apply || (requirement.length === 0 && !notice && !prose) || short) {
    return chips ? applicationPage(doc, url, title, chips) : null;
  }
  return {
    title: title.text,
    company:
      employerUnderTitle(title.el, doc) ?? title.employer ?? siteCompany(doc, url, title.text),
    location:
      placeField(scope) ??
      title.place ??
      lineUnderTitle(title.el) ??
      (chips && chipPlace(chips)) ??
      ZH_PLACE.exec(text)?.[1] ??
      null,
    text,
  };
}

/** A Han character says what a word says elsewhere: it counts twice toward a notice's length. */
function textSize(text: string): number {
  return text.length + (text.match(/\p{Script=Han}/gu)?.length ?? 0);
}

/** A page with no title heading may still be an older ATS's field sheet of one job. */
function sheetPosting(doc: Document, url: URL): GenericFields | null {
  const sheet = fieldSheet(doc);
  if (!sheet || isList(doc.documentElement, sheet.title)) return null;
  return { ...sheet, company: sheet.company ?? siteCompany(doc, url, sheet.title) };
}

/** "Hybrid", "Remote", "On-site": a chip that is only a work model. */
const isModelChip = (part: string) => part.length <= 25 && !!labelFacts([part])?.workplace;

/**
 * "IT / Technology · Baden · Hybrid": the chip line a job header puts just above or below its
 * title, its parts joined by dots or bars, one of them the work model.
 */
function chipLine(title: Element): string | null {
  for (const el of [title.previousElementSibling, title.nextElementSibling]) {
    const line = el ? fieldText(el) : null;
    if (!line || line.length > 120) continue;
    const parts = line.split(/\s[·|•]\s/).map((p) => p.trim());
    if (parts.length > 1 && parts.some(isModelChip)) return line;
  }
  return null;
}

/**
 * The place in a chip line: the part before its work model, after a first part, the team ("IT /
 * Technology · Baden · Hybrid"). Two parts alone may be a team and the model ("Engineering ·
 * Remote"): no place is read there.
 */
function chipPlace(line: string): string | null {
  const parts = line.split(/\s[·|•]\s/).map((p) => p.trim());
  const at = parts.findLastIndex(isModelChip);
  const place = at > 1 ? (parts[at - 1] as string) : null;
  // "Arqh HQ, Remote work in Europe · Hybrid": a place part that speaks of the work model is left
  // to the engine, which reads it beside the model chip.
  return place && !labelFacts([place])?.workplace ? place : null;
}

/**
 * An application page of one job: its header (title and chip line) above a form that takes a CV.
 * It names the job, its place and work model, though the description stays on the job's page.
 */
function applicationPage(
  doc: Document,
  url: URL,
  title: { el: Element; text: string },
  chips: string,
): GenericFields | null {
  if (!doc.querySelector('form input[type="file"]')) return null;
  const header = title.el.parentElement ?? title.el;
  const text = elementText(header, { exclude: new Set(header.querySelectorAll('form, nav')) });
  return {
    title: title.text,
    company: siteCompany(doc, url, title.text),
    location: chipPlace(chips),
    text,
  };
}

/** A place on the line under the title ("Berlin, Germany · Full-time"), never a department. */
function lineUnderTitle(title: Element): string | null {
  // The title alone in its block ("<div class=title><h1>…</h1></div>"): the lines after the block.
  let el = title.nextElementSibling ?? title.parentElement?.nextElementSibling ?? null;
  for (let i = 0; el && i < 2; i++, el = el.nextElementSibling) {
    const line = fieldText(el);
    if (!line || line.length > 120) continue;
    const place = line.split(/\s[·|•]\s/).find((p) => PLACE_LINE.test(p.trim()));
    if (place) return place.trim();
  }
  return null;
}

/**
 * "Head of Policy Research" / "House of Lords": a board prints the employer on the line under the
 * title and shows its logo beside it. When a logo's alt text names that line, the line is the
 * employer, whatever the document title says (there the board's own name stands).
 */
function employerUnderTitle(title: Element, doc: Document): string | null {
  const block = title.nextElementSibling ? title : title.parentElement;
  let el = block?.nextElementSibling ?? null;
  for (let i = 0; el && i < 2; i++, el = el.nextElementSibling) {
    const line = inlineText(el);
    if (!line || line.length > 80 || /\d/.test(line)) continue;
    const name = line.toLowerCase();
    for (const img of [...doc.querySelectorAll('img[alt]')].slice(0, 40)) {
      const alt = (img.getAttribute('alt') ?? '')
        .toLowerCase()
        .replace(/\s*(?:logo|logotype)$/, '');
      if (alt === name) return line;
    }
  }
  return null;
}
