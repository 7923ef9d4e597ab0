import type { Workplace } from '../../schema';
import { alternation, LEXICONS, mergedRecord } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { WorkplaceWords } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { mayStart, type StartLook, startLook } from '../pipeline/starts';
import type { Sentence } from '../types';
import { isCity } from './places';
import {
  add,
  FIELD_LINE,
  flexible,
  flexibleWords,
  LABEL,
  MENTION,
  PHRASE,
  type Score,
  segments,
  TAG,
  trigger,
  whole,
  wholeWords,
} from './signals';
import { isDutyHeading } from './skill-context';

/**
 * The work model, from explicit statements only, in every language of the lexicons (section
 * `workplace`). A board tag, a field line ("Hybrid", "Remote (US Only)" in a header) or a phrase
 * ("100% remote", "2 jours de télétravail par semaine", "Homeoffice möglich") each score their
 * model; a mention in passing ("remote teams", "remote desktop") scores nothing. A tie between
 * different answers is null: the posting does not say clearly.
 */

const w = (pick: (x: WorkplaceWords) => readonly string[]) => flexible((l) => pick(l.workplace));
/** The same words as a list, for a pattern's word-start first look. */
const ww = (pick: (x: WorkplaceWords) => readonly string[]) =>
  flexibleWords((l) => pick(l.workplace));

const REMOTE = w((x) => x.remote);
const ONSITE = w((x) => x.onsite);
/** After a model word, a noun that makes it something else ("remote desktop", "hybrid cloud"). */
const NOT_MODEL = `(?!\\s{1,3}(?:${w((x) => x.notModel)})(?![\\p{L}\\p{N}]))`;
/** Before it, where the adjective follows its noun: "nube híbrida", "cloud ibrido". */
const NOT_MODEL_BEFORE = `(?<!(?<![\\p{L}])(?:${w((x) => x.notModelBefore)})\\s{1,3})`;
/** "Home Time: 2 days a week": a driver's time at home, no place the job is worked from. */
const NOT_PLACE = `(?!\\s{0,3}(?:${w((x) => x.notPlaceAfter)})(?![\\p{L}]))`;

/** Small counts (1 to 4) in digits or words, for "2 days in the office", "deux jours". */
const SMALL = Object.entries(mergedRecord((l) => l.numbers))
  .filter(([, n]) => n >= 1 && n <= 4)
  .map(([word]) => word);
/**
 * A count or a range of them: "2 days", "3-4 days", "1–2 days" (a share of the week either way),
 * or two counts either of which holds ("1 o 2").
 */
const NUM = `(?:[1-4](?:[,.]5)?(?:\\s?[-–]\\s?[1-4]|\\s(?:${flexible((l) => l.language.orWords)})\\s[1-4])?|${alternation(() => SMALL)})`;
const DAYS = w((x) => x.days);
const TIMES = w((x) => x.weeklyTimes);
const AT_LEAST = flexible((l) => l.experience.atLeast);
const WEEK = w((x) => x.week);
const PLACES = w((x) => x.places);
/** Up to two small words between the parts of a phrase ("jusqu'à", "an", "up to"). */
const GAP = "(?:\\s{1,3}[\\p{L}':]{1,8}){0,2}";
/** "up to", "jusqu'à", "bis zu": a share of the week at most (the salary lexicon's words). */
const UP_TO = flexible((l) => l.salary.upTo);
/** Up to three small words ("work is possible"), before "up to": the bound makes up for it. */
const GAP3 = "(?:\\s{1,3}[\\p{L}':]{1,8}){0,3}";

/** A pattern and the looks of its phrases or words: a sentence must pass each look before it. */
type Looked = readonly [Workplace, RegExp, StartLook?];
/** Phrases behind the word-start look (a phrase's longest piece and its next longest). */
const phrases = (pick: (x: WorkplaceWords) => readonly string[]) =>
  wholeWords((l) => pick(l.workplace));
/** The remote words, where a pattern has them start a word (not after `\s{0,3}`). */
const REMOTE_STARTS = startLook(ww((x) => x.remote));
/** The place words, where a pattern opens with them ("office 2 days a week"). */
const PLACES_STARTS = startLook(ww((x) => x.places));

/** A model word that is one ("hybrid", not "hybrid cloud"), behind the word-start look. */
function modelWord(pick: (x: WorkplaceWords) => readonly string[]): RegExp {
  return whole(`${NOT_MODEL_BEFORE}(?:${w(pick)})${NOT_MODEL}`, 'iu', ww(pick), true);
}

/** A work-model label, its colon, then the model word as the value's first word. */
function labelled(pick: (x: WorkplaceWords) => readonly string[]): RegExp {
  return whole(
    `(?:${w((x) => x.labels)})\\s?:\\s{0,3}(?:${w(pick)})${NOT_MODEL}`,
    'iu',
    ww((x) => x.labels),
  );
}

// Each pattern behind the word-start first look: words every match holds at a word start, and
// whether they end it (no letter after them).
const PHRASES: readonly Looked[] = [
  ['remote', phrases((x) => x.remotePhrases)],
  [
    'remote',
    whole(
      `(?:${w((x) => x.fully)})\\s{0,3}(?:(?:${w((x) => x.shareLinks)})\\s{1,3})?` +
        `(?:${REMOTE}|${w((x) => x.remoteAdverbs)})${NOT_MODEL}`,
      'iu',
      ww((x) => x.fully),
    ),
  ],
  [
    'remote',
    whole(
      `(?:${REMOTE})\\s{0,3}(?:100|9\\d)\\s?%`,
      'iu',
      ww((x) => x.remote),
    ),
  ],
  // "50 % Homeoffice", "20% remote", "40 % de télétravail": a share of remote work under 90 %.
  [
    'hybrid',
    whole(
      `(?:[1-8]\\d|[1-9])\\s?%\\s{0,3}(?:(?:${w((x) => x.shareLinks)})\\s{1,3})?(?:${REMOTE})${NOT_MODEL}`,
      'iu',
      ww((x) => x.remote),
      true,
    ),
  ],
  ['hybrid', modelWord((x) => x.hybrid)],
  // "the corporate office and remote sites": places a role serves, not a model ("remote sites").
  [
    'hybrid',
    whole(
      `(?:${w((x) => x.hybridPhrases)})${NOT_MODEL}`,
      'iu',
      ww((x) => x.hybridPhrases),
    ),
  ],
  [
    'hybrid',
    whole(
      `(?:${w((x) => x.partly)})\\s{1,3}(?:${REMOTE})${NOT_MODEL}`,
      'iu',
      ww((x) => x.partly),
    ),
    REMOTE_STARTS,
  ],
  [
    'hybrid',
    whole(
      `(?:${REMOTE})\\s{1,3}(?:${w((x) => x.partly)})`,
      'iu',
      ww((x) => x.partly),
      true,
    ),
    REMOTE_STARTS,
  ],
  [
    'hybrid',
    whole(
      // "die Möglichkeit, regelmäßig im Home Office zu arbeiten": a comma, a frequency word and a
      // share link may stand between the option and the remote word.
      `(?:${w((x) => x.option)}),?\\s{0,3}(?:(?:${w((x) => x.partly)})\\s{1,3})?` +
        `(?:(?:${w((x) => x.shareLinks)})\\s{1,3})?(?:${REMOTE})${NOT_MODEL}`,
      'iu',
      ww((x) => x.option),
    ),
  ],
  [
    'hybrid',
    whole(
      `(?:${REMOTE})[\\s-]{1,3}(?:${w((x) => x.option)})`,
      'iu',
      ww((x) => x.option),
      true,
    ),
    REMOTE_STARTS,
  ],
  [
    'hybrid',
    whole(
      `${NUM}\\s{1,3}(?:${DAYS})(?:\\s{0,3}(?:${WEEK}))?\\s{0,3}(?:${PLACES})`,
      'iu',
      ww((x) => x.days),
    ),
  ],
  [
    'hybrid',
    whole(
      `(?:${PLACES})${NOT_PLACE}${GAP}\\s{1,3}${NUM}\\s{1,3}(?:${DAYS})`,
      'iu',
      ww((x) => x.days),
      true,
    ),
    PLACES_STARTS,
  ],
  [
    // "télétravail 2 jours", "remote up to 2 days"; with "up to", a longer lead: "Remote work is
    // possible up to 3 days per week" (a share of the week, however it is worded). A field's
    // colon may open the count: "Télétravail: 2 jours"; so may a bracket after a longer lead:
    // "work from home with flexible hours (3-4 days per week)".
    'hybrid',
    whole(
      `(?:${REMOTE})(?:${GAP}[\\s:]{1,3}|${GAP3}\\s{1,3}(?:${UP_TO})[\\s:]{1,3}|${GAP3}\\s{1,3}\\(\\s?)${NUM}\\s{1,3}(?:${DAYS})`,
      'iu',
      ww((x) => x.days),
      true,
    ),
    REMOTE_STARTS,
  ],
  [
    // "2 days of remote work per week", "two days per week of remote working".
    'hybrid',
    whole(
      `${NUM}\\s{1,3}(?:${DAYS})(?:\\s{1,3}(?:${WEEK}))?\\s{1,3}(?:${w((x) => x.shareLinks)})\\s{1,3}(?:${REMOTE})`,
      'iu',
      ww((x) => x.days),
    ),
    REMOTE_STARTS,
  ],
  [
    // "two remote days a week", "2 WFH days".
    'hybrid',
    whole(
      `${NUM}\\s{1,3}(?:${REMOTE})\\s{1,3}(?:${DAYS})`,
      'iu',
      ww((x) => x.days),
      true,
    ),
    REMOTE_STARTS,
  ],
  [
    // "at our head office in Leeds at least once a week", "zweimal pro Woche im Büro": office days
    // counted in one word.
    'hybrid',
    whole(
      `(?:${PLACES})${GAP}\\s{1,3}(?:(?:${AT_LEAST})\\s{1,3})?(?:${TIMES})\\s{1,3}(?:${WEEK})`,
      'iu',
      ww((x) => x.weeklyTimes),
    ),
  ],
  [
    'hybrid',
    whole(
      `(?:${TIMES})\\s{1,3}(?:${WEEK})\\s{0,3}(?:${w((x) => x.office)})`,
      'iu',
      ww((x) => x.weeklyTimes),
    ),
  ],
  ['onsite', phrases((x) => x.onsitePhrases)],
  [
    'onsite',
    whole(
      `(?:${w((x) => x.fully)})\\s{0,3}(?:${ONSITE})`,
      'iu',
      ww((x) => x.fully),
    ),
  ],
];

/**
 * "a mix of working from home & in the office", "une combinaison de télétravail et de présentiel":
 * both places named as shares of the job, either way round, hence hybrid.
 */
const AT_OFFICE = `(?:${w((x) => x.office)}|${ONSITE})`;
const MIX_JOIN = `\\s{0,3}(?:&|\\+|/|(?:${w((x) => x.mixJoins)}))(?:\\s{1,3}[\\p{L}']{1,4}){0,2}\\s{0,3}`;
const MIX = whole(
  `(?:${w((x) => x.mix)})(?:\\s{1,3}[\\p{L}']{1,10}){0,2}?\\s{1,3}` +
    `(?:(?:${REMOTE})${MIX_JOIN}${AT_OFFICE}|${AT_OFFICE}${MIX_JOIN}(?:${REMOTE}))`,
  'iu',
  ww((x) => x.mix),
);

/** "a minimum of 4 days a week onsite", "mindestens 4 Tage im Büro": on site most of the week. */
const MOST_DAYS_ON_SITE = whole(
  `(?:${flexible((l) => l.experience.atLeast)})\\s{1,3}[45]\\s{1,3}(?:${DAYS})` +
    `(?:\\s{0,3}(?:${WEEK}))?\\s{0,3}(?:${w((x) => x.office)})`,
  'iu',
  ww((x) => x.days),
);
/** The pattern opens with an "at least" word: a second look. */
const AT_LEAST_STARTS = startLook(flexibleWords((l) => l.experience.atLeast));
/** LinkedIn's tags are the same in every language. */
const TAGS: readonly [Workplace, RegExp][] = [
  [
    'hybrid',
    gated(caseless(String.raw`(?<![\p{L}\d])#?LI-HYBRID(?!\p{L})`, 'iu'), ['LI-HYBRID'], true),
  ],
  [
    'remote',
    gated(caseless(String.raw`(?<![\p{L}\d])#?LI-REMOTE(?!\p{L})`, 'iu'), ['LI-REMOTE'], true),
  ],
  [
    'onsite',
    gated(
      caseless(String.raw`(?<![\p{L}\d])#?LI-ON-?SITE(?!\p{L})`, 'iu'),
      ['LI-ON-SITE', 'LI-ONSITE'],
      true,
    ),
  ],
];

/** "This is not a remote position", "pas de télétravail": the remote word denied means on site. */
const NOT_REMOTE = phrases((x) => x.notRemote);

/** A field line or header segment: "Remote", "Hybrid (Paris)", "Workplace type: On-site". */
const FIELDS: readonly [Workplace, RegExp][] = [
  ['hybrid', modelWord((x) => x.hybrid)],
  ['remote', modelWord((x) => x.remote)],
  ['onsite', modelWord((x) => x.onsite)],
];

/** "32 uur per week in Amsterdam", "40 hours a week in Leeds": the week's hours, worked in a city. */
const HOURS_IN = whole(
  `\\d{1,2}\\s{1,3}(?:${flexible((l) => l.employment.weeklyHours)})\\s{1,3}(?:${w((x) => x.hoursIn)})` +
    "\\s{1,3}([\\p{Lu}][\\p{L}'-]{1,30}(?:\\s[\\p{Lu}][\\p{L}'-]{1,30}){0,2})",
  'iu',
  // The week's hours follow a count and spaces: they start a word ("in" and "à" start most sentences).
  flexibleWords((l) => l.employment.weeklyHours),
);

/** "Onsite in Singapore", "On-site, Leeds": the on-site word, then the city it is worked in. */
const ONSITE_IN = whole(
  `${NOT_MODEL_BEFORE}(?:${ONSITE})\\s?[,:]?\\s{1,3}(?:(?:${w((x) => x.hoursIn)})\\s{1,3})?` +
    "([\\p{Lu}][\\p{L}'-]{1,30}(?:\\s[\\p{Lu}][\\p{L}'-]{1,30}){0,2})",
  'iu',
  ww((x) => x.onsite),
);

/** "La politique remote", "Política de teletrabajo": a heading naming the topic, no statement. */
const TOPIC = whole(
  `(?:${w((x) => x.topics)})\\s{1,3}(?:${REMOTE})`,
  'iu',
  ww((x) => x.topics),
);

/**
 * "We are seeking a full-time on-site technician", "wir suchen einen Vor-Ort-Techniker": the role
 * advertised as on site, the on-site word a few words after the hiring phrase and its article.
 */
const SEEKING_ONSITE = whole(
  `(?:${flexible((l) => l.posting.titleIntros)})\\s{1,3}(?:${flexible((l) => l.posting.articles)})` +
    `(?:\\s{1,3}[\\p{L}-]{1,15}){0,2}\\s{1,3}(?:${ONSITE})${NOT_MODEL}`,
  'iu',
  flexibleWords((l) => l.posting.titleIntros),
);

/** Whether a city follows the on-site word: the job is worked there. */
function onsiteIn(text: string): boolean {
  const m = ONSITE_IN.exec(text);
  const place = m?.[1];
  // The on-site word written as one ("on site", not "on  site"), as the sentence trigger reads it.
  if (!m || !place || /\s\s/.test(m[0].slice(0, m[0].length - place.length))) return false;
  const words = place.split(' ');
  return words.some((_, n) => isCity(words.slice(0, n + 1).join(' ')));
}

/**
 * A title's closing bracket holds a field ("Backend Software Engineer (Remote, EU)"): read in the
 * posting's first lines, where a title stands, and only where no phrase stated a model.
 */
const HEADER_SENTENCES = 3;
const BRACKET = /\(([^()]{2,40})\)/gu;

/**
 * The brackets of a title-sized line, each as a field of its own ("Django Developer (Remote)
 * Mexico City Metro Area"); none for a longer sentence.
 */
function bracketTail(text: string): string[] {
  if (text.length > 120 || !text.includes(')')) return [];
  return [...text.matchAll(BRACKET)].slice(0, 3).map((m) => m[1] as string);
}

/** Whether a sentence says where the work is done without naming a model (a hint of on site). */
function worksThere(text: string): boolean {
  const place = HOURS_IN.exec(text)?.[1];
  if (!place) return false;
  const words = place.split(' ');
  return words.some((_, n) => isCity(words.slice(0, n + 1).join(' ')));
}

/** Between two channels of a list: a comma or slash, or "and" / "or" in any language. */
const JOINS = w((x) => [...x.or, ...x.mixJoins]);
const CHANNEL_SEP = `(?:\\s{0,2}[,/]\\s{0,2}|\\s{1,3}(?:${JOINS})\\s{1,3})`;
const CHANNELS = w((x) => x.channels);

/**
 * A service, not where the job is worked, read out of the sentence: given both ways ("Soporte
 * técnico en sitio y remoto", "on-site and remote support"), or on site as one of its channels
 * ("Für Sie da – online, telefonisch und vor Ort", "on site or by phone").
 */
const SERVICE_WAYS = whole(
  `(?:${w((x) => x.dutyNouns)})(?:\\s{1,3}[\\p{L}'-]{1,20}){0,3}\\s{1,3}(?:${w((x) => x.bothWays)})` +
    `|(?:${w((x) => x.bothWays)})(?:\\s{1,3}[\\p{L}'-]{1,20}){0,2}\\s{1,3}(?:${w((x) => x.dutyNouns)})` +
    `|(?:${CHANNELS})${CHANNEL_SEP}(?:(?:${CHANNELS})${CHANNEL_SEP}){0,2}(?:${ONSITE})` +
    `|(?:${ONSITE})${CHANNEL_SEP}(?:${CHANNELS})`,
  'iu',
  ww((x) => [...x.bothWays, ...x.channels]),
);
const SERVICE_WAYS_ALL = new RegExp(SERVICE_WAYS.source, `${SERVICE_WAYS.flags.replace('g', '')}g`);

/** "Remote (EU) or Hybrid (Cork)": the posting offers both; the more flexible one is the answer. */
const OR = wholeWords((l) => l.workplace.or);

const TRIGGER = trigger(
  [
    ...LEXICONS.flatMap((l) => {
      const x = l.workplace;
      return [x.remote, x.hybrid, x.onsite, x.remotePhrases, x.hybridPhrases, x.onsitePhrases];
    }),
    ...LEXICONS.map((l) => l.workplace.notRemote),
    ...LEXICONS.map((l) => l.employment.weeklyHours),
    ['LI-', ...LEXICONS.flatMap((l) => l.workplace.days.map((d) => d.slice(0, 3)))],
  ],
  5,
  [
    // "fullremote", "optionremote": a model word after `\s{0,3}` may follow a letter.
    ...LEXICONS.flatMap((l) => [l.workplace.remote, l.workplace.onsite]),
  ],
);

/**
 * Every word a work-model pattern above holds at a word start, as one look: a sentence without any
 * can score nothing, so it skips the trigger's glued words ("fullremote") and every pattern.
 */
const MODEL_WORDS: readonly (keyof WorkplaceWords)[] = [
  'remotePhrases',
  'fully',
  'remote',
  'hybrid',
  'hybridPhrases',
  'partly',
  'option',
  'days',
  'onsitePhrases',
  'notRemote',
  'onsite',
];
const ANY_WORD = startLook([
  ...MODEL_WORDS.flatMap((key) => ww((x) => x[key] as readonly string[])),
  ...flexibleWords((l) => l.employment.weeklyHours),
  'LI-HYBRID',
  'LI-REMOTE',
  'LI-ONSITE',
  'LI-ON-SITE',
]);

/**
 * "Modalidad: Presencial – incorporación inmediata", "Work model: Remote, with travel": a
 * work-model label answered by a model word, even when the line goes on after it.
 */
const LABELLED: readonly [Workplace, RegExp][] = [
  ['onsite', labelled((x) => x.onsite)],
  ['remote', labelled((x) => x.remote)],
];

/** Most flexible first: "Onsite or Hybrid" is hybrid, "Remote or Hybrid" remote. */
const FLEXIBLE: readonly Workplace[] = ['remote', 'hybrid', 'onsite'];

/** The models one sentence (or one header segment) states. */
function modelsOf(text: string): Set<Workplace> {
  const found = new Set<Workplace>();
  if (mayStart(text, AT_LEAST_STARTS) && MOST_DAYS_ON_SITE.test(text)) return new Set(['onsite']);
  for (const [value, re, also] of PHRASES) {
    if ((also === undefined || mayStart(text, also)) && re.test(text)) found.add(value);
  }
  if (MIX.test(text)) found.add('hybrid');
  return found;
}

/**
 * What one statement settles. Several models joined by "or" are alternatives: the most flexible
 * one stands. Otherwise a hybrid statement's remote or on-site words describe its parts
 * ("Hybrid working from Edinburgh and from home").
 */
function settle(found: Set<Workplace>, text: string): Workplace[] {
  if (found.size < 2) return [...found];
  if (OR.test(text)) return [FLEXIBLE.find((m) => found.has(m)) as Workplace];
  if (found.has('hybrid')) return ['hybrid'];
  return [...found];
}

function jsonLdStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** "Homeoffice" alone on its line: a board's tag or a perk, work from home beside the post. */
const OFFERED_ALONE = caseless(`^[-•*»\\s]{0,4}(?:${w((x) => x.offered)})[\\s.!]{0,3}$`, 'iu');
/**
 * The languages whose own remote words include such a perk word: a Brazilian or Mexican posting's
 * "home office" is the remote work itself ("trabalho remoto / home office"), not a perk beside an
 * office post, so the perk reading is off for them.
 */
const PERK_WORDS = new Set(
  LEXICONS.flatMap((l) => l.workplace.offered.map((x) => x.toLowerCase())),
);
const REMOTE_LOANWORD_LANGS: ReadonlySet<string> = new Set<string>(
  LEXICONS.filter(
    (l) =>
      l.workplace.offered.length === 0 &&
      l.workplace.remote.some((x) => PERK_WORDS.has(x.toLowerCase())),
  ).map((l) => l.code),
);

/**
 * "Kleine Beratungstätigkeiten vor Ort", "Maintenance des équipements sur site": under a duties
 * heading, a task whose own words come before the on-site word is done at the customer's. No field.
 */
const DUTY_ON_SITE = caseless(`^\\p{L}[^:\\n]{3,60}\\s(?:${ONSITE})[.;]?$`, 'iu');

function fieldModels(text: string, perk: boolean): Set<Workplace> {
  const found = new Set<Workplace>();
  for (const [value, re] of FIELDS) if (re.test(text)) found.add(value);
  if (perk && found.has('remote') && !found.has('hybrid') && OFFERED_ALONE.test(text)) {
    found.delete('remote');
    found.add('hybrid');
  }
  // "Homeoffice-Möglichkeit" is hybrid, not also remote.
  if (found.has('hybrid') && !OR.test(text)) found.delete('remote');
  return found;
}

/** A work-model field: "Remote status: On-site", "- Modalidade: Híbrido". */
const WORK_LABEL = caseless(`^[-•*\\s]{0,4}(?:${w((x) => x.labels)})\\s?:\\s?(.{2,80})$`, 'iu');

/**
 * "Télétravail (2 j max/semaine) : Non", "Remote: No", "Smart working: No": a remote or hybrid
 * field answered no, so on site. An application system asks it as a question, a word before the
 * remote one: "Located Remotely? N".
 */
const REMOTE_NO = caseless(
  `^[-•*\\s]{0,4}(?:\\p{L}{2,12}\\s{1,2})?(?:${w((x) => x.remote)}|${w((x) => x.hybrid)})[^:?\\n]{0,40}[:?]\\s?` +
    `(?:${w((x) => x.no)})[.!]?$`,
  'iu',
);

/**
 * "Télétravail (2j max/semaine) : Oui": a remote field whose label bounds the days and whose answer
 * is not no, so part of the week from home.
 */
const REMOTE_DAYS = caseless(
  `^[-•*\\s]{0,4}(?:${w((x) => x.remote)})[^:\\n\\d]{0,20}[1-4]\\s{0,2}(?:${DAYS}|[jdt])(?![\\p{L}])` +
    `[^:\\n]{0,30}:\\s?(?!(?:${w((x) => x.no)})(?![\\p{L}]))\\p{L}{1,12}[.!]?$`,
  'iu',
);

/**
 * "Remote Job: Teilweise", "Télétravail : partiel", "Remote work: Partial": a remote field
 * answered with a share word, so part of the week away from the office.
 */
const REMOTE_PARTLY = caseless(
  `^[-•*\\s]{0,4}(?:\\p{L}{2,12}\\s{1,2})?(?:${w((x) => x.remote)})[^:?\\n\\d]{0,30}:\\s?` +
    `(?:${w((x) => x.partly)})[.!]?$`,
  'iu',
);

/** "Télétravail à définir", "Remote work: TBD": a remote word (and its noun) answered later. */
const UNDECIDED = caseless(
  `(?<![\\p{L}])(?:${w((x) => x.remote)})(?:\\s{1,3}\\p{L}{1,10})?\\s{0,3}[:(-]?\\s{0,3}` +
    `(?:${w((x) => x.undecided)})(?![\\p{L}])`,
  'iu',
);

/**
 * "Télétravail:" or "Remote:" alone on its line: a field's name, its answer on the next line; an
 * application form's question too, cut at its question mark ("Located Remotely?" then "N").
 */
const REMOTE_FIELD = caseless(
  `^[-•*\\s]{0,4}(?:\\p{L}{2,12}\\s{1,2})?(?:${w((x) => x.remote)})[^:?\\n\\d]{0,30}[:?]$`,
  'iu',
);
/** The field's answer is no: "Non", "Nein", "No". */
const NO_ANSWER = caseless(`^(?:${w((x) => x.no)})[.!]?$`, 'iu');

/**
 * A sentence as read, with a share split off by the page's layout put back: "Einsatzart: 80" over
 * "% Remote" reads "80 % Remote".
 */
function withShare(sentences: Sentence[], i: number): string {
  const text = (sentences[i] as Sentence).text;
  if (!text.startsWith('%') || i === 0) return text;
  const share = /(?:^|\s)(\d{1,3})$/.exec((sentences[i - 1] as Sentence).text.trim())?.[1];
  return share ? `${share} ${text}` : text;
}

/**
 * The runs of two or more words of the employer's name that hold a work-model word ("Smart
 * Working" of "SWS Smart Working Solutions", "Remote Staffing" of "Remote Staffing Ltd"), longest
 * first: written so in the text they name the employer ("At Smart Working, you…"), not how the
 * job is worked. None for most names (one look at the name first).
 */
export function modelNameRuns(company: string | null): string[] {
  if (!company || !TRIGGER.test(company)) return [];
  const words = company.split(' ').filter((w) => w !== '');
  const runs: string[] = [];
  for (let n = Math.min(words.length, 5); n >= 2; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const run = words.slice(start, start + n).join(' ');
      if (modelsOf(run).size > 0) runs.push(run);
    }
  }
  return runs.filter((run) => /^\p{Lu}/u.test(run));
}

/** A letter or digit beside a run: the run is part of a longer word there. */
const NAME_EDGE = /[\p{L}\p{N}]/u;

/** The sentence with each run of the employer's name blanked out, its length kept. */
function withoutName(text: string, runs: readonly string[]): string {
  let out = text;
  for (const run of runs) {
    for (let at = out.indexOf(run); at >= 0; at = out.indexOf(run, at + run.length)) {
      if (NAME_EDGE.test(out[at - 1] ?? ' ') || NAME_EDGE.test(out[at + run.length] ?? ' '))
        continue;
      out = `${out.slice(0, at)}${' '.repeat(run.length)}${out.slice(at + run.length)}`;
    }
  }
  return out;
}

export function extractWorkplace(
  sentences: Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
  company: string | null = null,
  lang: string | null = null,
): Workplace | null {
  const names = modelNameRuns(company);
  const perk = lang === null || !REMOTE_LOANWORD_LANGS.has(lang);
  const types = jsonLdStrings(jsonLd?.jobLocationType).map((t) => t.toUpperCase());
  const telecommute = types.includes('TELECOMMUTE');
  const score: Score<Workplace> = new Map();
  for (const [i, s] of sentences.entries()) {
    if (!mayStart(s.text, ANY_WORD) || !TRIGGER.test(s.text)) continue;
    // "Télétravail:" then "Non": the field answered no on its own line; its name alone says nothing.
    // A question answered otherwise is read as before ("Remote?" then "Yes").
    if (REMOTE_FIELD.test(s.text)) {
      if (NO_ANSWER.test(sentences[i + 1]?.text.trim() ?? '')) {
        add(score, 'onsite', LABEL);
        continue;
      }
      if (!s.text.trimEnd().endsWith('?')) continue;
    }
    const given =
      names.length > 0 ? withoutName(withShare(sentences, i), names) : withShare(sentences, i);
    const line = SERVICE_WAYS.test(given) ? given.replace(SERVICE_WAYS_ALL, ' ') : given;
    // "Remote Status: On-site": the field's value, not its label.
    if (REMOTE_NO.test(line)) {
      add(score, 'onsite', LABEL);
      continue;
    }
    if (REMOTE_DAYS.test(line) || REMOTE_PARTLY.test(line.trim())) {
      add(score, 'hybrid', LABEL);
      continue;
    }
    // "• Télétravail à définir" in a list of perks: no model yet.
    if (line.trim().length <= FIELD_LINE && UNDECIDED.test(line)) continue;
    const text = WORK_LABEL.exec(line)?.[1] ?? line;
    // "Arbeitsmodell: Homeoffice": a field whose value is the home office alone offers it beside
    // the post (hybrid, as the value alone on its line), no remote label.
    const offered = perk && OFFERED_ALONE.test(text);
    for (const [value, re] of LABELLED) {
      if (re.test(line) && !(offered && value === 'remote')) add(score, value, LABEL);
    }
    for (const [value, re] of TAGS) if (re.test(text)) add(score, value, TAG);
    if (NOT_REMOTE.test(text)) {
      add(score, 'onsite', PHRASE);
      continue;
    }
    const short = text.trim().length <= FIELD_LINE;
    const duty = s.heading !== null && isDutyHeading(s.heading);
    if (short && TOPIC.test(text)) continue;
    if (onsiteIn(text) || SEEKING_ONSITE.test(text)) add(score, 'onsite', PHRASE);
    if (worksThere(text)) add(score, 'onsite', MENTION);
    const phrases = modelsOf(text);
    for (const value of settle(phrases, text)) add(score, value, short ? LABEL : PHRASE);
    if (short && phrases.size > 0) continue;
    // A field line, or the fields of a header line ("Acme | Engineer | Remote (US Only)"), or a
    // title's brackets ("Senior Backend Engineer (On-site 2025)").
    const tail = i < HEADER_SENTENCES && phrases.size === 0 ? bracketTail(text) : [];
    for (const part of short ? [text] : [...segments(text), ...tail]) {
      if (part.trim().length > FIELD_LINE || (!short && part === text)) continue;
      const found = fieldModels(part, perk);
      if (phrases.size > 0) for (const m of phrases) found.delete(m);
      if (found.has('onsite') && duty && DUTY_ON_SITE.test(part.trim())) found.delete('onsite');
      for (const value of settle(found, part)) add(score, value, LABEL);
    }
  }
  const found = decide(score);
  // Boards mark every role not fully on site TELECOMMUTE: a text that calls the role hybrid (and
  // never remote) says more.
  if (telecommute) return found === 'hybrid' ? 'hybrid' : 'remote';
  return found;
}

/**
 * The highest score wins and a tie is null; but a hybrid statement beside on-site ones is
 * hybrid: hybrid work is partly on site ("hybrid working is available" and "Work location: In
 * person").
 */
function decide(score: Score<Workplace>): Workplace | null {
  const hybrid = score.get('hybrid') ?? 0;
  const remote = score.get('remote') ?? 0;
  if (hybrid > 0 && remote === 0) return 'hybrid';
  let best: Workplace | null = null;
  let top = 0;
  let tie = false;
  for (const key of FLEXIBLE) {
    const s = score.get(key) ?? 0;
    if (s > top) {
      best = key;
      top = s;
      tie = false;
    } else if (s === top && s > 0) tie = true;
  }
  return tie ? null : best;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  PHRASES,
  REMOTE_NO,
  REMOTE_DAYS,
  UNDECIDED,
  REMOTE_FIELD,
  REMOTE_PARTLY,
  NO_ANSWER,
  MOST_DAYS_ON_SITE,
  MIX,
  TAGS,
  NOT_REMOTE,
  FIELDS,
  OR,
  TRIGGER,
  WORK_LABEL,
  LABELLED,
  ONSITE_IN,
  DUTY_ON_SITE,
  SEEKING_ONSITE,
  TOPIC,
  OFFERED_ALONE,
);
