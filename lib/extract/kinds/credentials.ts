import type { Found } from '../types';

/**
 * Credentials no catalogue can list: professional registrations ("HPCSA registration", "NMC PIN",
 * "registration with the General Dental Council", colegiación, iscrizione all'albo, BIG-registratie,
 * registro no CRM), named vocational qualifications ("NVQ Level 3", "Certificate III", "ITI
 * Certificate"), "Certified Fraud Examiner (CFE)"-style titles and equipment tickets (forklift,
 * CACES, Staplerschein). Registrations and tickets are licences; qualifications and titles are
 * certifications. Every pattern is bounded.
 */

interface Rule {
  re: RegExp;
  kind: 'license' | 'certification';
  /** The canonical name from the match. */
  name: (m: RegExpExecArray) => string;
}

/** Acronyms that are something else: licences read by license.ts, or words in capitals. */
const NOT_BODY = /^(?:CDL|RN|LPN|LVN|THE|AND|FOR|OUR|YOUR|MUST|UK|US|EU|IT|HR|CV)$/;

const RULES: readonly Rule[] = [
  {
    // "HPCSA registration", "EIT registration", "NMC PIN", "GDC-registered".
    re: /(?<![\p{L}\p{N}])([A-Z][A-Z&]{1,7})[- ](?:registration|registered|PIN|membership|licen[cs]e)(?![\p{L}])/gu,
    kind: 'license',
    name: (m) => `${m[1]} registration`,
  },
  {
    // "registration with the UK General Dental Council", "registered with the HCPC".
    re: /(?<![\p{L}])[Rr]egist(?:ration|ered) (?:with|by|on) (?:the )?((?:UK |US )?(?:[A-Z][A-Za-z&]{1,20}(?: (?:of |for |and )?[A-Z][A-Za-z&]{1,20}){0,5}|[A-Z]{2,8}))/gu,
    kind: 'license',
    name: (m) => `${m[1]} registration`,
  },
  {
    // Colegiación (es), iscrizione all'albo (it), inscription à l'Ordre (fr), Approbation (de).
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:colegiaci[oó]n|colegiad[oa](?:\/a)?|iscrizione all['’ ]albo|` +
        String.raw`iscritt[oa](?:\/a)? all['’ ]albo|inscription (?:au tableau de |à )l['’ ]ordre|` +
        String.raw`inscrit(?:e|\(e\))? (?:au tableau de |à )l['’ ]ordre|approbation als|` +
        String.raw`(?:deutsche )?approbation)(?![\p{L}])`,
      'giu',
    ),
    kind: 'license',
    name: () => 'Professional registration',
  },
  {
    // BIG-registratie (nl), registro ativo no CRM / COREN / CRC (pt), inscrição na OAB.
    re: /(?<![\p{L}])(?:(BIG)[- ]?(?:registratie|geregistreerd)|(?:[Rr]egistro|[Ii]nscri[cç][aã]o)(?: ativ[oa])? (?:no|na|junto ao|junto à) (C[A-Z]{1,6}|OAB))(?![\p{L}])/gu,
    kind: 'license',
    name: (m) => `${m[1] ?? m[2]} registration`,
  },
  {
    // Forklift and plant tickets in several languages.
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:forklift (?:licen[cs]e|ticket|certificat(?:e|ion))|CACES(?: R ?\d{3})?|` +
        'staplerschein|gabelstaplerschein|carn[eé] de carretiller[oa]|patentino (?:del |' +
        String.raw`per )?muletto|heftruckcertificaat|heftruckrijbewijs)(?![\p{L}])`,
      'giu',
    ),
    kind: 'license',
    name: () => 'Forklift licence',
  },
  {
    // "NVQ Level 3", "NVQ3", "SVQ 2".
    re: /(?<![\p{L}])([NS]VQ) ?(?:level ?)?([1-7])(?![\p{N}])/giu,
    kind: 'certification',
    name: (m) => `${(m[1] as string).toUpperCase()} Level ${m[2]}`,
  },
  {
    // "AQF Certificate III", "Certificate IV in Training and Assessment", "ITI Certificate".
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:(AQF|ITI|WSQ|NCFE|BTEC|CSCS|SIA|IPAF|PASMA|SSSTS|SMSTS|` +
        String.raw`CITB) )?(?:Certificate|Cert) (I{1,3}|IV)(?![\p{L}])|(?<![\p{L}])(ITI|WSQ|NCFE|BTEC|CSCS|` +
        'SIA|IPAF|PASMA|SSSTS|SMSTS|CITB|NEBOSH|IOSH) ([Cc]ertificate|[Cc]ard|[Ll]icen[cs]e|' +
        String.raw`[Tt]icket|[Dd]iploma)(?![\p{L}])`,
      'gu',
    ),
    kind: 'certification',
    name: (m) => (m[2] ? `Certificate ${m[2]}` : `${m[3]} ${m[4]?.toLowerCase()}`),
  },
  {
    // "Certified Fraud Examiner (CFE)", "Chartered Accountant", "Certified Scrum Developer".
    re: /(?<![\p{L}])((?:Certified|Chartered) [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,3})(?: \(([A-Z]{2,6})\))?/gu,
    kind: 'certification',
    name: (m) => (m[2] ? `${m[1]} (${m[2]})` : (m[1] as string)),
  },
];

/** Cheap gate: a word every rule needs. */
const GATE =
  /regist|PIN|member|licen|colegia|albo|ordre|approbation|BIG|registro|inscri|forklift|CACES|stapler|carretill|muletto|heftruck|VQ|Cert|Chartered|Card|Ticket|Diploma/i;

export interface Span {
  start: number;
  end: number;
}

/** Credentials in one sentence that no span in `taken` (the catalogue's names) already covers. */
export function findCredentials(text: string, taken: readonly Span[]): Found[] {
  if (!GATE.test(text)) return [];
  const out: Found[] = [];
  const covered = [...taken];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m && out.length < 6; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered.some((s) => s.start < end && start < s.end)) continue;
      if (m[1] && NOT_BODY.test(m[1])) continue;
      covered.push({ start, end });
      const mention = { text: m[0], start, end };
      out.push({ kind: rule.kind, name: rule.name(m), mention, at: start });
    }
  }
  return out;
}
