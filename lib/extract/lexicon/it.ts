import type { Lexicon } from './types';
import { words } from './words';

/** Italian. */
export const it: Lexicon = {
  code: 'it',
  stopwords: words(
    'il|la|le|e|di|del|della|con|per|un|una|che|sono|nostro|nostra|siamo|ai|alla|nel|degli|gli',
  ),
  numbers: {
    uno: 1,
    una: 1,
    due: 2,
    tre: 3,
    quattro: 4,
    sei: 6,
    sette: 7,
    otto: 8,
    dieci: 10,
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
    titleLabels: words('posizione|ruolo|titolo|qualifica|mansione'),
    companyLabels: words('azienda|società|datore di lavoro|ente'),
    locationLabels: words('sede|luogo di lavoro|sede di lavoro|sede di svolgimento|località|città'),
    jobWords: [
      ...words(
        'sviluppatore|sviluppatrice|ingegnere|responsabile|addetto|addetta|addetti|impiegato|impiegata|impiegati',
      ),
      ...words(
        'tecnico|tecnica|tecnici|stagista|tirocinante|tirocinio|stage|cameriere|cameriera|commesso|commessa|cassiere',
      ),
      ...words(
        'cassiera|cuoco|cuoca|infermiere|infermiera|insegnante|docente|magazziniere|manutentore|operaio|operaia',
      ),
      ...words(
        'elettricista|saldatore|programmatore|programmatrice|consulente|autista|educatore|educatrice|analista',
      ),
      ...words('specialista|assistente|direttore|direttrice|officer|manager'),
    ],
    titleIntros: words(
      'come|in qualità di|cerchiamo|siamo alla ricerca di|è alla ricerca di|ricerchiamo',
    ),
    hiringCues: words('cerca|cerchiamo|seleziona|ricerca|è alla ricerca di|assume'),
    articles: words("un|una|uno|un/una|un'|un/a|nuovo|nuova"),
    atCompany: words('presso'),
    titleCitySuffixes: words('lavoro a|offerta a'),
    titleDecorations: words('urgente|con sede a'),
    confidential: words('riservato|riservata|confidenziale|anonimo|anonima'),
    agencyCues: words(
      'il nostro cliente|nostro cliente|per conto di|per azienda cliente|azienda cliente',
    ),
    aboutWords: words('chi siamo|su di noi'),
    basedIn: words('situato a|situata a|sede di lavoro a'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
