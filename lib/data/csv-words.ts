import type {
  EducationLevel,
  EmploymentType,
  FitRequirement,
  Schedule,
  Status,
  Workplace,
} from '../schema';
import { askedLevel, isStatus } from '../schema/values';
import type { CsvTarget } from './csv-mapping';

/**
 * The words of the tracker CSV: what the export writes in its cells and what the import reads
 * back. They are a file format (a spreadsheet shows them as they are), so they live with the
 * writer and reader instead of the screen catalogue; the import also reads the words other
 * trackers use for the same values. Pure.
 */

export const STATUS_WORDS: Record<Status, string> = {
  seen: 'Seen',
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const WORKPLACE_WORDS: Record<Workplace, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const EMPLOYMENT_WORDS: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  apprenticeship: 'Apprenticeship',
  volunteer: 'Volunteer',
  per_diem: 'Per diem',
};

const EDUCATION_WORDS: Record<EducationLevel, string> = {
  high_school: 'High school',
  vocational: 'Vocational training',
  associate: "Associate's",
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
};

export const SCHEDULE_WORDS: Record<Schedule, string> = {
  shift: 'Shift work',
  night: 'Night work',
  weekend: 'Weekend work',
  on_call: 'On-call',
  irregular_hours: 'Irregular hours',
};

/** Lowercase, accents and punctuation gone, spaces single: how cells and headers are compared. */
export function plainWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Status words other trackers and spreadsheets use, most decisive first: "Offer accepted" is
 * accepted before it is an offer, "Interview rejected" a rejection. Matched on whole words.
 */
const STATUS_CUES: readonly [Status, RegExp][] = [
  ['accepted', /\b(?:accepted|hired|signed)\b/],
  ['withdrawn', /\b(?:withdrawn|withdrew|withdraw|declined|not interested)\b/],
  ['rejected', /\b(?:rejected|rejection|not selected|unsuccessful|turned down|ghosted|no offer)\b/],
  ['offer', /\b(?:offers?|offered|negotiat\w{0,10})\b/],
  ['interviewing', /\b(?:interview\w{0,5}|screen\w{0,5}|assessment|on ?site|final round)\b/],
  ['applied', /\b(?:applied|application\w{0,2}|submitted|apply\w{0,3} done)\b/],
  [
    'saved',
    /\b(?:saved|wishlist|wish list|bookmark\w{0,3}|interested|to apply|draft|watch\w{0,4})\b/,
  ],
  ['seen', /\bseen\b/],
];

/** The Reqlens status a word stands for ("Interviewing", "Phone screen", "Wishlist"), or null. */
export function readStatus(cell: string): Status | null {
  const words = plainWords(cell);
  if (words === '') return null;
  const exact = words.replace(/ /g, '_');
  if (isStatus(exact)) return exact;
  return STATUS_CUES.find(([, cue]) => cue.test(words))?.[0] ?? null;
}

const WORKPLACE_CUES: readonly [Workplace, RegExp][] = [
  ['hybrid', /\bhybrid\b/],
  ['remote', /\b(?:remote|home ?office|telework\w{0,3}|work from home|wfh)\b/],
  ['onsite', /\b(?:on ?site|in ?office|office|in person)\b/],
];

export function readWorkplace(cell: string): Workplace | null {
  const words = plainWords(cell);
  return WORKPLACE_CUES.find(([, cue]) => cue.test(words))?.[0] ?? null;
}

const EMPLOYMENT_CUES: readonly [EmploymentType, RegExp][] = [
  ['full_time', /\bfull ?time\b/],
  ['part_time', /\bpart ?time\b/],
  ['contract', /\b(?:contract\w{0,3}|freelance\w{0,2})\b/],
  ['temporary', /\b(?:temporary|temp|fixed term)\b/],
  ['internship', /\b(?:intern|internship)\b/],
  ['apprenticeship', /\bapprentice\w{0,4}\b/],
  ['volunteer', /\bvolunteer\w{0,3}\b/],
  ['per_diem', /\bper diem\b/],
];

/** Every employment type a cell names ("Full-time; Contract"), in the schema's order. */
export function readEmploymentTypes(cell: string): EmploymentType[] {
  const words = plainWords(cell);
  return EMPLOYMENT_CUES.filter(([, cue]) => cue.test(words)).map(([type]) => type);
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    // A code Intl does not know is still worth writing as it is.
    return code;
  }
}

function yearsText(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null && max !== min) return `${min}–${max} years`;
  if (min !== null) return `${min}+ ${min === 1 ? 'year' : 'years'}`;
  if (max !== null) return `up to ${max} years`;
  return null;
}

/** One requirement in a few words: "5+ years Python", "English C1", "Bachelor's in law". */
export function requirementWords(req: FitRequirement): string {
  switch (req.kind) {
    case 'experience': {
      const years = yearsText(req.minYears, req.maxYears);
      if (years) return req.field ? `${years} ${req.field}` : `${years} experience`;
      return req.field ? `Experience in ${req.field}` : 'Experience';
    }
    case 'language': {
      const level = req.cefr ?? askedLevel(req);
      return level ? `${languageName(req.language)} ${level}` : languageName(req.language);
    }
    case 'education':
      return req.field
        ? `${EDUCATION_WORDS[req.level]} in ${req.field}`
        : EDUCATION_WORDS[req.level];
    case 'travel':
      return req.percent === null ? 'Travel' : `Travel up to ${req.percent}%`;
    case 'schedule':
      return SCHEDULE_WORDS[req.schedule];
    case 'work_authorization':
      return req.country ? `Work permit (${req.country})` : 'Work permit';
    default:
      return req.name;
  }
}

/**
 * The engine's requirements as one line: "5+ years Python; English C1; Bachelor's; Docker
 * (preferred)". Required items first; alternatives read "A or B"; tools only named in the duties
 * are left out, as fit leaves them out.
 */
export function requirementSummary(requirements: readonly FitRequirement[]): string {
  const groups = new Map<string, { words: string[]; required: boolean }>();
  const items: { words: string[]; required: boolean }[] = [];
  for (const req of requirements) {
    if ('inDuties' in req && req.inDuties) continue;
    const group = 'anyOf' in req && req.anyOf ? groups.get(req.anyOf) : undefined;
    if (group) {
      group.words.push(requirementWords(req));
      group.required ||= req.required;
      continue;
    }
    const item = { words: [requirementWords(req)], required: req.required };
    if ('anyOf' in req && req.anyOf) groups.set(req.anyOf, item);
    items.push(item);
  }
  const line = (item: { words: string[]; required: boolean }) => {
    const words = [...new Set(item.words)].join(' or ');
    return item.required ? words : `${words} (preferred)`;
  };
  return [...items.filter((i) => i.required), ...items.filter((i) => !i.required)]
    .map(line)
    .join('; ');
}

/**
 * Header words per target, best first; compared after `plainWords` and with camelCase and
 * snake_case split ("companyName", "company_name" and "Company name" are one header).
 */
export const HEADER_WORDS: Record<Exclude<CsvTarget, 'ignore'>, readonly string[]> = {
  title: ['title', 'job title', 'role', 'position', 'job position', 'job', 'job name', 'poste'],
  company: ['company', 'company name', 'employer', 'organization', 'organisation', 'entreprise'],
  location: ['location', 'city', 'place', 'job location', 'lieu', 'ort'],
  status: ['status', 'status name', 'list name', 'list', 'stage', 'column', 'state', 'statut'],
  statusChanged: ['status changed', 'last moved at', 'stage changed', 'moved at'],
  url: ['url', 'job url', 'link', 'job link', 'posting url', 'posting', 'website', 'lien'],
  savedAt: ['saved', 'date saved', 'added at', 'created at', 'date added', 'saved at', 'added'],
  appliedAt: ['applied', 'date applied', 'applied at', 'applied on', 'application date'],
  deadline: ['deadline', 'apply by', 'closing date', 'due date', 'valid through'],
  interviews: ['interviews', 'interview dates', 'interview'],
  workplace: ['work model', 'workplace', 'remote', 'work type', 'location type', 'remote type'],
  employmentTypes: ['employment type', 'job type', 'employment', 'contract type', 'type'],
  salary: ['salary', 'compensation', 'pay', 'salary range', 'wage'],
  salaryMin: ['min salary', 'salary min', 'minimum salary', 'salary from'],
  salaryMax: ['max salary', 'salary max', 'maximum salary', 'salary to'],
  salaryCurrency: ['salary currency', 'currency'],
  salaryPeriod: ['salary pay period', 'pay period', 'salary period'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  description: ['description', 'html description', 'job description', 'details'],
};
