import { cityCandidates } from '../../fit/cities';
import { alternation, LEXICONS, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { FREE_MAIL, LEGAL_FORMS, LOWER_LEGAL_FORMS } from '../lexicon/words';
import { warmLater } from '../pipeline/gate';
import { isCity, isCountry, isRegion } from './places';
import {
  AGENCY_CUE,
  alt,
  capAlt,
  capital,
  cleanLine,
  firstLines,
  JOB_WORD,
  LEGAL_FORM,
  postingAlt,
  STOPWORDS,
  writtenLower,
} from './posting-words';
import { matchSkills } from './skills';

/**
 * The employer a posting names only in its prose: "join the Acme sales team", "At Acme we…",
 * "toute embauche chez Acme", "the Acme brand". One such phrase may name a product, a client or a
 * department, so a name counts only when the text corroborates it: a second such phrase, an
 * e-mail or web address on the name's own domain ("jobs@acme.com"), or the first line starting
 * with it ("Acme Sales Agent"). The last resort of `posting.ts`, after every layout reader.
 */

/**
 * One to four capitalised words ("Rite Aid", "Elao", "Elektro-Tel"); a dot only inside a word
 * ("Helixa.ai"), so a sentence's full stop stays out.
 */
const NAME =
  "[\\p{Lu}](?:[\\p{L}\\d&'-]|\\.(?=[\\p{L}\\d]))*(?: [\\p{Lu}](?:[\\p{L}\\d&'-]|\\.(?=[\\p{L}\\d]))*){0,3}";
const END = '(?![\\p{L}\\d&-])';

/**
 * A name of capitalised words that a small linking word may join once ("Democracia en Red", "Banco
 * de Chile", "Cassa di Risparmio"), for the we-clause below: the other patterns keep `NAME`.
 */
const LINKED_NAME = `${NAME}(?: (?:${alt('nameLinks')}) ${NAME})?`;
/**
 * "join Acme", "chez Acme", "werken bij Acme": the name right after a phrase that calls it the
 * employer, in bold or not ("Únete al equipo del **Grupo Acme**").
 */
const INTRO = new RegExp(
  `(?<![\\p{L}])(?:${capAlt('employerIntro')}) (?:\\*\\*)?(${NAME})${END}`,
  'gu',
);
/**
 * "At Acme we", "Bei Acme arbeiten wir", "En Acme somos": the name, then a we-clause; or a
 * you-clause, as the employer also writes of itself ("At Acme, you will", "Chez Acme, vous").
 */
const AT_WE = new RegExp(
  `(?<![\\p{L}])(?:${capAlt('employerAt')}) (${LINKED_NAME}),? (?:\\p{Ll}{2,15} )?` +
    `(?:${alt('weWords')}|${alt('youWords')})(?![\\p{L}])`,
  'gu',
);
/**
 * "As a developer at Acme you…", "Come sviluppatore Software di Forge lavorerai…", "Als
 * Entwickler bei Acme…": the job offered, then the employer. One to four words between; a job
 * word among them is not required (the scoring asks for corroboration).
 */
const ROLE_AT = new RegExp(
  `(?<![\\p{L}])(?:${capAlt('roleAs')}) (?:[\\p{L}][\\p{L}'’-]* ){1,4}?(?:${alt('roleAtPreps')}) (${NAME})${END}`,
  'gu',
);
/**
 * "Connect is Acme's leading product": a one-word name's possessive. Not after another capitalised
 * word ("Rite Aid's" would give "Aid", "Help Acme's" a verb), so such a name is left out.
 */
const POSSESSIVE_ENDINGS = new Map<string, readonly string[]>(
  LEXICONS.map((l) => [l.code, l.posting.possessives]),
);
/** The name right before a possessive ending, read in a short window that ends there. */
const NAME_BEFORE =
  /(?<![\p{L}\d&'’.-])(?<!\p{Lu}[\p{L}\d&.-]{0,30} )([\p{Lu}][\p{L}\d&-]{1,30})$/u;

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * Each one-word name written with a possessive ending of the text's language, once per time (found
 * by `indexOf`). Dutch writes some plurals so ("VvE's", "foto's"): no possessive there.
 */
function possessiveNames(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const ending of POSSESSIVE_ENDINGS.get(lang) ?? []) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length)) {
      if (LETTER_OR_DIGIT.test(text.charAt(at + ending.length))) continue;
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 64), at))?.[1];
      // "LLM's", "API's": a plural in capitals, not a name's possessive.
      if (name !== undefined && name.toUpperCase() !== name) out.push(name);
    }
  }
  return out;
}
/** How often a name must stand in the text for a single phrase to count (`RECURS`). */
const RECURS = 3;
/**
 * "the Acme brand", "an Acme associate", "the Acme sales team", "die Acme Familie": the name before
 * such a noun (not "das Marketing-Team", a department's compound), each language's articles with its own nouns ("the Workforce Team" is a department's
 * heading, not English prose). Not a team "of" someone else ("het Media team van NRC").
 */
const BEFORE_NOUN = LEXICONS.filter((l) => l.posting.employerNouns.length > 0).map((l) => {
  const articles = alternation(
    (x) => x.posting.employerArticles.flatMap((w) => [w, capital(w)]),
    [l],
  );
  const nouns = alternation((x) => x.posting.employerNouns, [l]);
  const of = alternation((x) => x.posting.ofWords, [l]);
  return new RegExp(
    `(?<![\\p{L}])(?:${articles}) (${NAME})(?: \\p{Ll}{2,15})? (?:${nouns})(?![\\p{L}])(?! (?:${of}) )`,
    'gu',
  );
});

/**
 * "Teil des Bergzeit-Teams", "het Lumio-team": a one-word name joined to such a noun. A department's
 * compound is written so too ("das Marketing-Team"): it counts only for the name of the text's own
 * web or mail domain ("personal@bergzeit.de").
 */
const JOINED_NOUN = new RegExp(
  `(?<![\\p{L}\\d-])([\\p{Lu}][\\p{L}\\d&]{1,30})-(?:${alternation((l) =>
    l.posting.employerNouns.flatMap((w) => [w, w.toLowerCase(), capital(w.toLowerCase())]),
  )})s?(?![\\p{L}])`,
  'gu',
);

/** "jobs@acme.com", "www.acme-robotics.de", "espanol.aflac.com": the label before the ending. */
const DOMAIN = /(?<![\p{L}\d-])([a-z\d][a-z\d-]{0,40})\.(?:[a-z]{2,3}\.)?[a-z]{2,6}(?![\p{L}\d])/gu;

/** A name's letters and digits only, lower case: "Rite Aid" → "riteaid". */
function squash(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]/g, '');
}

function domains(text: string): Set<string> {
  const out = new Set<string>();
  DOMAIN.lastIndex = 0;
  for (let m = DOMAIN.exec(text); m; m = DOMAIN.exec(text)) out.add(squash(m[1] as string));
  return out;
}

const LETTER = /[\p{L}\d]/u;

export { writtenLower };

const NOT_EMPLOYERS = new Set(
  LEXICONS.flatMap((l) => l.posting.notEmployers.map((w) => w.toLowerCase())),
);
/** "Team", "Familie" alone: the noun an employer's name goes before, never a name by itself. */
const BARE_EMPLOYER_NOUNS = new Set(
  LEXICONS.flatMap((l) => l.posting.employerNouns.map((w) => w.toLowerCase())),
);

/** "Interesse" of "Bei Interesse freuen wir uns": a name opening on a word no employer's opens on. */
export const opensNotEmployer = (name: string): boolean =>
  NOT_EMPLOYERS.has((name.split(' ')[0] as string).toLowerCase());

/** The words after a name that may finish a country's: "… du Congo", "… d'Ivoire", "… Faso". */
const NAME_GOES_ON = /^\s(?:\p{Ll}{1,4}\s|\p{Ll}['’]){0,2}\p{Lu}[\p{L}'’-]{1,20}/u;

/** "République Démocratique" of "… en République Démocratique du Congo": a country's first words. */
function opensCountry(name: string, text: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const more = NAME_GOES_ON.exec(text.slice(at + name.length, at + name.length + 40));
  return more !== null && isCountry(name + more[0]);
}

/** A name that can be an employer: no pronoun, article, job word or place; not a common word. */
function plausible(name: string, text: string): boolean {
  const words = name.split(' ');
  // A small linking word inside a name ("Team per la Trasformazione") is no stopword of it.
  const capitalised = words.filter((w) => w.toLowerCase() !== w);
  if (name.length < 2 || capitalised.some((w) => STOPWORDS.has(w.toLowerCase()))) return false;
  // "… unser hilfsbereites / Team sucht …": a wrapped line opening on the staff, no name.
  if (words.length === 1 && BARE_EMPLOYER_NOUNS.has(name.toLowerCase())) return false;
  if (opensNotEmployer(name)) return false;
  if (JOB_WORD.test(name) || isCity(name) || isRegion(name)) return false;
  if (opensCountry(name, text)) return false;
  return !writtenLower(text, name);
}

/** Whether the name stands alone on a line after the first one, as a signature does. */
function signedBy(text: string, name: string): boolean {
  for (let at = text.indexOf(`\n${name}`); at >= 0; at = text.indexOf(`\n${name}`, at + 1)) {
    const after = text.charAt(at + 1 + name.length);
    if (after === '' || after === '\n' || after === '\r') return true;
  }
  return false;
}

/** "on behalf of our client Acme", "notre client Acme": the client's name, not the advertiser's. */
function clientOfAgency(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (AGENCY_CUE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** A line's opening name, then its verb: "Dupont Consulting is proud to be recruiting …". */
const OPENING_SUBJECT = new RegExp(
  `^(${NAME}) (?:${alternation((l) => l.posting.subjectVerbs)}) `,
  'u',
);

/**
 * The agency advertising for `client`: "Dupont Consulting is proud to be recruiting on behalf of
 * our client, Talent Ticker" names the advertiser first, and an agency's ad is posted under its
 * own name. Null when no sentence names the client so, or names no one before the cue.
 */
export function advertiserFor(text: string, client: string): string | null {
  const sample = text.slice(0, 50_000);
  for (let at = sample.indexOf(client); at >= 0; at = sample.indexOf(client, at + client.length)) {
    const before = sample.slice(Math.max(0, at - 200), at);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (!AGENCY_CUE.test(line.slice(-40))) continue;
    const name = OPENING_SUBJECT.exec(line)?.[1];
    if (name && name !== client && plausible(name, sample)) return name;
  }
  return null;
}

/** "Python", "Salesforce": a name the skills dictionary knows is a tool, not the employer. */
function isTool(name: string): boolean {
  return matchSkills(name, true).some((m) => m.start === 0 && m.end === name.length);
}

/** Whether the name stands as a word at least `RECURS` times, written as given. */
function recurs(text: string, name: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (LETTER.test(before) || LETTER.test(after)) continue;
    if (++seen >= RECURS) return true;
  }
  return false;
}

/** Forms the list also writes with a dot ("Inc."): "Wesgar Inc." keeps it, as "S.r.l." does. */
const DOTTED_FORMS = rankedAlternation(
  LEGAL_FORMS.filter((f) => f.endsWith('.') && !f.slice(0, -1).includes('.')).map((f) =>
    f.slice(0, -1),
  ),
);
/**
 * "Die iw-projekt GmbH ist…", "Dann kommen Sie zur Acme Technik AG", "chez Dupont Conseil SAS":
 * a name with its legal form after an article or a preposition, in prose. A brand written in
 * lower case counts when a hyphen or a digit marks it ("iw-projekt", "4flow"). A dotted form keeps
 * its last dot ("S.r.l."), and "Inc." its own.
 */
const FORM_NAME = new RegExp(
  `(?<![\\p{L}])(?:${capAlt('formArticles')}) ` +
    `((?:[\\p{Lu}\\d][\\p{L}\\d&'.-]*|\\p{Ll}[\\p{Ll}\\d]{0,20}[-\\d][\\p{L}\\d&'-]*)` +
    `(?: [\\p{Lu}][\\p{L}\\d&'.-]*){0,3}? (?:${rankedAlternation(LEGAL_FORMS)})` +
    `(?:(?<=\\.\\p{L}{1,2}|(?<![\\p{L}])(?:${DOTTED_FORMS}))\\.)?)(?![\\p{L}\\d])`,
  'gu',
);

/** The name with a legal form the prose gives most often (the first on a tie), or null. */
export function employerWithForm(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const hits = new Map<string, number>();
  FORM_NAME.lastIndex = 0;
  for (let m = FORM_NAME.exec(sample); m; m = FORM_NAME.exec(sample)) {
    const name = m[1] as string;
    const words = name.split(' ');
    if (words.some((w) => STOPWORDS.has(w.toLowerCase()))) continue;
    if (NOT_EMPLOYERS.has((words[0] as string).toLowerCase())) continue;
    hits.set(name, (hits.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of hits) {
    if (count <= bestCount || clientOfAgency(sample, name)) continue;
    best = name;
    bestCount = count;
  }
  return best;
}

/** "of", "von", "de": between a body's noun and its name. */
const OF_WORDS = [...new Set(LEXICONS.flatMap((l) => l.posting.ofWords))];

/** "Department: Emergency Management" among a public record's first lines. */
const DEPARTMENT_LABEL = caseless(
  `^(${postingAlt('departmentLabels')})\\s?:\\s?(\\p{Lu}[^.!?:;]{2,80})$`,
  'iu',
);

/**
 * A public body's unit labelled under the title ("Department: Emergency Management") is the
 * employer when the text also names it so ("the Department of Emergency Management"); a company's
 * team ("Department: Engineering") is not named that way.
 */
export function departmentOf(text: string): string | null {
  for (const raw of firstLines(text, 12)) {
    const m = DEPARTMENT_LABEL.exec(cleanLine(raw));
    if (!m) continue;
    const noun = (m[1] as string).toLowerCase();
    const name = (m[2] as string).trim();
    const low = text.slice(0, 20_000).toLowerCase();
    for (const of of OF_WORDS) {
      if (low.includes(`${noun} ${of} ${name.toLowerCase()}`)) return name;
    }
  }
  return null;
}

/** The employer named in the prose and corroborated, or null. */
export function employerInProse(text: string, firstLine: string, lang = 'en'): string | null {
  const sample = text.slice(0, 50_000);
  const hits = new Map<string, number>();
  for (const name of possessiveNames(sample, lang)) hits.set(name, (hits.get(name) ?? 0) + 1);
  for (const re of [INTRO, AT_WE, ROLE_AT, ...BEFORE_NOUN]) {
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) {
      const name = (m[1] as string).replace(/'s?$/, '');
      hits.set(name, (hits.get(name) ?? 0) + 1);
    }
  }
  const owned = domains(sample);
  JOINED_NOUN.lastIndex = 0;
  for (let m = JOINED_NOUN.exec(sample); m; m = JOINED_NOUN.exec(sample)) {
    const name = m[1] as string;
    if (owned.has(squash(name))) hits.set(name, (hits.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = 1;
  for (const [name, count] of hits) {
    if (!plausible(name, sample) || clientOfAgency(sample, name) || isTool(name)) continue;
    const score =
      count +
      (owned.has(squash(name)) ? 1 : 0) +
      (firstLine.startsWith(`${name} `) ? 1 : 0) +
      // "At Viksta Care Ltd we …": a legal form makes the name a company's, not a product's.
      (LEGAL_FORM.test(` ${name}`) ? 1 : 0) +
      (recurs(sample, name) ? 1 : 0) +
      // "Werken bij Wiringa Groothandel …" and "Wiringa Groothandel" alone under the text: signed.
      (signedBy(sample, name) ? 1 : 0);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A name's first word: capitalised, or a figure with letters in the word ("3M", "7-Eleven",
 * "1Password", "24ème"); a bare number ("2024 …") names no one.
 */
const FIRST_NAME_WORD = "(?:[\\p{Lu}]|\\d(?=[\\d&.'-]{0,4}\\p{L}))[\\p{L}\\d&.'-]*";

/**
 * A line opening on the employer's name and its hiring verb: "Il Team per la Trasformazione
 * Digitale è alla ricerca di…", "Gi Group SpA, Agenzia per il Lavoro (Aut. Min. …) ricerca…",
 * "A Aubay procura…", "The Acme Group is hiring", "L'Institut X recrute". Small linking words may stand inside the name
 * ("per la", "de"); one appositive after a comma may stand between the name and the verb.
 */
const HIRING_SUBJECT = new RegExp(
  // An elided article sticks to the name: "L'Institut Royal des Sciences Naturelles … recrute".
  // A name opening on a figure keeps its article ("Le 24ème recrute"): no other name is "24ème".
  `^(?:(?:${capAlt('weAreArticles')})\\s(?!\\d)|L['’](?=\\p{Lu}))?` +
    `((?:(?:${capAlt('weAreArticles')})\\s(?=\\d))?${FIRST_NAME_WORD}` +
    `(?:\\s(?:(?:${alt('nameLinks')})\\s){0,2}[\\p{Lu}][\\p{L}\\d&.'-]*){0,5}` +
    // "Advancia Technology srl sta cercando": a legal form the name's own text types in lower case.
    `(?:\\s(?:${rankedAlternation(LOWER_LEGAL_FORMS)})(?![\\p{L}]))?)` +
    `(?:,\\s[^\\n]{0,120}?)?\\s(?:${alt('hiringCues')})(?![\\p{L}])` +
    // "Infolge Pensionierung suchen wir …": "we" after the verb, so what stands before is no name.
    `(?!\\s(?:${alt('wePronouns')})(?![\\p{L}]))`,
  'u',
);

/** Hiring verbs, without the bare "hiring" of "NOW HIRING" and "Urgently Hiring". */
const HEADING_CUES = LEXICONS.flatMap((l) => l.posting.hiringCues).filter(
  (w) => w.includes(' ') || !w.endsWith('ing'),
);
/** Each word of a phrase capitalised ("Is Hiring") or the whole in capitals ("IS HIRING"). */
const shouted = (w: string) => [w.toUpperCase(), w.split(' ').map(capital).join(' ')];
/**
 * A heading line that is the employer, then its hiring verb written as a heading writes it:
 * "THE HARBOUR HOTELS | RESORTS IS HIRING", "Acme Empregos Contrata", "Acme Recrute !". The name
 * is the part before any "|" (the rest lists the employer's brands).
 */
const HIRING_HEADING = new RegExp(
  `^([\\p{Lu}\\d][^\\n|!?.:]{1,58}?)(?:\\s\\|[^\\n]{0,80}?)?\\s` +
    `(?:${rankedAlternation(HEADING_CUES.flatMap(shouted))})\\s?!?$`,
  'u',
);
/** Articles a name may open with as its own ("The Capital Hotels"), kept out of its checks. */
const NAME_ARTICLES = new Set(LEXICONS.flatMap((l) => l.posting.weAreArticles));
/** "The Capital Hotels" → "Capital Hotels", "Le 24ème" → "24ème": the name its checks read. */
function withoutArticle(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 && NAME_ARTICLES.has(name.slice(0, space).toLowerCase())
    ? name.slice(space + 1)
    : name;
}

/**
 * The name as the text writes it again, below its heading ("THE HARBOUR HOTELS" → "The Harbour
 * Hotels stands for …"), or null when the text never names it again: "Sales Team Is Hiring".
 */
function namedAgain(text: string, name: string, line: string): string | null {
  const low = text.slice(0, 50_000).toLowerCase();
  const key = name.toLowerCase();
  // The heading's own mention: within the line as found, else the first (a cleaned line differs).
  const heading = low.indexOf(line.toLowerCase());
  const first = low.indexOf(key);
  for (let at = first; at >= 0; at = low.indexOf(key, at + key.length)) {
    if (heading >= 0 ? at >= heading && at < heading + line.length : at === first) continue;
    const written = text.slice(at, at + name.length);
    return name === name.toUpperCase() && written !== written.toUpperCase() ? written : name;
  }
  return null;
}

/** A mail address: the part before "@", then its domain's first label. */
const MAIL = /([a-z\d][a-z\d._-]{1,40})@([a-z\d-]{2,40})\./giu;

/** Whether a mail address of the text spells the name, before its "@" or as its domain. */
function mailedAs(text: string, name: string): boolean {
  const key = squash(withoutArticle(name));
  if (key.length < 4) return false;
  MAIL.lastIndex = 0;
  const sample = text.slice(0, 50_000);
  for (let m = MAIL.exec(sample); m; m = MAIL.exec(sample)) {
    if (squash(m[1] as string) === key || squash(m[2] as string) === key) return true;
  }
  return false;
}

/** The employer a heading line names as hiring (`HIRING_HEADING`), or null. */
function hiringHeading(text: string, line: string): string | null {
  const m = line.length <= 140 ? HIRING_HEADING.exec(line) : null;
  if (!m) return null;
  const found = (m[1] as string).trim();
  // "Golden Empregos Contrata" over "goldenempregos@…": the mail spells the name out again.
  const name = namedAgain(text, found, line) ?? (mailedAs(text, found) ? found : null);
  if (name === null) return null;
  const checked = withoutArticle(name);
  if (checked.length < 2 || !plausible(checked, text.slice(0, 50_000))) return null;
  return clientOfAgency(text, name) ? null : name;
}

/** The employer a line near the top names as the one hiring, or null (`HIRING_SUBJECT`). */
export function employerHiring(text: string): string | null {
  for (const raw of firstLines(text, 20)) {
    const line = cleanLine(raw);
    const heading = hiringHeading(text, line);
    if (heading) return heading;
    // "Ben jij student? Acme zoekt …": the subject may open the line's second or third sentence.
    for (let from = 0, n = 0; from >= 0 && n < SENTENCES_PER_LINE; n++) {
      const name = hiringName(text, from === 0 ? line : line.slice(from));
      if (name) return name;
      SENTENCE_END.lastIndex = from;
      const end = SENTENCE_END.exec(line);
      from = end ? end.index + end[0].length : -1;
    }
  }
  return null;
}

/** How many sentences of a line may open with the employer hiring. */
const SENTENCES_PER_LINE = 3;
/** A sentence's end inside a line, the next one opening with a capital. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;

/** The employer a sentence opens with as the one hiring (`employerHiring`), or null. */
function hiringName(text: string, sentence: string): string | null {
  // "Adecco Italia S.p.A., per …": a dotted legal form keeps its last dot, a sentence's goes.
  let name = HIRING_SUBJECT.exec(sentence)?.[1]?.replace(/,$/, '').replace(DOT_NOT_FORM, '');
  // "Recycleabook.com, Inc. is now hiring": the legal form after the comma is the name's own.
  const form = name
    ? FORM_AFTER_COMMA.exec(sentence.slice(sentence.indexOf(name) + name.length))
    : null;
  if (name && form && LEGAL_FORM.test(` ${form[1]}`)) name = `${name}, ${form[1]}`;
  // "Indústria de Pequeno Porte em Bauru contrata": who hires, then the town it is in. The
  // words before the town name the employer only when the text names it so again.
  const town = name === undefined ? null : IN_TOWN.exec(name);
  if (name && town && (isCity(town[1] as string) || cityCandidates(town[1] as string).length > 0)) {
    const head = name.slice(0, town.index);
    if (!recurs(text, head)) return null;
    name = head;
  }
  if (!name || !plausible(withoutArticle(name), text.slice(0, 50_000))) return null;
  return clientOfAgency(text, name) ? null : name;
}

/** A comma, then a short capitalised word a legal form may be ("Inc.", "LLC", "S.A."). */
const FORM_AFTER_COMMA = /^,\s(\p{Lu}[\p{L}.]{1,7})(?=\s)/u;

/** A closing dot, unless it ends a dotted abbreviation ("S.p.A.", "B.V."). */
const DOT_NOT_FORM = /(?<!\p{L}\.\p{L}{1,3})\.$/u;

/** "Indústria de Médio Porte em Londrina contrata": the town of the one hiring, or null. */
export function hiringTown(text: string): string | null {
  for (const raw of firstLines(text, 20)) {
    const name = HIRING_SUBJECT.exec(cleanLine(raw))?.[1];
    const town = name === undefined ? undefined : IN_TOWN.exec(name)?.[1];
    if (town && (isCity(town) || cityCandidates(town).length > 0)) return town;
  }
  return null;
}

/** A name closing on a town after the headline's preposition: "… em Bauru", "… in Leeds". */
const IN_TOWN = new RegExp(
  `\\s(?:${alt('headlineIn')})\\s([\\p{Lu}][\\p{L}'-]+(?:\\s[\\p{Lu}][\\p{L}'-]+)?)$`,
  'u',
);

/**
 * "Senior Elixir Engineer - BlueLabs", "Desenvolvedor Java Sênior - Vetta": a title line ending on
 * a name after a dash, taken when the posting's own e-mail or web address is on that name's
 * domain ("rh@vetta.com.br", "careers.bluelabs.eu"). Without that, the last part may be a team,
 * a level or a place.
 */
export function employerAfterDash(text: string): string | null {
  const first = cleanLine(firstLines(text, 1)[0] ?? '');
  const at = Math.max(first.lastIndexOf(' - '), first.lastIndexOf(' – '));
  if (at <= 0) return null;
  const name = first.slice(at + 3).trim();
  if (!/^[\p{Lu}][\p{L}\d&.'-]*(?: [\p{Lu}][\p{L}\d&.'-]*){0,3}$/u.test(name)) return null;
  if (!plausible(name, text.slice(0, 50_000))) return null;
  return domains(text.slice(0, 50_000)).has(squash(name)) ? name : null;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  FORM_NAME,
  INTRO,
  AT_WE,
  ROLE_AT,
  NAME_BEFORE,
  LETTER_OR_DIGIT,
  DOMAIN,
  LETTER,
  HIRING_SUBJECT,
  SENTENCE_END,
  IN_TOWN,
);

/** "jobs@acme.com", "a.rossi@acme-group.co.uk": the label of an address's domain before its ending. */
const MAIL_DOMAIN = /@([a-z\d][a-z\d-]{0,40})\.(?:[a-z]{2,3}\.)?[a-z]{2,6}(?![\p{L}\d.-])/giu;
const FREE_MAILS = new Set(FREE_MAIL);

/** One to four capitalised words on one line, not inside an address ("@acme", "acme.com/"). */
const CAPITAL_RUN =
  /(?<![\p{L}\d@./_-])[\p{Lu}][\p{L}\d&-]*(?: [\p{Lu}][\p{L}\d&-]*){0,3}(?![\p{L}\d@_-])/gu;

/** "in", "en", "te": a preposition before a town ("in Nova Scotia" names a place, not a body). */
const BEFORE_PLACE = new RegExp(
  `(?<![\\p{L}])(?:${alternation((l) => l.posting.headlineIn)}) $`,
  'u',
);

/**
 * "Apply to jobs@brisemer.fr … Brisemer a ouvert…": the employer the prose names as its mail's domain
 * does ("Brisemer" for "brisemer.fr", "Islamic Help Tanzania" for "islamichelp.co.tz"). The name
 * must be written in lower and upper case somewhere (not an acronym only), never after a town's
 * preposition, and be a whole name: a capitalised word after it must be a country or a legal form,
 * which then belongs to it. Null when no address or no such name, or when two names qualify.
 */
export function employerOfMail(text: string): string | null {
  const sample = text.slice(0, 50_000);
  const labels = new Set<string>();
  MAIL_DOMAIN.lastIndex = 0;
  for (let m = MAIL_DOMAIN.exec(sample); m; m = MAIL_DOMAIN.exec(sample)) {
    const label = (m[1] as string).toLowerCase();
    if (!FREE_MAILS.has(label)) labels.add(squash(label));
  }
  if (labels.size === 0) return null;
  const signed = lineOfDomain(sample, labels);
  if (signed) return signed;
  let found: string | null = null;
  let longest: string | null = null;
  CAPITAL_RUN.lastIndex = 0;
  for (let m = CAPITAL_RUN.exec(sample); m; m = CAPITAL_RUN.exec(sample)) {
    const words = m[0].split(' ');
    // "Die Acme GmbH sucht": the name may follow a capitalised article or verb in the run.
    for (let from = 0, done = false; from < words.length && !done; from++) {
      for (let n = from + 1; n <= words.length; n++) {
        const name = words.slice(from, n).join(' ');
        if (!labels.has(squash(name))) continue;
        const rest = words.slice(n);
        // "Acme Tanzania", "Acme GmbH": the country or legal form is part of the name.
        const whole =
          rest.length === 1 && (isCountry(rest[0] as string) || LEGAL_FORM.test(` ${rest[0]}`));
        if (rest.length > 0 && !whole) return null;
        if (from === 0 && BEFORE_PLACE.test(sample.slice(Math.max(0, m.index - 6), m.index)))
          return null;
        if (name !== name.toUpperCase()) {
          if (found !== null && squash(found) !== squash(name)) return null;
          found ??= name;
        }
        if (whole) longest = [name, ...rest].join(' ');
        done = true;
        break;
      }
    }
  }
  if (found === null || !plausible(found, sample) || isTool(found)) return null;
  if (clientOfAgency(sample, found) || NOT_EMPLOYERS.has(found.toLowerCase())) return null;
  if (longest !== null && squash(longest).startsWith(squash(found))) return usualOf(longest, found);
  return found;
}

/** A short line of its own opening on a capital or a figure, not a sentence. */
const NAME_LINE = /^[\p{Lu}\d][^\n.!?:@/]{2,58}$/u;

/**
 * "Cap emploi 44 Nantes" alone on a line of the postal address, "…@capemploi44nantes.org" above:
 * a line that is the mail's domain spelled out is the employer, whatever its case and figures.
 */
function lineOfDomain(sample: string, labels: Set<string>): string | null {
  for (let start = 0; start < sample.length; ) {
    const end = sample.indexOf('\n', start);
    const line = sample.slice(start, end < 0 ? sample.length : end).trim();
    start = end < 0 ? sample.length : end + 1;
    if (line.length < 3 || line.length > 60 || !NAME_LINE.test(line)) continue;
    if (line.includes(' ') && labels.has(squash(line)) && !isTool(line)) return line;
  }
  return null;
}

/** The longer form written as the name is written in mixed case ("ACME Tanzania" → "Acme Tanzania"). */
function usualOf(longer: string, name: string): string {
  const words = longer.split(' ');
  return [name, ...words.slice(name.split(' ').length)].join(' ');
}
