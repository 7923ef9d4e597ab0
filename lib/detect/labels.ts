import type { EmploymentType, Workplace } from '../schema/extraction';
import { MODEL_WORDS } from './title-model';

/**
 * A job site's own labels ("Full-time", "Hybrid", "Sur site", "Feste Anstellung") read as posting
 * facts. Only short label texts count: prose is the engine's job.
 */

export interface LabelFacts {
  workplace?: Workplace;
  employmentType?: EmploymentType;
}

const W = (s: string) => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])`, 'iu');

const WORKPLACE: readonly [Workplace, RegExp][] = MODEL_WORDS.map(([m, s]) => [m, W(s)]);

/** Most specific first, as the engine orders them: a "full-time internship" is an internship. */
const EMPLOYMENT: readonly [EmploymentType, RegExp][] = [
  [
    'internship',
    W(
      'internships?|intern|stage|stagiaire|praktikum|prácticas|tirocinio|estágio|stagiair|graduate program(?:me)?|تدريب داخلي|实习生?',
    ),
  ],
  [
    'apprenticeship',
    W('apprenticeships?|alternance|ausbildung|apprendistato|aprendiz(?:aje)?|leerbaan'),
  ],
  [
    'temporary',
    W(
      'temporary|temporaire|cdd|befristet|fixed[- ]term|temporal|tempo determinato|tijdelijk|interim|seasonal|مؤقت',
    ),
  ],
  ['contract', W('contract(?:or)?|freelance|freiberuflich|autónomo|indépendant|zzp|عقد')],
  [
    'part_time',
    W(
      'part[- ]?time|teilzeit|temps partiel|tiempo parcial|media jornada|tempo parziale|meio período|deeltijd|werkstudent(?:in)?|دوام جزئي|兼职',
    ),
  ],
  [
    'full_time',
    W(
      'full[- ]?time|vollzeit|temps (?:plein|complet)|tiempo completo|jornada completa|tempo pieno|tempo integral|voltijd|دوام كامل|全职',
    ),
  ],
];

/** A permanent contract with no hours label: full time, as the engine reads "CDI". */
const PERMANENT = W(
  'permanent|cdi|feste anstellung|festanstellung|unbefristet|indefinido|tempo indeterminato|vast contract|vaste baan',
);

const MAX_LABEL = 60;

/** "Remote or Hybrid", "Hybrid / Remote": models offered as alternatives in one label. */
const ALTERNATIVES = W('or|oder|ou|o|of|oppure|/');

/** A label offering remote work as one alternative is remote, as the engine reads such prose. */
function alternativeRemote(labels: readonly string[]): boolean {
  const [, remote] = WORKPLACE[1] as [Workplace, RegExp];
  return labels.some(
    (l) =>
      remote.test(l) &&
      ALTERNATIVES.test(l.replace(/\s*\/\s*/g, ' / ')) &&
      WORKPLACE.some(([model, re]) => model !== 'remote' && re.test(l)),
  );
}

export function labelFacts(labels: readonly string[]): LabelFacts | undefined {
  // One chip may hold several labels: "$120K/yr (from job description) · Full-time · Mid-Senior level".
  const short = labels.flatMap((l) => l.split(' · ')).filter((l) => l.length <= MAX_LABEL);
  if (short.length === 0) return undefined;
  const facts: LabelFacts = {};
  const hit = <T>(table: readonly [T, RegExp][]) =>
    table.find(([, re]) => short.some((l) => re.test(l)))?.[0];
  facts.workplace = alternativeRemote(short) ? 'remote' : hit(WORKPLACE);
  facts.employmentType =
    hit(EMPLOYMENT) ?? (short.some((l) => PERMANENT.test(l)) ? 'full_time' : undefined);
  if (!facts.workplace) delete facts.workplace;
  if (!facts.employmentType) delete facts.employmentType;
  return facts.workplace || facts.employmentType ? facts : undefined;
}
