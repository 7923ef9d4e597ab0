import type { Lexicon } from './types';
import { words } from './words';

/** English. */
export const en: Lexicon = {
  code: 'en',
  stopwords: words(
    'the|and|of|to|in|for|with|you|we|our|your|are|is|will|be|on|as|this|that|or|an|at|from|have',
  ),
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    twelve: 12,
    fifteen: 15,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {},

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {},

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {},

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {},

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {},

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {},

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {},

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {},

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {},

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {},

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLabels: words('job title|title|position|role|vacancy|job role'),
    companyLabels: words('company|employer|organization|organisation|hiring company|company name'),
    locationLabels: words(
      'location|locations|job location|work location|based in|city|place of work|primary location',
    ),
    jobWords: [
      ...words(
        'manager|engineer|specialist|analyst|developer|designer|director|lead|consultant|assistant|associate',
      ),
      ...words(
        'associates|coordinator|administrator|architect|scientist|intern|officer|representative|executive|head|vp|president',
      ),
      ...words(
        'technician|nurse|teacher|accountant|advisor|adviser|agent|writer|editor|researcher|recruiter|strategist',
      ),
      ...words(
        'operator|programmer|tester|owner|partner|planner|buyer|clerk|cashier|driver|chef|cook|receptionist|secretary',
      ),
      ...words(
        'supervisor|controller|auditor|economist|lawyer|attorney|paralegal|pharmacist|therapist|physician|doctor',
      ),
      ...words(
        'trainee|apprentice|barista|server|waiter|waitress|bartender|host|hostess|dishwasher|housekeeper|cleaner',
      ),
      ...words(
        'janitor|porter|stocker|picker|packer|loader|courier|guard|caregiver|carer|nanny|tutor|instructor|coach|trainer',
      ),
      ...words(
        'mechanic|electrician|plumber|welder|carpenter|machinist|assembler|inspector|dispatcher|scheduler|merchandiser',
      ),
      ...words(
        'steward|hygienist|paramedic|midwife|dietitian|optician|surveyor|estimator|underwriter|actuary|bookkeeper',
      ),
      ...words(
        'teller|holder|attendant|fabricator|boilermaker|lecturer|modeller|modeler|investigator|artist|sre|devops|fitter',
      ),
      ...words('labourer|laborer|internship|graduate|handler|operative|worker|professor|student'),
    ],
    titleIntros: [
      ...words(
        "as|as an|we are looking for|we're looking for|we are hiring|we're hiring|we are seeking|is looking for",
      ),
      ...words('is seeking|looking for'),
    ],
    hiringCues: words(
      'is hiring|are hiring|is looking for|are looking for|is seeking|are seeking|seeks|was looking for',
    ),
    articles: words('a|an|the|our|new'),
    atCompany: words('at'),
    titleCitySuffixes: words('job in|jobs in'),
    titleDecorations: [
      ...words(
        'must|must be|must have|fluent in|based in|welcome bonus|sign-on bonus|signing bonus|immediate start|urgent',
      ),
      ...words('urgently|apply now'),
    ],
    confidential: words('confidential|undisclosed|anonymous|not disclosed|private company|unnamed'),
    agencyCues: words(
      'on behalf of our client|on behalf of|our client|our clients|my client|for a client|client of ours',
    ),
    aboutWords: words('about'),
    basedIn: words(
      'based in|located in|you live in|based out of|position is based in|role is based in',
    ),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
