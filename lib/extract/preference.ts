import type { Section } from './sections';

/**
 * Decides whether an item is required or preferred from the words around it: the clause it sits
 * in ("English required, Spanish a plus"), a qualifier earlier in the sentence ("..., preferably
 * in online support"), a "a plus" closing a list ("Python, Java or Go a plus"), then the section
 * heading. Everything here works on one sentence, so it is bounded by MAX_SENTENCE.
 */

/** Phrases that follow what they qualify: "Spanish a plus", "Kenntnisse in SAP von Vorteil". */
const TRAILING =
  /(?:\bis |\bare |\bwould be |\bwill be )?(?:an? (?:plus|bonus|big plus|strong plus|advantage|asset)|preferred|preferable|desired|desirable|nice[ -]to[ -]have|a nice to have|(?:est |serait )?(?:un (?:plus|atout))|appréciée?s?|souhaitée?s?|von vorteil|wünschenswert|gern gesehen|ein plus|deseables?|valorables?|se valorará|(?:sarà |è )?(?:gradit[oa]|preferibile|preferenziale|un plus)|desejáve(?:l|is)|(?:é |é um )?diferencial|(?:is )?(?:een pré|een pluspunt|pluspunt)|not (?:required|mandatory|a must|essential)|nicht (?:erforderlich|zwingend)|pas obligatoire|no (?:es )?imprescindible|non (?:è )?(?:richiest[oa]|obbligatori[oa])|não é (?:pré-requisito|obrigatório))(?![\p{L}])/iu;

/** Phrases that qualify what follows them: "preferably in ...", "Bonus: ...", "Idealerweise". */
const LEADING =
  /(?<![\p{L}])(?:preferably|ideally|idéalement|idealerweise|idealmente|preferiblemente|preferibilmente|de preferencia|de préférence|bij voorkeur|vorzugsweise|bonus(?: points)?(?: if)?|nice[ -]to[ -]have|(?:it'?s )?a plus if|plus if|would be (?:great|nice|a plus) (?:if|to)|extra points|se valorará|se valora|valoramos|valoraremos|sarebbe un plus|costituisce titolo preferenziale|titolo preferenziale|von vorteil sind|wünschenswert (?:sind|wären)|serait un plus|un plus serait|idéalement)(?![\p{L}])/iu;

/** Words that make an item required whatever its section says. */
const REQUIRED_MARKER =
  /(?<![\p{L}])(?:required|must|mandatory|essential|compulsory|obligatoire|exigée?s?|requise?s?|indispensables?|impératif|zwingend|erforderlich|unbedingt|voraussetzung|imprescindibles?|obligatori[oa]s?|requerid[oa]s?|imprescindibile|richiest[oa]|obbligatori[oa]|indispensabile|obrigatóri[oa]|pré-requisito|vereist|verplicht)(?![\p{L}])/iu;
const NEGATED_REQUIRED =
  /(?:not|nicht|pas|no|non|não)\s(?:\p{L}+\s)?(?:required|a must|mandatory|essential|erforderlich|zwingend|obligatoire|imprescindible|richiest[oa]|obbligatori[oa]|é pré-requisito|obrigatório)/iu;

/** A list joined before the trailing phrase: "Java or Go a plus", "A, B and/or C a plus". */
const LIST_JOIN = /\s(?:or|and|and\/or|ou|et|oder|und|o|y|e|of|en)\s|\//i;

const CLAUSE_BREAK = /[,;:()]|\s(?:but|mais|aber|pero|ma|mas|maar)\s/giu;
const SEGMENT_BREAK = /[;.!?](?:\s|$)/g;

interface Span {
  start: number;
  end: number;
}

/** Splits `text[from, to)` at `re` into spans. */
function spans(text: string, from: number, to: number, re: RegExp): Span[] {
  const out: Span[] = [];
  let start = from;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push({ start, end: to });
  return out;
}

function containing(list: Span[], at: number): number {
  const i = list.findIndex((s) => at >= s.start && at < s.end);
  return i < 0 ? list.length - 1 : i;
}

/** What the clause itself says: true (required), false (preferred), or null (nothing). */
function clauseSays(clause: string): boolean | null {
  if (NEGATED_REQUIRED.test(clause)) return false;
  if (TRAILING.test(clause)) return false;
  if (REQUIRED_MARKER.test(clause)) return true;
  return null;
}

export function isRequired(text: string, at: number, section: Section): boolean {
  const segments = spans(text, 0, text.length, SEGMENT_BREAK);
  const seg = segments[containing(segments, at)] as Span;
  const clauses = spans(text, seg.start, seg.end, CLAUSE_BREAK);
  const ci = containing(clauses, at);
  const clause = clauses[ci] as Span;
  const own = clauseSays(text.slice(clause.start, clause.end));
  if (own !== null) return own;
  // A qualifier earlier in the segment: "..., preferably in online support".
  const lead = LEADING.exec(text.slice(seg.start, at));
  if (lead) {
    const between = text.slice(seg.start + lead.index, at);
    if (!REQUIRED_MARKER.test(between)) return false;
  }
  // "Python, Java or Go a plus": a trailing phrase after a list reaches back over commas.
  for (let k = ci + 1; k < clauses.length; k++) {
    const later = clauses[k] as Span;
    const t = text.slice(later.start, later.end);
    const says = clauseSays(t);
    if (says === true) break;
    if (says === false) {
      if (LIST_JOIN.test(t)) return false;
      break;
    }
  }
  return section !== 'preferred';
}
