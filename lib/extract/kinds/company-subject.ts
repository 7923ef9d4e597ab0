import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import { statesPreference } from '../pipeline/preference';
import { opensNotEmployer, writtenLower } from './employer';
import { isCity, isCountry } from './places';
import { cleanLine, firstLines, JOB_WORD, NOT_COMPANY, postingAlt } from './posting-words';

export { NOT_COMPANY };

const SUBJECT_VERB = `(?:${postingAlt('subjectVerbs')})`;
const COMPANY_SUBJECT = new RegExp(
  // "Since 1944 Acme Group has …", "Founded in 1998, Acme is …": a year's lead-in first.
  `^(?:(?:${postingAlt('subjectAt')})\\s|(?:${postingAlt('subjectSince')})\\s\\d{4},?\\s)?` +
    `((?:[\\p{Lu}][\\p{L}\\d&'.-]*\\s(?:(?:${postingAlt('nameLinks')})\\s)?){0,4}[\\p{Lu}][\\p{L}\\d&'.-]*),?\\s` +
    // "Harbour Gazette (Cebu edition), is a weekly …": an aside in brackets before the verb.
    `(?:\\([^()\\n]{1,40}\\),?\\s)?` +
    // "EFR, part of the Valley Group, has been …": an aside between commas.
    `(?:(?:${postingAlt('subjectAsides')})\\s[^,\\n]{1,60},\\s)?` +
    `(?:(?:${postingAlt('subjectFillers')})\\s)?${SUBJECT_VERB}\\s`,
  'u',
);
const SUBJECT_ARTICLE = /^(?:A|O)\s(?=\p{Lu})/u;
const NOT_SUBJECT = new RegExp(`^(?:${postingAlt('notSubject')})$`);
/** "Here at The Exploration Company, we…": a name with its article after the place word. */
const AT_THE = caseless(
  `^(?:${postingAlt('subjectAt')})\\s(?:${postingAlt('weNameArticles')})\\s\\p{Lu}[\\p{L}\\d&'.-]*\\s\\p{Lu}`,
  'iu',
);

/**
 * "Bij Fietsflow bouwen we…", "En Finanzia Tech desarrollamos…", "Chez Lumio, nous…", "En Acme
 * encontrarás…".
 */
const COMPANY_AFTER_PREPOSITION = new RegExp(
  `^(?:${postingAlt('weAt')})\\s` +
    String.raw`((?:[\p{Lu}][\p{L}\d&'.-]*\s){0,3}[\p{Lu}][\p{L}\d&'.-]*)` +
    `(?:,\\s|\\s\\p{Ll}{2,15}\\s(?:${postingAlt('wePronouns')})\\s|\\s\\p{Ll}{2,15}(?:amos|emos|imos|iamo)\\s|` +
    `\\s(?:${postingAlt('weVerbs')})\\s|\\s(?:${postingAlt('youVerbs')})\\s)`,
  'u',
);

/** "Tessellate Labs builds…", "Bij Fietsflow bouwen we…", "A Atlântico Energia é…": a paragraph's subject. */
/** "Wir, die CIB-Gruppe, sind…", "We, Acme Ltd, are…": the employer named beside "we". */
const WE_NAME = new RegExp(
  `^(?:${postingAlt('wePronouns', true)}),\\s(?:(?:${postingAlt('weNameArticles')})\\s)?` +
    String.raw`((?:[\p{Lu}][\p{L}\d&.'-]*\s?){1,4}),\s`,
  'u',
);

/**
 * "Somos a Fretx, uma startup…", "We are Acme, a studio…": the employer named after "we are"; a
 * brand written in lower case only when "a …" says what it is ("Wir sind zebbra, eine Crew").
 */
const WE_ARE_NAME = new RegExp(
  `^(?:${postingAlt('weAre', true)})\\s(?:(?:${postingAlt('weAreArticles')})\\s)?(?:` +
    String.raw`((?:[\p{Lu}][\p{L}\d&.'-]*\s?){1,4}|\p{Ll}[\p{L}\d&.'-]{2,24}(?=,\s(?:` +
    `${postingAlt('articles')}|${postingAlt('weAreArticles')})\\s)),\\s|` +
    // "Wir sind SignPath ein internationales Scale-Up": no comma before what the employer is.
    `((?:[\\p{Lu}][\\p{L}\\d&.'-]*\\s){1,3})(?=(?:${postingAlt('weAreKinds')})\\s\\p{L}))`,
  'u',
);

/**
 * "Wir bei PENNY sind stolz…", "We at Acme Labs believe…", "Wij bij Fietsflow zoeken…": the name
 * between "we at" and the clause's verb (a lower-case word) or a comma.
 */
const WE_AT_NAME = new RegExp(
  `^(?:${postingAlt('weAtName')})\\s` +
    String.raw`((?:[\p{Lu}\d][\p{L}\d&.'-]*\s){0,3}[\p{Lu}\d][\p{L}\d&.'-]*)(?=,\s|\s\p{Ll})`,
  'u',
);

const LIST_ITEM = /^\s{0,4}[-*•·▪]\s/;
/** "Empresa de tecnologia", "Entreprise du BTP": the generic noun and a small word after it. */
const ANONYMOUS_NAME = new RegExp(
  `^(?:${postingAlt('companyNouns')})\\s(?:${postingAlt('nameLinks')})\\s`,
  'i',
);

export function companySubject(text: string): string | null {
  const lines = firstLines(text, 20);
  // The first line is the title, unless it is a sentence ("Amrize is a company focused on …").
  const first = lines[0] ?? '';
  for (const raw of first.length >= LEAD_SENTENCE && /[.!](?:\s|$)/.test(first)
    ? lines
    : lines.slice(1)) {
    // "- Assigned runs with 2100+ miles weekly": a list item of the ad's details, no subject.
    if (LIST_ITEM.test(raw)) continue;
    const line = cleanLine(raw);
    const m =
      WE_NAME.exec(line) ??
      WE_AT_NAME.exec(line) ??
      WE_ARE_NAME.exec(line) ??
      COMPANY_SUBJECT.exec(line.replace(SUBJECT_ARTICLE, '')) ??
      COMPANY_AFTER_PREPOSITION.exec(line);
    if (!m) continue;
    const name = m[1] ?? m[2]?.trimEnd();
    // "Stuff. Twitter is…": a name never spans a sentence end. "Here at The Exploration Company,
    // we are…": after "at", an article opens the name.
    if (!name || name.includes('. ')) continue;
    if (NOT_SUBJECT.test(name.split(' ')[0] as string) && !AT_THE.test(line)) continue;
    // "Bei Interesse freuen wir uns": a noun after the preposition, no name.
    if (opensNotEmployer(name)) continue;
    // "Empresa da Califórnia, é o principal …": the ad's word for a company, then what kind, hides
    // the employer's name.
    if (ANONYMOUS_NAME.test(name)) continue;
    // "Employment Equity is a factor": a policy's name, no employer.
    if (JOB_WORD.test(name) || NOT_COMPANY.test(name)) continue;
    // "# Garrotero" / "El Garrotero es responsable de …": the post the first line names.
    if (namesThePost(name, cleanLine(first).replace(/^#{1,6}\s/, ''))) continue;
    // "En España encontrarás…": a country or a city after the preposition, no employer. "Dar es
    // Salaam & Pwani Region": a city whose name holds a verb ("es") is no name and its verb.
    if (isCountry(name) || isCity(name) || isCity(line.split(' ', 3).join(' '))) continue;
    // "Data is the lifeblood of our business": one capitalised word the text also writes in lower
    // case ("marketing data") is a common noun opening the sentence, no name.
    if (!name.includes(' ') && writtenLower(text, name)) continue;
    // "Shifts are rostered weekly" beside "a 12 hour shift", "Turnos son rotativos" beside "turno
    // de noche": the plural of a noun the text writes in lower case, no name.
    if (!name.includes(' ') && /\p{Ll}s$/u.test(name) && writtenLower(text, name.slice(0, -1)))
      continue;
    // "Rijbewijs B is een pré", "Ervaring is niet nodig": an item the candidate is asked for, and
    // how much it counts, not a name and its verb.
    if (statesPreference(line.slice(line.indexOf(name) + name.length, m.index + m[0].length + 40)))
      continue;
    // A lower-case brand is a name only where the text works "at" it too ("Bei zebbra findest du").
    if (/^\p{Ll}/u.test(name) && !workedAt(text, name)) continue;
    // "Bar Tapas en Madrid es …": a town after a link word is where the name is, not the name.
    const town = TOWN_AFTER_LINK.exec(name);
    if (town && isCity(town[1] as string)) return name.slice(0, town.index);
    return name;
  }
  return null;
}

/** The last words of a name after one of its link words: "… en Madrid", "… in Wien". */
const TOWN_AFTER_LINK = new RegExp(
  `\\s(?:${postingAlt('nameLinks')})\\s([\\p{Lu}][\\p{L}.'-]+(?:\\s[\\p{Lu}][\\p{L}.'-]+)?)$`,
  'u',
);

const AT_WORDS = new RegExp(`(?:^|\\s)(?:${postingAlt('atCompany', true)})\\s$`, 'i');

/** "bei zebbra", "at acme": the name after an "at" word somewhere in the text. */
function workedAt(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (AT_WORDS.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** The length from which a first line that ends a sentence is prose, not a title. */
const LEAD_SENTENCE = 80;

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  ANONYMOUS_NAME,
  NOT_COMPANY,
  COMPANY_SUBJECT,
  SUBJECT_ARTICLE,
  NOT_SUBJECT,
  AT_THE,
  COMPANY_AFTER_PREPOSITION,
  WE_NAME,
  WE_AT_NAME,
  WE_ARE_NAME,
  TOWN_AFTER_LINK,
  AT_WORDS,
);

/** "El", "Der", "Le": an article opening a name (`field.articles`). */
const ARTICLE_FIRST = caseless(`^(?:${alternation((l) => l.field.articles)})\\s`, 'iu');

/**
 * "El Garrotero es responsable de …" under the title "Garrotero": a sentence's subject that is the
 * post itself, with its article, names no employer.
 */
function namesThePost(name: string | null, title: string | null): boolean {
  if (name === null || title === null) return false;
  const bare = name.replace(ARTICLE_FIRST, '').trim().toLowerCase();
  return bare.length > 0 && bare === title.trim().toLowerCase();
}
