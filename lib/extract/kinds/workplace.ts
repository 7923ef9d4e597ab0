import type { EmploymentType, Workplace } from '../../schema';
import type { Sentence } from '../types';

/**
 * Work model and employment type. Each signal has a weight: a board tag ("#LI-HYBRID"), a label
 * ("Job type: Full-time") or a line of its own ("Full Time") outweighs a phrase in prose, and a
 * mention in passing ("remote-friendly culture", "come onsite to interview") is no signal at all.
 * A tie between different answers is null: the posting does not say clearly.
 */

type Signal<T> = [T, RegExp, number];

const TAG = 3;
const LABEL = 3;
const PHRASE = 2;
const MENTION = 1;
/** A line this short that names a work model or contract is a field of the page ("Hybrid"). */
const FIELD_LINE = 40;

type Score<T extends string> = Map<T, number>;

function add<T extends string>(score: Score<T>, key: T, weight: number): void {
  score.set(key, (score.get(key) ?? 0) + weight);
}

/** The highest-scoring answer, or null when nothing scored or two answers tie. */
function winner<T extends string>(score: Score<T>, order: readonly T[]): T | null {
  let best: T | null = null;
  let top = 0;
  let tie = false;
  for (const key of order) {
    const s = score.get(key) ?? 0;
    if (s > top) {
      best = key;
      top = s;
      tie = false;
    } else if (s === top && s > 0) tie = true;
  }
  return tie ? null : best;
}

// ── Work model ──────────────────────────────────────────────────────────────────────────────

const NUM =
  '(?:[1-4]|one|two|three|four|un|deux|trois|quatre|ein|zwei|drei|vier|uno|dos|tres|cuatro|due|tre|quattro|twee|drie)';

const WORKPLACE_SIGNALS: readonly Signal<Workplace>[] = [
  ['hybrid', /(?<![\p{L}\d])#?LI-HYBRID(?!\p{L})/iu, TAG],
  ['remote', /(?<![\p{L}\d])#?LI-REMOTE(?!\p{L})/iu, TAG],
  ['onsite', /(?<![\p{L}\d])#?LI-ON-?SITE(?!\p{L})/iu, TAG],
  [
    'hybrid',
    /(?<!\p{L})(?:hybrid|hybride|híbrid[oa]|ibrid[oa]|hybriden?)(?!\p{L})(?!\s{1,3}(?:cloud|apps?|mobile|vehicles?|cars?|infrastructure|architecture|systems?|solutions?|IT|environments?\s(?:on|across)|Cloud|Infrastruktur|nube|event))/iu,
    PHRASE,
  ],
  [
    'hybrid',
    new RegExp(
      `(?<!\\p{L})${NUM}\\s(?:days?|jours?|Tage?n?|días?|giorni|dagen)\\s(?:(?:a|per|par|pro|por|a la|alla)\\s(?:week|semaine|Woche|semana|settimana)\\s)?(?:(?:in|at|from|on|en|im|de|dans|au|vor|da|op|het)\\s(?:the\\s|our\\s|le\\s|l'|la\\s|el\\s|de\\s|het\\s)?)?(?:office|bureau|Büro|oficina|ufficio|kantoor|site|home|remote|télétravail|Homeoffice|Home-Office|teletrabajo|remoto|casa|thuis|Ort)`,
      'iu',
    ),
    PHRASE,
  ],
  [
    'hybrid',
    /(?<!\p{L})(?:télétravail (?:fréquent|occasionnel|ponctuel)|télétravail partiel|partial remote|partially remote|remote\s(?:and|&|\/)\soffice|office\s(?:and|&|\/)\sremote|Homeoffice möglich|Home-Office möglich|mobiles Arbeiten|smart working|teletrabajo parcial)(?!\p{L})/iu,
    PHRASE,
  ],
  [
    'hybrid',
    new RegExp(
      `(?<!\\p{L})(?:télétravail|remote work|remote working|work from home|Homeoffice|Home-Office|mobiles Arbeiten|teletrabajo|smart working|thuiswerken)\\s(?:possible\\s|possibles?\\s|möglich\\s|up to\\s|jusqu'à\\s|bis zu\\s|hasta\\s|fino a\\s|an\\s|on\\s|:\\s){0,2}${NUM}\\s(?:days?|jours?|Tage?n?|días?|giorni|dagen)`,
      'iu',
    ),
    PHRASE,
  ],
  [
    'remote',
    /(?<!\p{L})(?:fully[- ]remote|100\s?%\s(?:remote|télétravail|Homeoffice|remoto|teletrabajo)|remote[- ]first|full[- ]remote|remote\s(?:position|role|job|opportunity|contract)|(?:is|be)\s(?:a\s)?(?:fully\s)?remote(?!\p{L})(?![- ]friendly)|work\sfrom\s(?:home|anywhere)|remote\s(?:within|from|in)\s(?:the\s)?(?:US|USA|UK|EU|Europe|EMEA|Canada|Germany|France|Spain)|télétravail (?:complet|total|à 100)|en télétravail complet|vollständig remote|komplett remote|ausschließlich Homeoffice|100\s?% remoto|teletrabajo (?:completo|total)|en remoto|da remoto|volledig (?:remote|thuis))(?!\p{L})/iu,
    PHRASE,
  ],
  [
    'onsite',
    /(?<!\p{L})(?:(?:fully|100\s?%)\s(?:on-?site|in[- ]office|in the office|office[- ]based|présentiel)|(?:role|position|job)\sis\s(?:based\s)?(?:on-?site|in[- ]office|office[- ]based)|on-?site\s(?:role|position|job)|office[- ]based\s(?:role|position|job)|5\sdays\s(?:a|per)\sweek\sin\s(?:the|our)\soffice|en présentiel|100\s?% présentiel|trabajo presencial|100\s?% presencial|in sede|work location:\s?in person|in-person (?:role|position|job))(?!\p{L})/iu,
    PHRASE,
  ],
];

/** "This is not a remote position": the word remote, negated, means on site. */
const NOT_REMOTE =
  /(?<!\p{L})(?:not\s(?:a\s)?(?:fully\s)?remote|no\sremote|remote work is not|pas de télétravail|kein(?:e)?\s(?:Homeoffice|Home-Office|Remote)|sin teletrabajo|niet op afstand)(?!\p{L})/iu;

/** Lines like "Remote", "Hybrid (Paris)", "Location: Remote - US", "Workplace type: On-site". */
const FIELD_SIGNALS: readonly Signal<Workplace>[] = [
  ['remote', /(?<!\p{L})(?:remote|télétravail|Homeoffice|remoto|teletrabajo)(?!\p{L})/iu, LABEL],
  ['hybrid', /(?<!\p{L})(?:hybrid|hybride|híbrido|ibrido)(?!\p{L})/iu, LABEL],
  [
    'onsite',
    /(?<!\p{L})(?:on-?site|in[- ]office|in[- ]person|présentiel|presencial|vor Ort)(?!\p{L})/iu,
    LABEL,
  ],
];

/** Cheap first look without Unicode case folding (slow in V8): most sentences skip the rest. */
const WORKPLACE_TRIGGER =
  /remot|hybri|híbri|ibrid|office|site|in.person|bureau|büro|oficina|ufficio|kantoor|home|télétravail|teletrabajo|présentiel|presencial|smart working|mobiles|LI-|vor ort|in sede|anywhere|thuis|afstand|casa/i;

const WORKPLACE_ORDER: readonly Workplace[] = ['hybrid', 'remote', 'onsite'];

function jsonLdStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function extractWorkplace(
  sentences: Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
): Workplace | null {
  const types = jsonLdStrings(jsonLd?.jobLocationType).map((t) => t.toUpperCase());
  if (types.includes('TELECOMMUTE')) return 'remote';
  const score: Score<Workplace> = new Map();
  for (const s of sentences) {
    if (!WORKPLACE_TRIGGER.test(s.text)) continue;
    if (NOT_REMOTE.test(s.text)) {
      add(score, 'onsite', PHRASE);
      continue;
    }
    const short = s.text.trim().length <= FIELD_LINE;
    let said = false;
    for (const [value, re, weight] of WORKPLACE_SIGNALS) {
      if (!re.test(s.text)) continue;
      add(score, value, short ? Math.max(weight, LABEL) : weight);
      said = true;
    }
    if (!short || said) continue;
    for (const [value, re, weight] of FIELD_SIGNALS) if (re.test(s.text)) add(score, value, weight);
  }
  return winner(score, WORKPLACE_ORDER);
}

// ── Employment type ─────────────────────────────────────────────────────────────────────────

/** Benefits legalese ("full-time employees are eligible for…") says nothing about this job. */
const ELIGIBILITY =
  /(?<!\p{L})(?:eligib\w{0,6}|entitled|benefits?\s(?:for|to)|(?:full|part)[- ]time\s(?:employees|staff|workers|team members))(?!\p{L})/iu;

const LABELLED =
  /(?<!\p{L})(?:employment type|job type|contract type|type of contract|schedule type|type de contrat|contrat|Anstellungsart|Art der Anstellung|Vertragsart|Beschäftigungsart|tipo de (?:contrato|jornada|empleo)|jornada|tipo di contratto|dienstverband|soort contract)\s{0,2}:/iu;

const EMPLOYMENT_SIGNALS: readonly Signal<EmploymentType>[] = [
  ['temporary', /(?<!\p{L})CDD(?!\p{L})/u, MENTION],
  [
    'full_time',
    /(?<!\p{L})(?:full[- ]?time|Vollzeit|jornada completa|tiempo completo|tempo pieno|fulltime|tempo integral|tempo inteiro)(?!\p{L})/iu,
    MENTION,
  ],
  [
    'full_time',
    /(?<!\p{L})(?:full[- ]time|permanent)\s(?:position|role|job|opportunity|contract)(?!\p{L})/iu,
    PHRASE,
  ],
  [
    'part_time',
    /(?<!\p{L})(?:part[- ]?time|Teilzeit|Werkstudent\w{0,4}|tiempo parcial|media jornada|tempo parziale|parttime|meio período|temps partiel)(?!\p{L})/iu,
    MENTION,
  ],
  [
    'contract',
    /(?<!\p{L})(?:contract\s(?:role|position|job|basis|assignment|opportunity|to hire)|contract-to-hire|\d{1,2}[- ]months?\scontract|(?:freelance|freelancer|contractor|Freiberufl\w{1,6}|autónomo|freelancing|indépendant|free-lance)(?!\s(?:platforms?|marketplaces?))|mission de \d{1,2} mois)(?!\p{L})/iu,
    MENTION,
  ],
  [
    'temporary',
    /(?<!\p{L})(?:fixed[- ]term|temporary\s(?:role|position|contract|job|assignment)|befristet\w{0,3}|contrato temporal|tempo determinato|tijdelijk contract|seasonal\s(?:role|position|job|contract|work)|stagione estiva|contratto stagionale|contrato de temporada|emploi saisonnier|Saisonstelle|maternity cover|parental leave cover|Elternzeitvertretung)(?!\p{L})/iu,
    MENTION,
  ],
  [
    'internship',
    /(?<!\p{L})(?:^(?:Stage|Stagiaire|Praktikum|Prácticas|Tirocinio|Estágio)(?=\s[–-]\s)|gratification de stage|gratification\s?:|internship|intern\s(?:role|position)|stage\s(?:de|d['’]|en|di)|stagiaire|stage(?= \d{1,2} mois)|Praktikum|Pflichtpraktikum|prácticas|becari[oa]|tirocinio|stagista|estágio|stagiair|werkstudent-?stage)(?!\p{L})/iu,
    MENTION,
  ],
  [
    'apprenticeship',
    /(?<!\p{L})(?:apprenticeship|alternance|alternant\w{0,2}|contrat d['’]apprentissage|contrat de professionnalisation|Ausbildung\s(?:zum|zur)|Ausbildungsplatz|duales Studium|formación dual|apprendistato|leerwerktraject)(?![\p{L}-])/iu,
    MENTION,
  ],
];

/**
 * A permanent contract ("CDI", "unbefristet") usually means full time, but "CDI – Temps partiel"
 * is common: it never outweighs an explicit hours word, even on a short field line, and says
 * nothing of the hours in a sentence that names part time.
 */
const PERMANENT =
  /(?<!\p{L})(?:CDI|unbefristet\w{0,3}|contrato indefinido|tempo indeterminato|vast contract|vaste aanstelling|contrato sem termo|permanent (?:position|role|contract))(?!\p{L})/iu;

/** Cheap first look, as for the work model. */
const EMPLOYMENT_TRIGGER =
  /time|cdi|cdd|gratification|zeit|befrist|jornada|tiempo|tempo|contract|freelanc|contractor|freiberuf|autónomo|indépendant|mission|fixed|temporary|cover|intern|stage|praktik|prácticas|becari|tirocinio|estágio|apprentic|alternan|ausbildung|duales|dual|apprendistato|leerwerk|werkstudent|parcial|parziale|partiel|período|permanent|vast|indefinido|indeterminato|teilzeit|vollzeit|fulltime|parttime|integral|inteiro|sem termo|seasonal|stagion|temporada|saison|maternity|parental|elternzeit|tijdelijk|stagiair/i;

const JSONLD_EMPLOYMENT: Readonly<Record<string, EmploymentType>> = {
  FULL_TIME: 'full_time',
  PART_TIME: 'part_time',
  CONTRACTOR: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
  APPRENTICESHIP: 'apprenticeship',
  PER_DIEM: 'temporary',
};

/** Most specific first: a "full-time internship" is an internship. */
const EMPLOYMENT_ORDER: readonly EmploymentType[] = [
  'internship',
  'apprenticeship',
  'temporary',
  'contract',
  'part_time',
  'full_time',
];

export function extractEmploymentType(
  sentences: Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
): EmploymentType | null {
  for (const t of jsonLdStrings(jsonLd?.employmentType)) {
    const mapped = JSONLD_EMPLOYMENT[t.trim().toUpperCase().replace(/[- ]/g, '_')];
    if (mapped) return mapped;
  }
  const score: Score<EmploymentType> = new Map();
  for (const s of sentences) {
    if (!EMPLOYMENT_TRIGGER.test(s.text) || ELIGIBILITY.test(s.text)) continue;
    const boost = LABELLED.test(s.text) || s.text.trim().length <= FIELD_LINE;
    let partTime = false;
    for (const [value, re, weight] of EMPLOYMENT_SIGNALS) {
      if (!re.test(s.text)) continue;
      add(score, value, boost ? Math.max(weight, LABEL) : weight);
      partTime ||= value === 'part_time';
    }
    if (!partTime && PERMANENT.test(s.text)) add(score, 'full_time', MENTION);
  }
  const best = winner(score, EMPLOYMENT_ORDER);
  if (best) return best;
  // A tie: a "full-time internship" is an internship and a "tempo determinato, full time"
  // contract temporary; "full-time or part-time" stays unsaid.
  const top = Math.max(0, ...score.values());
  return EMPLOYMENT_ORDER.slice(0, 4).find((t) => top > 0 && score.get(t) === top) ?? null;
}
