import { alternation, LEXICONS, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { Lexicon, PostingWords } from '../lexicon/types';
import { LEGAL_FORMS } from '../lexicon/words';
import { escapeRegex } from '../pipeline/chars';
import { gated, warmLater } from '../pipeline/gate';
import { forgetAfterExtract } from '../pipeline/memo';

/**
 * The posting reader's patterns, built from every language's `posting` words (`lexicon/<lang>.ts`),
 * and the line helpers the title, company and place readers share.
 */

export const alt = (key: keyof PostingWords) => alternation((l: Lexicon) => l.posting[key]);
/** A word without its accents: scrapers that shout a record's labels drop them ("UBICACION"). */
const bare = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/**
 * A record's key as a program writes a label of two words or more: joined ("jobTitle",
 * "CompanyName") or snake-case ("job_title", "business_name").
 */
const keyForms = (w: string) =>
  w.includes(' ') ? [w.replaceAll(' ', ''), w.replaceAll(' ', '_')] : [];
/** A header label list as written, without accents ("Ubicación", "Ubicacion") and as keys. */
const labelAlt = (key: 'titleLabels' | 'companyLabels' | 'locationLabels') =>
  alternation((l: Lexicon) => l.posting[key].flatMap((w) => [w, bare(w), ...keyForms(w)]));
export const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/**
 * Every language's words in lexicon order (English first), as one source matching as their flat
 * list does; `capitalise` writes each with a capital first letter (a sentence's opening word).
 */
export function postingAlt(key: keyof PostingWords, capitalise = false): string {
  return rankedAlternation(
    LEXICONS.flatMap((l) => (capitalise ? l.posting[key].map(capital) : l.posting[key])),
  );
}
/** The words as written and with a capital first letter, for case-sensitive patterns. */
export const capAlt = (key: keyof PostingWords) =>
  alternation((l: Lexicon) => l.posting[key].flatMap((w) => [w, capital(w)]));

/**
 * Job words, matched at a word's end: "Softwareentwickler" and "Pflegefachkraft" count. Words of
 * four letters or fewer ("vp", "kok", "aide") must also start a word: "Bangkok" and "Adelaide"
 * are no titles.
 */
function jobWordSource(plural = false): string {
  const short = new Set<string>();
  const long = new Set<string>();
  for (const l of LEXICONS)
    for (const w of l.posting.jobWords) (w.length <= 4 ? short : long).add(w);
  // Factored ("ing(?:eniero|énieur)"): V8 tries one branch per letter, not every word at every
  // position; it matches exactly as the flat list in this order does.
  const list = (s: Set<string>) => rankedAlternation([...s].sort((a, b) => b.length - a.length));
  // "Accounts Managers", "Class 3 Drivers", "Directores": a long job noun's plural ending is the
  // same post offered several times (in a title only: "Talent Owners" names a firm).
  const ending = plural ? '(?:e?s)?' : '';
  return `(?:(?<![\\p{L}])(?:${list(short)})|(?:${list(long)})${ending})(?![\\p{L}])`;
}

/** A list's join, as a pattern's source: a comma, or "or"/"and" in any language ("Leeds or York"). */
export const LIST_JOIN_SOURCE = `,\\s|\\s(?:${alternation((l: Lexicon) => l.field.listJoins)})\\s`;

/**
 * A firm's name as a contact or address line gives it: capitalised ("moveIT", "eBay" as brands
 * write them), a few words, no mail.
 */
export const FIRM_NAME = /^(?:\p{Lu}|\p{Ll}{1,4}\p{Lu})[\p{L}\d&.'’ -]{1,60}$/u;

export const JOB_WORD = gated(caseless(jobWordSource(), 'iu'));

/** A job noun or a long one's plural ("Accounts Managers"): a title's sign, not a name's. */
export const JOB_WORD_OR_PLURAL = gated(caseless(jobWordSource(true), 'iu'));

/** "is hiring", "is looking for", "sucht", "recrute": a hiring verb, so a sentence about the job. */
export const HIRING_VERB = caseless(`(?<![\\p{L}])(?:${alt('hiringCues')})(?![\\p{L}])`, 'iu');

/** A title's gender mark, from every language's `genderMarks` ("(m/w/d)", "H/F"). */
export const GENDER_MARKER = caseless(
  `(?<![\\p{L}])\\(?(?:${alt('genderMarks')})\\)?(?![\\p{L}])`,
  'iu',
);

/** "Erfahrene Fachkraft gesucht!", "Kok gezocht!": a want-ad word then an exclamation ends the line. */
export const WANTED_SHOUT = caseless(
  `\\s(?:${alt('wantedHeads')}|${alt('wantedTails')})\\s?!$`,
  'iu',
);

/** "GmbH", "S.L.", "S.p.A.", "Pty Ltd": a name ending so is a company's (`lexicon/words.ts`). */
export const LEGAL_FORM = new RegExp(`\\s(?:${rankedAlternation(LEGAL_FORMS)})\\)?$`);

/**
 * A gender-inclusive job noun: "Mitarbeiter/-in", "Fachexpert:in", "Pflegefachfrau:mann",
 * "Logistiker/in", "Assistant·e", "Desarrollador/a", "Desenvolvedor(a)". Three letters or more
 * before the mark, so "n/a" and "y/a" are none.
 */
export const GENDER_FORM = caseless(
  `\\p{L}{3}(?:[/:*_·(])(?:${alt('genderEndings')})\\)?(?![\\p{L}])`,
  'iu',
);

/** "Location(s)", "Standort(e)", "Lieu(x)": a label with its plural ending in brackets. */
const PLURAL = '(?:\\(\\p{L}{1,2}\\))?';

/** "Label: value" among a header's lines, the label from every language. */
function labelRegex(key: 'titleLabels' | 'companyLabels' | 'locationLabels', len: string) {
  return caseless(`^(?:${labelAlt(key)})${PLURAL}\\s?:\\s?(.${len})$`, 'iu');
}
export const TITLE_LABEL = labelRegex('titleLabels', '{3,100}');
/**
 * "Job Vacancy-2 (Two) Voluntary Position : FIELD OFFICER": an announcement's words, then a title
 * label and its colon, on the first line; the title is the value.
 */
export const LED_TITLE_LABEL = caseless(
  `^(?:.{2,60}?\\s)?(?:${labelAlt('titleLabels')})\\s?:\\s(.{3,100})$`,
  'iu',
);
export const COMPANY_LABEL = labelRegex('companyLabels', '{2,80}');
/**
 * A place's label before a colon, or before a dash and a space ("Job location- Pune / Remote",
 * "Lieu de travail – Nantes"): "Location-based services" has no space after its dash.
 */
export const LOCATION_LABEL = caseless(
  `^(?:${labelAlt('locationLabels')})${PLURAL}(?:\\s?:\\s?|\\s?[-–]\\s)(.{2,200})$`,
  'iu',
);
/**
 * A place's label and its colon inside a paragraph that lost its line breaks ("… the closing date.
 * CENTRE : Commission House, Pretoria REQUIREMENTS : …"): after a space or a stop, its value on
 * the same line ("the following work locations:" over a list of pay by state is no label).
 */
export const LOCATION_LABEL_IN_PROSE = caseless(
  `(?<=[\\s.;])(?:${labelAlt('locationLabels')})${PLURAL} ?: `,
  'giu',
);
/**
 * "Standort Vohburg a. d. Donau:", "Location Manchester": a place's label and a town with no colon
 * between them, alone on a line (the heading of the job's place).
 */
export const LABEL_THEN_TOWN = caseless(
  `^(?:${labelAlt('locationLabels')})\\s(\\S[^:]{1,50}?)\\s?:?$`,
  'iu',
);
/** "Von: Hays AG", "Posted by: Acme Ltd": a board's field naming who placed the ad. */
export const ADVERTISER_LABEL = caseless(
  `^(?:${alt('advertiserLabels')})\\s?:\\s?(.{2,80})$`,
  'iu',
);
/**
 * "from The Warehouse Group" under a title: the lead word as written (lower case, no colon), then
 * a name with a capital; a sentence ("From day one, …") opens with a capital and is no such line.
 */
const ADVERTISER_LEAD = new RegExp(`^(?:${alt('advertiserLeads')})\\s(\\S.{1,79})$`);
/** The advertiser a header line names after its lead word ("from HALO" → "HALO"), or null. */
export function advertiserAfterLead(line: string): string | null {
  const name = line.length <= 100 ? ADVERTISER_LEAD.exec(line)?.[1] : undefined;
  return name !== undefined && /^[\p{Lu}\d]/u.test(name) && !/[.!?:;]$/.test(name) ? name : null;
}
/** "Careers", "Current Opening", "Karriere" alone over the posting: the page's heading, no title. */
export const CAREERS_HEADING = caseless(`^(?:${alt('careersPages')})$`, 'iu');
/** A town's ending closing a name: "Huddersfield", "Oeynhausen" (a stem of three letters first). */
export const PLACE_ENDING = new RegExp(`\\p{L}{3}(?:${alt('placeEndings')})$`, 'iu');
/** A preposition that makes the name after it a place: "in", "bei", "à", right before it. */
export const PLACE_AT_END = new RegExp(`(?:^|\\s)(?:${postingAlt('placeAt')})\\s$`, 'i');
/** A title label standing alone over the title ("Vacature", "Vacancy:"): the title is the next line. */
export const TITLE_HEADING = caseless(`^(?:${labelAlt('titleLabels')})\\s?:?$`, 'iu');
/** "Pay", "Job type", "Salario" alone on a line: a field's label, never a title. */
export const FIELD_LABEL_LINE = caseless(
  `^(?:${alternation((l: Lexicon) => l.sections.fieldLabels)})\\s?:?$`,
  'iu',
);
/** "Description", "Descrição" alone on the first line: the page's heading over the ad. */
export const DESCRIPTION_HEADING = caseless(`^(?:${alt('descriptionHeadings')})\\s?:?$`, 'iu');
/** "Cuisine", "Événements", "Vertrieb" alone on a line: a careers page's category, no employer. */
/** "Cuisine", "Administración y Recursos humanos": one department, or two joined, alone on a line. */
export const DEPARTMENT_LINE = caseless(
  `^(?:${alt('departmentWords')})(?:(?:\\s?[,&/]\\s?|\\s(?:${alt('nameLinks')})\\s)(?:${alt('departmentWords')}))?$`,
  'iu',
);
/**
 * "Xinerlink - Unidad Logística", "Acme – Division Retail": a dash and a business unit's noun after
 * the employer's name; the unit is no part of the name.
 */
export const UNIT_AFTER_DASH = caseless(`\\s[-–—]\\s(?:${alt('employerUnits')})(?![\\p{L}])`, 'iu');
/** "Horaire", "Permanent" alone under the title: a record's value, whose words open no name. */
export const VALUE_LINE = new RegExp(`^(?:${postingAlt('notNameStart')})$`, 'i');
/** "Stellenangebot - Dachdecker/in": a page's label for the ad before the title, a dash between. */
export const TITLE_LABEL_DASH = caseless(`^(?:${labelAlt('titleLabels')})\\s[-–]\\s(?=\\S)`, 'iu');
/** A company label standing alone ("Employer", "Arbeitgeber"): a field's name, not the employer's. */
export const COMPANY_HEADING = caseless(`^(?:${labelAlt('companyLabels')})\\s?:?$`, 'iu');
/** A location label standing alone as a heading ("### Sede di lavoro", "Location:"), the place below. */
export const LOCATION_HEADING = caseless(
  `^(?:${labelAlt('locationLabels')})${PLURAL}\\s?:?$`,
  'iu',
);

/** "As a Senior Account Manager you'll …", "Wir suchen einen Backend Entwickler …". */
/**
 * A sentence's opening intro ("As a", "We are looking for"), or one of several words inside a
 * sentence ("Amrize … is seeking a"). An intro whose first word opens a sentence alone ("as",
 * then "as an") is read at a sentence's start only: "such as an Oracle Developer".
 */
const TITLE_INTROS = alternation((l: Lexicon) => {
  const alone = new Set(l.posting.titleIntros.filter((w) => !w.includes(' ')));
  return l.posting.titleIntros.flatMap((w) =>
    w.includes(' ') && !alone.has(w.split(' ')[0] as string) ? [w, capital(w)] : [capital(w)],
  );
});
export const TITLE_IN_PROSE = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${TITLE_INTROS})\\s(?:(?:${alt('articles')})\\s)?(?:(?:${alt('titleModifiers')})\\s){0,5}` +
      `((?:[\\p{Lu}][\\p{L}&/-]*\\s(?:(?:${alt('titleLinks')})\\s)?){0,5}[\\p{Lu}][\\p{L}&/-]*)`,
    'gu',
  ),
);

/**
 * "The Field Sales Rep will buy …", "La Chargée de clientèle aura pour mission …": a capitalised
 * role after a definite article, as its sentence's subject, its duty after it (`roleSubject*`).
 */
export const ROLE_SUBJECT = gated(
  new RegExp(
    `(?<![\\p{L}'’])(?:${capAlt('roleSubjectArticles')})(?:\\s|(?<=['’]))` +
      `((?:[\\p{Lu}][\\p{L}&/-]*\\s){0,5}[\\p{Lu}][\\p{L}&/-]*),?\\s(?:${postingAlt('roleSubjectVerbs')})(?![\\p{L}])`,
    'gu',
  ),
);
/** The hiring process's people as a subject ("The Hiring Manager will …"): no post. */
export const ROLE_SUBJECT_OTHER = caseless(`^(?:${alt('roleSubjectOthers')})$`, 'iu');

/**
 * A header line that names the employer and ends on its hiring verb, the title following:
 * "NRC Digitaal zoekt een", "Nous recherchons", "Nous cherchons un·e", "Acme is hiring a".
 */
export const HIRING_LINE = caseless(
  `^(.{0,80}?)\\s?(?<![\\p{L}])(?:${alt('hiringCues')})(?:\\s(?:${alt('articles')})){0,2}$`,
  'iu',
);

/**
 * A headline naming the employer, its hiring verb and the title on one line: "Acme is hiring a
 * Data Engineer in Berlin", "Müller GmbH sucht Elektroniker (m/w/d)", "NAK zoekt een Developer".
 */
export const HIRING_HEADLINE = caseless(
  `^(.{2,80}?)\\s(?:${alt('hiringCues')})(?:\\s(?:${alt('articles')})){0,2}\\s(.{3,120}?)[.!]?$`,
  'iu',
);

/** "[Singapore] - ", "[Remote] ": a bracketed tag and its dash before a board's headline. */
export const LEAD_TAG = /^\[([^\]\n]{2,40})\]\s?(?:[-–—:|]\s)?/u;

/**
 * "Data Engineer in Berlin", "Comptable à Lyon, France", "Acme Tecnologia em Campinas": a title
 * or a name, then its town.
 */
export const THEN_TOWN = new RegExp(
  `^(.{2,100}?)\\s(?:${alt('headlineIn')})\\s([\\p{Lu}][\\p{L} .'-]{1,30}(?:,\\s[\\p{Lu}][\\p{L} .'-]{1,30})?)$`,
  'u',
);

/** Leading articles a title may carry after a hiring line: "un·e Office Manager". */
export const LEADING_ARTICLE = caseless(`^(?:(?:${alt('articles')})\\s){1,2}`, 'iu');

/**
 * "Frontend Developer bij de Stichting X", "Data Engineer at Acme (Berlin)", "Elektroniker bei
 * Müller GmbH in Köln": the employer (group 1), then the town in brackets (2) or after a
 * preposition or a comma (3).
 */
export const AT_COMPANY = new RegExp(
  `\\s(?:${alt('atCompany')})\\s([\\p{Lu}\\d][\\p{L}\\d&.'-]*(?:\\s(?:(?:${alt('nameLinks')})\\s)?` +
    `[\\p{Lu}\\d][\\p{L}\\d&.'-]*){0,4})(?:\\s\\(([\\p{Lu}][\\p{L} .'-]{1,40})\\)|` +
    `(?:,\\s|\\s(?:${alt('headlineIn')})\\s)([\\p{Lu}][\\p{L} .'-]{1,30}(?:,\\s[\\p{Lu}][\\p{L} .'-]{1,30})?))?$`,
  'u',
);

/** "IT Support Technician Job in Madison": a board's suffix naming the city. */
export const TITLE_CITY_SUFFIX = new RegExp(
  `\\s(?:${capAlt('titleCitySuffixes')})\\s[\\p{Lu}][\\p{L}.' -]{1,40}$`,
  'u',
);

/** A page's noun closing a title: "Teaching Assistant Job Description", "Koch Stellenbeschreibung". */
export const TITLE_PAGE_NOUN = caseless(`(?<=\\p{L})\\s(?:${alt('titlePageNouns')})$`, 'iu');

/** A board's "Job" closing a title: "Java Developer Job" (`titleJobNouns`). */
export const TITLE_JOB_NOUN = new RegExp(`(?<=\\p{L})\\s(?:${capAlt('titleJobNouns')})$`, 'u');

/** A decoration a board appends to a title: "must be fluent in …", "Based in Lyon". */
export const TITLE_DECORATION = caseless(`^(?:${alt('titleDecorations')})(?![\\p{L}])`, 'iu');

/** "Confidential", "Entreprise confidentielle", "Vertraulich": a name standing for none. */
export const CONFIDENTIAL = caseless(
  `^(?:(?:${postingAlt('companyNouns')})\\s)?(?:${alt('confidential')})(?:\\s(?:${postingAlt('confidentialNouns')}))?$`,
  'iu',
);

/** "on behalf of our client", "notre client", "unser Kunde": a name after them is the client. */
export const AGENCY_CUE = gated(
  caseless(`(?<![\\p{L}])(?:${alt('agencyCues')})(?![\\p{L}])`, 'iu'),
);

/** "About Acme:", "Über Stadtwerke GmbH", "À propos de Lumio". */
/** Each heading word as written, with a capital, and in title case ("Life At", as a capitals line reads). */
const ABOUT_WORDS = alternation((l: Lexicon) =>
  l.posting.aboutWords.flatMap((w) => [
    w,
    capital(w),
    w.replace(/(^|\s)(\p{L})/gu, (x) => x.toUpperCase()),
  ]),
);
const LETTER = /[\p{L}\d]/u;

/**
 * Whether the text also writes the name in lower case as a word ("sales", "store"): then it is a
 * common word, not a name. A domain or an address ("aflac.com", "jobs@elao.com") does not count.
 */
export function writtenLower(text: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + lower.length);
    if (LETTER.test(before) || /[@./-]/.test(before) || LETTER.test(after) || after === '@')
      continue;
    if (after === '.' && LETTER.test(text.charAt(at + lower.length + 1))) continue;
    return true;
  }
  return false;
}

/** Whole values that name no company after "About": "us", "the role", "the team". */
export const NOT_COMPANY = new RegExp(`^(?:${postingAlt('notCompany')})$`, 'i');
/** Articles an "About" heading may set before the name ("About the Widget Guild", "Sobre la …"). */
const ABOUT_ARTICLES = (elided: boolean) =>
  alternation((l: Lexicon) =>
    l.posting.aboutArticles
      .filter((w) => /['’]$/.test(w) === elided)
      .flatMap((w) => [w, capital(w)]),
  );
/** A capitalised word of a name: "Acme", "3M", "O'Neill". */
const NAME_WORD = `[\\p{Lu}\\d][\\p{L}\\d&.'-]*`;
/** A web address standing as a name: "datos.gob.mx". */
const DOMAIN_NAME = `[a-z\\d][a-z\\d-]{0,40}(?:\\.[a-z\\d-]{1,40}){0,3}\\.[a-z]{2,6}`;
/**
 * "About Acme", "Life at Acme", "Werken bij Acme", "Why join Acme?", "About the Widget Guild
 * (TWG)": a heading naming the employer (1: the name, 2: an article before it, 3: its acronym).
 */
export const ABOUT_COMPANY = new RegExp(
  `^(?:${ABOUT_WORDS})\\s(?:((?:${ABOUT_ARTICLES(false)})\\s|(?:${ABOUT_ARTICLES(true)})))?` +
    `((?:${NAME_WORD})(?:\\s(?:(?:${postingAlt('nameLinks')})\\s)?(?:${NAME_WORD})){0,4}|${DOMAIN_NAME})` +
    `(?:\\s?\\(([\\p{Lu}\\d&]{2,10})\\))?\\s?[:!?]?$`,
  'u',
);

/** "ein Office an der Aare in Bern": an office noun, a few words, then "in" and a town. */
export const OFFICE_IN = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${capAlt('officeNouns')})\\s(?:[\\p{L}\\d'.-]{1,20}\\s){0,4}?(?:${alt('placeAt')})\\s([\\p{Lu}][\\p{L}.'-]+(?:[ -][\\p{Lu}][\\p{L}.'-]+)?)`,
    'gu',
  ),
);

/** "one of our offices (San Francisco, Sacramento, or Fresno)": the offices listed in brackets. */
export const OFFICES_LISTED = gated(
  new RegExp(`(?<![\\p{L}])(?:${capAlt('officeNouns')})\\s\\(([\\p{Lu}][^()\\n]{2,120})\\)`, 'gu'),
);

/** A heading in capitals: "ABOUT SENTRY", "À PROPOS DE LUMIO". */
const CAPITALS_LINE = /^[^\p{Ll}]{4,60}$/u;
/** A pictograph, its variation selector or joiner, or a space: "Sobre Acme 🚀". */
const DECORATION = /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D)$/u;

/** The line without the pictographs and spaces closing it (a loop: no pattern backtracks). */
function withoutTrailingPictographs(line: string): string {
  let end = line.length;
  while (end > 0) {
    const code = line.codePointAt(end - 1) as number;
    const low = code >= 0xdc00 && code <= 0xdfff && end > 1;
    const char = low ? line.slice(end - 2, end) : line.charAt(end - 1);
    if (!DECORATION.test(char)) break;
    end -= char.length;
  }
  return line.slice(0, end);
}

/**
 * The name an "About Acme" heading gives; a heading in capitals ("ABOUT SENTRY") is read in
 * title case, and its name is given as the text writes it elsewhere ("Sentry", "ElevenLabs").
 */
export function aboutCompany(line: string, text: string): string | null {
  if (!CAPITALS_LINE.test(line) || !/\p{Lu}/u.test(line)) return aboutName(line, text);
  const titled = line
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
  const name = aboutName(titled, text)?.trim();
  if (!name) return null;
  const esc = escapeRegex(name);
  const written = new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'giu');
  for (const m of text.slice(0, 20_000).matchAll(written)) {
    if (m[0] !== m[0].toUpperCase()) return m[0];
  }
  return name;
}

/**
 * The name after "About", without the article and the acronym in brackets. After an article
 * ("About the Hiring Process", "Sobre a Empresa") a section's noun is more often meant, so there
 * the name must have two words or an acronym, none a generic noun of `notCompany`, and the text
 * must write it again, never in lower case ("our hiring process").
 */
function aboutName(line: string, text: string): string | null {
  const m = ABOUT_COMPANY.exec(line);
  const name = m?.[2]?.trim();
  if (!m || !name || m[1] === undefined) return name ?? null;
  if (NOT_COMPANY.test(`${m[1].trim()} ${name}`) || NOT_COMPANY.test(name)) return null;
  const words = name.split(' ');
  if (m[3] === undefined && words.length < 2) return null;
  if (words.some((w) => NOT_COMPANY.test(w))) return null;
  // Once more than the heading writes it (a heading in capitals, read in title case, does not).
  const first = text.indexOf(name);
  const again = text.includes(line) ? text.includes(name, first + name.length) : first >= 0;
  return first >= 0 && again && !writtenLower(text, name) ? name : null;
}

/** "based in Pittsworth, QLD", "basé à Lyon": the place a phrase gives for the job (maybe in bold). */
export const BASED_IN = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${capAlt('basedIn')})\\s\\*{0,2}((?:[\\p{Lu}][\\p{L}.'-]+[ -]?){1,3}(?:,\\s?[\\p{Lu}][\\p{L}.'-]*(?:\\s[\\p{Lu}][\\p{L}.'-]*){0,2})?)`,
    'gu',
  ),
);

/** A building's name: "Commission House", "Tour Montparnasse", "Edificio Sol". */
export const BUILDING = gated(
  caseless(
    `(?<![\\p{L}])(?:${alternation((l: Lexicon) => l.posting.buildings)})(?![\\p{L}])`,
    'iu',
  ),
);

/**
 * "Universität der Bundeswehr München", "Hochschule Magdeburg-Stendal": an institution's name; its
 * small joining words too ("Institut National de la Statistique").
 */
export const INSTITUTION = gated(
  new RegExp(
    `(?<![\\p{L}])((?:${capAlt('institutions')})\\s(?:[\\p{Lu}][\\p{L}'-]{1,30})` +
      `(?:\\s(?:(?:${alternation((l: Lexicon) => l.posting.nameLinks)})\\s){0,2}[\\p{Lu}][\\p{L}'-]{1,30}){0,3})`,
    'u',
  ),
);

/** Every language's stopwords, to tell a pronoun subject ("Nous", "We") from a name. */
export const STOPWORDS = new Set(LEXICONS.flatMap((l) => l.stopwords.map((w) => w.toLowerCase())));

const NON_SPACE = /\S/g;

/** The first non-empty lines, trimmed (blank runs are skipped in one regex step). */
/** "View all jobs" under a board's advertiser name: no line of the posting's header. */
const BOARD_LINK = caseless(`^(?:${postingAlt('boardLinks')})$`, 'iu');

/** "• Facebook", "• LinkedIn®", "• Email": a bulleted item of a page's share menu. */
const SHARE_ITEM = /^[•·]\s?(?:e-?mail|facebook|linkedin|twitter|x|xing|whatsapp|print)®?$/i;

/**
 * The last text's first lines read so far, and where the next one starts (null: none is left).
 * The header readers ask for a posting's first lines a dozen times; on a text with no line break
 * each call looked for the line's end over the whole text.
 */
let read: { text: string | null; lines: string[]; next: number | null } = {
  text: null,
  lines: [],
  next: 0,
};
forgetAfterExtract(() => {
  read = { text: null, lines: [], next: 0 };
});

export function firstLines(text: string, count: number): string[] {
  if (read.text !== text) read = { text, lines: [], next: 0 };
  const { lines } = read;
  while (lines.length < count && read.next !== null) {
    NON_SPACE.lastIndex = read.next;
    const m = NON_SPACE.exec(text);
    if (!m) {
      read.next = null;
      break;
    }
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    const line = text.slice(m.index, Math.min(end, m.index + 300)).trim();
    read.next = end;
    // "```{admonition} Informationen", "```": a markdown fence opens or closes a block; it names
    // nothing, nor does a directive's option inside it (":class: tip").
    if (fenceLine(line)) continue;
    // "#### `💰 65k-95k USD` `🌎 Mexico City, Mexico`": a board's chips, one header line each.
    const chips = line.includes('` `') ? CHIPS_LINE.exec(line) : null;
    if (chips) for (const chip of (chips[1] as string).split(CHIP_GAP)) lines.push(`\`${chip}\``);
    else if (line.length > 40 || !(BOARD_LINK.test(line) || SHARE_ITEM.test(line)))
      lines.push(line);
  }
  return lines.slice(0, count);
}

/** A MyST directive's option line inside a fence: ":class: tip", ":name: info". */
const FENCE_OPTION = /^:[a-z-]{1,20}:(?:\s|$)/;
const fenceLine = (line: string) => line.startsWith('```') || FENCE_OPTION.test(line);

/** A line of two to five code spans, a heading's "#" before them: their inside, gaps and all. */
const CHIPS_LINE = /^(?:#{1,6}\s)?`([^`\n]{1,150}(?:`\s{1,3}`[^`\n]{1,150}){1,4})`$/;
/** The gap between two code spans of such a line. */
const CHIP_GAP = /`\s{1,3}`/;

/** The characters a line's markdown opens with: a heading's "#", a bullet, a dash, a code span. */
const MARKDOWN_START = new Set(['#', '*', '•', '·', '-', '`', '_']);

/** A whole line that is one markdown link, "[text](address)": its text. */
const MARKDOWN_LINK_LINE = /^\[([^\]\n]{2,150})\]\([^\s()]{1,300}\)$/;
/** A whole line that is a list of quoted strings, "['Graz', 'Wien']" (a scraper's list field). */
const QUOTED_LIST_LINE = /^\[(['"])[^'"\n]{1,60}\1(?:,\s?(['"])[^'"\n]{1,60}\2){0,9}\]$/;
/** A whole line in one emphasis, "_Monaco (06)_", "*Lyon*" (a README's header lines): its text. */
const EMPHASIS_LINE = /^([*_])([^*_\n]{2,150})\1$/;
const EMPHASIS_OPENERS = new Set(['*', '_']);
/** A whole line that is one code span, "`text`": its text. */
const CODE_SPAN_LINE = /^`([^`\n]{1,150})`$/;
/** A pictograph a heading opens with, as a marker ("🌎 Remote, Montréal"). */
/**
 * An emoji before a line's words: "🚀 Hiring", a flag "🇮🇹 Cercasi …" (two regional letters), a joined
 * one "🧑‍🍳 Cook wanted" (pictographs tied by a zero-width joiner); at most three of them.
 */
const LEADING_PICTOGRAPH =
  /^(?:(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?){0,3}){1,3}\s{1,2}/u;

/**
 * A line without its markdown: "## Helixa.ai" → "Helixa.ai", "**Acme Ltd**" → "Acme Ltd"; and
 * without the pictographs closing it ("## Sobre Acme 🚀" → "Sobre Acme").
 */
export function cleanLine(line: string): string {
  const clean = withoutMarkdown(line);
  // Most lines end on a letter, a digit or a mark: only a high code point can be a pictograph.
  const last = String.prototype.charCodeAt.call(clean, clean.length - 1);
  return last > 0x2000 ? withoutTrailingPictographs(clean) : clean;
}

function withoutMarkdown(line: string): string {
  // "Sede o residencia |": a table cell as a rendered page or a gazette writes it.
  if (line.endsWith(' |')) return withoutMarkdown(line.slice(0, -2));
  // "['Graz', 'Wien']": a record's list field as a scraper wrote it, its items one by one.
  if (line.startsWith('[') && QUOTED_LIST_LINE.test(line)) {
    return line
      .slice(2, -2)
      .split(/['"],\s?['"]/)
      .join(' / ');
  }
  // Most lines carry no markdown: no bold or underline run, no heading, bullet or dash opening.
  const bare = line.trim();
  if (
    !line.includes('**') &&
    !line.includes('__') &&
    !MARKDOWN_START.has(line.charAt(0)) &&
    // " _Lyon_": an emphasis opening the line's words after its spaces.
    !EMPHASIS_OPENERS.has(bare.charAt(0))
  ) {
    // "[MATTR](https://mattr.global/)": a field's value that is one markdown link (an issue's or a
    // README's header block) reads as the link's words.
    if (bare.charAt(0) === '[') return bare.replace(MARKDOWN_LINK_LINE, '$1');
    // "🇮🇹 Insegnante di Italiano": a decoration before the words, no part of them.
    return String.prototype.charCodeAt.call(bare, 0) > 0x2000
      ? bare.replace(LEADING_PICTOGRAPH, '')
      : bare;
  }
  return (
    line
      .replace(/\*{2,}|_{2,}/g, '')
      .replace(/^#{1,6}\s/, '')
      .replace(/^[*•·-]\s/, '')
      .trim()
      // A heading that is all one link or one code span: "# [Data Engineer](https://…/apply)",
      // "#### `Remote, Montréal`" (job boards' markdown exports).
      .replace(MARKDOWN_LINK_LINE, '$1')
      .replace(CODE_SPAN_LINE, '$1')
      .replace(EMPHASIS_LINE, '$2')
      .replace(LEADING_PICTOGRAPH, '')
      .trim()
  );
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  HIRING_VERB,
  TITLE_PAGE_NOUN,
  QUOTED_LIST_LINE,
  JOB_WORD,
  JOB_WORD_OR_PLURAL,
  GENDER_MARKER,
  LOCATION_HEADING,
  TITLE_IN_PROSE,
  HIRING_LINE,
  LEADING_ARTICLE,
  AT_COMPANY,
  TITLE_CITY_SUFFIX,
  TITLE_DECORATION,
  CONFIDENTIAL,
  AGENCY_CUE,
  ABOUT_COMPANY,
  BASED_IN,
  OFFICES_LISTED,
  BUILDING,
  INSTITUTION,
  NON_SPACE,
);
