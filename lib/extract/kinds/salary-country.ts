import { countryOfPlace } from '../../fit/cities';
import { countryOf } from '../../fit/country';
import { alternation } from '../lexicon/build';
import { warmLater } from '../pipeline/gate';
import { withLeadLook } from '../pipeline/lead';
import type { Sentence } from '../types';
import { metroTown } from './byline';

/**
 * The country a posting is in, as far as its pay needs it: a bare "$" is a US, Canadian,
 * Australian or Singapore dollar (or a peso) depending on where the job is, "R 25 000" is rand
 * only in South Africa. Read from what the posting says (its header lines, the places and
 * country words in its text, the JSON-LD address), never guessed: none said, none returned.
 */

/** The currency a bare "$" means in each country that writes its money with it. */
export const DOLLAR_OF: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
};

/** The countries of the Central African CFA franc (XAF); elsewhere "FCFA" is the West African (XOF). */
export const CENTRAL_AFRICAN_FRANC: ReadonlySet<string> = new Set([
  'CM',
  'GA',
  'CG',
  'TD',
  'CF',
  'GQ',
]);
const WEST_AFRICAN_FRANC = ['SN', 'CI', 'ML', 'BF', 'NE', 'TG', 'BJ', 'GW'];

/** The local currency, to judge the size of a figure written with no currency. */
export const CURRENCY_OF: Readonly<Record<string, string>> = {
  ...DOLLAR_OF,
  ...Object.fromEntries([...CENTRAL_AFRICAN_FRANC].map((code) => [code, 'XAF'])),
  ...Object.fromEntries(WEST_AFRICAN_FRANC.map((code) => [code, 'XOF'])),
  ZA: 'ZAR',
  KE: 'KES',
  NG: 'NGN',
  GH: 'GHS',
  GB: 'GBP',
  IN: 'INR',
  BR: 'BRL',
  PE: 'PEN',
  CH: 'CHF',
  IE: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  PT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AT: 'EUR',
  LU: 'EUR',
  FI: 'EUR',
};

const US_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC';
const CA_CODES = 'AB|BC|MB|NB|NL|NS|ON|PE|QC|SK';
const US_STATES =
  'California|Texas|Florida|Arizona|Nevada|Oregon|Ohio|Michigan|Illinois|Colorado|Massachusetts|' +
  'Pennsylvania|New Jersey|Tennessee|Minnesota|Wisconsin|Indiana|Missouri|Kentucky|Louisiana|' +
  'Alabama|Oklahoma|Utah|Idaho|Iowa|Kansas|Nebraska|Arkansas|Mississippi|Connecticut|Maryland|' +
  'North Carolina|South Carolina|West Virginia|Virginia|Alaska|Hawaii|Montana|Wyoming|Vermont|' +
  'Rhode Island|New Hampshire|New Mexico|North Dakota|South Dakota';
const US_PLACES = `${US_STATES}|Los Angeles|San Francisco|Chicago|Houston`;

/** The end of a place name that may end in an accented letter (where `\\b` would not hold). */
const NO_LETTER = '(?![A-Za-z\\u00C0-\\u024F])';

/** "GROW WITH US", "JOIN US": capitals before a "US" that is the pronoun (lexicon `salary.usObjectLeads`). */
const US_OBJECT_LEADS = alternation((l) => l.salary.usObjectLeads);

/** Words in a posting's text that place it in a country; written case as found. */
const SIGNAL_SOURCES: Readonly<Record<string, string>> = {
  // "New York City", "NYC", "Bronx N.Y": the city public-service boards name without a state.
  // "Markham, ON, CA": after a province's code, "CA" is Canada's code, not California.
  // US states by name, but Washington, Georgia and New York (a city, a country, the city again).
  US: `\\b(?:United States|USA|U\\.S\\.A?\\.?|(?<!\\b(?:${US_OBJECT_LEADS}) )US|401\\(k\\)|New York City|NYC|N\\.Y\\.?|${US_PLACES})(?![A-Za-z])|(?<!, (?:${CA_CODES})), (?:${US_CODES})\\b(?! ?[a-z])`,
  CA: `\\b(?:Canada|Canadian|British Columbia|Ontario|Qu[eé]bec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\\b|, (?:${CA_CODES})\\b(?! ?[a-z])`,
  AU: '\\b(?:Australian?|New South Wales|Queensland|Tasmania|NSW|QLD|VIC|[Ss]uperannuation|SUPERANNUATION)\\b',
  NZ: '\\b(?:New Zealand|Aotearoa|KiwiSaver)\\b',
  SG: '\\b(?:Singapore|Singaporean|Pte\\.? Ltd)\\b',
  HK: '\\bHong Kong\\b',
  // "New Mexico", "Nuevo México": the US state, not the country.
  MX: `\\b(?<!\\b(?:New|Nuevo) )(?:Mexico|México|Mexican[oa]?|CDMX|Ciudad de México|Estado de México|Jalisco|Nuevo Le[óo]n|Quer[ée]taro|Guanajuato|Quintana Roo|Baja California|Coahuila|Tamaulipas|Yucat[áa]n|Chihuahua|Sinaloa|Aguascalientes|San Luis Potos[íi])${NO_LETTER}`,
  CL: `\\b(?:Chile|Chilen[oa]s?|chilen[oa]s?)${NO_LETTER}`,
  CO: `\\b(?:Colombia|Colombian[oa]s?|colombian[oa]s?|Bogot[áa]|Medell[íi]n|Barranquilla|Antioquia|Cundinamarca|Valle del Cauca)${NO_LETTER}`,
  PE: `\\b(?:Per[úu]|Peruan[oa]s?|peruan[oa]s?)${NO_LETTER}`,
  ZA: '\\b(?:South African?|Gauteng|Mpumalanga|Limpopo|KwaZulu-Natal|(?:Western|Eastern|Northern) Cape|Free State|Johannesburg|Pretoria|Cape Town|Durban|Sandton)\\b',
  GB: '\\b(?:United Kingdom|UK|England|Scotland|Wales)\\b',
  IE: '\\b(?:Ireland|Irish)\\b',
  // Brazil by name, its largest states and cities (records often write them in capitals) and
  // words only its labour law has: "CLT" contracts, the CNPJ register, vale-transporte.
  BR: `\\b(?:Brasil|Brazil|S[ãa]o Paulo|S[ÃA]O PAULO|Rio de Janeiro|Minas Gerais|MINAS GERAIS|Belo Horizonte|Curitiba|Porto Alegre|Santa Catarina|CLT|CNPJ|[Vv]ale[- ](?:transporte|refei[çc][ãa]o|alimenta[çc][ãa]o))${NO_LETTER}`,
  IN: '\\b(?:India|Bengaluru|Bangalore|Mumbai|Hyderabad|Chennai|Kerala|Karnataka|Maharashtra)\\b',
  // The CFA franc's countries, by name and by their largest cities (accented or not; "Chad" is
  // a first name too, so only "Tchad"; a bare "Congo" may be Kinshasa's, which has no CFA).
  CM: `\\b(?:Cameroun|Cameroon|Douala|Yaound[ée])${NO_LETTER}`,
  GA: `\\b(?:Gabon|Libreville|Port-Gentil)${NO_LETTER}`,
  CG: `\\b(?:Brazzaville|Pointe-Noire|Congo-Brazzaville)${NO_LETTER}`,
  TD: `\\b(?:Tchad|N'Djam[ée]na)${NO_LETTER}`,
  CF: `\\b(?:Centrafrique|R[ée]publique centrafricaine|Central African Republic|Bangui)${NO_LETTER}`,
  GQ: `\\b(?:Guin[ée]e [ée]quatoriale|Equatorial Guinea|Malabo)${NO_LETTER}`,
  SN: `\\b(?:S[ée]n[ée]gal|Dakar)${NO_LETTER}`,
  CI: `\\b(?:C[ôo]te d'Ivoire|Ivory Coast|Abidjan)${NO_LETTER}`,
  ML: `\\b(?:Mali|Bamako)${NO_LETTER}`,
  BF: `\\b(?:Burkina Faso|Ouagadougou)${NO_LETTER}`,
  NE: `\\b(?:Niger|Niamey)${NO_LETTER}`,
  TG: `\\b(?:Togo|Lom[ée])${NO_LETTER}`,
  BJ: `\\b(?:B[ée]nin|Cotonou)${NO_LETTER}`,
};
/** One pass over the text: the group that matched names the country (its lead class first). */
const SIGNALS = withLeadLook(
  new RegExp(
    Object.entries(SIGNAL_SOURCES)
      .map(([code, source]) => `(?<${code}>${source})`)
      .join('|'),
    'g',
  ),
);

/** The countries a text names, each with how often (up to `cap`). */
function signalsIn(text: string, cap: number): Map<string, number> {
  const counts = new Map<string, number>();
  let seen = 0;
  // An exec loop on the pattern itself: `matchAll` would copy it for every text.
  SIGNALS.lastIndex = 0;
  for (let m = SIGNALS.exec(text); m !== null; m = SIGNALS.exec(text)) {
    const code = Object.keys(SIGNAL_SOURCES).find((c) => m.groups?.[c] !== undefined);
    if (!code) continue;
    counts.set(code, Math.min(cap, (counts.get(code) ?? 0) + 1));
    if (++seen >= MAX_SIGNALS) break;
  }
  return counts;
}

const POSTCODE = /\s\d{4,6}(?:-\d{4})?\b/g;

/** How much each kind of statement counts: a header line or JSON-LD outweighs a passing mention. */
const HEADER_LINES = 6;
const HEADER_WEIGHT = 3;
const JSONLD_WEIGHT = 5;
/** A page says where it is a few times; past this, more mentions add nothing. */
const MAX_MENTIONS = 5;
const MAX_SCANNED = 60_000;
const MAX_SIGNALS = 200;
/** A posting's first places say where it is; a long list of sites adds nothing. */
const MAX_PLACES = 5;

function jsonLdCountries(jsonLd: Record<string, unknown> | null | undefined): string[] {
  const out: string[] = [];
  const locations = jsonLd?.jobLocation;
  for (const loc of Array.isArray(locations) ? locations : [locations]) {
    const address = (loc as { address?: unknown } | null | undefined)?.address;
    const country = (address as { addressCountry?: unknown } | null | undefined)?.addressCountry;
    const name =
      typeof country === 'string' ? country : (country as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') continue;
    const code = /^[A-Za-z]{2}$/.test(name.trim()) ? name.trim().toUpperCase() : countryOf(name);
    if (code) out.push(code);
  }
  return out;
}

/** ISO 3166-1 alpha-2 of the posting's country, or null when it is not said or not one. */
export function postingCountry(
  sentences: readonly Sentence[],
  jsonLd: Record<string, unknown> | null | undefined,
  places: readonly string[] = [],
): string | null {
  const votes = new Map<string, number>();
  const vote = (code: string, weight: number) => votes.set(code, (votes.get(code) ?? 0) + weight);
  for (const code of jsonLdCountries(jsonLd)) vote(code, JSONLD_WEIGHT);
  // The places the posting was found to be in: "San Francisco Bay Area" is in the United States.
  for (const place of places.slice(0, MAX_PLACES)) {
    const code = countryOfPlace(metroTown(place) ?? place);
    if (code) vote(code, HEADER_WEIGHT);
  }
  for (const s of sentences.slice(0, HEADER_LINES)) {
    if (s.text.length > 200) continue;
    // "Memphis, TN 38118": the postcode is no part of the place.
    const code = countryOf(s.text.replace(POSTCODE, ''));
    if (code) vote(code, HEADER_WEIGHT);
    for (const signal of signalsIn(s.text, 1).keys()) vote(signal, HEADER_WEIGHT);
  }
  let text = '';
  for (const s of sentences) {
    if (text.length >= MAX_SCANNED) break;
    text += `${s.text.slice(0, MAX_SCANNED - text.length)}\n`;
  }
  for (const [code, n] of signalsIn(text, MAX_MENTIONS)) vote(code, n);
  let best: string | null = null;
  let bestVotes = 0;
  let tie = false;
  for (const [code, n] of votes) {
    if (n > bestVotes) [best, bestVotes, tie] = [code, n, false];
    else if (n === bestVotes) tie = true;
  }
  return tie ? null : best;
}

/** The one country a short stretch of text names ("For U.S.-based roles, the range is"), if any. */
export function countryIn(text: string): string | null {
  const found = [...signalsIn(text, 1).keys()];
  return found.length === 1 ? (found[0] ?? null) : null;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(SIGNALS, POSTCODE);
