/**
 * Cleans the free-text "field" of an experience or education item ("in a senior customer support
 * role" → "senior customer support role") and repairs words glued together when a posting lost
 * its punctuation ("marketing/advertising/digital" → "marketingadvertisingdigital").
 */

/** Where a field phrase ends: clause punctuation or a word that starts a qualifier. */
const FIELD_END = new RegExp(
  String.raw`[,;:()[\]!?]|\.(?![\p{L}\d])| (?:preferably|ideally|idéalement|idealerweise|idealmente|` +
    'preferiblemente|preferibilmente|bij voorkeur|with specific|with a focus|including|' +
    String.raw`especially|such as|e\.g|or similar|or equivalent|ou équivalent|oder vergleichbar|` +
    'o similar|o equivalente|ou equivalente|of vergelijkbaar|is required|required|(?:is |' +
    'would be )?an? (?:big |huge |strong |definite )?(?:plus|bonus|advantage|asset)|un plus|' +
    'is preferred|preferred|minimum|mínimo|minimo|mindestens|is essential|is a must|' +
    'obligatoire|von vorteil|wünschenswert|deseable|se valorará|gradit[oa]|serait|wäre|sería|' +
    'sarebbe|valorable|valorad[oa]|appréciée?s?|souhaitée?s?|souhaitable|desejável|een pré|' +
    'pluspunt|at scale|in production|in a production environment|at (?:a|an|' +
    String.raw`the) (?:[\p{L}\d-]{1,20} ){0,2}(?:company|firm|agency|organi[sz]ation|startup|business|` +
    'employer|scale)|(?:with )?(?:at least|more than|above|exceeding|in excess of)|(?:in|' +
    String.raw`within|during|over) the (?:last|past))(?![\p{L}])`,
  'iu',
);

const LEADING_ARTICLE =
  /^(?:a|an|the|une?|le|la|les|l'|des|du|der|die|das|dem|den|einer?|einem|el|los|las|una?|il|lo|gli|o|os|as|um|uma|het|een|de)\s+/i;

/** "Erfahrung in der Krippenarbeit ist wünschenswert": the verb left before the cut qualifier. */
const TRAILING_COPULA = /\s(?:is|are|would be|ist|sind|wäre|est|sont|es|son|è|sono|é|são|is een)$/i;

/** Words common in job fields, used only to split a run-together token back into words. */
const FIELD_WORDS = new Set(
  (
    'marketing advertising digital sales media social customer support service services success ' +
    'software engineering engineer product products management manager project program data ' +
    'analytics analysis design research development operations operational business finance ' +
    'financial accounting consulting strategy strategic content communications communication ' +
    'public relations brand partnerships partner account accounts agency agencies retail ' +
    'ecommerce commerce online performance growth search measurement technology technical tech ' +
    'security cloud infrastructure network systems system web mobile hardware healthcare health ' +
    'legal compliance risk insurance banking investment trading supply chain logistics ' +
    'procurement manufacturing quality assurance testing hr human resources recruiting ' +
    'recruitment talent people education training learning policy trust safety enterprise saas ' +
    'startup startups industry paid owned earned creative video gaming games editorial journalism ' +
    'writing publishing events event hospitality travel real estate energy automotive'
  ).split(' '),
);

/** Splits "marketingadvertisingdigital" into known words, or returns null when it cannot. */
export function splitGlued(token: string): string[] | null {
  const word = token.toLowerCase();
  if (word.length < 10 || word.length > 60 || FIELD_WORDS.has(word) || !/^[a-z]+$/.test(word)) {
    return null;
  }
  // best[i] = fewest words covering word[0, i); linear in length × max word length.
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let j = i + 3; j <= Math.min(word.length, i + 15); j++) {
      const piece = word.slice(i, j);
      const current = best[j];
      if (FIELD_WORDS.has(piece) && (!current || current.length > prefix.length + 1)) {
        best[j] = [...prefix, piece];
      }
    }
  }
  const out = best[word.length];
  // Two words may be a real compound ("accountmanager"); three or more is glue.
  return out && out.length >= 3 ? out : null;
}

/** A comma inside a list ("analytics, data science or a related field") does not end the field. */
const LIST_GOES_ON = new RegExp(
  String.raw`^,\s{1,2}(?!\d)(?!(?:building|managing|leading|working|developing|designing|creating|` +
    'running|driving|supporting|owning|delivering|helping|using|including|ideally|preferably|' +
    'especially|particularly|with|where|which|who|plus|' +
    String.raw`but)\s)(?:(?:[\p{L}\d/&+-]{1,30}\s{1,2}){1,3}|` +
    String.raw`(?:[\p{L}\d/&+-]{1,30}\s{1,2}){0,2}[\p{L}\d/&+-]{1,30},\s{1,2})(?:or|and|and\/or|ou|et|` +
    String.raw`oder|und|o|y|e|of|en)\s|^,\s{1,2}[\p{L}\d/&+-]{1,30},`,
  'iu',
);

const OXFORD_COMMA = /^,\s{1,2}(?:or|and|and\/or|ou|et|oder|und|o|y|e)\s/i;

/** Where a field phrase ends: the first clause end that is not a comma inside a list. */
function fieldEnd(raw: string): number {
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const end = FIELD_END.exec(raw.slice(from));
    if (!end) return raw.length;
    const at = from + end.index;
    const rest = raw.slice(at, at + 100);
    // "A, B, or C": the comma before the last item, once a list has begun.
    const listed = LIST_GOES_ON.test(rest) || (from > 0 && OXFORD_COMMA.test(rest));
    if (end[0] !== ',' || !listed) return at;
    from = at + 1;
  }
  return from;
}

/** Cuts a field phrase at its clause end, strips articles, repairs glued words; null if empty. */
export function cleanField(raw: string): string | null {
  let field = raw.slice(0, fieldEnd(raw)).trim();
  if (field.length > 100) field = field.slice(0, 100).replace(/\s+\S*$/, '');
  field = field.replace(LEADING_ARTICLE, '').replace(TRAILING_COPULA, '').trim();
  if (field.length < 2) return null;
  if (!field.includes(' ')) {
    const glued = splitGlued(field);
    if (glued) return glued.join(', ');
  }
  return field;
}
