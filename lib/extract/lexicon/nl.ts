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
    titleLabels: words('functie|vacature|functietitel|functienaam'),
    companyLabels: words('bedrijf|werkgever|organisatie|onderneming'),
    locationLabels: words('locatie|standplaats|werkplek|werklocatie|plaats|vestiging'),
    jobWords: [
      ...words(
        'medewerker|medewerkster|ontwikkelaar|adviseur|beheerder|stagiair|verpleegkundige|verkoper|verkoopster|leraar',
      ),
      ...words(
        'lerares|docent|kok|chauffeur|afstudeerstage|stage|monteur|vakkracht|schoonmaker|planner|consultant|developer',
      ),
      ...words(
        'engineer|manager|architect|coördinator|specialist|analist|teamleider|leidinggevende|assistent|begeleider',
      ),
      ...words('begeleidster|verzorgende|artist'),
    ],
    titleIntros: words('als|wij zoeken|we zoeken|zijn op zoek naar'),
    hiringCues: words('zoekt|zocht|zoeken|is op zoek naar|zijn op zoek naar'),
    articles: words('een|per direct een|een nieuwe'),
    atCompany: words('bij|bij de|bij het'),
    titleCitySuffixes: words('vacature in'),
    titleDecorations: words('per direct|met bonus'),
    confidential: words('vertrouwelijk|anoniem|niet bekend'),
    agencyCues: words(
      'onze klant|onze opdrachtgever|namens onze|voor een opdrachtgever|voor onze opdrachtgever',
    ),
    aboutWords: words('over|over ons'),
    basedIn: words('gevestigd in|gelegen in|standplaats is'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
