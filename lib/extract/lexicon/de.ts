import type { Lexicon } from './types';
import { words } from './words';

/** German. */
export const de: Lexicon = {
  code: 'de',
  stopwords: words(
    'der|die|das|und|mit|für|sie|wir|ihr|ist|ein|eine|zu|von|im|den|dem|auf|bei|sind|unser|unsere',
  ),
  numbers: {
    ein: 1,
    eine: 1,
    einem: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    zehn: 10,
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
      'Homeoffice|Home-Office|remote|mobiles Arbeiten|mobile Arbeit|ortsunabhängig|Telearbeit',
    ),
    hybrid: words(
      'hybrid|hybriden|hybrides|hybrides Arbeiten|Homeoffice-Möglichkeit|Homeoffice-Möglichkeiten',
    ),
    onsite: words('vor Ort|Präsenz|in Präsenz'),
    remotePhrases: words(
      'vollständig remote|komplett remote|ausschließlich Homeoffice|100% Homeoffice|100% remote|' +
        'full remote|Remote-Stelle|Remote-Position|deutschlandweit remote',
    ),
    hybridPhrases: words(
      'teilweise Homeoffice|teilweise remote|anteilig Homeoffice|hybrides Arbeitsmodell',
    ),
    onsitePhrases: words('kein Homeoffice möglich|Präsenzpflicht|Arbeit vor Ort|Tätigkeit vor Ort'),
    fully: words('100%|100 %|vollständig|komplett|ausschließlich|rein|voll'),
    partly: words('teilweise|anteilig|tageweise|gelegentlich|gelegentliches'),
    option: words(
      'möglich|Möglichkeit zum|Möglichkeit zu|Möglichkeit für|Möglichkeit von|Möglichkeit|nach Absprache|optional',
    ),
    days: words('Tage|Tagen|Tag'),
    week: words('pro Woche|die Woche|in der Woche|wöchentlich|im Monat|pro Monat'),
    places: words('im Büro|Büro|Homeoffice|Home-Office|vor Ort|mobil|remote|von zu Hause'),
    notRemote: words(
      'kein Homeoffice|keine Homeoffice|kein Home-Office|kein Remote|keine Remote|nicht remote',
    ),
    notModel: words('Cloud|Infrastruktur|Fahrzeuge|Systeme|Lösungen|Wartung|Zugriff|Support'),
    or: words('oder'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('Vollzeit|Vollzeitstelle|in Vollzeit|Vollzeitbeschäftigung'),
    partTime: words('Teilzeit|Teilzeitstelle|in Teilzeit|Minijob|geringfügig'),
    contract: words(
      'freiberuflich|Freiberufler|Freiberuflerin|freie Mitarbeit|freier Mitarbeiter|Freelancer|Freelance|Honorarbasis|Tagessatz',
    ),
    temporary: words(
      'befristet|befristete|befristeten|befristeter|Befristung|Zeitarbeit|Arbeitnehmerüberlassung|' +
        'Saisonstelle|Saisonkraft|Saisonarbeit|Elternzeitvertretung|Mutterschutzvertretung|Aushilfe|Aushilfsjob',
    ),
    internship: words('Praktikum|Pflichtpraktikum|Praktikant|Praktikantin|Praktikumsstelle'),
    apprenticeship: words(
      'Ausbildung zum|Ausbildung zur|Ausbildungsplatz|duales Studium|Auszubildende|Azubi',
    ),
    volunteer: words('Ehrenamt|ehrenamtlich|Freiwilligendienst|FSJ|Bundesfreiwilligendienst'),
    perDiem: words('auf Abruf'),
    internTitles: words('Praktikant|Praktikantin|Praktikum'),
    apprenticeTitles: words('Auszubildende|Auszubildender|Azubi'),
    noType: words(
      'Werkstudent|Werkstudentin|Werkstudenten|Werkstudierende|Werkstudierender|studentische Hilfskraft',
    ),
    past: words('Praktikumserfahrung|abgeschlossene|abgeschlossenes|bisherige|erste Erfahrungen'),
    permanent: words('unbefristet|unbefristete|unbefristeten|Festanstellung|feste Anstellung'),
    labels: words(
      'Anstellungsart|Art der Anstellung|Vertragsart|Beschäftigungsart|Arbeitszeit|Vertragsform',
    ),
    eligibility: words('Anspruch auf|berechtigt'),
    basis: words('auf Basis einer|auf Basis von|bezogen auf|auf Vollzeitbasis'),
    weeklyHours: words(
      'Stunden pro Woche|Std./Woche|Std. pro Woche|Wochenstunden|Stunden/Woche|Stunden wöchentlich|h/Woche',
    ),
    to: words('bis|oder'),
    months: words('Monate|Monaten|Jahre|Jahren|Jahr'),
    contractWords: words('Vertrag|befristet|Befristung'),
    extendable: words('verlängerbar|mit Option auf Verlängerung|Option auf Übernahme'),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words(
      'Umzug|Umzugs|Umzugskosten|Umzugsunterstützung|Umzugshilfe|Relocation|Umzugspauschale|Umzugskostenzuschuss',
    ),
    offer: words(
      'Unterstützung|unterstützen|Zuschuss|übernehmen|übernimmt|Kostenübernahme|Hilfe|Pauschale|erstattet|Erstattung',
    ),
    housing: words(
      'Unterkunft wird gestellt|Unterkunft gestellt|Wohnung gestellt|Personalunterkunft|Unterkunft vorhanden|Mitarbeiterwohnung|Kost und Logis|kostenfreie Unterkunft',
    ),
    candidate: words('bereit|Bereitschaft'),
    negations: words('kein|keine|keinen|nicht|leider|ohne'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words(
      'Visum|Visa|Arbeitserlaubnis|Aufenthaltstitel|Blaue Karte|Aufenthaltserlaubnis|Visumsunterstützung',
    ),
    immigration: words(
      'Visum|Visa|Arbeitserlaubnis|Aufenthaltstitel|Blaue Karte|Aufenthaltserlaubnis|Einwanderung',
    ),
    offer: words('Unterstützung|unterstützen|unterstützt|übernehmen|übernimmt|Hilfe|helfen'),
    offerPhrases: words(
      'Unterstützung beim Visum|Unterstützung bei der Visumbeantragung|Visumsunterstützung|Hilfe beim Visum',
    ),
    refusals: words('kein Visum|keine Visa|können kein Visum|keine Arbeitserlaubnis sponsern'),
    authorization: words(
      'Arbeitserlaubnis|Arbeitsgenehmigung|Aufenthaltstitel|Aufenthaltserlaubnis',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words(
      'Reisebereitschaft|Reisetätigkeit|Reisetätigkeiten|Dienstreisen|reisen|Geschäftsreisen',
    ),
    demand: words(
      'täglich|tägliche|täglichen|Reisebereitschaft|Reisetätigkeit|Bereitschaft|gelegentliche|' +
        'gelegentlich|regelmäßige|regelmäßig|erforderlich|notwendig',
    ),
    notDemand: words('Reisekosten|Reisekostenerstattung|Reisebranche|Reisebüro'),
    shareOfTime: words('der Zeit|der Arbeitszeit'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
