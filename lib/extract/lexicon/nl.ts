import type { Lexicon } from './types';
import { words } from './words';

/** Dutch. */
export const nl: Lexicon = {
  code: 'nl',
  stopwords: words(
    'de|het|een|en|van|met|voor|je|jij|wij|we|onze|ons|is|zijn|op|in|bij|te|als|die|dat',
  ),
  numbers: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vijf: 5,
    zes: 6,
    zeven: 7,
    tien: 10,
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
    remote: words('thuiswerken|thuis werken|op afstand|remote|vanuit huis'),
    hybrid: words(
      'hybride|hybride werken|thuiswerkmogelijkheden|thuiswerkmogelijkheid|deels thuis',
    ),
    onsite: words('op locatie|op kantoor|op de werkvloer'),
    remotePhrases: words(
      'volledig remote|volledig thuis|volledig thuiswerken|100% remote|100% thuiswerken',
    ),
    hybridPhrases: words('gedeeltelijk thuiswerken|deels thuiswerken|thuiswerkdagen'),
    onsitePhrases: words('volledig op kantoor|100% op locatie'),
    fully: words('100%|100 %|volledig|helemaal'),
    partly: words('gedeeltelijk|deels|af en toe'),
    option: words(
      'mogelijkheid tot|mogelijkheid om|mogelijkheden voor|mogelijkheden|mogelijk|ruimte voor',
    ),
    days: words('dagen|dag'),
    week: words('per week|in de week|per maand'),
    places: words('op kantoor|thuis|vanuit huis|op locatie'),
    notRemote: words('niet op afstand|geen thuiswerken|thuiswerken is niet mogelijk'),
    notModel: words('cloud|infrastructuur|voertuigen|systemen|oplossingen|ondersteuning|toegang'),
    or: words('of'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('fulltime|voltijd|full-time'),
    partTime: words('parttime|deeltijd|part-time'),
    contract: words(
      "freelance|freelancer|zzp|zzp'er|zelfstandige|dagtarief|interim-opdracht|opdrachtbasis",
    ),
    temporary: words(
      'tijdelijk contract|tijdelijke aanstelling|tijdelijke baan|jaarcontract|uitzendbaan|uitzendkracht|seizoenswerk',
    ),
    internship: words('stageplaats|stagevergoeding|stagiair|stagiaire|afstudeerstage|meewerkstage'),
    apprenticeship: words('leerwerktraject|BBL|leer-werkplek|leerbaan'),
    volunteer: words('vrijwilliger|vrijwilligerswerk|vrijwillig'),
    perDiem: words('oproepbasis|oproepkracht|nul-urencontract|min-max contract'),
    internTitles: words('stagiair|stagiaire'),
    apprenticeTitles: words(''),
    noType: words('bijbaan'),
    past: words('eerdere|afgeronde|afgerond'),
    permanent: words('vast contract|vaste aanstelling|vast dienstverband'),
    labels: words('dienstverband|soort contract|contractvorm|soort dienstverband|uren'),
    eligibility: words('recht op'),
    basis: words('op basis van|o.b.v.|naar rato'),
    weeklyHours: words('uur per week|uren per week|-urige werkweek|urige werkweek|uur p/w|u/w'),
    to: words('tot|of'),
    months: words('maanden|maand|jaar'),
    contractWords: words('contract|aanstelling'),
    extendable: words(
      'met uitzicht op verlenging|met uitzicht op een vast contract|verlenging mogelijk',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('verhuizing|verhuiskosten|verhuisvergoeding|relocatie|relocation|verhuizen'),
    offer: words('vergoeding|ondersteuning|hulp|tegemoetkoming|bijdrage|vergoed|vergoeden'),
    housing: words(
      'huisvesting geregeld|woonruimte geregeld|huisvesting aanwezig|accommodatie geregeld',
    ),
    candidate: words('bereid'),
    negations: words('geen|niet|zonder|helaas'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words(
      'visum|werkvergunning|verblijfsvergunning|kennismigrant|kennismigranten|sponsoring',
    ),
    immigration: words(
      'visum|werkvergunning|verblijfsvergunning|kennismigrant|kennismigranten|immigratie|IND',
    ),
    offer: words('ondersteuning|ondersteunen|hulp|helpen|regelen|vergoeden|erkend referent'),
    offerPhrases: words(
      'erkend referent|hulp bij je visum|ondersteuning bij de visumaanvraag|kennismigrantenregeling',
    ),
    refusals: words('geen sponsoring|geen visum|kunnen geen werkvergunning'),
    authorization: words('werkvergunning|verblijfsvergunning|tewerkstellingsvergunning'),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('reisbereidheid|reizen|dienstreizen'),
    demand: words('dagelijkse|dagelijks|bereid|reisbereidheid|regelmatig|regelmatige|incidenteel'),
    notDemand: words(
      'reiskostenvergoeding|reiskosten|reisvergoeding|reisbureau|thuiswerkvergoeding',
    ),
    shareOfTime: words('van de tijd|van de werktijd'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
