import type { EducationLevel } from '../../schema';
import type { Found, SentenceExtractor } from '../types';
import { cleanField } from './field';

/**
 * Education: the level (high school ... doctorate), the field, and whether equivalent experience
 * is accepted. Names from several systems: BA/BS/MSc/PhD, Bac+2/+3/+5, Abitur/Ausbildung,
 * Licenciatura/Grado, Laurea, HBO/WO, CAP/BTS/DUT.
 */

/** Case-insensitive names; each group is a level. */
const LEVEL_NAMES = new RegExp(
  [
    '(?<doctorate>ph\\.?\\s?d\\.?|doctorate|doctoral degree|doktor(?:at|grad)?|doctorat|doctorado|dottorato|doutorado|doutoramento|bac\\s?\\+\\s?8)',
    "(?<master>master'?s?(?: degree)?|m\\.sc\\.?|msc|meng|mba|advanced degree|graduate degree|postgraduate|post-graduate|diplom(?:-\\p{L}+)?|bac\\s?\\+\\s?[45]|máster|laurea magistrale|laurea specialistica|mestrado|pós-graduação|posgrado|wo(?:-niveau)?|universitair|msn)",
    "(?<bachelor>bachelor'?s?(?: degree)?|b\\.sc\\.?|bsc|beng|bba|undergraduate degree|(?:4|four)[- ]year degree|university degree|college degree|degree|hochschulabschluss|hochschulstudium|abgeschlossenes studium|studium|licence(?= (?:en|professionnelle|de|d'))|bac\\s?\\+\\s?3|licenciatura|grado universitario|grado(?= en )|titulación universitaria|laurea(?: triennale)?|bacharelado|graduação|ensino superior|superior completo|hbo(?:-niveau)?|diplôme d'ingénieur|bsn|third-level (?:qualification|degree))",
    "(?<associate>associate(?:'?s)? degree|associate's|bac\\s?\\+\\s?2|bts|dut|deug|(?:2|two)[- ]year degree|técnico superior)",
    '(?<vocational>ausbildung|berufsausbildung|cap|bep|bac pro|formación profesional|ciclo formativo(?: de grado (?:medio|superior))?|mbo(?:-niveau)?|trade school|vocational (?:training|qualification|degree|diploma)|qualifica professionale)',
    '(?<high_school>high school|bac(?!\\s?\\+)|educación secundaria(?: obligatoria)?|ged|secondary school|a-levels?|abitur|matura|baccalauréat|bachillerato|diploma di maturità|diploma di scuola superiore|diploma di (?:ragioneria|perito|geometra|liceo)|ensino médio|havo|vwo)',
  ]
    .map((g) => `(?<![\\p{L}\\d])${g}(?![\\p{L}])`)
    .join('|'),
  'giu',
);

/** Short uppercase degree names, case-sensitive because "MS Office" and "BA" in prose exist. */
const SHORT_DEGREE =
  /(?<![\p{L}/'’])(BA|BS|B\.A\.|B\.S\.|MS|MA|M\.S\.|M\.A\.|ADN|ASN)(?=\s?\/|\s(?:or|and|degree|in|en|preferred|required|accepted|a plus)\b|\s?,|\s?\)|\s?;|$)/gu;
const SHORT_LEVEL: Record<string, EducationLevel> = {
  BA: 'bachelor',
  BS: 'bachelor',
  'B.A.': 'bachelor',
  'B.S.': 'bachelor',
  MS: 'master',
  MA: 'master',
  'M.S.': 'master',
  'M.A.': 'master',
  // Associate Degree / Associate of Science in Nursing.
  ADN: 'associate',
  ASN: 'associate',
};

/** Short names that are ordinary words in lower case ("cap", "wo", "ged"). */
const AMBIGUOUS_SHORT = /^(?:cap|bep|ged|wo|bts|dut|mba)$/i;

const EQUIVALENT =
  /or (?:\w+ ){0,2}equivalent|equivalent (?:\w+ )?experience|or comparable|ou équivalent|ou expérience équivalente|vergleichbar|gleichwertig|o equivalente|ou equivalente|o titolo equivalente|of vergelijkbaar|of gelijkwaardig/i;

/** A field after the degree: "in Computer Science", "en informatique", "der Informatik". */
const FIELD_AFTER =
  /^\s{0,2}(?:degree|diploma|diplôme|abschluss)?\s{0,2}(?:in|of|en|de|in|der|im bereich|en el área de|in materia di|em|op het gebied van)\s{1,3}(.{2,80})/i;

/** "degree" alone is too common in prose ("to a high degree"); it needs a degree-like neighbour. */
const BARE_DEGREE_OK = /^\s{0,2}(?:in|or|and|required|preferred|from|en|\/|,|;|\(|$)/i;

const FIELD_STOP =
  /\s(?:or|and\/or|ou|oder|o|of)\s(?:\w+\s)?(?:equivalent|related|similar|comparable|relevant|équivalent|vergleichbar|equivalente|gelijkwaardig)/i;

function fieldAfter(text: string, end: number): string | null {
  const m = FIELD_AFTER.exec(text.slice(end, end + 120));
  if (!m) return null;
  const raw = m[1] as string;
  const stop = FIELD_STOP.exec(raw);
  return cleanField(stop ? raw.slice(0, stop.index) : raw);
}

function equivalentAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 120);
  const clauseEnd = rest.search(/[;.]\s|[;.]$/);
  return EQUIVALENT.test(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd));
}

/**
 * What every name above contains, as one cheap test: a sentence without any of these (most
 * sentences) skips the large regex. Uppercase short names are caught by SHORT_GATE.
 */
const STEM_GATE =
  /ph\.?\s?d|doct|dokt|dott|dout|bac\s?\+|baccalaur|bachelor|bachiller|bacharel|bac pro|master|máster|mestrado|m\.?sc|m\.?eng|b\.?sc|b\.?eng|bba|degree|graduat|graduação|diplom|diplô|studium|ausbildung|abitur|matura|licen[cs]|grado|titulaci|laurea|ensino|universit|school|a-level|vocational|formación|ciclo formativo|qualifica|técnico superior|hochschul|associate'?s|third-level|bsn|msn|secundaria|\\bbac\\b|superior completo|\bmbo|\bhbo|havo|vwo/i;
const SHORT_GATE =
  /(?<![\p{L}])(?:BA|BS|MA|MS|ADN|ASN|B\.[AS]|M\.[AS]|MBA|CAP|BEP|GED|WO|BTS|DUT|DEUG|HBO|MBO|HAVO|VWO)(?![\p{L}])/u;

interface Hit {
  level: EducationLevel;
  start: number;
  end: number;
}

const RANK: Record<EducationLevel, number> = {
  high_school: 0,
  vocational: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
};

/** Between two degree names that are alternatives: "or", "/", "ou", "oder", "o", "of". */
const ALTERNATIVES_GAP =
  /^(?:-\d{1,2})?(?:'s)?(?:\s{0,2}degree)?\s{0,2}(?:or|\/|ou|oder|o|of|and\/or)\s{0,2}(?:an?\s{1,2})?$/i;
/** "... years of work experience with a PhD degree". */
const ALTERNATIVE_PATH =
  /(?:years?|ans|jahre|años|anni|anos)\b[^.;]{0,60}\b(?:with|holding|having) (?:a|an)\s{1,2}$/i;

const CITY_BEFORE = /\p{Lu}[\p{L}.'-]{1,20},\s{1,2}$/u;
const TAUGHT_BEFORE = /(?:teaching|tutoring|teach|taught|coaching)\s{1,2}$/i;
const PEOPLE_AFTER =
  /^[\s-]{0,2}(?:students?|pupils?|learners?|teachers?|classes|courses|level)\b/i;

function mayMention(text: string): boolean {
  return STEM_GATE.test(text) || SHORT_GATE.test(text);
}

export const extractEducation: SentenceExtractor = (sentence) => {
  const text = sentence.text;
  if (!mayMention(text)) return [];
  const found: Found[] = [];
  const seen = new Set<EducationLevel>();
  const push = (level: EducationLevel, start: number, end: number) => {
    if (seen.has(level)) return;
    seen.add(level);
    const field = fieldAfter(text, end);
    found.push({
      kind: 'education',
      level,
      field,
      equivalentAccepted: equivalentAfter(text, end),
      at: start,
    });
  };
  const hits: Hit[] = [];
  SHORT_DEGREE.lastIndex = 0;
  for (let m = SHORT_DEGREE.exec(text); m; m = SHORT_DEGREE.exec(text)) {
    // "Cambridge, MA", "Jackson, MS": a US state after a city, not a degree.
    if (CITY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const level = SHORT_LEVEL[m[1] as string];
    if (level) hits.push({ level, start: m.index, end: m.index + m[0].length });
  }
  LEVEL_NAMES.lastIndex = 0;
  for (let m = LEVEL_NAMES.exec(text); m; m = LEVEL_NAMES.exec(text)) {
    const groups = m.groups ?? {};
    const level = (Object.keys(groups) as EducationLevel[]).find((k) => groups[k] !== undefined);
    if (!level) continue;
    const end = m.index + m[0].length;
    if (/^degree$/i.test(m[0])) {
      // "BA/BS degree" is already counted; a bare "degree" needs a degree-like neighbour.
      if (hits.some((h) => h.end <= m.index && m.index - h.end <= 6)) continue;
      if (!BARE_DEGREE_OK.test(text.slice(end, end + 12))) continue;
    }
    if (AMBIGUOUS_SHORT.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
    hits.push({ level, start: m.index, end });
  }
  hits.sort((a, b) => a.start - b.start);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    // "or 3 years of experience with a PhD": a path to the years, not a degree asked for.
    if (ALTERNATIVE_PATH.test(text.slice(Math.max(0, h.start - 80), h.start))) continue;
    // "Experience teaching A-level English", "tutoring high school students": whom, not a degree.
    if (TAUGHT_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (PEOPLE_AFTER.test(text.slice(h.end, h.end + 20))) continue;
    // "PhD or MS in X", "BS/MS", "Bachelor's or Master's degree": the lowest level is required.
    let level = h.level;
    let last = h;
    while (i + 1 < hits.length) {
      const next = hits[i + 1] as Hit;
      if (!ALTERNATIVES_GAP.test(text.slice(last.end, next.start))) break;
      if (RANK[next.level] < RANK[level]) level = next.level;
      last = next;
      i++;
    }
    // "BA/BS degree in X": read the field and equivalence after the whole degree phrase.
    const tail = /^(?:\s?\/\s?(?:BA|BS|MS|MA|BSc|MSc)|\s?degree)+/.exec(text.slice(last.end));
    push(level, h.start, last.end + (tail ? tail[0].length : 0));
  }
  return found;
};
