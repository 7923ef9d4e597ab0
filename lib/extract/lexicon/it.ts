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
  workplace: {
    remote: words('remoto|da remoto|in remoto|telelavoro|full remote'),
    hybrid: words(
      'ibrido|ibrida|modalità ibrida|lavoro ibrido|modalità agile|lavoro agile|smart working',
    ),
    onsite: words('in sede|in presenza|presso la sede'),
    remotePhrases: words(
      '100% da remoto|100% remoto|completamente da remoto|totalmente da remoto|full remote|full smart working|100% smart working',
    ),
    hybridPhrases: words('smart working parziale|giorni di smart working|smart working ibrido'),
    onsitePhrases: words('lavoro in presenza|100% in sede|attività in presenza'),
    fully: words('100%|100 %|completamente|totalmente|interamente|full'),
    partly: words('parziale|parzialmente|occasionale'),
    option: words('possibilità di|possibilità|possibile|opzione di'),
    days: words('giorni|giorno'),
    week: words('a settimana|alla settimana|settimanali|al mese'),
    places: words('in ufficio|in sede|da remoto|in smart working|da casa|in presenza'),
    notRemote: words(
      'no smart working|niente smart working|non è previsto lo smart working|no remoto',
    ),
    notModel: words('cloud|infrastruttura|veicoli|sistemi|soluzioni|assistenza|supporto|accesso'),
    or: words('o|oppure'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('tempo pieno|full time|full-time'),
    partTime: words('tempo parziale|part time|part-time'),
    contract: words(
      'partita IVA|libero professionista|collaborazione occasionale|freelance|co.co.co.',
    ),
    temporary: words(
      'tempo determinato|contratto a termine|somministrazione|contratto stagionale|stagione estiva|' +
        'stagione invernale|stagionale|sostituzione maternità',
    ),
    internship: words(
      'tirocinio|tirocinio curriculare|tirocinio extracurriculare|lo stage|uno stage|stage curriculare|stage retribuito|stagista|stagisti',
    ),
    apprenticeship: words('apprendistato|contratto di apprendistato|apprendista'),
    volunteer: words('volontariato|volontario|volontaria|servizio civile'),
    perDiem: words('a chiamata|lavoro intermittente'),
    internTitles: words('stagista|tirocinante'),
    apprenticeTitles: words('apprendista'),
    noType: words(''),
    past: words('esperienza pregressa|precedente|precedenti|pregresso|pregressa'),
    permanent: words('tempo indeterminato|contratto a tempo indeterminato'),
    labels: words(
      'tipo di contratto|tipologia contrattuale|tipologia di contratto|contratto|orario',
    ),
    eligibility: words('diritto a'),
    basis: words('sulla base di|riproporzionato'),
    weeklyHours: words(
      'ore settimanali|ore a settimana|ore/settimana|h/settimana|ore alla settimana',
    ),
    to: words('a|o'),
    months: words('mesi|mese|anni|anno'),
    contractWords: words('contratto'),
    extendable: words(
      'rinnovabile|prorogabile|con possibilità di proroga|con possibilità di rinnovo',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('trasloco|ricollocazione|trasferimento|relocation'),
    offer: words('supporto|contributo|rimborso|pacchetto|aiuto|sostegno|bonus'),
    housing: words(
      'alloggio fornito|vitto e alloggio|alloggio incluso|alloggio a carico|sistemazione fornita',
    ),
    candidate: words('disponibile|disponibilità'),
    negations: words('non|nessun|nessuna|nessuno|senza'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words('visto|permesso di lavoro|permesso di soggiorno|sponsorizzazione'),
    immigration: words('visto|permesso di lavoro|permesso di soggiorno|immigrazione'),
    offer: words('supporto|supportiamo|assistenza|aiuto|gestiamo'),
    offerPhrases: words(
      'supporto per il visto|assistenza per il visto|supporto per il permesso di soggiorno',
    ),
    refusals: words('non possiamo sponsorizzare|senza sponsorizzazione'),
    authorization: words('permesso di lavoro|permesso di soggiorno|autorizzazione al lavoro'),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('viaggiare|trasferte|trasferta|viaggi'),
    demand: words(
      'quotidiani|quotidiane|disponibilità|frequenti|occasionali|saltuarie|previste|pagata|pagate',
    ),
    notDemand: words('rimborso trasferte|agenzia di viaggi|rimborso spese di viaggio'),
    shareOfTime: words('del tempo|del tempo di lavoro'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
