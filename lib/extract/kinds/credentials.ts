import { alternation, LEXICONS, rankedAlternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { CredentialWords } from '../lexicon/types';
import { CERTIFICATE_BODIES, NOT_BODY_ACRONYMS, TICKET_BODIES } from '../lexicon/words';
import { warmLater } from '../pipeline/gate';
import { mayStart, startLook } from '../pipeline/starts';
import type { Found } from '../types';

/**
 * Credentials no catalogue can list: professional registrations ("HPCSA registration", "NMC PIN",
 * "registration with the General Dental Council", colegiación, iscrizione all'albo, BIG-registratie,
 * registro no CRM), named vocational qualifications ("NVQ Level 3", "Certificate III", "ITI
 * Certificate"), "Certified Fraud Examiner (CFE)"-style titles and equipment tickets (forklift,
 * CACES, Staplerschein) and numbered standards ("ISO 26262", "BS 7671"). Registrations and tickets
 * are licences; qualifications and titles are certifications; standards are skills. Every pattern is
 * bounded.
 */

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Every language's words of one key in lexicon order; `caps` adds each with a capital first letter. */
function alt(key: keyof CredentialWords, caps = false): string {
  const list = LEXICONS.flatMap((l) => l.credentials[key]);
  return rankedAlternation(caps ? list.flatMap((w) => [w, capital(w)]) : list);
}
/** The same, longest first: a phrase wins over its start ("colegiado/a" over "colegiado"). */
const longest = (key: keyof CredentialWords) => alternation((l) => l.credentials[key]);

interface Rule {
  re: RegExp;
  kind: 'license' | 'certification' | 'skill';
  /** The canonical name from the match. */
  name: (m: RegExpExecArray) => string;
  /**
   * The credential names a thing the catalogue also lists ("forklift licence": Forklift): the
   * rule reads it whatever the catalogue found there, and the catalogue's name gives way.
   */
  over?: true;
}

/** Acronyms that are something else: licences read by license.ts, or words in capitals. */
const NOT_BODY = new RegExp(
  `^(?:${rankedAlternation([...NOT_BODY_ACRONYMS, ...LEXICONS.flatMap((l) => l.credentials.notBodies)])})$`,
);

/** The credential's noun as the text names it: a licence or a membership, else a registration. */
function nounOf(written: string): string {
  const noun = written.toLowerCase();
  return noun.startsWith('licen') || noun === 'membership' ? noun : 'registration';
}

const RULES: readonly Rule[] = [
  {
    // "HPCSA registration", "EIT registration", "NMC PIN", "GDC-registered".
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])([A-Z][A-Z&]{1,7})[- ](${alt('registrationNouns')})(?![\\p{L}])`,
      'gu',
    ),
    kind: 'license',
    // "HGV licence" stays a licence, "CIPD membership" a membership; the rest are registrations.
    name: (m) => `${m[1]} ${nounOf(m[2] as string)}`,
  },
  {
    // "registration with the UK General Dental Council", "registered with the HCPC".
    re: new RegExp(
      `(?<![\\p{L}])(?:${alt('registeredWith', true)}) (?:(?:${alt('registeredArticles')}) )?` +
        '((?:UK |US )?(?:[A-Z][A-Za-z&]{1,20}(?: (?:of |for |and )?[A-Z][A-Za-z&]{1,20}){0,5}|[A-Z]{2,8}))',
      'gu',
    ),
    kind: 'license',
    name: (m) => `${m[1]} registration`,
  },
  {
    // Colegiación (es), iscrizione all'albo (it), inscription à l'Ordre (fr), Approbation (de).
    re: caseless(`(?<![\\p{L}])(?:${longest('professional')})(?![\\p{L}])`, 'giu'),
    kind: 'license',
    name: () => 'Professional registration',
  },
  {
    // BIG-registratie (nl), registro ativo no CRM / COREN / CRC (pt), inscrição na OAB.
    re: new RegExp(
      `(?<![\\p{L}])(?:(BIG)[- ]?(?:${alt('registerNouns')})|(?:${alt('registryNouns', true)})` +
        `(?: (?:${alt('registryActive')}))? (?:${alt('registryAt')}) (C[A-Z]{1,6}|OAB))(?![\\p{L}])`,
      'gu',
    ),
    kind: 'license',
    name: (m) => `${m[1] ?? m[2]} registration`,
  },
  {
    // Forklift and plant tickets in several languages.
    re: caseless(`(?<![\\p{L}])(?:${longest('forklift')}|CACES(?: R ?\\d{3})?)(?![\\p{L}])`, 'giu'),
    kind: 'license',
    name: () => 'Forklift licence',
    over: true,
  },
  {
    // "NVQ Level 3", "NVQ3", "SVQ 2".
    re: caseless(
      `(?<![\\p{L}])([NS]VQ) ?(?:(?:${alt('levelWords')}) ?)?([1-7])(?![\\p{N}])`,
      'giu',
    ),
    kind: 'certification',
    name: (m) => `${(m[1] as string).toUpperCase()} Level ${m[2]}`,
  },
  {
    // "AQF Certificate III", "Certificate IV in Training and Assessment", "ITI Certificate".
    re: new RegExp(
      `(?<![\\p{L}])(?:(${rankedAlternation(CERTIFICATE_BODIES)}) )?(?:${alt('certificateNouns')}) (I{1,3}|IV)(?![\\p{L}])|` +
        `(?<![\\p{L}])(${rankedAlternation(TICKET_BODIES)}) (${alt('ticketNouns', true)})(?![\\p{L}])`,
      'gu',
    ),
    kind: 'certification',
    name: (m) => (m[2] ? `Certificate ${m[2]}` : `${m[3]} ${m[4]?.toLowerCase()}`),
  },
  {
    // Numbered standards the catalogue does not list: "ISO 26262", "IEC 61508", "ISO/IEC 17025",
    // "BS 7671", "AS/NZS 3000", "DIN EN 1090-2", "NFPA 70E" (a body in capitals, then the number).
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])((?:(?:DIN|BS|ÖNORM|SN) )?(?:EN )?(?:ISO\\/IEC|ISO|IEC|IATF|AS\\/NZS|NFPA|ASME|BS|DIN|EN) ?` +
        `\\d{3,5}(?:-\\d{1,2}){0,2}(?::\\d{4})?[A-Z]?)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    kind: 'skill',
    name: (m) => (m[1] as string).replace(/(?<=[A-Z]) ?(?=\d)/, ' ').replace(/:\d{4}$/, ''),
  },
  {
    // "Certified Fraud Examiner (CFE)", "Chartered Accountant", "Certified Scrum Developer".
    re: new RegExp(
      `(?<![\\p{L}])((?:${alt('certifiedWords')}) [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,3})(?: \\(([A-Z]{2,6})\\))?`,
      'gu',
    ),
    kind: 'certification',
    name: (m) => (m[2] ? `${m[1]} (${m[2]})` : (m[1] as string)),
  },
];

/**
 * Words one of the rules holds at a word start in every match: a sentence with none of them skips
 * the stem scan and the rules.
 */
const words = (...keys: (keyof CredentialWords)[]) =>
  keys.flatMap((key) => LEXICONS.flatMap((l) => l.credentials[key]));
const ANY_WORD = startLook([
  ...words(
    'registrationNouns',
    'registeredWith',
    'professional',
    'registryNouns',
    'forklift',
    'certificateNouns',
    'certifiedWords',
  ),
  ...TICKET_BODIES,
  'BIG',
  'CACES',
  'NVQ',
  'SVQ',
]);

/** A standard's body and number, as the standards rule needs them (case as written). */
const STANDARD = /(?:ISO|IEC|IATF|NFPA|ASME|BS|DIN|EN|NZS) ?\d{3}/;

/** Cheap gate: a word every other rule needs. */
const GATE = new RegExp(
  alternation((l) => l.credentials.stems),
  'i',
);

export interface Span {
  start: number;
  end: number;
}

const overlapping = (spans: readonly Span[], start: number, end: number) =>
  spans.some((s) => s.start < end && start < s.end);

/**
 * Credentials in one sentence that no span in `taken` (the catalogue's names) already covers, but
 * for a rule that wins over the catalogue (`over`): the caller drops the names such a credential
 * covers (`coveredBy`).
 */
export function findCredentials(text: string, taken: readonly Span[]): Found[] {
  const lone = text.length <= 40 ? LONE_TICKETS.exec(text) : null;
  if (lone) return ticketsAlone(text, lone, taken);
  if (!STANDARD.test(text) && (!mayStart(text, ANY_WORD) || !GATE.test(text))) return [];
  const out: Found[] = [];
  const own: Span[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m && out.length < 6; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapping(own, start, end) || (!rule.over && overlapping(taken, start, end))) continue;
      if (m[1] && NOT_BODY.test(m[1])) continue;
      own.push({ start, end });
      const mention = { text: m[0], start, end };
      out.push({ kind: rule.kind, name: rule.name(m), mention, at: start });
    }
  }
  return out;
}

const TICKET = rankedAlternation(TICKET_BODIES);
/**
 * "IPAF", "SSSTS/SMSTS", "PASMA, IPAF": a list item naming nothing but tickets by their bodies
 * asks for those tickets (up to three, joined by a slash, comma or ampersand).
 */
const LONE_TICKETS = new RegExp(
  `^[\\s*•·-]{0,4}(${TICKET})(?:\\s?[/,&]\\s?(${TICKET}))?(?:\\s?[/,&]\\s?(${TICKET}))?[\\s.;]{0,3}$`,
  'u',
);

function ticketsAlone(text: string, m: RegExpExecArray, taken: readonly Span[]): Found[] {
  const out: Found[] = [];
  let from = m.index;
  for (const body of m.slice(1)) {
    if (body === undefined) continue;
    const start = text.indexOf(body, from);
    const end = start + body.length;
    from = end;
    if (NOT_BODY.test(body) || overlapping(taken, start, end)) continue;
    out.push({ kind: 'certification', name: body, mention: { text: body, start, end }, at: start });
  }
  return out;
}

/** Whether a credential found in the sentence covers the span (see `findCredentials`). */
export function coveredBy(found: readonly Found[], span: Span): boolean {
  return found.some(
    (f) =>
      'mention' in f &&
      f.mention !== undefined &&
      f.mention.start < span.end &&
      span.start < f.mention.end,
  );
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(NOT_BODY, GATE, STANDARD, LONE_TICKETS);
