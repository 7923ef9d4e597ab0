import type { Offered } from '../../schema';
import type { Found, Sentence, SentenceExtractor } from '../types';

/**
 * Relocation help, visa sponsorship and the right to work. A sentence counts only when it talks
 * about the employer's side ("relocation package", "we sponsor visas"); "willing to relocate" is
 * asked of the candidate and says nothing about help. Negation anywhere near flips it.
 */

// Negation words in the languages we read; checked in a window around the topic word.
const NEGATION =
  /(?<!\p{L})(?:not|no|unable|cannot|can['’]t|won['’]t|isn['’]t|doesn['’]t|don['’]t|never|without|unfortunately|ne|pas|aucune?|sans|kein(?:e|en)?|nicht|leider|sin|non|nessun[ao]?|geen|niet|não)(?!\p{L})/iu;
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 50;

function negatedNear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
  const after = text.slice(end, end + WINDOW_AFTER);
  return (
    NEGATION.test(before) ||
    /^[^.;]{0,45}(?:not|nicht|leider|kein\p{L}{0,2}|pas|no)(?!\p{L})/iu.test(after)
  );
}

/** Cheap first looks without Unicode case folding (slow in V8): most sentences skip the rest. */
const RELOCATION_TRIGGER =
  /reloc|déménag|umzug|reubica|traslad|mudanza|traslo|ricolloc|verhuiz|realoca/i;
const VISA_TRIGGER =
  /visa|sponsor|h-?1b|permit|blue card|blaue karte|visum|arbeitserlaubnis|aufenthalt|permis|visado|visto|werkvergunning|skilled worker/i;
const AUTHORIZATION_TRIGGER =
  /authori|right to work|eligib|permit|permis|autoris|arbeitserlaubnis|arbeitsgenehmigung|autoriza|permesso|werkvergunning/i;

/** The first decisive sentence wins: postings state this once, in a statement of their own. */
function decide(
  sentences: Sentence[],
  trigger: RegExp,
  topic: RegExp,
  offer: RegExp,
  skip?: RegExp,
): Offered | null {
  for (const { text } of sentences) {
    if (!trigger.test(text)) continue;
    // An application question ("Will you require sponsorship?") states nothing.
    if (text.trimEnd().endsWith('?')) continue;
    const m = topic.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (negatedNear(text, start, end)) return 'not_offered';
    if (skip?.test(text) && !offer.test(text)) continue;
    if (offer.test(text)) return 'offered';
  }
  return null;
}

// ── Relocation ──────────────────────────────────────────────────────────────────────────────

const RELOCATION =
  /(?<!\p{L})(?:relocation|relocate|relocating|relocalisation|déménagement|Umzug\w{0,20}|Relocation\w{0,10}|reubicación|traslado|mudanza|trasloco|ricollocazione|verhuiz\w{0,6}|relocatie|realocação)(?!\p{L})/iu;
const RELOCATION_OFFER =
  /(?<!\p{L})(?:package|assistance|support|bonus|help|helps|provided|available|offered|offer|offers|covered|cover|costs|expenses|paid|reimburs\w{0,6}|eligible|stipend|allowance|aide|prise en charge|accompagnement|Unterstützung|Zuschuss|übernehmen|Kostenübernahme|ayuda|paquete|apoyo|supporto|contributo|vergoeding|ondersteuning|ajuda)(?!\p{L})/iu;
/** The candidate's side: "must be willing to relocate to Austin". */
const CANDIDATE_MOVES =
  /(?<!\p{L})(?:willing|able|prepared|ready|open|must|need to|required to|dispuesto|disposé|bereit)(?!\p{L})/iu;

export function extractRelocation(
  sentences: Sentence[],
  _jsonLd: Record<string, unknown> | null | undefined,
): Offered | null {
  return decide(sentences, RELOCATION_TRIGGER, RELOCATION, RELOCATION_OFFER, CANDIDATE_MOVES);
}

// ── Visa sponsorship ────────────────────────────────────────────────────────────────────────

const VISA =
  /(?<!\p{L})(?:visa|visas|sponsor|sponsors|sponsorship|sponsoring|sponsoriser|H-?1B|Blue Card|Blaue Karte|work permits?|Arbeitserlaubnis|Visum|Aufenthaltstitel|permis de travail|visado|permiso de trabajo|permesso di lavoro|visto|werkvergunning|Skilled Worker)(?!\p{L})/iu;
/** "sponsor" alone can be an executive sponsor: the sentence must be about work or visas. */
const IMMIGRATION =
  /(?<!\p{L})(?:visas?|immigration|H-?1B|work permits?|employment|authori[sz]ed|authori[sz]ation|right to work|Blue Card|Visum|Arbeitserlaubnis|permis|visado|visto|werkvergunning|Skilled Worker)(?!\p{L})/iu;
const VISA_OFFER =
  /(?<!\p{L})(?:available|provided|offered|offer|offers|possible|support|supports|assist|assistance|help|we sponsor|will sponsor|can sponsor|do sponsor|we cover|we pay|accompagnement|prenons en charge|Unterstützung|unterstützen|übernehmen|übernimmt|ayuda|apoyo|gestionamos|pagamos|tramitamos|supporto|ondersteuning)(?!\p{L})/iu;

export function extractVisaSponsorship(
  sentences: Sentence[],
  _jsonLd: Record<string, unknown> | null | undefined,
): Offered | null {
  const relevant = sentences.filter((s) => VISA_TRIGGER.test(s.text) && IMMIGRATION.test(s.text));
  return decide(relevant, VISA_TRIGGER, VISA, VISA_OFFER);
}

// ── Work authorization ──────────────────────────────────────────────────────────────────────

const AUTHORIZATION =
  /(?<!\p{L})(?:(?:legally\s)?authori[sz]ed\sto\swork|(?:legal\s)?right\sto\swork|eligible\sto\swork|eligibility\sto\swork|(?:valid\s)?work\spermit|work\sauthori[sz]ation|permis de travail|autorisation de travail|Arbeitserlaubnis|Arbeitsgenehmigung|permiso de trabajo|autorización de trabajo|permesso di lavoro|werkvergunning|autorização de trabalho)(?!\p{L})/iu;

const COUNTRIES: readonly [string, RegExp][] = [
  ['US', /(?<!\p{L})(?:United States|U\.S\.A?\.?|USA|US|America)(?!\p{L})/u],
  ['GB', /(?<!\p{L})(?:United Kingdom|UK|U\.K\.|Great Britain|Britain|England)(?!\p{L})/u],
  ['CA', /(?<!\p{L})Canada(?!\p{L})/u],
  ['DE', /(?<!\p{L})(?:Germany|Deutschland)(?!\p{L})/u],
  ['FR', /(?<!\p{L})France(?!\p{L})/u],
  ['ES', /(?<!\p{L})(?:Spain|España)(?!\p{L})/u],
  ['IT', /(?<!\p{L})(?:Italy|Italia)(?!\p{L})/u],
  ['NL', /(?<!\p{L})(?:Netherlands|Nederland)(?!\p{L})/u],
  ['IE', /(?<!\p{L})Ireland(?!\p{L})/u],
  ['CH', /(?<!\p{L})(?:Switzerland|Schweiz|Suisse)(?!\p{L})/u],
  ['AT', /(?<!\p{L})(?:Austria|Österreich)(?!\p{L})/u],
  ['PT', /(?<!\p{L})Portugal(?!\p{L})/u],
  ['BE', /(?<!\p{L})(?:Belgium|Belgique|België)(?!\p{L})/u],
  ['AU', /(?<!\p{L})Australia(?!\p{L})/u],
  ['SG', /(?<!\p{L})Singapore(?!\p{L})/u],
  ['IN', /(?<!\p{L})India(?!\p{L})/u],
  // ISO 3166-1 reserves "EU": "EU work permit", "Arbeitserlaubnis für die EU", "permis UE".
  [
    'EU',
    /(?<!\p{L})(?:EU|E\.U\.|EEA|UE|European Union|Union européenne|Europäischen Union|Unión Europea|Unione Europea)(?!\p{L})/u,
  ],
];

/** "must be legally authorized to work in the United States", "right to work in the UK". */
export const extractWorkAuthorization: SentenceExtractor = (sentence) => {
  if (!AUTHORIZATION_TRIGGER.test(sentence.text)) return [];
  const m = AUTHORIZATION.exec(sentence.text);
  if (!m) return [];
  // The country is named right after the phrase ("in the US"), or just before ("EU work permit").
  const around = sentence.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 60);
  const country = COUNTRIES.find(([, re]) => re.test(around))?.[0] ?? null;
  const found: Found = { kind: 'work_authorization', country, at: m.index };
  return [found];
};
