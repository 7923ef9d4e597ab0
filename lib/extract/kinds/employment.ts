import { EmploymentType } from '../../schema';
import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { EmploymentWords } from '../lexicon/types';
import { gated, warmLater } from '../pipeline/gate';
import { isNonRequirementHeading } from '../pipeline/sections';
import { mayStart, type StartLook, startLook } from '../pipeline/starts';
import type { Sentence } from '../types';
import { GENDER_FORM, GENDER_MARKER, JOB_WORD } from './posting-words';
import {
  add,
  FIELD_LINE,
  flexible,
  flexibleWords,
  LABEL,
  MENTION,
  type Score,
  trigger,
  whole,
  wholeWords,
} from './signals';

/**
 * Every employment type a posting states, as schema.org's `employmentType` list: "Full-time,
 * fixed-term" is two entries, "Teilzeit oder Vollzeit" two. Words come from every lexicon
 * (section `employment`). A label ("Job type: Full-time") or a line of its own outweighs a
 * mention in prose; benefits legalese ("full-time employees are eligible…") says nothing of this
 * job, and a permanent-contract word alone (CDI, CLT, unbefristet) names no type.
 */

const e = (pick: (x: EmploymentWords) => readonly string[]) => flexible((l) => pick(l.employment));
/** The same words as a list: every pattern below starts with one of them (its first look). */
const ew = (pick: (x: EmploymentWords) => readonly string[]) =>
  flexibleWords((l) => pick(l.employment));

/** "estágio inicial": the word names a stage, no internship (see `notTypeAfter`). */
const NOT_TYPE_AFTER = LEXICONS.some((l) => l.employment.notTypeAfter.length > 0)
  ? `(?!\\s{1,2}(?:${e((x) => x.notTypeAfter)})(?![\\p{L}]))`
  : '';

/**
 * "com exceção das vagas de estágio", "except internships", "sauf stage": a type after an exception
 * word, at most two short words between, is the one left out (see `exceptBefore`).
 */
const EXCEPT_BEFORE = LEXICONS.some((l) => l.employment.exceptBefore.length > 0)
  ? `(?<!(?<![\\p{L}])(?:${e((x) => x.exceptBefore)})\\s{1,2}(?:\\p{L}{1,12}\\s{1,2}){0,2})`
  : '';

/**
 * A type word, not the start of a compound ("apprenticeship-level qualification"), nor a headcount
 * ("rund 700 Auszubildende", "12 freelancers"): a number of two digits or more right before it counts
 * people ("Level 3 apprenticeship" is a grade). The year of a date is no headcount ("ab 01.03.2023
 * befristet", "dal 01/09/2024 a tempo determinato"), nor is a year alone ("Summer 2026 Internship",
 * "Sommer 2026 Praktikum").
 */
const typeWord = (pick: (x: EmploymentWords) => readonly string[]) =>
  gated(
    caseless(
      `(?<![\\p{L}\\p{N}])(?<!(?<![./]\\p{N}{1,2}[./]\\p{N}{0,2})(?<!(?:19|20))\\p{N}\\p{N}\\s{1,2})${EXCEPT_BEFORE}(?:${e(pick)})(?![\\p{L}\\p{N}-])${NOT_TYPE_AFTER}`,
      'iu',
    ),
    ew(pick),
    true,
  );

const WORDS: readonly [EmploymentType, RegExp][] = [
  ['full_time', typeWord((x) => x.fullTime)],
  ['part_time', typeWord((x) => x.partTime)],
  ['contract', typeWord((x) => x.contract)],
  ['temporary', typeWord((x) => x.temporary)],
  ['internship', typeWord((x) => x.internship)],
  ['apprenticeship', typeWord((x) => x.apprenticeship)],
  ['volunteer', typeWord((x) => x.volunteer)],
  ['per_diem', typeWord((x) => x.perDiem)],
];

/**
 * A title's last word ("Data Analyst Intern", "Intern – Summer 2026", "HR Apprentice") or first
 * ("Stage – Data Analyst"): before a dash, a bracket or a bar, or ending a line of its own.
 */
const title = (pick: (x: EmploymentWords) => readonly string[]) =>
  gated(
    caseless(
      `(?<![\\p{L}\\p{N}])(?:${e(pick)})(?=\\s{0,3}[-–—(/|])|^\\s{0,3}(?:${e(pick)})\\s{0,3}[-–—:]`,
      'iu',
    ),
    ew(pick),
    true,
  );
const titleLine = (pick: (x: EmploymentWords) => readonly string[]) =>
  gated(caseless(`(?<![\\p{L}\\p{N}])(?:${e(pick)})\\s{0,3}$`, 'iu'), ew(pick), true);
const INTERN = (x: EmploymentWords) => x.internTitles;
const APPRENTICE = (x: EmploymentWords) => x.apprenticeTitles;
const TITLES: readonly [EmploymentType, RegExp, RegExp][] = [
  ['internship', title(INTERN), titleLine(INTERN)],
  ['apprenticeship', title(APPRENTICE), titleLine(APPRENTICE)],
];

/** Longest sentence in which a lower-case title word before a bracket or dash can be a title. */
const TITLE_LINE = 120;

/**
 * A title word before a dash or bracket; in a long sentence only as a name, capitalised ("Data
 * Analyst Intern (Summer)"): "at a very early stage (like joining a startup)" is prose.
 */
function titleWord(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  if (m === null) return false;
  if (text.length <= TITLE_LINE) return true;
  const first = m[0].trimStart().charAt(0);
  return first !== first.toLowerCase();
}

const HOURS_TYPES = new Set<EmploymentType>(['full_time', 'part_time']);

/** "Seasonal Sales Associate", "Commesso stagionale": a title that names a temporary job. */
const TEMPORARY_TITLE = gated(
  caseless(`(?<![\\p{L}\\p{N}])(?:${e((x) => x.temporaryTitles)})(?![\\p{L}\\p{N}])`, 'iu'),
  ew((x) => x.temporaryTitles),
  true,
);

/** "Sales Manager (Contract)", "Java Developer - Freelance": the title's closing contract word. */
const CONTRACT_TITLE_TAIL = gated(
  caseless(`(?:\\(|\\[|\\s[-–|]\\s)(?:${e((x) => x.contractTitleTails)})(?:[)\\]]|\\s?$)`, 'iu'),
  ew((x) => x.contractTitleTails),
  true,
);

/** "Contract Java Developer", "Contract Recruiter": a contract word heading the trade it is one of. */
const CONTRACT_TITLE_HEAD = gated(
  caseless(
    `^(?:${e((x) => x.contractTitleHeads)})\\s(?!(?:${e((x) => x.contractTrades)})(?![\\p{L}]))\\p{L}`,
    'iu',
  ),
  ew((x) => x.contractTitleHeads),
);

/**
 * Whether the posting's title names a temporary job; without a title found, whether the first
 * line reads as one ("… (m/w/d)", a job word) and does.
 */
function temporaryTitle(title: string | null, first: string | undefined): boolean {
  if (title !== null) return title.length <= 120 && TEMPORARY_TITLE.test(ownWords(title));
  if (first === undefined || first.length > 120) return false;
  if (!TEMPORARY_TITLE.test(ownWords(first))) return false;
  return GENDER_MARKER.test(first) || GENDER_FORM.test(first) || JOB_WORD.test(first);
}

/**
 * A title without its bracketed remarks: "Cashier (Seasonal)" keeps its word, "Engineer (Remote
 * temporary until the office opens)" is about the workplace, not the job's term.
 */
function ownWords(title: string): string {
  return title.replace(/\([^()]{0,120}\)/g, (m) => (m.split(' ').length <= 3 ? m : ' '));
}

/** Phrases behind the word-start look (a phrase's longest piece and its next longest). */
const phrases = (pick: (x: EmploymentWords) => readonly string[]) =>
  wholeWords((l) => pick(l.employment));
const NO_TYPE = phrases((x) => x.noType);
/** "Voll- oder Teilzeit", "temps plein ou partiel": both hours types, one word left out. */
const BOTH_HOURS = phrases((x) => x.bothHours);
const PAST = phrases((x) => x.past);
/** A permanent contract, unless denied ("not permanent employment", "non-permanent"). */
const PERMANENT = gated(
  caseless(
    `(?<!(?:${flexible((l) => l.relocation.negations)})[\\s-]{1,2})${whole(e((x) => x.permanent)).source}`,
    'iu',
  ),
  ew((x) => x.permanent),
  true,
);
/**
 * A type named as a field's value: "Job type: Contract", "Vertragsart: freiberuflich", "Employment
 * Type: Temporary-Until December", "Job term: 3 Temporary" (a headcount may come first).
 */
const fieldValue = (pick: (x: EmploymentWords) => readonly string[]) =>
  caseless(
    `(?<![\\p{L}\\p{N}])(?:${e((x) => x.labels)})\\s{0,2}:\\s{0,2}(?:\\d{1,3}\\s{1,2})?` +
      `(?:[^:\\n]{0,40}[,/]\\s{0,2})?(?:${e(pick)})(?![\\p{L}\\p{N}])`,
    'iu',
  );
const CONTRACT_VALUE = fieldValue((x) => x.contractValues);
const TEMPORARY_VALUE = fieldValue((x) => x.temporaryValues);
const FULL_TIME_VALUE = fieldValue((x) => x.fullTimeValues);
const PART_TIME_VALUE = fieldValue((x) => x.partTimeValues);
/** "Hourly Rate: $31.21": a salaried job's pay field, read without its label for contract words. */
const PAY_LABEL = gated(
  caseless(`(?<![\\p{L}\\p{N}])(?:${e((x) => x.payLabels)})\\s{0,2}:`, 'iu'),
  ew((x) => x.payLabels),
  true,
);
/**
 * A field's label alone on its line ("## Contratação", "Type of contract:"), its value on the next
 * line: "PJ", "Freelance" standing alone there is contract work, as "Contratação: PJ" is.
 */
const LABEL_ALONE = caseless(`^(?:#{1,6}\\s)?(?:${e((x) => x.labels)})\\s{0,2}:?\\s{0,2}$`, 'iu');
const CONTRACT_ALONE = caseless(`^(?:${e((x) => x.contractValues)})[\\s.]{0,2}$`, 'iu');
/**
 * "Job term:" then "1 Temporary up to 12 months": a fixed-term value opening the next line, or
 * listed after the hours there ("Job Type:" then "Full Time, Temporary").
 */
const TEMPORARY_OPENS = caseless(
  `^(?:\\d{1,3}\\s{1,2})?(?:[^:\\n]{0,40}[,/]\\s{0,2})?(?:${e((x) => x.temporaryValues)})(?![\\p{L}\\p{N}])`,
  'iu',
);
const LABELLED = gated(
  caseless(`(?<![\\p{L}\\p{N}])(?:${e((x) => x.labels)})\\s{0,2}:`, 'iu'),
  ew((x) => x.labels),
  true,
);
const ELIGIBILITY = phrases((x) => x.eligibility);
/** "This temporary position is eligible for benefits": the job itself is the subject. */
const OWN_JOB = phrases((x) => x.ownJob);
/** "… that may turn into a full-time one", "mit Option auf Vollzeit": hours the job may have later. */
const LATER_HOURS = gated(
  caseless(
    `(?<![\\p{L}\\p{N}])(?:${e((x) => x.laterHours)})\\s{1,3}(?:${e((x) => x.fullTime)}|${e((x) => x.partTime)})`,
    'iu',
  ),
  ew((x) => x.laterHours),
);
const BASIS = phrases((x) => x.basis);
/** "Full-time (1.0 FTE)", "Parttime (0,8 fte)": the job's own share of a full week, no pay basis. */
const FTE_FIGURE = /(?<![A-Za-z\d])[01](?:[.,]\d{1,2})?\s?fte(?![A-Za-z])/gi;
const fteFigureless = (text: string) =>
  text.includes('FTE') || text.includes('fte') ? text.replace(FTE_FIGURE, ' ') : text;
/** "eventuell eine Chance auf Festanstellung und Ausbildung zum …": an apprenticeship later. */
const LATER_TRAINING = gated(
  caseless(
    `(?<![\\p{L}\\p{N}])(?:${e((x) => x.laterChance)})(?: {1,3}[\\p{L}'-]{1,20}){0,5} {1,3}` +
      `(?:${e((x) => x.apprenticeship)})(?![\\p{L}])`,
    'iu',
  ),
  ew((x) => x.laterChance),
);
const LATER_TRAINING_ALL = new RegExp(
  LATER_TRAINING.source,
  `${LATER_TRAINING.flags.replace('g', '')}g`,
);
/**
 * Hours that describe past work: "two (2) years of satisfactory full-time software experience",
 * "drei Jahre Vollzeit-Berufserfahrung". An hours word a few words before an experience noun,
 * right after it, or after the role held those years.
 */
const HOURS_WORD = `${e((x) => x.fullTime)}|${e((x) => x.partTime)}`;
const HOURS_OF_EXPERIENCE = gated(
  caseless(
    `(?<![\\p{L}\\p{N}])(?:(?:${HOURS_WORD})` +
      `(?: {1,3}[\\p{L}'-]{1,20}){0,3} {1,3}(?:${flexible((l) => l.experience.nouns)})(?![\\p{L}])` +
      // "expérience à temps plein", "experiencia de tiempo completo": the noun first.
      `|(?:${flexible((l) => l.experience.nouns)})(?: {1,3}[\\p{L}']{1,4}){0,2} {1,3}(?:${HOURS_WORD})` +
      // "dos años como coordinador o docente de tiempo completo": the past role's hours.
      `|(?:${flexible((l) => l.experience.years)}) {1,3}(?:${e((x) => x.pastAs)})` +
      `(?:[\\s,]{1,3}[\\p{L}'-]{1,20}){1,8}[\\s,]{1,3}(?:${HOURS_WORD}))`,
    'iu',
  ),
  [...ew((x) => x.fullTime), ...ew((x) => x.partTime)],
  true,
);
const HOURS_OF_EXPERIENCE_ALL = new RegExp(
  HOURS_OF_EXPERIENCE.source,
  `${HOURS_OF_EXPERIENCE.flags.replace('g', '')}g`,
);
/**
 * A type the candidate held, not this job's: "internship experience", "Internship, co-op, or
 * rotation experience in finance", "prior freelance or contractor experience". The type word, or a
 * list of them, right before an experience noun; the words between are list members only, so "this
 * internship gives you hands-on experience" still names the job.
 */
const HELD_TYPES = (x: EmploymentWords) => [
  ...x.internship,
  ...x.apprenticeship,
  ...x.contract,
  ...x.temporary,
  ...x.volunteer,
  ...x.internTitles,
];
const TYPE_OF_EXPERIENCE = gated(
  caseless(
    `(?<![\\p{L}\\p{N}])(?:${e(HELD_TYPES)})(?:\\s{0,2}[,/]\\s{0,2}[\\p{L}-]{1,20}){0,3}` +
      `(?:,?\\s{1,2}(?:${flexible((l) => l.skills.or)})\\s{1,2}[\\p{L}-]{1,20})?` +
      `\\s{1,2}(?:${flexible((l) => l.experience.nouns)})(?![\\p{L}])`,
    'iu',
  ),
  ew(HELD_TYPES),
  true,
);
const TYPE_OF_EXPERIENCE_ALL = new RegExp(
  TYPE_OF_EXPERIENCE.source,
  `${TYPE_OF_EXPERIENCE.flags.replace('g', '')}g`,
);
/** "deeltijds thuiswerken": a phrase of hybrid work, whose hours word says no hours of the job. */
const HYBRID_PHRASE = gated(
  caseless(`(?<![\\p{L}])(?:${flexible((l) => l.workplace.hybridPhrases)})(?![\\p{L}])`, 'iu'),
  flexibleWords((l) => l.workplace.hybridPhrases),
  true,
);
/** A basis cut off by the sentence splitter ("… bruto p/m (o.b.v." | "38-urige werkweek)"). */
const BASIS_AT_END = gated(
  caseless(`(?<![\\p{L}\\p{N}])(?:${e((x) => x.basis)})\\s{0,3}$`, 'iu'),
  ew((x) => x.basis),
  true,
);

const TO = `(?:-|–|/|${e((x) => x.to)})`;
/**
 * Weekly hours: "20 horas semanales", "24h/semaine", "32 tot 40-urige werkweek", "40+ hours". Not
 * the last figure of one spelled out digit by digit ("4 2 horas", as posters write figures a board
 * would hide): that "2" is no part-time week.
 */
const WEEKLY_HOURS = gated(
  caseless(
    `(?<![\\d.,]|\\d\\s)(\\d{1,2})(?:[.,]\\d{1,2})?(\\+)?(?:\\s{0,2}${TO}\\s{0,2}(\\d{1,2})(?:[.,]\\d{1,2})?)?` +
      `(?:\\s{0,2}|-)(?:${e((x) => x.weeklyHours)})(?![\\p{L}])`,
    'iu',
  ),
  // After a figure or a space, the hours word starts a word ("24h/semaine": no letter before "h").
  ew((x) => x.weeklyHours),
);
/**
 * "Uren per week: 36", "Stunden pro Woche: 20-25": the hours word as a field's label, the figure
 * its value.
 */
const HOURS_LABELLED = gated(
  caseless(
    `(?<![\\p{L}])(?:${e((x) => x.weeklyHours)})\\s{0,2}:\\s{0,2}(\\d{1,2})(?:[.,]\\d{1,2})?(\\+)?` +
      `(?:\\s{0,2}${TO}\\s{0,2}(\\d{1,2})(?:[.,]\\d{1,2})?)?(?![\\d\\p{L}])`,
    'iu',
  ),
  ew((x) => x.weeklyHours),
);
/** "semaines de 40 heures", "werkweek van 38 uur": the week named first, then its hours. */
const WEEK_OF_HOURS = gated(
  caseless(
    `(?<![\\p{L}])(?:${e((x) => x.weekOf)})\\s{1,2}(\\d{1,2})(?:[.,]\\d{1,2})?` +
      `\\s{0,2}(?:${e((x) => x.hourUnits)})(?![\\p{L}])`,
    'iu',
  ),
  ew((x) => x.weekOf),
);
/** "Jornada laboral de 40 horas", "Arbeitszeit: 40 Stunden": hours with no period named. */
const HOURS_UNSAID = gated(
  caseless(
    `(?<![\\p{L}])(?:${e((x) => x.hoursOf)})\\s{0,2}:?\\s{0,2}(\\d{2})(?:[.,]\\d{1,2})?` +
      `\\s{0,2}(?:${e((x) => x.hourUnits)})(?![\\p{L}])`,
    'iu',
  ),
  ew((x) => x.hoursOf),
);
/** "schaal 9 bij 40 uur per week": right before the hours, the pay's basis. */
const HOURS_BASIS_BEFORE = caseless(
  `(?<![\\p{L}])(?:${e((x) => x.hoursBasisBefore)})\\s{1,3}$`,
  'iu',
);
/** Weekly hours at or under this are part time; from the next figure on, full time. */
const PART_TIME_HOURS = 30;
const FULL_TIME_HOURS = 35;
const MAX_WEEKLY_HOURS = 60;

/** "40%", "(60-80 %)", "80 bis 100%": a share of full time. */
const SHARE = `(\\d{2,3})(?:\\s{0,2}${TO}\\s{0,2}(\\d{2,3}))?\\s{0,2}%`;
/** The share a title closes with: "Verkäufer/in (m/w/d) 40%", "Sachbearbeiter:in (80%)". */
const TITLE_SHARE = caseless(`(?<![\\d.,])${SHARE}\\)?\\s{0,3}$`, 'iu');
/** A share after a workload label: "Pensum: 40 - 50 %", "Taux d'activité : 60%". */
const LABELLED_SHARE = caseless(
  `(?<![\\p{L}])(?:${e((x) => x.workloadLabels)})\\s{0,2}:?\\s{0,2}${SHARE}`,
  'iu',
);

/** A share right after a role's gender mark, anywhere: "als Engineer (w/m/d) (20–60 %)". */
const MARKED_SHARE = new RegExp(`${GENDER_MARKER.source}\\s{0,3}\\(?${SHARE}`, GENDER_MARKER.flags);
/**
 * On a title line, a share in brackets a few words after a gender-inclusive job noun:
 * "Sozialarbeiter:in FH (50-80%) Beratungsstelle …", "Fachfrau/-mann Betreuung (60%) Kita …",
 * "Éducateur·trice (40-60%) Foyer …". The line goes on after it, so the closing share misses it.
 */
const FORM_SHARE = new RegExp(
  `${GENDER_FORM.source}[^.!?:;()\\n]{0,40}?\\(${SHARE}\\)`,
  GENDER_FORM.flags,
);

/**
 * A share alone on the line under the title: a Swiss career page prints the workload below the
 * role's name ("Consulente Clientela Aziendale" / "100%", "Pflegefachfrau HF" / "80-100%").
 */
const BARE_SHARE = new RegExp(`^\\(?${SHARE}\\)?$`);

/** A labelled range of shares up to 100 % ("Workload: 80 – 100%"): the hours are either, by choice. */
function eitherHours(text: string): boolean {
  if (!text.includes('%')) return false;
  const m = LABELLED_SHARE.exec(text);
  return m?.[2] !== undefined && Number(m[1]) < 100 && Number(m[2]) === 100;
}

/** A share under 100 % is part time, 100 % full time; a range up to 100 % ("80-100%") says neither. */
function workload(text: string, isTitle: boolean, underTitle = false): EmploymentType | null {
  // Most sentences hold no share: one character scan, not two patterns.
  if (!text.includes('%')) return null;
  const closing = isTitle && text.length <= 120 ? TITLE_SHARE.exec(text) : null;
  // A first line is a title when it reads as one ("… (m/w/d) 40%"), not "Revenue grew by 40%".
  const title =
    closing !== null && (GENDER_MARKER.test(text) || GENDER_FORM.test(text) || JOB_WORD.test(text));
  // "Finance & HR Support 20–40%": a title closing on a range of shares, whatever its words.
  const ranged = !title && closing?.[2] !== undefined && text.length <= 80 && !/[.!?:]/.test(text);
  const m =
    (title || ranged ? closing : null) ??
    LABELLED_SHARE.exec(text) ??
    MARKED_SHARE.exec(text) ??
    (isTitle ? FORM_SHARE.exec(text) : null) ??
    (underTitle ? BARE_SHARE.exec(text.trim()) : null);
  if (!m) return null;
  const least = Number(m[1]);
  const most = Number(m[2] ?? m[1]);
  if (least < 10 || most > 100 || least > most) return null;
  if (most < 100) return 'part_time';
  return least === 100 ? 'full_time' : null;
}

/** A count of months or years, in figures or in words: "12-month", "one-year", "deux ans". */
const COUNT = `(?:\\d{1,2}|${alternation((l) => Object.keys(l.numbers))})`;
// "six (6) months": the figure in brackets after the number written out; "12+ Months": a least.
const MONTHS = `${COUNT}(?:\\s{0,2}${TO}\\s{0,2}${COUNT})?\\)?\\+?[\\s-]{1,3}(?:${e((x) => x.months)})`;
/** "3 months' full-time contract": the possessive mark and the hours between the term and the contract. */
const TERM_HOURS = `['’]?(?:\\s{1,3}(?:${e((x) => [...x.fullTimeValues, ...x.partTimeValues])}))?`;
const CONTRACT_WORDS = e((x) => x.contractWords);
/** A contract for a stated time is fixed-term: "12-month contract", "contrat de 6 mois". */
// Each holds a month word after a space or a hyphen, a space or a comma after it: their first look.
const MONTH_WORDS = ew((x) => x.months);
// A contract or extension word follows a space or opens the match: a second look of its own.
const CONTRACT_LOOK = startLook(ew((x) => x.contractWords));
const EXTENDABLE_LOOK = startLook(ew((x) => x.extendable));
const DURATION_WORDS = ew((x) => x.durationLabels);
const DURATION_LOOK = startLook(DURATION_WORDS);
/** A date as a record writes it: "16.10.2023", "01/03/25", "1.3.". */
const DATE = `\\d{1,2}[./]\\d{1,2}[./](?:\\d{2}|\\d{4})?`;
const FIXED_TERM: readonly (readonly [RegExp, StartLook])[] = [
  [
    whole(`${MONTHS}${TERM_HOURS}\\s{1,3}(?:${CONTRACT_WORDS})`, 'iu', MONTH_WORDS, true),
    CONTRACT_LOOK,
  ],
  [
    whole(
      // "contrat de 6 mois", "Contract length: 12 months", "Durée du contrat : 6 mois".
      `(?:${CONTRACT_WORDS})(?:\\s{1,3}[\\p{L}']{1,8}){0,2}\\s{0,2}:?\\s{1,3}${MONTHS}`,
      'iu',
      MONTH_WORDS,
      true,
    ),
    CONTRACT_LOOK,
  ],
  [
    whole(`${MONTHS}[,;]?\\s{1,3}(?:${e((x) => x.extendable)})`, 'iu', MONTH_WORDS, true),
    EXTENDABLE_LOOK,
  ],
  [
    // "Duration: 12 months", "- 🗓 Dauer: 16.10.2023 bis 31.03.2024": a record's duration line.
    whole(
      `^(?:[-•*·\\s]|\\p{Extended_Pictographic}|\\uFE0F){0,4}(?:${e((x) => x.durationLabels)})` +
        `\\s{0,2}[:\\-–]?\\s{0,3}(?:${MONTHS}|${DATE}\\s{0,2}${TO}\\s{0,2}${DATE})`,
      'iu',
      DURATION_WORDS,
      true,
    ),
    DURATION_LOOK,
  ],
];

const TRIGGER = trigger(
  LEXICONS.flatMap((l) => {
    const x = l.employment;
    return [
      x.fullTime,
      x.partTime,
      x.contract,
      x.temporary,
      x.internship,
      x.apprenticeship,
      x.volunteer,
      x.perDiem,
      x.internTitles,
      x.apprenticeTitles,
      x.noType,
      x.permanent,
      x.weeklyHours.map((h) => h.replace(/^[^\p{L}]+/u, '')),
      x.contractWords,
      x.extendable,
      x.durationLabels,
    ];
  }),
  4,
  // Every pattern below places these words after a non-letter: they must start a word.
  [],
);

const JSONLD_EMPLOYMENT: Readonly<Record<string, EmploymentType>> = {
  FULL_TIME: 'full_time',
  PART_TIME: 'part_time',
  CONTRACTOR: 'contract',
  CONTRACT: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
  APPRENTICESHIP: 'apprenticeship',
  VOLUNTEER: 'volunteer',
  PER_DIEM: 'per_diem',
};

function jsonLdStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * Beside the types: a status with no type ('none'), a permanent contract ('permanent') and a
 * contract for a stated time ('term'), which is a contractor's engagement when the posting names
 * contract work, and otherwise a fixed-term (temporary) job.
 */
type Key = EmploymentType | 'none' | 'permanent' | 'term';

/**
 * A board form's yes/no question about the post ("Is this internship currently accepting
 * applications?", "Est-ce un stage ?"): the form asks it of every posting, so it names no type.
 * A question put to the reader ("Ben je nu freelancer?", "Bist du Werkstudent?") asks what they
 * are, not what the post is.
 */
const FORM_QUESTION = new RegExp(
  '^(?:#{1,6}\\s)?(?:is|are|does|do|est-ce|ist|es|é|è|is het|ben je|bent u|bist du|sind sie|' +
    'êtes-vous|es-tu)\\s[^?]{3,120}\\?$',
  'i',
);

/** A short field label before its colon. */
const CHOICE_FIELD = /^([^:\n]{3,40}?)\s{0,2}:\s{0,2}(\S[^\n]*)$/u;

/**
 * "Full or Part Time: Full Time", "Permanent/Temporary: Permanent": a label that names the choices
 * asks which one; only its value answers. Any other sentence is read whole.
 */
function answerOf(text: string): string {
  // The label's colon is the text's first (3 to 40 letters in, two code units each at most, and
  // two spaces): most sentences have none there, and the lazy label is tried at every length.
  const colon = text.indexOf(':');
  if (colon < 3 || colon > 82) return text;
  const m = CHOICE_FIELD.exec(text);
  if (!m) return text;
  const label = m[1] as string;
  if (BOTH_HOURS.test(label)) return m[2] as string;
  let named = PERMANENT.test(label) ? 1 : 0;
  for (const [, re] of WORDS) if (re.test(label)) named++;
  return named >= 2 ? (m[2] as string) : text;
}

/** What one sentence says, with its weight; the keys it names are left in `said`. */
function read(s: Sentence, previous: string, score: Score<Key>, said = new Set<Key>()): void {
  const text = answerOf(s.text);
  // Behind the labels' word-start look: most sentences have no field label.
  const labelled = LABELLED.test(text);
  const contractValue =
    (labelled && CONTRACT_VALUE.test(text)) ||
    (text.length <= 30 && CONTRACT_ALONE.test(text.trim()) && LABEL_ALONE.test(previous.trim()));
  const temporaryValue =
    (labelled && TEMPORARY_VALUE.test(text)) ||
    (text.length <= 120 && TEMPORARY_OPENS.test(text.trim()) && LABEL_ALONE.test(previous.trim()));
  // "workDay: Completa", "Jornada: Parcial - Indiferente": the hours as a field's bare value.
  const fullValue = labelled && FULL_TIME_VALUE.test(text);
  const partValue = labelled && PART_TIME_VALUE.test(text);
  if (
    !(contractValue || temporaryValue || fullValue || partValue || TRIGGER.test(text)) ||
    (ELIGIBILITY.test(text) && !OWN_JOB.test(text)) ||
    FORM_QUESTION.test(text)
  ) {
    return;
  }
  const boost = labelled || text.trim().length <= FIELD_LINE;
  const weight = boost ? LABEL : MENTION;
  // "previous internship experience" is the candidate's past, not this job.
  const past = PAST.test(text) && !labelled;
  const basis = BASIS.test(fteFigureless(text)) || BASIS_AT_END.test(previous);
  // The hours the job may later have are not its hours: read the sentence without them.
  const later = LATER_HOURS.exec(text) ?? HYBRID_PHRASE.exec(text);
  const sooner = later
    ? text.slice(0, later.index) + text.slice(later.index + later[0].length)
    : text;
  // Nor are the hours of the candidate's past work ("years of full-time experience").
  const now = HOURS_OF_EXPERIENCE.test(sooner)
    ? sooner.replace(HOURS_OF_EXPERIENCE_ALL, ' ')
    : sooner;
  // "Hourly Rate: $31.21" is no contractor's "Rate:".
  const pay = PAY_LABEL.exec(text);
  const noPay = pay ? text.slice(0, pay.index) + text.slice(pay.index + pay[0].length) : text;
  // Nor is a type the candidate held ("internship or co-op experience").
  const unpaid = TYPE_OF_EXPERIENCE.test(noPay)
    ? noPay.replace(TYPE_OF_EXPERIENCE_ALL, ' ')
    : noPay;
  for (const [type, re] of WORDS) {
    const hours = HOURS_TYPES.has(type);
    const scanned = hours
      ? now
      : type === 'apprenticeship' && LATER_TRAINING.test(unpaid)
        ? unpaid.replace(LATER_TRAINING_ALL, ' ')
        : unpaid;
    if (!re.test(scanned) || (hours ? basis : past)) {
      continue;
    }
    said.add(type);
  }
  // "werkervaring, stage-ervaring of …": the intern word names the candidate's past there too.
  for (const [type, anywhere, alone] of past ? [] : TITLES) {
    if (titleWord(anywhere, text) || (boost && alone.test(text))) said.add(type);
  }
  const hours = WEEKLY_HOURS.exec(text) ?? WEEK_OF_HOURS.exec(text) ?? HOURS_LABELLED.exec(text);
  const paid =
    hours && HOURS_BASIS_BEFORE.test(text.slice(Math.max(0, hours.index - 24), hours.index));
  if (hours && !basis && !paid) {
    const least = Number(hours[1]);
    const most = Number(hours[3] ?? hours[1]);
    // "20+ hours": at least 20, which says nothing of part time. A type the sentence names itself
    // wins over its figure: "full-time hours (30 hours per week)" is a full-time job there.
    if (most > 0 && most <= PART_TIME_HOURS && hours[2] === undefined) {
      if (!said.has('full_time')) said.add('part_time');
    } else if (least >= FULL_TIME_HOURS && most <= MAX_WEEKLY_HOURS && !said.has('part_time')) {
      said.add('full_time');
    }
  } else if (!hours && !basis) {
    // No day has 35 hours: such a figure, its period unsaid, is a full-time week.
    const unsaid = Number(HOURS_UNSAID.exec(text)?.[1] ?? 0);
    if (unsaid >= FULL_TIME_HOURS && unsaid <= MAX_WEEKLY_HOURS) said.add('full_time');
  }
  // "Contrato temporal de 6 meses": a sentence naming the term once counts it once. One about the
  // candidate's experience ("experiencia liderando un proyecto de 18 meses") names no term.
  const term = !past && !said.has('temporary') && !said.has('contract');
  if (
    term &&
    FIXED_TERM.some(([re, look]) => mayStart(text, look) && re.test(text)) &&
    !EXPERIENCE_NOUN.test(text) &&
    !KEPT_FILES.test(text)
  ) {
    said.add('term');
  }
  if (contractValue) said.add('contract');
  if (fullValue && !basis) said.add('full_time');
  if (partValue && !basis) said.add('part_time');
  if (temporaryValue) said.add('temporary');
  if (NO_TYPE.test(text)) said.add('none');
  if (!basis && BOTH_HOURS.test(text)) for (const type of HOURS_TYPES) said.add(type);
  if (PERMANENT.test(text)) said.add('permanent');
  for (const key of said) add(score, key, weight);
}

/**
 * A line listing perks, under a benefits heading: "Flexible working: part time hours, job sharing,
 * home working". A type word there is one option among perks, not the job's type, unless the
 * line names the contract ("Unbefristete Festanstellung in Vollzeit, Firmenwagen, …").
 */
const PERK_LIST = /[,;][^,;]{1,80}[,;]/;

/**
 * A list of ways to arrange the hours that any employee may ask for ("whether that's part time
 * hours, job sharing or compressed hours"): wherever it stands, its type words are options.
 */
const FLEX_OPTIONS = wholeWords((l) => l.employment.flexOptions);

/** "experiencia", "esperienza", "ervaring": a sentence about the candidate's past work. */
const EXPERIENCE_NOUN = wholeWords((l) => l.experience.nouns);
const KEPT_FILES = wholeWords((l) => l.employment.keptFiles);

/** A perk list, or a list of flexible-working options, that names no contract. */
function optionsOnly(text: string, underBenefits: boolean): boolean {
  if (!PERK_LIST.test(text) || PERMANENT.test(text)) return false;
  return underBenefits || FLEX_OPTIONS.test(text);
}

/**
 * A row of links set off by pictographs, as a careers site's footer closes its postings ("🎓 Early
 * Careers / Internships 📋 Contractor Job Site 👩‍💻 Engineering …"): its words name other pages of
 * the site, not this job. A chip row ("📍 Lyon 💼 CDI 🏠 Hybride") has fewer marks.
 */
const PICTOGRAPH = /(?![©®™])\p{Extended_Pictographic}/gu;
const MENU_MARKS = 6;

/** Every pictograph but © and ® (which PICTOGRAPH leaves out) is at U+203C or above. */
const MAY_HOLD_PICTOGRAPH = /[\u203c-\uffff]/;

function linkMenu(text: string): boolean {
  // One plain class scan first: most lines hold no character that far up (no pictograph).
  if (text.length <= FIELD_LINE || !MAY_HOLD_PICTOGRAPH.test(text)) return false;
  return (text.match(PICTOGRAPH)?.length ?? 0) >= MENU_MARKS;
}

const NATURE: readonly EmploymentType[] = EmploymentType.options.filter((t) => !HOURS_TYPES.has(t));

export function extractEmploymentTypes(
  sentences: Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
  title: string | null = null,
): EmploymentType[] {
  const fromLd = new Set<EmploymentType>();
  for (const t of jsonLdStrings(jsonLd?.employmentType)) {
    const mapped = JSONLD_EMPLOYMENT[t.trim().toUpperCase().replace(/[- ]/g, '_')];
    if (mapped) fromLd.add(mapped);
  }
  if (fromLd.size > 0) return EmploymentType.options.filter((t) => fromLd.has(t));

  const score: Score<Key> = new Map();
  const offered: Score<Key> = new Map();
  // The types the first line (the title) names: "WMS-Praktikant/in Administration …" with a record's
  // "pensum: 100%" line is an internship however much the hours weigh.
  const titled = new Set<Key>();
  let either = false;
  // A description that opens on the company ("Sobre a Firsty…", a JSON-LD text) leaves the title
  // out: the title is read as the first line it would be ("Estagiário de Gestão de Clientes").
  const first = sentences[0]?.text.trim() ?? '';
  if (title !== null && title.length <= TITLE_LINE && !first.startsWith(title.trim())) {
    read({ text: title, start: 0, end: 0, heading: null, section: null }, '', score, titled);
  }
  for (const [i, s] of sentences.entries()) {
    either ||= eitherHours(s.text);
    const previous = sentences[i - 1]?.text ?? '';
    const underBenefits = isNonRequirementHeading(s.heading);
    if (optionsOnly(s.text, underBenefits) || linkMenu(s.text)) continue;
    const share = workload(s.text, i === 0, i === 1);
    if (share) add(underBenefits ? offered : score, share, LABEL);
    read(s, previous, underBenefits ? offered : score, i === 0 ? titled : undefined);
  }
  // What the benefits say counts only when the rest of the text names no type ("Wir bieten: eine
  // unbefristete Vollzeitstelle"); a list of perks never does ("part time hours, job sharing").
  const named = score.has('term') || EmploymentType.options.some((t) => score.has(t));
  // A labelled "80 – 100%" leaves the hours open: a perk's "full-time or 80%" does not settle them.
  if (!named)
    for (const [k, v] of offered)
      if (!either || !HOURS_TYPES.has(k as EmploymentType)) add(score, k, v);
  // "Seasonal Sales Associate": the title's word, where the text says nothing of the term and
  // offers no permanent contract.
  const unsaid = !score.has('temporary') && !score.has('term') && !score.has('permanent');
  if (unsaid && temporaryTitle(title, sentences[0]?.text)) add(score, 'temporary', LABEL);
  // "Assistant Sales Manager (Contract)": the title's closing word, where the text names no type.
  const contractTitle =
    title !== null &&
    title.length <= TITLE_LINE &&
    (CONTRACT_TITLE_TAIL.test(title) || CONTRACT_TITLE_HEAD.test(title));
  if (contractTitle) {
    if (!EmploymentType.options.some((t) => score.has(t))) add(score, 'contract', LABEL);
  }
  // A working-student post ("Werkstudent") borrows internship words: they name no type here.
  const none = score.get('none') ?? 0;
  if (none > 0 && NATURE.every((t) => (score.get(t) ?? 0) <= none)) {
    for (const t of NATURE) score.delete(t);
  }
  // "PJ ou CLT", "freelance or permanent": the contract is one option, not the job's type.
  if ((score.get('permanent') ?? 0) >= (score.get('contract') ?? 0)) score.delete('contract');
  const term = score.get('term') ?? 0;
  // A stated term ("Proyecto de 11 meses") makes the job fixed-term beside any hours it has.
  const termed: EmploymentType | null =
    term > 0 ? (score.has('contract') ? 'contract' : 'temporary') : null;
  if (termed) add(score, termed, term);
  for (const key of ['permanent', 'term', 'none'] as const) score.delete(key);
  const top = Math.max(0, ...score.values());
  // "Skimonteur - Teilzeit (w/m)" over "Für die Winter Saison …": the title's hours weigh against
  // other hours, not against the term the text states.
  // A fixed term stated beside hours said many times weighs against the other natures only: it is
  // said outright, where a contract or apprenticeship word beside full-time hours is often an aside.
  const titledHours = [...HOURS_TYPES].some((t) => titled.has(t));
  const natureTop = Math.max(0, ...NATURE.map((t) => score.get(t) ?? 0));
  return EmploymentType.options.filter((t) => {
    const s = score.get(t) ?? 0;
    const against = NATURE.includes(t) && (titledHours || t === 'temporary') ? natureTop : top;
    return s > 0 && (s * 2 >= against || t === termed || (titled.has(t) && NATURE.includes(t)));
  });
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(
  FTE_FIGURE,
  CONTRACT_VALUE,
  LABEL_ALONE,
  TEMPORARY_OPENS,
  CONTRACT_ALONE,
  TEMPORARY_VALUE,
  PAY_LABEL,
  WORDS,
  TITLES,
  FLEX_OPTIONS,
  NO_TYPE,
  BOTH_HOURS,
  HOURS_LABELLED,
  HOURS_UNSAID,
  PAST,
  PERMANENT,
  LABELLED,
  ELIGIBILITY,
  LATER_HOURS,
  HYBRID_PHRASE,
  BASIS,
  HOURS_OF_EXPERIENCE,
  TYPE_OF_EXPERIENCE,
  BASIS_AT_END,
  WEEKLY_HOURS,
  TITLE_SHARE,
  LABELLED_SHARE,
  MARKED_SHARE,
  FIXED_TERM,
  CONTRACT_TITLE_TAIL,
  CONTRACT_TITLE_HEAD,
  TRIGGER,
  MAY_HOLD_PICTOGRAPH,
);
