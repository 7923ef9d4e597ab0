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
  workplace: {
    remote: words(
      'remote|work from home|working from home|WFH|telecommute|telecommuting|teleworking|telework|home-based',
    ),
    hybrid: words('hybrid'),
    onsite: words('on-site|in-office|in-person|office-based'),
    remotePhrases: words(
      'remote-first|remote first company|work from anywhere|work remotely from anywhere|remote position|' +
        'remote role|remote job|remote opportunity|remote contract|permanent telecommuting|' +
        'telecommute permanently|this position is remote|this role is remote|this is a remote',
    ),
    hybridPhrases: words(
      'hybrid working|hybrid work|hybrid role|hybrid model|remote and office|office and remote|' +
        'remote/office|office/remote|flexible working from home|split between home and office',
    ),
    onsitePhrases: words(
      'role is on-site|position is on-site|job is on-site|role is based on-site|position is based on-site|' +
        'role is in-office|position is in-office|role is office-based|on-site role|on-site position|' +
        'on-site job|office-based role|office-based position|in-person role|in-person position|' +
        'work location: in person|5 days a week in the office|five days a week in the office|' +
        'work in-office|work in the office full time|work on-site full time|must be able to work in-office|' +
        'must be able to work on-site|required to work on-site|required to work in the office',
    ),
    fully: words('fully|100%|100 %|full|entirely|completely|permanently|permanent|99%'),
    partly: words('partial|partially|partly|occasional|some'),
    option: words('options|option|possible|available|possibility of|option to|opportunity to'),
    days: words('days|day'),
    week: words('a week|per week|each week|weekly|/week|/wk|a month|per month'),
    places: words(
      'office|the office|our office|site|on-site|home|remote|remotely|the hub|our hub|campus|' +
        'from home|at home|in the office|in office|at the office|in our office|from the office|on site',
    ),
    notRemote: words(
      'not remote|not a remote|not a fully remote|not fully remote|no remote|remote work is not|' +
        'remote is not possible|not eligible for remote|this is not a remote',
    ),
    notModel: words(
      'desktop|access|support|monitoring|management|assistance|sensing|control|diagnostics|teams|team|' +
        'colleagues|workforce|cloud|apps|app|mobile|vehicles|vehicle|cars|car|infrastructure|architecture|' +
        'systems|system|solutions|solution|IT|environments|event|events|learning|engine|meetings',
    ),
    or: words('or|and/or'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('full-time|full time position|full-time role|full-time job'),
    partTime: words('part-time'),
    contract: words(
      'contract role|contract position|contract job|contract basis|contract assignment|' +
        'contract opportunity|contract to hire|contract-to-hire|freelance|freelancer|freelancing|' +
        'contractor|independent contractor|independent contractors|independent consultant|' +
        'self-employed|1099|rate:|outside IR35|inside IR35|IR35|day rate|daily rate',
    ),
    temporary: words(
      'fixed-term|temporary role|temporary position|temporary contract|temporary job|' +
        'temporary assignment|temp to perm|temp-to-perm|temp to hire|seasonal role|seasonal position|' +
        'seasonal job|seasonal contract|seasonal work|maternity cover|parental leave cover|' +
        'maternity leave cover|locum',
    ),
    internship: words(
      'internship|internships|intern role|intern position|intern/co-op|co-op|summer intern',
    ),
    apprenticeship: words('apprenticeship|apprenticeships|apprentice role|degree apprenticeship'),
    volunteer: words('volunteer role|volunteer position|volunteer opportunity|unpaid volunteer'),
    perDiem: words('per diem|per-diem|PRN'),
    internTitles: words('intern|interns'),
    apprenticeTitles: words('apprentice|apprentices'),
    noType: words('working student'),
    past: words('previous|prior|completed|former|experience as an|experience as a'),
    permanent: words(
      'permanent contract|permanent position|permanent role|permanent employee|permanent employment|perm',
    ),
    labels: words(
      'employment type|job type|contract type|type of contract|schedule type|job category|' +
        'employee type|time type|position type|hours',
    ),
    eligibility: words(
      'eligible|eligibility|entitled|benefits for|benefits to|all full-time|all part-time|full-time employees|full-time staff|' +
        'full-time workers|full-time team members|part-time employees|part-time staff|part-time workers',
    ),
    basis: words('on the basis of|based on a|pro rata|pro-rata|FTE|full-time equivalent'),
    weeklyHours: words(
      'hours per week|hours a week|hours/week|hrs/week|hrs per week|h/week|hours weekly',
    ),
    to: words('to|or'),
    months: words('months|month|years|year'),
    contractWords: words('contract|appointment|assignment|fixed-term'),
    extendable: words('extendable|renewable|convertible|with possibility of extension'),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words(
      'relocation|relocate|relocating|relocations|moving costs|moving expenses|moving allowance',
    ),
    offer: words(
      'package|packages|assistance|support|supported|bonus|help|helps|provided|provide|provides|available|' +
        'offered|offer|offers|covered|cover|covers|costs|expenses|paid|reimbursed|reimbursement|eligible|' +
        'stipend|allowance|lump sum|budget|we will help|we can help',
    ),
    housing: words(
      'housing stipend|housing allowance|housing provided|housing is provided|accommodation provided|' +
        'accommodation is provided|provided accommodation|free accommodation|staff accommodation|' +
        'accommodation included|live-in position|temporary housing|corporate housing',
    ),
    candidate: words(
      'willing|able|prepared|ready|open|must|need to|required to|planning to|plan to|reliably commute',
    ),
    negations: words(
      "not|no|unable|cannot|can't|won't|isn't|doesn't|don't|never|without|unfortunately|non",
    ),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words(
      'visa|visas|sponsor|sponsors|sponsorship|sponsoring|sponsored|H-1B|H1B|Blue Card|work permit|' +
        'work permits|Skilled Worker|Tier 2 visa|Certificate of Sponsorship|immigration support',
    ),
    immigration: words(
      'visa|visas|immigration|H-1B|H1B|work permit|work permits|employment|authorized|authorised|' +
        'authorization|authorisation|right to work|Blue Card|Skilled Worker|Tier 2 visa|work status',
    ),
    offer: words(
      'available|provided|provide|provides|offered|offer|offers|possible|support|supports|assist|' +
        'assistance|help|we sponsor|will sponsor|can sponsor|do sponsor|able to sponsor|we cover|we pay|' +
        'responsible for the sponsorship|considered for sponsorship|eligible for sponsorship|is sponsored',
    ),
    offerPhrases: words(
      'immigration support|visa support|visa sponsorship available|visa sponsorship is available|' +
        'sponsorship is available|we sponsor visas|we offer visa sponsorship|visa assistance|' +
        'relocation and visa support|relocation and immigration support|help with your visa',
    ),
    refusals: words(
      'unable to sponsor|not able to sponsor|cannot sponsor|can not sponsor|do not sponsor|does not sponsor|' +
        "will not sponsor|won't sponsor|not in a position to sponsor|no sponsorship|without sponsorship|" +
        'without the need for sponsorship|without the need for employer sponsorship|' +
        'without requiring sponsorship|without requiring visa sponsorship|sponsorship is not available|' +
        'sponsorship not available|not offering sponsorship|not offer sponsorship|no visa sponsorship|' +
        'does not provide sponsorship|not eligible for sponsorship',
    ),
    authorization: words(
      'authorized to work|authorised to work|legally authorized to work|legally authorised to work|' +
        'legal right to work|right to work|eligible to work|eligibility to work|work permit|valid work permit|' +
        'work authorization|work authorisation',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('travel|travels|traveling|travelling|business trips'),
    demand: words(
      'required|require|requires|requirement|expected|necessary|needed|willing|willingness|ability|able|' +
        'may|must|will|occasional|occasionally|frequent|frequently|regular|regularly|some|extensive|' +
        'overnight|international|domestic|up to|daily|paid trips',
    ),
    notDemand: words(
      'travel benefits|travel benefit|travel reimbursement|travel reimbursements|travel expenses|' +
        'travel expense|travel insurance|travel allowance|travel stipend|travel perks|travel perk|' +
        'travel industry|travel agency|travel agencies|travel booking|travel policy|travel company|' +
        'travel companies|travel tech|travel startup|travel platform|travel app|travel sector|' +
        'travel credits|travel credit|travel discounts|travel discount|travel costs|travel cost|' +
        'travel time is paid|travel the world|travelling benefits|travelling expenses|travel to interview',
    ),
    shareOfTime: words('of the time|of your time|of the working time|of your working time'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
