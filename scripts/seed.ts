import {
  type Contact,
  type Extraction,
  FitInput,
  type Note,
  type PostingBody,
  type PostingRow,
  type Requirement,
  type Salary,
  type Status,
  type StatusEvent,
} from '../lib/schema';

/**
 * Synthetic but realistic trackers for benchmarks and end-to-end tests: varied sites, languages,
 * statuses, dates, salaries and requirements whose evidence points into the posting text.
 * Deterministic for a given seed, and every row is valid per the row schemas.
 */

/** Small fast PRNG (mulberry32): the same seed gives the same tracker on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

interface Role {
  title: string;
  lang: string;
  skills: readonly string[];
  /** "{years}" and "{skill}" are filled in. */
  experience: string;
}

const ROLES: readonly Role[] = [
  {
    title: 'Senior Data Analyst',
    lang: 'en',
    skills: ['SQL', 'Python', 'Tableau', 'dbt'],
    experience: '{years}+ years of experience in data analysis with {skill}.',
  },
  {
    title: 'Backend Engineer',
    lang: 'en',
    skills: ['Go', 'PostgreSQL', 'Kubernetes', 'gRPC'],
    experience: 'At least {years} years building backend services in {skill}.',
  },
  {
    title: 'Customer Success Manager',
    lang: 'en',
    skills: ['Salesforce', 'Zendesk', 'Gainsight'],
    experience: '{years} years in customer success or account management; {skill} a plus.',
  },
  {
    title: 'Registered Nurse – ICU',
    lang: 'en',
    skills: ['BLS', 'ACLS', 'Epic'],
    experience: 'Minimum {years} years of ICU nursing; current {skill} certification.',
  },
  {
    title: 'Product Designer',
    lang: 'en',
    skills: ['Figma', 'user research', 'prototyping'],
    experience: '{years}+ years designing digital products in {skill}.',
  },
  {
    title: 'Chef de projet marketing digital (H/F)',
    lang: 'fr',
    skills: ['Google Analytics', 'SEO', 'HubSpot'],
    experience: "Au moins {years} ans d'expérience en marketing digital, maîtrise de {skill}.",
  },
  {
    title: 'Comptable général (H/F)',
    lang: 'fr',
    skills: ['Sage', 'Excel', 'SAP'],
    experience: "{years} ans d'expérience minimum en comptabilité, maîtrise de {skill}.",
  },
  {
    title: 'Softwareentwickler Java (m/w/d)',
    lang: 'de',
    skills: ['Java', 'Spring Boot', 'Kafka'],
    experience: 'Mindestens {years} Jahre Berufserfahrung mit {skill}.',
  },
  {
    title: 'Pflegefachkraft (m/w/d)',
    lang: 'de',
    skills: ['Wundmanagement', 'Dokumentation'],
    experience: '{years} Jahre Erfahrung in der Pflege, Kenntnisse in {skill}.',
  },
  {
    title: 'Desarrollador/a Full Stack',
    lang: 'es',
    skills: ['React', 'Node.js', 'TypeScript'],
    experience: 'Experiencia de {years} años con {skill}.',
  },
  {
    title: 'Técnico de mantenimiento industrial',
    lang: 'es',
    skills: ['PLC', 'neumática', 'soldadura'],
    experience: 'Al menos {years} años de experiencia en mantenimiento, conocimientos de {skill}.',
  },
  {
    title: 'Sviluppatore Frontend',
    lang: 'it',
    skills: ['Angular', 'CSS', 'JavaScript'],
    experience: 'Almeno {years} anni di esperienza con {skill}.',
  },
];

const COMPANIES = [
  'Northwind Logistics',
  'MaplePay',
  'Rhône Logistique',
  'Klinikum Isartal',
  'Cabify',
  'Doctolib',
  'Zalando',
  'Talleres Ebro',
  'Acme Robotics',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Soylent Foods',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Pied Piper',
  'Vandelay Industries',
  'Contoso',
  'Fabrikam',
  'Nordlicht Energie',
  'Banque Léman',
  'Osaka Trading',
  'Kiwi Freight',
];

const LOCATIONS = [
  'Berlin, Germany',
  'München',
  'Paris, France',
  'Lyon',
  'Madrid, España',
  'Barcelona',
  'Toronto, ON',
  'New York, NY',
  'London, United Kingdom',
  'Remote',
  'Amsterdam',
  'Milano',
  'Zürich',
  'Austin, TX',
];

const SITES = [
  'linkedin',
  'greenhouse',
  'lever',
  'ashby',
  'indeed',
  'stepstone',
  'wttj',
  'workday',
  'smartrecruiters',
];

/** Roughly how a year of job hunting spreads across the columns. */
const STATUS_WEIGHTS: readonly [Status, number][] = [
  ['seen', 0.4],
  ['saved', 0.2],
  ['applied', 0.2],
  ['interviewing', 0.08],
  ['offer', 0.03],
  ['accepted', 0.01],
  ['rejected', 0.06],
  ['withdrawn', 0.02],
];

/** The path each status is reached by, for its events. */
const PATH: Record<Status, readonly Status[]> = {
  seen: ['seen'],
  saved: ['seen', 'saved'],
  applied: ['seen', 'saved', 'applied'],
  interviewing: ['seen', 'saved', 'applied', 'interviewing'],
  offer: ['seen', 'saved', 'applied', 'interviewing', 'offer'],
  accepted: ['seen', 'saved', 'applied', 'interviewing', 'offer', 'accepted'],
  rejected: ['seen', 'saved', 'applied', 'rejected'],
  withdrawn: ['seen', 'saved', 'withdrawn'],
};

/** Sentences that make two openings of one role at one employer read differently, as real ones do. */
const TEAMS = [
  'You will join the payments platform team of nine people.',
  'The role sits in our customer operations group, reporting to the head of support.',
  'You will work in the new logistics analytics squad with two product managers.',
  'The team owns onboarding end to end, from sign-up to first value.',
  'You will be part of the night shift coordination unit.',
  'This opening is in the regional sales office, close to the central station.',
  'The team maintains the mobile apps used by 2 million people each month.',
  'You will support our finance close every month with the controlling team.',
  'Join the research lab that prototypes what ships next year.',
  'The role covers the warehouse in the north of the city and two smaller depots.',
];

const BENEFITS = [
  'We offer 30 days of paid leave and a yearly learning budget.',
  'Benefits include health insurance, a pension plan and a public transport pass.',
  'Flexible hours, two remote days a week and a bike leasing scheme.',
  'Company shares, parental leave beyond the legal minimum, and a gym subsidy.',
  'Meal vouchers, a 13th month salary and relocation support.',
  'A four-day week pilot, home office budget and mentoring programme.',
];

const CURRENCY: Record<string, string> = { en: 'USD', fr: 'EUR', de: 'EUR', es: 'EUR', it: 'EUR' };

const NOTES = [
  'Recruiter call went well, next step is a take-home.',
  'Relancer la RH vendredi.',
  'Gehalt laut Glassdoor 55–65k.',
  'Referral from a former colleague, "strong yes".',
  'Pregunté por el teletrabajo: 2 días/semana.',
  'Asked about the on-call rotation, once a month.',
];

function pickStatus(rng: Rng): Status {
  let r = rng();
  for (const [status, weight] of STATUS_WEIGHTS) {
    r -= weight;
    if (r < 0) return status;
  }
  return 'seen';
}

function salary(rng: Rng, lang: string): Salary | null {
  if (rng() < 0.45) return null;
  const min = Math.round((30 + rng() * 90) * 1000);
  return {
    min,
    max: min + Math.round(rng() * 30) * 1000,
    currency: CURRENCY[lang] ?? 'EUR',
    period: 'year',
  };
}

/** A posting text with its extraction, the evidence offsets pointing into the text. */
function textAndExtraction(
  rng: Rng,
  role: Role,
  company: string,
  location: string,
): { text: string; extraction: Extraction } {
  const skill = pick(rng, role.skills);
  const years = 1 + Math.floor(rng() * 8);
  const experience = role.experience.replace('{years}', String(years)).replace('{skill}', skill);
  const skillLine = `${role.skills.join(', ')}.`;
  const text = [
    `${role.title} – ${company} – ${location}`,
    pick(rng, TEAMS),
    experience,
    skillLine,
    pick(rng, BENEFITS),
    `Reference ${Math.floor(rng() * 900_000) + 100_000}.`,
  ].join('\n');
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    return { text: quote, start, end: start + quote.length };
  };
  const requirements: Requirement[] = [
    {
      kind: 'experience',
      minYears: years,
      maxYears: null,
      field: null,
      required: true,
      evidence: at(experience),
    },
    ...role.skills.map(
      (name, i): Requirement => ({ kind: 'skill', name, required: i < 2, evidence: at(skillLine) }),
    ),
  ];
  return {
    text,
    extraction: {
      posting: {
        title: role.title,
        company,
        locations: [location],
        workplace:
          location === 'Remote' ? 'remote' : pick(rng, ['onsite', 'hybrid', null] as const),
        employmentType: pick(rng, [
          'full_time',
          'full_time',
          'part_time',
          'contract',
          null,
        ] as const),
        salary: salary(rng, role.lang),
        relocation: null,
        visaSponsorship: null,
        lang: role.lang,
      },
      requirements,
    },
  };
}

export interface SeedTracker {
  postings: PostingRow[];
  bodies: PostingBody[];
  events: StatusEvent[];
  notes: Note[];
}

const DAY = 86_400_000;
/** A fixed "now" so a seed gives identical rows whenever it runs. */
export const SEED_NOW = Date.UTC(2026, 5, 1, 12);

/** A whole tracker: postings, their texts, status events and notes, all consistent. */
export function makeTracker(n: number, seed = 42, now = SEED_NOW): SeedTracker {
  const rng = random(seed);
  const out: SeedTracker = { postings: [], bodies: [], events: [], notes: [] };
  for (let i = 0; i < n; i++) {
    const role = pick(rng, ROLES);
    const company = pick(rng, COMPANIES);
    const location = pick(rng, LOCATIONS);
    const site = pick(rng, SITES);
    const id = String(1_000_000 + i);
    const jobKey = `${site}:${id}`;
    const url = `https://jobs.example.com/${site}/${id}`;
    const { text, extraction } = textAndExtraction(rng, role, company, location);
    const status = pickStatus(rng);
    const createdAt = now - Math.floor(rng() * 180 * DAY);
    let at = createdAt;
    let savedAt: number | null = null;
    let appliedAt: number | null = null;
    const path = PATH[status];
    for (let s = 1; s < path.length; s++) {
      at += Math.floor(rng() * 5 * DAY) + 60_000;
      const to = path[s] as Status;
      if (to !== 'seen') savedAt ??= at;
      if (['applied', 'interviewing', 'offer', 'accepted'].includes(to)) appliedAt ??= at;
      out.events.push({ id: out.events.length + 1, jobKey, from: path[s - 1] as Status, to, at });
    }
    if (status !== 'seen' && rng() < 0.3) {
      at += 3_600_000;
      out.notes.push({
        id: out.notes.length + 1,
        jobKey,
        text: pick(rng, NOTES),
        createdAt: at,
        updatedAt: at,
      });
    }
    const contacts: Contact[] =
      status === 'interviewing' || status === 'offer'
        ? [
            {
              name: 'Alex Martin',
              role: 'Recruiter',
              email: `alex.martin@${site}.example`,
              phone: null,
              url: null,
              note: null,
            },
          ]
        : [];
    out.postings.push({
      jobKey,
      url: `${url}?utm_source=seed`,
      canonicalUrl: url,
      site,
      detectedBy: site === 'linkedin' || site === 'indeed' ? 'adapter' : 'jsonld',
      title: role.title,
      company,
      location,
      // As lib/db stores it: the row without evidence sentences, the body with them.
      extraction: FitInput.parse(extraction),
      status,
      createdAt,
      updatedAt: at,
      capturedAt: createdAt,
      savedAt,
      appliedAt,
      deadline: rng() < 0.3 ? createdAt + 45 * DAY : null,
      reminderAt: status === 'applied' && rng() < 0.1 ? at + 7 * DAY : null,
      contacts,
      interviews:
        status === 'interviewing'
          ? [{ at: at + 3 * DAY, label: 'Interview with the hiring manager', place: 'Video call' }]
          : [],
    });
    out.bodies.push({ jobKey, extraction, text, jsonLd: null, versions: [] });
  }
  return out;
}

/** `n` posting rows (the tracker's summaries, without texts) for benchmarks and e2e. */
export function makePostings(n: number, seed = 42, now = SEED_NOW): PostingRow[] {
  return makeTracker(n, seed, now).postings;
}
