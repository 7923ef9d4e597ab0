import type { Schedule } from '../../schema';
import type { Found, SentenceExtractor } from '../types';

/**
 * Working-time demands: on-call, shifts, nights, weekends, irregular hours. "Shift" as a verb
 * ("shift priorities") and weekends as leisure ("enjoy your weekends") do not count.
 */

const PATTERNS: readonly [Schedule, RegExp][] = [
  [
    'on_call',
    /(?<!\p{L})(?:on[- ]call(?!s)|pager duty|astreintes?|Rufbereitschaft|Bereitschaftsdienst|guardias|reperibilità|consignatiedienst|bereikbaarheidsdienst|piketdienst(?:en)?|piket|sobreaviso)(?!\p{L})/iu,
  ],
  [
    'night',
    /(?<!\p{L})(?:night\s(?:shifts?|work|duty)|nights|overnight\sshifts?|graveyard shift|travail de nuit|postes? de nuit|(?<!boîte\s)de nuit|pendant la nuit|Nachtschicht(?:en)?|Nachtarbeit|Nachtdienst(?:e)?|Nacht-(?=\s?,|\s(?:und|oder)\s)|turnos? de noche|trabajo nocturno|turni notturni|lavoro notturno|nachtdienst(?:en)?)(?!\p{L})/iu,
  ],
  [
    'shift',
    /(?<!\p{L})(?:shift\s(?:work|pattern|patterns|schedule|rota|rotation|differential)|shifts?\s(?:or|and|\/)\s(?:weekend|night)|(?:rotating|early|late|day|evening|morning|split|first|second|third|1st|2nd|3rd|swing|\d{1,2}[- ]hour)\s(?:night\s|day\s)?shifts?|on\sa\s(?:rota|rotating\sschedule|shift\spattern)|shifts\s(?:are|run)\s(?:from\s)?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|h)?|rota\sbasis|\(roulement\)|(?:par|en)\sroulement|planning\s(?:tournant|en roulement)|horaires\stournants|\d-ploegendienst|shifts?\s(?:may be|will be|are)?\s?required|work(?:ing)?\s(?:in\s)?shifts|travail posté|travail en (?:équipes|3x8|2x8)|Schichtarbeit|Schichtdienst|Wechselschicht|Schichtbetrieb|(?:\d-|Drei|Zwei|Vier)?Schicht-?[Ss]ystem|(?:vroege|late|dag|avond)(?:,|\sen)?\s(?:late|avond|nacht)diensten|(?:vroege|late|wisselende|onregelmatige)\sdiensten|trabajo a turnos|turnos rotativos|por turnos|lavoro su turni|turni(?!\sdi\s(?:reperibilità|guardia))|turnazione|a turnazione|ploegendienst|turnos)(?!\p{L})/iu,
  ],
  [
    'weekend',
    /(?<!\p{L})(?:weekend\s(?:work|shifts?|coverage|availability|rota|duty|on-call|on\scall|rotation|days?)|(?:one|a|every)\sweekend\s(?:in|out of)\s\w{1,6}|(?:work|working|available|availability|including|incl\.?|and|or|on|some|occasional)\s(?:on\s)?(?:rotating\s|alternate\s|alternating\s|some\s)?weekends?|(?:aos|los|os)\s(?:sábados|domingos)|(?:les|le)\s(?:samedis|dimanches)|il sabato|zaterdag(?:en)?|travail le week-end|week-ends? travaillés|Wochenendarbeit|Wochenenddienst(?:e|en)?|Wochenend-(?=\s?,|\s(?:und|oder)\s)|am Wochenende|an Wochenenden|fines de semana|fin de semana|fins de semana|fim de semana|(?:un|deux)\s(?:samedi|dimanche)(?:\s(?:matin|après-midi|soir))?\ssur\s(?:deux|trois|quatre)|nel fine settimana|weekenddienst(?:en)?|in het weekend|every\s(?:other|second|third)\sweekend|alternate\sweekends|(?:one|two|1|2)\sweekends?\s(?:a|per|each|every)\smonth|week-ends? sur (?:deux|trois)|(?:travailler|travail)\s(?:le|les|un)\sweek-ends?|(?:an|am)\s(?:einzelnen\s|den\s)?(?:Samstagen|Sonntagen|Samstag|Sonntag)|nel weekend|nei weekend|(?:monday|mon)\s(?:to|through|-|–)\s(?:saturday|sunday|sat|sun)|(?:de\s)?lunes a (?:sábado|domingo)|lundi au (?:samedi|dimanche)|Montag bis (?:Samstag|Sonntag)|da lunedì a (?:sabato|domenica)|segunda a (?:sábado|domingo)|maandag t\/m (?:zaterdag|zondag))(?!\p{L})/iu,
  ],
  [
    'irregular_hours',
    /(?<!\p{L})(?:(?:working\s)?hours\smay\svary|irregular\s(?:working\s)?hours|varying\shours|outside\s(?:of\s)?(?:normal|regular|standard|business|office|core)(?:\s(?:business|office|working))?\shours|extended\shours|evenings\sand\sweekends|horaires\s(?:décalés|irréguliers|variables selon)|unregelmäßige\sArbeitszeiten|horarios?\s(?:irregulares|rotativos)|orari\sirregolari|onregelmatige\swerktijden)(?!\p{L})/iu,
  ],
];

/**
 * Cheap first look (no Unicode case folding, which V8 runs slowly): most sentences name none of
 * these stems and skip the patterns above.
 */
const TRIGGER =
  /call|pager|rota|astreinte|bereitschaft|guardia|reperibil|consignatie|bereikbaar|piket|sobreaviso|night|nacht|nuit|noche|nocturn|notturn|shift|schicht|posté|roulement|tournant|dienst|samstag|sonntag|sábado|domingo|samedi|dimanche|sabato|domenica|zaterdag|zondag|saturday|sunday|équipe|turn|ploeg|week|wochenend|semana|settimana|hours|horaire|arbeitszeit|horario|orari|werktijd/i;

/** Weekend or evening words are only a demand in a sentence about work. */
const LEISURE = /(?<!\p{L})(?:enjoy|free|off|relax|getaways?|retreats?)(?!\p{L})/iu;

export const extractSchedule: SentenceExtractor = (sentence) => {
  const { text } = sentence;
  const out: Found[] = [];
  if (!TRIGGER.test(text)) return out;
  for (const [schedule, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    if (schedule === 'weekend' && LEISURE.test(text)) continue;
    out.push({ kind: 'schedule', schedule, at: m.index });
  }
  return out;
};
