import { deEducationCues, deExperience, deLanguage } from './de-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** German. */
export const de: Lexicon = {
  code: 'de',
  abbreviations: words('bzw|z.b|usw|ggf|mind|kat|bspw|inkl|evtl|vgl|bzgl|nr|z.t|u.a|d.h'),
  capitalisedNouns: true,
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
    neun: 9,
    zehn: 10,
  },

  experience: deExperience,

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'von Vorteil|ist von Vorteil|wäre von Vorteil|vorteilhaft|wünschenswert|' +
        'ist wünschenswert|wäre wünschenswert|gern gesehen|gerne gesehen|ein Plus|' +
        'ein Pluspunkt|Pluspunkt|nicht erforderlich|nicht zwingend|' +
        'nicht zwingend erforderlich|nice to have|gewünscht|ist gewünscht|sind gewünscht|' +
        'wird gewünscht|kein Muss|ist idealerweise|sind idealerweise|' +
        // Not required, yet wanted: "(non vincolante)" (`notExcluding`).
        'kein Ausschlusskriterium|kein K.-o.-Kriterium|' +
        // "Französisch oder die Bereitschaft, es zu lernen": the skill may still be learnt, a plus.
        'oder die Bereitschaft|oder Bereitschaft|oder bist bereit|oder sind bereit|oder bereit',
    ),
    leading: words(
      'idealerweise|vorzugsweise|wünschenswert|wünschenswert sind|wünschenswert wären|' +
        'von Vorteil sind|von Vorteil wären|von Vorteil|Pluspunkte|gerne auch|im Idealfall|' +
        'bestenfalls|optimalerweise|wünschenswert ist',
    ),
    required: words(
      'zwingend|erforderlich|unbedingt|Voraussetzung|vorausgesetzt|unabdingbar|notwendig|Pflicht|setzen voraus|muss|müssen',
    ),
    notRequired: words(
      'nicht erforderlich|nicht zwingend|keine Voraussetzung|nicht notwendig|kein Muss',
    ),
    forThisRole: words(
      'ist für diese Stelle erforderlich|ist für diese Position erforderlich|' +
        'ist für diese Rolle erforderlich|ist für diese Stelle Voraussetzung|' +
        'ist für diese Position Voraussetzung|sind für diese Stelle erforderlich',
    ),
    notExcluding: words('kein Ausschlusskriterium|kein K.-o.-Kriterium'),
    fillers: words('ist|sind|wäre|wären|sehr|durchaus|ein|eine'),
    clauseSubjects: words('Sie|du|ihr|wir'),
    afterCueJoins: words('mit'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words('von vorteil|wünschenswert|pluspunkt|idealerweise'),
    preferredWords: words(''),
    payPhrases: [],
    personNouns: words(''),
    required: words(
      'zwingend erforderlich|unbedingt erforderlich|muss-kriterien|musskriterien|' +
        'Erfahrung in|Erfahrung mit|Erfahrungen in|Erfahrungen mit|anforderungen|qualifikation|was sie mitbring|was du mitbring|das bringst du mit|dein profil|ihr profil|' +
        'was wir erwarten|was erwarten wir|wen wir suchen|wen suchen wir|' +
        // A daycare's or association's profile heading: "Wir wünschen uns von Ihnen:", "Das suchen wir:".
        'wir wünschen uns|das suchen wir|was wir suchen|' +
        // "Was wir von Ihnen erwarten": the expectations heading with its object.
        'was wir von ihnen erwarten|was wir von dir erwarten|das erwarten wir von ihnen|das erwarten wir von dir|' +
        'was erwarten wir von ihnen|was erwarten wir von dir',
    ),
    headings: words(
      'so bewerben Sie sich|so bewirbst du dich|Bewerbungsprozess|Bewerbungsverfahren|' +
        'wünschenswerte kenntnisse|wünschenswerte qualifikationen|einleitung|stellenbeschreibung|ihr profil|dein profil|ihre aufgaben|deine aufgaben|anforderungen|wir bieten|' +
        'beschreibung|schlagworte|details|überblick über das stellenangebot|' +
        // A section under the title, not the employer: "## Informationen zur Stelle".
        'informationen zur stelle|angaben zur stelle|informationen zur position|' +
        'das suchen wir|was wir suchen|was wir von ihnen erwarten|was wir von dir erwarten',
    ),
    offer: words(
      'wir bieten|unser angebot|das bieten wir|was wir bieten|über uns|Unternehmensbeschreibung|über das Unternehmen|' +
        'so bewerben Sie sich|so bewirbst du dich|Bewerbungsprozess|Bewerbungsverfahren',
    ),
    about: words(''),
    aboutJob: words(''),
    otherJobs: words(
      'ähnliche jobs|ähnliche stellen|ähnliche stellenangebote|ähnliche stellenanzeigen|' +
        'weitere jobs|weitere stellen|weitere stellenangebote|passende jobs|' +
        'das könnte dich auch interessieren|das könnte sie auch interessieren',
    ),
    itemOpeners: words(
      'Abgeschlossene|Abgeschlossenes|Abgeschlossener|Mehrjährige|Mehrjähriger|Gute|Gutes|Sehr|Fundierte|Fundiertes|Fundierter|Ausgeprägte|Ausgeprägtes|Erste|Idealerweise|Sichere|Sicherer|Sicheres|Hohe|Hohes|Selbstständige|Selbständige|Verhandlungssichere|Fließende|Einschlägige|Wünschenswert',
    ),
    fieldLabels: words(
      'erfahrung|berufserfahrung|gehalt|vergütung|ausbildung|bildung|sprache|sprachen|sprachkenntnisse|arbeitsort|standort|einsatzort|vertragsart|anstellungsart|arbeitszeit|arbeitszeiten|reisebereitschaft|führerschein|befristung|startdatum|eintrittsdatum|benefits',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('Doktorat|Doktorgrad|Promotion im Bereich|abgeschlossene Promotion|PhD'),
      master: words(
        'Master|Masterstudium|Masterabschluss|Hochschulabschluss (Master)|Diplom|Diplom-Ingenieur|Dipl.-Ing.|Magister|Mag.|Magistra|Staatsexamen|universitärer Abschluss',
      ),
      bachelor: words(
        'Bachelor|Bachelorabschluss|Hochschulabschluss|Hochschulstudium|' +
          'Fachhochschulabschluss|FH-Abschluss|abgeschlossenes Studium|abgeschlossenem Studium|' +
          // A degree from a university of applied sciences, the school named after "Abschluss".
          'Fachhochschulstudium|Abschluss Fachhochschule|Abschluss einer Fachhochschule|' +
          'Abschluss an einer Fachhochschule|Abschluss FH|Abschluss einer Hochschule|' +
          'Abschluss an einer Hochschule|Abschluss einer Universität|Universitätsstudium|' +
          'abgeschlossenen Studium|erfolgreich abgeschlossenes Studium|Studium|' +
          'Hochschulstudium|akademischer Abschluss|Universitätsabschluss|Tertiärstufe|' +
          // A field's degree written as one compound: "Du hast ein Informatikstudium abgeschlossen".
          'Informatikstudium|Wirtschaftsinformatikstudium|Ingenieurstudium|Ingenieursstudium|' +
          'Mathematikstudium|Physikstudium|Chemiestudium|Wirtschaftsstudium|BWL-Studium|Jurastudium|' +
          'Psychologiestudium|Technikstudium|Elektrotechnikstudium|Maschinenbaustudium|Architekturstudium',
      ),
      associate: words(
        'staatlich geprüfter Techniker|staatlich geprüfte Technikerin|Meisterbrief|Meisterprüfung|' +
          'Meistertitel|Handwerksmeister|Industriemeister|Kfz-Meister|Elektromeister|Meisterschule',
      ),
      vocational: words(
        'Ausbildung als|abgeschlossene Ausbildung|abgeschlossener Ausbildung|' +
          // "verfügst über eine Ausbildung im IT-Bereich": a training the candidate has.
          'über eine Ausbildung|über eine abgeschlossene Ausbildung|' +
          'abgeschlossenen Ausbildung|abgeschlossene Berufsausbildung|' +
          'abgeschlossener Berufsausbildung|Berufsausbildung|kaufmännische Ausbildung|' +
          'kaufmännischen Ausbildung|technische Ausbildung|handwerkliche Ausbildung|' +
          'abgeschlossene Lehre|abgeschlossener Lehre|Lehre als|Lehrabschluss|EFZ|Berufsattest|' +
          'abgeschlossene Verkaufslehre|Verkaufslehre|Detailhandelslehre|kaufmännische Lehre|' +
          'Gesellenbrief|Facharbeiterbrief|Ausbildung im Bereich|Ausbildung in einem|' +
          'Grundausbildung|handwerkliche Grundausbildung|berufliche Grundbildung|Berufslehre|Bankausbildung|' +
          'Informatikausbildung|Handelsmittelschule|Wirtschaftsmittelschule|Handelsschule|Ausbildung im Bank|' +
          'Ausbildung im Versicherungswesen|' +
          // Nursing: the state examination that closes the vocational training.
          'Examen in der Altenpflege|Examen in der Krankenpflege|Examen in der Gesundheits- und Krankenpflege|' +
          'examinierte Pflegefachkraft|examinierten Pflegefachkraft|examinierter Pflegefachkraft|Pflegeexamen',
      ),
      high_school: words(
        'Abitur|Fachabitur|Fachhochschulreife|Hochschulreife|Matura|Realschulabschluss|mittlere Reife|Hauptschulabschluss|Schulabschluss|' +
          // Austria: schools that end with the Matura ("abgeschlossene HTL, HAK, Oberstufengymnasium").
          'Reifeprüfung|Reife- und Diplomprüfung|Oberstufengymnasium|abgeschlossene HTL|abgeschlossene HAK|HTL-Abschluss|HAK-Abschluss|HTL-Matura|HAK-Matura',
      ),
    },
    abbreviations: { EFZ: 'vocational', EBA: 'vocational' },
    enrolment: words(
      'du studierst|Sie studieren|ihr studiert|studierst du|eingeschriebener Student|' +
        'eingeschriebene Studentin|immatrikuliert|Student der|' +
        // "Studierende der Informatik", not the students a post serves ("Studierende beraten").
        'Studierende der|Studierender der|Studierende im|Studierender im|Studierende eines|Studierender eines|' +
        'Studentin der|Student im|Studentin im|laufendes Studium|im Studium|' +
        // A mandatory internship is part of a course of study: only a student does one.
        'Pflichtpraktikum|Pflichtpraktikums',
    ),
    byCountry: [],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'oder vergleichbares|oder vergleichbares Wissen|vergleichbares Wissen|oder gleichwertiges Wissen|vergleichbares, erworbenes Wissen|' +
        'oder gleichwertig|oder gleichwertige|oder gleichwertiger|gleichwertig|gleichwertige|oder äquivalent|' +
        'oder vergleichbare Aus- und Weiterbildung|' +
        'oder eine ähnliche Qualifikation|oder ähnliche Qualifikation|oder einen ähnlichen Abschluss|' +
        'oder eine ähnliche Ausbildung|' +
        'oder vergleichbar|oder vergleichbare Ausbildung|oder vergleichbare Qualifikation|' +
        'vergleichbare Qualifikation|vergleichbare Ausbildung|vergleichbarer Abschluss|' +
        'vergleichbaren Abschluss|oder eine vergleichbare Qualifikation|' +
        'oder entsprechende Berufserfahrung|oder entsprechende Erfahrung|' +
        // "Studium der Physik oder Erfahrung auf diesem Gebiet": the field's practice in its stead.
        'oder Erfahrung auf diesem Gebiet|oder Erfahrung in diesem Bereich|oder einschlägige Erfahrung|' +
        'oder entsprechende Qualifikation|entsprechende Qualifikation|' +
        'vergleichbare Kenntnisse|oder vergleichbare Kenntnisse|gleichwertige Kenntnisse|' +
        'vergleichbare handwerkliche Ausbildung|vergleichbare technische Ausbildung|' +
        'vergleichbare kaufmännische Ausbildung|oder ähnlich|oder ähnliche|o.ä.|o. ä.|oder Ähnliches|' +
        // "Studium der Informatik oder ein anderer überzeugender Werdegang": another path counts.
        'oder ein anderer überzeugender Werdegang|oder einen anderen überzeugenden Werdegang|' +
        'oder ein vergleichbarer Werdegang|oder einen vergleichbaren Werdegang',
    ),
    equivalencyCredentials: [],
    experienceInstead: words(
      'oder entsprechende Berufserfahrung|oder vergleichbare Berufserfahrung|' +
        'entsprechende Berufserfahrung|Quereinsteiger|Quereinsteigerin|Quereinsteiger/innen|' +
        'Quereinstieg|oder mehrjährige Berufserfahrung|oder vergleichbare Erfahrung|' +
        'oder gleichwertige Erfahrung|oder vergleichbare Praxis|oder langjährige praktische Erfahrung|' +
        'oder langjährige Berufserfahrung|oder mehrjährige praktische Erfahrung|' +
        // "Ausbildung in der Gastronomie oder Berufserfahrung in einer ähnlichen Funktion".
        'oder Berufserfahrung in einer ähnlichen Funktion|oder Berufserfahrung in einer vergleichbaren Funktion|' +
        'oder Erfahrung in einer ähnlichen Funktion|oder bereits Berufserfahrung|oder bereits erste Berufserfahrung|' +
        // "ein Informatikstudium abgeschlossen und/oder verfügst über mehrjährige Erfahrung in …".
        'und/oder verfügst über mehrjährige Erfahrung|und/oder verfügen über mehrjährige Erfahrung|' +
        'und/oder mehrjährige Erfahrung|und/oder mehrjährige Berufserfahrung|oder mehrjährige Erfahrung|' +
        'Kombination aus Erfahrung und Ausbildung|Kombination aus Ausbildung und Erfahrung',
    ),
    tradeTraining: words('Lehre zum|Lehre zur|gelernter|gelernte|Ausbildung als'),
    notAsked: words(
      'kein Studium erforderlich|kein Abschluss erforderlich|kein Studium nötig|ohne Studium|ohne Abschluss|' +
        'Studium nicht erforderlich|Abschluss nicht erforderlich|Studium nicht notwendig|' +
        // "Nach der Ausbildung erwirbst du den Abschluss …": what the job leads to.
        'erwirbst du|erhältst du den Abschluss',
    ),
    cues: deEducationCues,
  },

  language: deLanguage,

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: [],
    pay: words(
      'Gehalt|Gehälter|Jahresgehalt|Monatsgehalt|Jahresbruttogehalt|Bruttojahresgehalt|' +
        'Bruttomonatsgehalt|Monatsbruttogehalt|Bruttostundenlohn|Mindestgehalt|Bruttogehalt|' +
        'Einstiegsgehalt|Zielgehalt|Grundgehalt|Vergütung|Ausbildungsvergütung|Verdienst|' +
        'Lohn|Stundenlohn|Entgelt|Bezahlung|brutto|Gehaltsspanne|Gehaltsband',
    ),
    notPay: words(
      'Spesen|Tagegeld|Verpflegungsmehraufwand|Kilometergeld|Umsatz|Umsätze|Budget|Prämie|Prämien|Bonus|Boni|Zuschuss|Essenszuschuss|Gutschein|' +
        'Gutscheine|Finanzierung|Finanzierungsrunde|Investition|Investitionen|Förderung|' +
        'Jobticket|Rabatt|Umzugskosten|Sachbezug|Sachbezüge|Weiterbildungsbudget|Urlaubsgeld|' +
        'Weihnachtsgeld|Fahrtkostenzuschuss|Kinderbetreuungszuschuss|Mitarbeiterrabatt|' +
        'Zulage|Zulagen',
    ),
    upTo: words('bis zu|maximal|max|höchstens|gehalt bis|lohn bis'),
    from: words(
      'ab|Einstiegsgehalt|Einstiegslohn|Anfangsgehalt|mindestens|mind|ab ca|über|mehr als',
    ),
    fromAfter: words('mindestens|Minimum|und mehr'),
    floorNotes: words(
      'Bereitschaft zur Überzahlung|Bereitschaft zur Überbezahlung|Überzahlung möglich|Überzahlung je nach|' +
        'Überzahlung ist möglich|Überzahlung abhängig|Mindestentgelt|kollektivvertragliche Mindestgehalt|' +
        'kollektivvertragliche Mindestentgelt|KV-Mindestgehalt|KV-Mindestentgelt',
    ),
    rangeJoin: words('bis|und|-bis'),
    risingTo: words('steigend auf|später'),
    payOf: words('von|in Höhe von|ein|eine|einem'),
    stepAfter: words('nach|ab'),
    grossNet: words('brutto|netto'),
    periods: {
      hour: words(
        'pro Stunde|die Stunde|je Stunde|in der Stunde|stündlich|Stundenlohn|Bruttostundenlohn|Stundensatz',
      ),
      day: words('pro Tag|je Tag|am Tag|täglich|Tagessatz'),
      week: words('pro Woche|je Woche|wöchentlich'),
      month: words(
        'pro Monat|im Monat|je Monat|monatlich|Monatsgehalt|Bruttomonatsgehalt|Monatsbruttogehalt|mtl|Monatsbrutto',
      ),
      year: words(
        'pro Jahr|im Jahr|je Jahr|jährlich|Jahresgehalt|Jahresbruttogehalt|Bruttojahresgehalt|Jahresbrutto|p.a.',
      ),
    },
    periodSuffixes: {
      hour: words('/Std.|/Std|/Stunde|/h'),
      day: words('/Tag'),
      week: words('/Woche'),
      month: words('/Monat|/Mon.|/Mo.'),
      year: words('/Jahr|p.a.'),
    },
    timeUnits: words('Stunden|Std|Tage|Tagen|Nächte|Schichten|mal'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      franken: 'CHF',
      'schweizer franken': 'CHF',
      dollar: '$',
    },
    currencyLabels: words('währung|gehaltswährung|währungscode'),
    multipliers: {
      k: 1_000,
      tsd: 1_000,
      tausend: 1_000,
      mio: 1_000_000,
      millionen: 1_000_000,
      million: 1_000_000,
      mrd: 1_000_000_000,
      milliarden: 1_000_000_000,
    },
    cappedJobs: words(
      'Minijob|Minijobs|Mini-Job|Minijobber|Minijobberin|geringfügige Beschäftigung|' +
        'geringfügig beschäftigt|geringfügig Beschäftigte|geringfügiger Basis|geringfügigen Basis',
    ),
    capAfter: words('Basis|Job|Jobber|Kraft'),
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words(
      'Homeoffice|Home-Office|Home Office|remote|Remote-Arbeit|mobiles Arbeiten|mobile Arbeit|ortsunabhängig|ortsunabhängige|ortsunabhängiges|ortsunabhängigen|Telearbeit|' +
        // Inflected: "die Möglichkeit zum mobilen Arbeiten", "Möglichkeit, mobil zu arbeiten".
        'mobilen Arbeiten|mobilem Arbeiten|mobiler Arbeit|mobil zu arbeiten|mobil arbeiten|Mobile Office|Mobile-Office',
    ),
    hybrid: words(
      'hybrid|hybriden|hybrides|hybrides Arbeiten|Homeoffice-Möglichkeit|Homeoffice-Möglichkeiten',
    ),
    onsite: words('vor Ort|Präsenz|in Präsenz'),
    remotePhrases: words(
      'vollständig remote|komplett remote|ausschließlich Homeoffice|100% Homeoffice|100% remote|' +
        'full remote|Remote-Stelle|Remote-Position|deutschlandweit remote|' +
        // "Arbeiten, von wo Du willst": from anywhere, the office being one choice among others.
        'von wo du willst|von wo aus du willst|von wo Sie wollen|von überall aus arbeiten|von überall arbeiten|' +
        // "Tätigkeit komplett online, von überall aus durchführbar": done from anywhere.
        'von überall aus durchführbar|von überall aus möglich|Tätigkeit komplett online',
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'teils im Homeoffice|teilweise im Homeoffice|teils von zu Hause|teilweise von zu Hause|teils remote|teilweise remote|mal im Homeoffice|' +
        'teilweise Homeoffice|teilweise remote|anteilig Homeoffice|hybrides Arbeitsmodell|' +
        'teilweise Telearbeit|' +
        // "Homeoffice und gelegentlich vor Ort": on site now and then only.
        'gelegentlich vor Ort|gelegentlich im Büro',
    ),
    onsitePhrases: words(
      'kein Homeoffice möglich|Präsenzpflicht|Arbeit vor Ort|Tätigkeit vor Ort|100% vor Ort|100% Vor-Ort',
    ),
    remoteAdverbs: words('remote|von zu Hause'),
    fully: words('100%|100 %|vollständig|komplett|ausschließlich|rein|voll'),
    shareLinks: words('im'),
    partly: words('teilweise|anteilig|tageweise|gelegentlich|gelegentliches|auch|regelmäßig'),
    option: words(
      'möglich|Möglichkeit zum|Möglichkeit zu|Möglichkeit für|Möglichkeit von|Möglichkeit|nach Absprache|optional|' +
        // "die Möglichkeit zur Arbeit im Homeoffice".
        'Möglichkeit zur Arbeit im|Möglichkeit zur|Flexibilität für|Flexibilität im|' +
        // "Homeoffice nach Einschulung": home office offered once trained in, beside the office.
        'nach Einschulung|nach der Einschulung|nach Einarbeitung|nach der Einarbeitung',
    ),
    mix: words(
      'Mischung aus|Mischung von|Kombination aus|Kombination von|Mix aus|Wechsel zwischen',
    ),
    mixJoins: words('und'),
    days: words('Tage|Tagen|Tag'),
    weeklyTimes: words('einmal|zweimal|dreimal'),
    week: words('pro Woche|die Woche|in der Woche|wöchentlich|im Monat|pro Monat'),
    places: words(
      'im Büro|Büro|Homeoffice|Home-Office|Home Office|vor Ort|mobil|remote|von zu Hause',
    ),
    office: words('im Büro|Büro|vor Ort|in Präsenz'),
    notRemote: words(
      'kein Homeoffice|keine Homeoffice|kein Home-Office|kein Remote|keine Remote|nicht remote|' +
        'Remote nicht möglich|Homeoffice nicht möglich|Homeoffice ist nicht möglich',
    ),
    notModel: words('Cloud|Infrastruktur|Fahrzeuge|Systeme|Lösungen|Wartung|Zugriff|Support'),
    // "Kostenlose Parkplätze vor Ort": an amenity at the site, not the work model.
    // "Einarbeitung vor Ort": the onboarding's place, no work model.
    notPlaceAfter: words(''),
    notModelBefore: words(
      'Parkplätze|Parkplatz|Parkmöglichkeiten|Kantine|Fitnessstudio|' +
        'Einarbeitung|Schulung|Schulungen|Training|Ausbildung|' +
        // "Teamtreffen in Präsenz, wenn nötig": the meetings are in person, not the job.
        'Treffen|Teamtreffen|Meetings|Besprechungen',
    ),
    topics: words('Regelung zu|Regelung für|Richtlinie zu|Richtlinie für'),
    hoursIn: words('in|am Standort'),
    or: words('oder'),
    dutyNouns: words(
      'Support|Unterstützung|Betreuung|Wartung|Service|Einsätze|Schulungen|Schulung|Störungsbehebung',
    ),
    bothWays: words(
      'vor Ort und remote|vor Ort oder remote|remote und vor Ort|remote oder vor Ort|vor Ort und aus der Ferne|vor Ort und per Fernwartung|vor Ort und telefonisch',
    ),
    channels: words(
      'online|telefonisch|per Telefon|per E-Mail|per Mail|per Chat|per Video|digital',
    ),
    // A board export's field: "home_office: Homeoffice", the board's flag for home office offered.
    labels: words('Arbeitsmodell|Arbeitsort-Modell|Remote-Status|Homeoffice-Regelung|home_office'),
    no: words('nein'),
    undecided: words('zu klären|zu besprechen|noch offen'),
    offered: words('Homeoffice|Home-Office|Home Office'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('Vollzeit|Vollzeitstelle|in Vollzeit|Vollzeitbeschäftigung'),
    partTime: words('Teilzeit|Teilzeitstelle|in Teilzeit|Minijob|geringfügig'),
    contract: words(
      'freiberuflich|Freiberufler|Freiberuflerin|freie Mitarbeit|freier Mitarbeiter|Freelancer|Freelance|Honorarbasis|Tagessatz|' +
        // "Honorarvertrag über 6 Monate": a contractor's contract, whatever its term.
        'Honorarvertrag|auf Werkvertragsbasis|' +
        // A sales agent is self-employed by law, paid by commission: "Handelsvertreter (w/m/d)".
        'Handelsvertreter|Handelsvertreterin|Handelsvertretung|auf Provisionsbasis|Provisionsbasis',
    ),
    temporary: words(
      'befristet|befristete|befristeten|befristeter|Befristung|Zeitarbeit|Arbeitnehmerüberlassung|' +
        'Saisonstelle|Saisonkraft|Saisonarbeit|Elternzeitvertretung|Mutterschutzvertretung|Aushilfe|Aushilfsjob|' +
        // A job for one season: "Für die Winter Saison 15/16 suchen wir …".
        'für die Wintersaison|für die Sommersaison|für die Winter Saison|für die Sommer Saison|für die Saison|' +
        'zur Wintersaison|zur Sommersaison|Saisonjob',
    ),
    internship: words(
      'Praktikum|Pflichtpraktikum|Praktikant|Praktikantin|Praktikumsstelle|Hochschulpraktikant|Hochschulpraktikantin|Hochschulpraktikum',
    ),
    apprenticeship: words(
      'Ausbildung zum|Ausbildung zur|Ausbildungsplatz|duales Studium|Auszubildende|Azubi|Lehrstelle',
    ),
    volunteer: words('Ehrenamt|ehrenamtlich|Freiwilligendienst|FSJ|Bundesfreiwilligendienst'),
    perDiem: words('auf Abruf'),
    internTitles: words(
      'Praktikant|Praktikantin|Praktikum|Hochschulpraktikant|Hochschulpraktikantin',
    ),
    // "Lernende/r Kaufmann/-frau EFZ": the Swiss apprentice, as a title only ("du begleitest Lernende").
    apprenticeTitles: words('Auszubildende|Auszubildender|Azubi|Lernende|Lernender'),
    contractTitleHeads: [],
    contractTrades: [],
    contractTitleTails: words('Freelance|freiberuflich|Honorarbasis|auf Honorarbasis'),
    temporaryTitles: words(
      'Saisonmitarbeiter|Saisonmitarbeiterin|Saisonarbeiter|Saisonarbeiterin|befristet|Interim',
    ),
    noType: words(
      'Werkstudent|Werkstudentin|Werkstudenten|Werkstudierende|Werkstudierender|studentische Hilfskraft',
    ),
    notTypeAfter: [],
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words(
      'außer|ausser|ausgenommen|mit Ausnahme von|mit Ausnahme der|mit Ausnahme des',
    ),
    bothHours: words(
      'Voll- oder Teilzeit|Voll- und Teilzeit|Teil- oder Vollzeit|Teil- und Vollzeit|Voll-/Teilzeit|Teil-/Vollzeit',
    ),
    past: words('Praktikumserfahrung|abgeschlossene|abgeschlossenes|bisherige|erste Erfahrungen'),
    permanent: words('unbefristet|unbefristete|unbefristeten|Festanstellung|feste Anstellung'),
    labels: words(
      'Anstellungsart|Art der Anstellung|Vertragsart|Beschäftigungsart|Arbeitszeit|Vertragsform|' +
        // The Swiss boards' field: "Stellenart: Temporär", "Stellenart: Festanstellung".
        'Stellenart|Anstellungsverhältnis',
    ),
    contractValues: words('freiberuflich|Freelance|Werkvertrag|Projektvertrag|selbstständig'),
    // "Temporär" is the Swiss word for a fixed-term placement, read as a field's value only.
    temporaryValues: words(
      'befristet|Aushilfe|Saisonstelle|Temporär|Temporärstelle|temporäre Stelle',
    ),
    fullTimeValues: words('Vollzeit'),
    partTimeValues: words('Teilzeit'),
    payLabels: words('Stundenlohn'),
    ownJob: words('diese Stelle|diese Position|es handelt sich um'),
    eligibility: words(
      'Anspruch auf|berechtigt|' +
        // "Freelancer und Personalagenturen werden gebeten, nicht … zu reagieren": who should not apply.
        'werden gebeten, nicht|werden gebeten nicht|bitten wir, von|bitte keine Anfragen von|' +
        // "Alle Vollzeitbeschäftigten erhalten …": a perk of the staff, not this job's hours.
        'alle Vollzeitbeschäftigten|alle Vollzeitmitarbeitenden|jeder Vollzeitmitarbeiter|' +
        'alle Teilzeitbeschäftigten|jeder Teilzeitmitarbeiter',
    ),
    // "Berufsausbildung mit aufbauender Vollzeit Fachausbildung": the hours of a course, not the job.
    basis: words(
      'auf Basis einer|auf Basis von|bezogen auf|auf Vollzeitbasis|Vollzeit Fachausbildung|' +
        'Vollzeit-Fachausbildung|Vollzeitstudium|Vollzeit-Studium|Vollzeitschule|' +
        'Jahre Vollzeit|Jahren Vollzeit|Vollzeit-Berufserfahrung|Vollzeitberufserfahrung',
    ),
    workloadLabels: words('Pensum|Arbeitspensum|Beschäftigungsgrad|Stellenumfang|Anstellungsgrad'),
    weeklyHours: words(
      'Stunden pro Woche|Std./Woche|Std. pro Woche|Wochenstunden|Stunden/Woche|Stunden wöchentlich|h/Woche|' +
        // "eine 40-Stunden-Woche", "die 38,5 Stunden Woche".
        'Stunden-Woche|Stundenwoche',
    ),
    laterChance: words(
      'Chance auf|Chance für|Chance zur|Option auf|Möglichkeit zur|Möglichkeit einer|Perspektive auf|Aussicht auf|eventuell',
    ),
    pastAs: words('als'),
    weekOf: words(
      'Woche mit|Wochenarbeitszeit von|Wochenarbeitszeit beträgt|Arbeitswoche von|Arbeitswoche mit|' +
        // "eine Stelle mit ca. 30 Stunden": a post's hours are its week's.
        'Stelle mit|Stelle mit ca.|Stelle mit circa|Stelle mit rund',
    ),
    hourUnits: words('Stunden|Std.|h'),
    hoursOf: words('Arbeitszeit|Wochenarbeitszeit|Arbeitszeit von|regelmäßige Arbeitszeit'),
    hoursBasisBefore: words('bei|basierend auf|bezogen auf'),
    to: words('bis|oder'),
    // "12-monatiger Vertrag": the adjective as a unit too.
    months: words('Monate|Monaten|Jahre|Jahren|Jahr|monatiges|monatige|monatigen|monatiger'),
    keptFiles: words('Bewerbung|Bewerbungen|Bewerbungsunterlagen|Unterlagen|Lebenslauf|Daten'),
    durationLabels: words('Dauer|Vertragsdauer|Laufzeit|Einsatzdauer|Projektdauer'),
    contractWords: words(
      'Vertrag|befristet|Befristung|Vertragsdauer|Vertragslaufzeit|Engagement|Einsatz|Projekteinsatz',
    ),
    extendable: words('verlängerbar|mit Option auf Verlängerung|Option auf Übernahme'),
    flexOptions: words('Jobsharing|Job-Sharing|Jobteilung'),
    laterHours: words(
      'mit Option auf|mit der Option auf|mit der Möglichkeit auf|mit Aussicht auf|Aufstockung auf',
    ),
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
    payAllowances: words('Flugticket|Flugtickets|jährliches Flugticket|Heimflug|Heimflüge'),
    candidate: words('bereit|Bereitschaft'),
    candidatePays: words(
      'auf eigene Kosten|zu Lasten des Bewerbers|auf Kosten des Bewerbers|trägt der Bewerber|trägt die Bewerberin|Verantwortung des Bewerbers|auf eigene Rechnung|selbst zu tragen',
    ),
    negations: words('kein|keine|keinen|nicht|leider|ohne'),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('ja|j'),
    answerNo: words('nein|n'),
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
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'kein Visum erforderlich|kein Visum notwendig|kein Visum nötig|kein Visum benötigt|ohne Visum möglich|Visum nicht erforderlich|Visum ist nicht erforderlich',
    ),
    onlyFor: words('nur für|ausschließlich für|ausschliesslich für|beschränkt auf|vorbehalten'),
    thirdPartySponsors: [],
    authorization: words(
      'Arbeitserlaubnis|Arbeitsgenehmigung|Aufenthaltstitel|Aufenthaltserlaubnis',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words(
      'Reisebereitschaft|Reisetätigkeit|Reisetätigkeiten|Dienstreisen|reisen|Geschäftsreisen|' +
        // Work on installation sites away from home ("Montage"), the trades' word for travel.
        'Montagebereitschaft|Montagetätigkeit|Montagetätigkeiten|' +
        // Assignments at customers' sites: "Bereitschaft für Außendiensteinsätze".
        'Außendiensteinsätze|Außendiensteinsätzen|Außendiensteinsatz|Außeneinsätze|Außeneinsätzen|' +
        'Außeneinsatz|Einsätze beim Kunden|' +
        // Field work on the road: "Sie sind für uns im Außendienst unterwegs".
        'im Außendienst unterwegs|viel unterwegs|häufig unterwegs|beruflich unterwegs',
    ),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'Möglichkeit zu reisen|Möglichkeiten zu reisen|' +
        'unterwegs|täglich|tägliche|täglichen|Reisebereitschaft|Reisetätigkeit|Montagebereitschaft|Bereitschaft|gelegentliche|' +
        'gelegentlich|regelmäßige|regelmäßig|erforderlich|notwendig|bei Bedarf|nach Bedarf|zeitweise|' +
        'vereinzelt|vereinzelte|punktuell|punktuelle',
    ),
    notDemand: words(
      'keine Reisetätigkeit|ohne Reisetätigkeit|keine Dienstreisen|Reisekosten|Reisekostenerstattung|Reisebranche|Reisebüro',
    ),
    visits: words(
      'Kundenbesuche|Kundenbesuchen|Montageeinsätze|Montageeinsätzen|Montageeinsatz|' +
        'beim Kunden vor Ort|bei Kunden vor Ort|bei unseren Kunden vor Ort|Außendiensttätigkeit|' +
        'Tätigkeit im Außendienst|im Außendienst tätig|bundesweite Einsätze|bundesweiten Einsätzen|' +
        'auswärtige Übernachtungen',
    ),
    shareOfTime: words('der Zeit|der Arbeitszeit'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('Rufbereitschaft|Bereitschaftsdienst'),
    night: words('Nachtschicht|Nachtschichten|Nachtarbeit|Nachtdienst|Nachtdienste|Nacht-'),
    nightPlaces: [],
    shift: words(
      'Schichtarbeit|Schichtdienst|Wechselschicht|Schichtbetrieb|Schichtsystem|Schicht-System|Dreischichtsystem|Zweischichtsystem|Vierschichtsystem',
    ),
    shiftKinds: [],
    shiftTimes: [],
    shiftNouns: [],
    hourUnits: words('Stunden'),
    shiftHours: [],
    shiftNotBefore: [],
    weekend: words(
      'Wochenendarbeit|Wochenenddienst|Wochenenddienste|Wochenenddiensten|Wochenend-|' +
        'am Wochenende|an Wochenenden|an Samstagen|an Sonntagen|am Samstag|am Sonntag|' +
        'an einzelnen Samstagen|an einzelnen Sonntagen|an den Samstagen|an den Sonntagen',
    ),
    weekendCues: [],
    weekendKinds: [],
    weekendNouns: [],
    weekFirstDays: words('Montag'),
    weekJoins: words('bis'),
    weekendDays: words('Samstag|Sonntag'),
    dayNames: words('Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag'),
    irregular: words('unregelmäßige Arbeitszeiten'),
    leisure: words('genießen'),
    stems: words('bereitschaft|nacht|schicht|samstag|sonntag|wochenend|arbeitszeit'),
  },

  credentials: {
    notBodies: [],
    registrationNouns: [],
    registeredWith: [],
    registeredArticles: [],
    // A licence to practise: the German "Approbation", the Swiss "Berufsausübungsbewilligung".
    professional: words(
      'approbation als|deutsche approbation|approbation|berufsausübungsbewilligung|berufszulassung',
    ),
    registerNouns: [],
    registryNouns: [],
    registryActive: [],
    registryAt: [],
    forklift: words('staplerschein|gabelstaplerschein'),
    levelWords: [],
    certificateNouns: [],
    ticketNouns: [],
    certifiedWords: [],
    stems: words('approbation|stapler|berufs'),
  },

  field: {
    ends: words('idealerweise|oder vergleichbar|mindestens|von vorteil|wünschenswert|wäre'),
    plusCopulas: [],
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    orgAt: [],
    orgArticles: [],
    orgNouns: [],
    articles: words('der|die|das|dem|den|einer|eine|einem'),
    copulas: words('ist|sind|wäre'),
    trailingLinks: words('für|seit'),
    glueWords: [],
    clauseStarts: [],
    listJoins: words('oder|und'),
    lastJoins: words('oder|und'),
  },

  license: {
    // "Führerscheinklasse B", "Führerausweiskategorie CE": the name and the class word in one.
    driving: words(
      'führerschein|führerausweis|fahrerlaubnis|führerscheinklasse|führerausweiskategorie|' +
        'führerscheinkategorie|fahrerlaubnisklasse|' +
        // Swiss German: "Fahrausweis Kat. B", "Autofahrausweis".
        'fahrausweis|autofahrausweis|fahrausweiskategorie',
    ),
    drivingShort: [],
    drivingShortTails: [],
    drivingShortCues: [],
    adjectives: [],
    classBefore: words('klasse'),
    classJoins: words('und|sowie'),
    classArticles: words('der'),
    classAfter: words('klasse|kategorie|kat.|kat'),
    commercial: [],
    commercialClass: [],
    nursing: [],
    // "examinierte Pflegefachkraft", "Examen in der Gesundheits- und Krankenpflege".
    nursingHeld: words('examinierte|examinierter|examinierten|examinierte/r|examinierte:r|examen'),
    nursingAs: [
      ...words('pflegefachkraft|pflegefachkräfte|pflegefachfrau|pflegefachmann|pflegefachperson'),
      ...words('altenpfleger|altenpflegerin|altenpfleger/in|altenpfleger:in|altenpflege'),
      ...words('krankenpfleger|krankenpflegerin|krankenpfleger/in|krankenschwester|krankenpflege'),
      ...words('kinderkrankenpfleger|kinderkrankenpflegerin|kinderkrankenpflege'),
    ],
    clearanceLevels: [],
    clearanceSecurity: [],
    clearance: [],
    polygraph: [],
    stems: words('führerschein|führerausweis|fahrerlaubnis|fahrausweis|examen|examin'),
  },

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('job|jobangebot'),
    titleLabels: words(
      'stellentitel|titel der stelle|stellenbezeichnung|stelle|position|jobtitel|berufsbezeichnung|stellenangebot|stellenanzeige|' +
        'stellenausschreibung',
    ),
    advertiserLabels: words('von|anbieter|inseriert von|veröffentlicht von'),
    advertiserLeads: words('von'),
    calendarMonths: words(
      'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez',
    ),
    sendToWords: words(
      'bewerbung an|bewerbungen an|senden sie ihre bewerbung an|schicken sie ihre bewerbung an|' +
        // A closing line over the signature block: "… freuen wir uns auf Ihre Kontaktaufnahme:".
        'ihre kontaktaufnahme|deine kontaktaufnahme|ihre bewerbung|deine bewerbung',
    ),
    careersPages: words(
      'Karriere|Jobs|Stellenangebote|Stellenanzeigen|Offene Stellen|Jobangebote|Stellendetails|Jobdetails|' +
        // The page's heading with its possessive: "Unsere Stellenangebote:", "Unsere offenen Stellen".
        'Unsere Stellenangebote|Unsere Stellen-Angebote|Stellen-Angebote|Unsere offenen Stellen|Unsere Jobs',
    ),
    boardLinks: words(
      'alle jobs anzeigen|alle jobs|alle stellen anzeigen|seite teilen|job teilen|stelle teilen|' +
        // A page's print and mail links above the posting ("Drucken", "E-Mail").
        'drucken|e-mail|seite drucken|stelle drucken|per e-mail senden|' +
        'alle stellenanzeigen|alle offenen stellen|zurück zur übersicht|zurück zu allen jobs|startseite|menü|' +
        // The page's apply button printed between its header lines.
        'jetzt bewerben|hier bewerben|online bewerben|bewerben',
    ),
    areaAfter: words('innenstadt|zentrum'),
    metroAfter: [],
    areaWords: words('raum|großraum|gr.|gr|region|zentrale|umkreis|nähe|umgebung'),
    companyLabels: words('unternehmen|arbeitgeber|firma|organisation|betrieb|behörde|dienststelle'),
    locationLabels: words(
      'standort|arbeitsort|einsatzort|dienstort|ort|standorte|dienstsitz|arbeitsorte|einsatzorte',
    ),
    placeholders: words(
      'mehrere standorte|verschiedene standorte|weltweit|überall|beliebig|ortsunabhängig|keine Angabe',
    ),
    commuteClauses: words('pendeln ist problemlos möglich|pendeln problemlos möglich'),
    bylineTerms: words(
      'vor ort|vollzeit|teilzeit|bundesweit|deutschlandweit|unbefristet|befristet|home office|home-office|homeoffice|' +
        'mobile arbeit|mobiles arbeiten|mobilen arbeit|ortsunabhängig|ortsunabhangig|hybrid|' +
        'derzeit remote|vorübergehend remote|derzeit im home office|vorübergehend im home office',
    ),
    jobWords: [
      // Labor und Wissenschaft: "Chemiker (m/w/d)", "Biologin".
      ...words(
        'chemiker|chemikerin|biologe|biologin|mikrobiologe|mikrobiologin|physiker|physikerin|geologe|geologin',
      ),
      ...words(
        'statistiker|statistikerin|mathematiker|mathematikerin|tierarzt|tierärztin|zahnarzt|zahnärztin',
      ),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('übersetzer|übersetzerin|dolmetscher|dolmetscherin'),
      ...words('kurier|friseur|friseurin'),
      ...words('maurer|maurerin|stuckateur|stuckateurin|dachdecker|dachdeckerin'),
      ...words(
        'entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|leiter|leiterin|referent|referentin',
      ),
      ...words(
        'sachbearbeiter|sachbearbeiterin|mitarbeiter|mitarbeiterin|kaufmann|kauffrau|werkstudent|werkstudentin',
      ),
      ...words(
        'praktikant|praktikantin|praktikum|verkäufer|verkäuferin|kellner|kellnerin|koch|köchin|pflegefachkraft|pfleger',
      ),
      ...words(
        'pflegerin|fachkraft|lehrer|lehrerin|erzieher|erzieherin|fahrer|fahrerin|hilfskraft|installateur|installateurin',
      ),
      ...words(
        'monteur|monteurin|ausbildung|fachinformatiker|fachinformatikerin|techniker|technikerin|assistenz|sekretär',
      ),
      ...words(
        'sekretärin|mechaniker|mechanikerin|mechatroniker|mechatronikerin|elektriker|elektrikerin|lagerist|lageristin',
      ),
      ...words(
        'helfer|helferin|meister|meisterin|administrator|administratorin|consultant|manager|managerin|spezialist',
      ),
      ...words(
        'spezialistin|betreuer|betreuerin|disponent|disponentin|buchhalter|buchhalterin|programmierer',
      ),
      ...words(
        'programmiererin|architekt|architektin|analystin|designerin|projektleiter|projektleiterin',
      ),
      ...words(
        'therapeut|therapeutin|logopäde|logopädin|psychologe|psychologin|hebamme|apotheker|apothekerin',
      ),
      ...words('arzt|ärztin'),
      ...words(
        'kassierer|kassiererin|kommissionierer|kommissioniererin|reinigungskraft|servicekraft',
      ),
      // "Gebäudereiniger", "Spüler/in", "Eventkoordinator": cleaners, the kitchen's dishwasher, coordinators.
      ...words('reiniger|reinigerin|spüler|spülerin|koordinator|koordinatorin'),
      // Trades and office posts a careers page names with no gender mark ("Elektroniker für
      // Betriebstechnik", "Medizinische Fachangestellte", "Filialleitung", "Maschinenbediener").
      ...words(
        'elektroniker|elektronikerin|schlosser|schlosserin|tischler|tischlerin|schreiner|schreinerin',
      ),
      ...words('zerspaner|zerspanerin|maler|malerin|lackierer|lackiererin|bäcker|bäckerin'),
      ...words('metzger|metzgerin|fleischer|fleischerin|gärtner|gärtnerin|konditor|konditorin'),
      ...words('assistent|assistentin|controller|controllerin|angestellter|angestellte|leitung'),
      ...words('prüfer|prüferin|planer|planerin|konstrukteur|konstrukteurin|zeichner|zeichnerin'),
      ...words('dozent|dozentin|trainer|trainerin|pädagoge|pädagogin|arbeiter|arbeiterin'),
      ...words(
        'bediener|bedienerin|auszubildender|auszubildende|azubi|trainee|volontär|volontärin',
      ),
      ...words('optiker|optikerin|akustiker|akustikerin|fachmann|fachfrau|gutachter|gutachterin'),
    ],
    titleIntros: words('als|wir suchen|suchen wir|Stelle als|Position als'),
    descriptionHeadings: words(
      'beschreibung|stellenbeschreibung|jobbeschreibung|details|übersicht',
    ),
    roleSubjectArticles: words('der|die|unser|unsere'),
    roleSubjectVerbs: words('ist verantwortlich|übernimmt|verantwortet|wird'),
    roleSubjectOthers: words('führungskraft|personalabteilung|leiter|leiterin|manager'),
    hiringCues: words('sucht|suchen|sucht ab sofort|stellt ein'),
    titleLinks: words('für'),
    titleModifiers: words(
      'erfahrenen|erfahrene|engagierten|engagierte|motivierten|motivierte|qualifizierten|qualifizierte',
    ),
    articles: words(
      'einen|eine|ein|eine/n|einen/eine|unser|unsere|ab sofort|zum nächstmöglichen zeitpunkt',
    ),
    atCompany: words('bei'),
    // "Bundesamt für Statistik": a public body's name joined by "für".
    nameLinks: words('und|für'),
    titleCitySuffixes: words('job in|stellenangebot in'),
    headlineIn: words('in|im Raum'),
    streetWords: [],
    townParticles: words('am|an|der|im|bei|ob|vor'),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    wantedHeads: words('gesucht|wir suchen|Stellenangebot für|Stellenausschreibung für'),
    wantedTails: words(''),
    wantedFor: words('für'),
    titleDecorations: words(
      'ab sofort gesucht|dringend gesucht|prämie|Stellenanzeige|Stellenangebot',
    ),
    titlePageNouns: words('Stellenbeschreibung|Stellenausschreibung'),
    titleJobNouns: words('job|jobs'),
    confidential: words(
      'vertraulich|anonym|nicht genannt|ungenannt|' +
        // An employer who stays unnamed: "Namhaftes Unternehmen", "Dienstleistungsunternehmen".
        'namhaftes Unternehmen|renommiertes Unternehmen|Dienstleistungsunternehmen',
    ),
    agencyCues: words(
      'unser kunde|unseres kunden|unseren kunden|im auftrag|für einen kunden|unser mandant|unseres mandanten',
    ),
    aboutWords: words('über|arbeiten bei|karriere bei'),
    aboutArticles: words('der|die|das|den|dem'),
    employerIntro: words(
      'Karriere bei|arbeiten bei|Arbeiten bei|Job bei|Jobs bei|Einstieg bei|willkommen bei|Willkommen bei|Teil von|Zukunft bei',
    ),
    roleAs: words('als'),
    roleAtPreps: words('bei'),
    contactWords: words(
      'kontakt|ansprechpartner|ansprechpartnerin|ihr ansprechpartner|ihre ansprechpartnerin|dein ansprechpartner|deine ansprechpartnerin',
    ),
    employerAt: words('bei'),
    weWords: words('wir|unser|unsere'),
    employerArticles: words('das|die|der|dem|den|im|ins|zum'),
    formArticles: words('die|der|zur|zum|bei der|bei|für die|mit der|für'),
    siteNouns: words(
      'schule|grundschule|gymnasium|realschule|gesamtschule|kita|kindergarten|klinik|klinikum|krankenhaus|pflegeheim',
    ),
    departmentWords: words(
      'küche|veranstaltungen|finanzen|marketing|vertrieb|verkauf|verwaltung|logistik|gastronomie|instandhaltung|kundenservice|kundendienst|personalwesen|einkauf|produktion|buchhaltung|rechnungswesen|qualitätsmanagement',
    ),
    employerUnits: words('geschäftsbereich|bereich|sparte|niederlassung|division'),
    departmentLabels: words('ministerium|behörde'),
    refLabels: words('id|job-id|stellen-id|kennziffer|referenz|ref.|nr.|stellennummer'),
    employerNouns: words('Team|Familie'),
    ofWords: words('von|der|des|bei'),
    notEmployers: words(
      'Interesse|Fragen|Rückfragen|Bedarf|Eignung|Bewerbung|Einstellung|Vorliegen|Erfüllung|' +
        // An adverb of time opening the hiring sentence ("Derzeit suchen wir"): no name.
        'Derzeit|Aktuell|Momentan|Immer|Stets|Ständig',
    ),
    youWords: words('du|dich|dir|euch|Sie|Ihnen'),
    possessives: [],
    institutions: words(
      'Universität der|Universität des|Universität für|Universität|Hochschule für|Hochschule|Fachhochschule|Technische Universität',
    ),
    buildings: words('haus|gebäude|zentrum|campus|klinikum|turm'),
    subjectVerbs: words(
      'ist|entwickelt|betreibt|bietet|liefert|produziert|hilft|vertreibt|gestaltet|in Zusammenarbeit mit',
    ),
    equalOpportunity: words(
      'ist ein Arbeitgeber, der Chancengleichheit|ist ein chancengleicher Arbeitgeber|ist ein Arbeitgeber, der Vielfalt|steht für Chancengleichheit',
    ),
    selfIntroAt: words('Bei'),
    subjectFillers: words('wir'),
    subjectAsides: words('Teil der|Teil des|Tochter der|Tochter des|Mitglied der|Mitglied des'),
    subjectSince: [],
    subjectAt: words('Bei'),
    weAt: words('Bei'),
    weAtName: words('Wir bei|Wir von'),
    youVerbs: words('findest du|finden Sie|erwartet dich|erwartet Sie'),
    weVerbs: words('entwickeln|bauen|helfen'),
    wePronouns: words('wir'),
    weNameArticles: words('die|der|das'),
    weAre: words('wir sind'),
    weAreArticles: words('die|der|das'),
    weAreKinds: words('ein|eine'),
    nameLeads: words('der|des|dem|den|von'),
    notSubject: words(
      'Wir|Sie|Du|Er|Es|Die|Der|Das|Als|Unser|Unsere|Ihr|Ihre|Dein|Deine|Dies|Diese|Dieser|Dieses|Hier|' +
        // "… unser hilfsbereites / Team sucht …": a hard-wrapped line opening on the staff, no name.
        'Team|Teams',
    ),
    notCompany: words(
      'regierung|die regierung|' +
        'uns|die stelle|diese stelle|die position|die rolle|die aufgabe|die aufgaben|den job|' +
        'das team|das unternehmen|die firma|die tätigkeit|das angebot|die chance|' +
        'chancengleichheit|vielfalt|' +
        // "Über Sie:", "Über dich": the candidate's section, about you.
        'sie|dich|dir|ihnen|' +
        // "Über das Projekt": the project staffed, not an employer.
        'das projekt|das produkt|unser projekt',
    ),
    // A record's field value under the title ("Horaire", "Salaire : …") names no employer.
    notNameStart: words(
      'Gehalt|Arbeitszeit|Arbeitszeiten|Vertrag|Standort|Anstellung|Festanstellung|Befristet|Stellenangebote|' +
        'Stellenanzeigen|Karriere|Vergütung|Bewerbung|Benefits|' +
        // "Stelle 2031", "Anzeige 118": the ad's own number.
        'Stelle|Anzeige|Inserat',
    ),
    placeAt: words('bei|nach|im'),
    seatAfter: [],
    nameSmallWords: [],
    welcomeTails: words('willkommen|herzlich willkommen|erwünscht'),
    placeEndings: words(
      'hausen|heim|dorf|burg|berg|stadt|feld|furt|ingen|hofen|bach|brück|rode|leben|hagen|kirchen',
    ),
    studiedAt: words('studium|studiert|abschluss|an einer'),
    listAnd: words('und'),
    listOr: words('oder|und/oder'),
    placeOfHeads: words(''),
    leadCommitments: [],
    leadVerbs: [],
    genderMarks: words('m/w/d|w/m/d|m/w|w/m'),
    genderWords: words('gn*|gn'),
    genderEndings: words('-innen|innen|-in|in|-frau|frau|-mann|mann|-r|r'),
    companyNouns: words('unternehmen'),
    townNameNouns: words('Hof'),
    confidentialNouns: [],
    cityFields: words('stadt|ort'),
    regionFields: words('bundesland|land|kanton'),
    countryFields: words('land'),
    cityStates: words('Singapur|Hongkong|Monaco|Macau'),
    siteWords: words('campus|standort|werk|werkstatt|hauptsitz|niederlassung|filiale'),
    islandWords: words('insel'),
    islandNotNames: words(
      'Gruppe|Holding|Verlag|Stiftung|Klinik|Kliniken|Spital|Spitäler|Hotel|Apotheke',
    ),
    townLinks: words('am|an der|in|im|ob der|bei|auf'),
    officeNouns: words(
      'Office|Büro|Büros|Geschäftsstelle|Niederlassung|Standort|Standorte|Filiale|Werk|Lager|Praxis|Klinik|Betrieb|Hotel|Restaurant|Markt|Einrichtung',
    ),
    officeWords: words(
      'hauptsitz|firmensitz|zentrale|hauptverwaltung|konzernzentrale|unternehmenszentrale',
    ),
    jobBasedIn: words('wird die Stelle in|ist die Stelle in'),
    ourWords: words('unserem|unserer|unseren'),
    basedIn: words(
      'vor Ort in|wahlweise in|Arbeitsort ist|Einsatzort ist|Dienstort ist|Arbeitsort|Einsatzort|Dienstort|Standort|Standort in|Team in|Teams in|Büro in|Sitz in|' +
        // "Ihr Arbeitsplatz ist Otterfing (83624)", "Dein Arbeitsplatz ist in Gmund".
        'Ihr Arbeitsplatz ist in|Ihr Arbeitsplatz ist|Dein Arbeitsplatz ist in|Dein Arbeitsplatz ist|Arbeitsplatz ist in|' +
        // An agency's client and where it sits: "Für unseren Kunden in Bonn suchen wir".
        'unseren Kunden in|einen Kunden in|unseren Kunden aus|einen Kunden aus|Sitz im Raum|Sitz im Großraum|' +
        // A field role's area or its base: "Team für die Regionen Wismar, Rostock und Prenzlau",
        // "Ihr Wohnort liegt idealerweise im Großraum Salzburg".
        'für die Regionen|für die Region|im Großraum',
    ),
    jobOpenIn: [],
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('oder|bzw.|beziehungsweise|und/oder|sowie alternativ'),
    oneOf: words('eine der|einer der|eines der|mindestens eine der|mindestens einer der|entweder'),
    dutyHeadings: words(
      'aufgaben|ihre aufgaben|deine aufgaben|aufgabengebiet|ihr aufgabengebiet|' +
        'dein aufgabengebiet|tätigkeiten|ihre tätigkeiten|deine tätigkeiten|' +
        'das erwartet dich|das erwartet sie|was dich erwartet|was sie erwartet|deine rolle|' +
        'ihre rolle|die stelle|verantwortlichkeiten|deine verantwortung|ihre verantwortung|' +
        'was du bewegst|was sie bewegen|was du tust|dein job|ihr job|aufgabenbereich',
    ),
    dutyCues: words(
      'du arbeitest mit|sie arbeiten mit|du nutzt|sie nutzen|du entwickelst|sie entwickeln|' +
        'du betreust|sie betreuen|du verantwortest|sie verantworten|du bist verantwortlich|' +
        'sie sind verantwortlich|du pflegst|sie pflegen|wir setzen auf|wir sind experten|' +
        'wir sind spezialisiert|wir nutzen|wir verwenden|nutzen wir|verwenden wir|setzen wir auf',
    ),
    notTools: words('teams|project'),
    compoundNouns: [],
    unitNouns: words('Team|Teams|Abteilung'),
    unitOwners: words('unser|unsere|unserem|unserer|unseres|ihr|ihrem'),
    ownBodies: words(
      'amt|behörde|dienst|ministerium|agentur|kommission|rat|programm|büro|direktion|verwaltung|anstalt',
    ),
    ownRoles: words(
      'manager|managerin|leiter|leiterin|projektleiter|projektleiterin|teamleiter|teamleiterin|' +
        'berater|beraterin|referent|referentin|ingenieur|ingenieurin|entwickler|entwicklerin|spezialist|spezialistin|koordinator|' +
        'koordinatorin|assistent|assistentin|sachbearbeiter|sachbearbeiterin',
    ),
    nameJoiners: words('für|der|des|und'),
    foundVia: words('via|über'),
    profileBefore: words(
      'dein|deinen|deine|Ihr|Ihren|Ihre|Profil|Link zu|Link zum|Link zu deinem|Link zu Ihrem',
    ),
    profileAfter: words('Profil|Account|Konto|Link'),
    hiringSteps: words(
      'vorstellungsgespräch per|vorstellungsgespräch via|videointerview|video-interview|bewerbungsgespräch per|bewerbungsgespräch via',
    ),
    consent: words(
      'Einwilligung in die Verarbeitung|Einwilligung zur Verarbeitung|Datenschutzhinweise für Bewerber|Datenschutzhinweise für Bewerbende',
    ),
    forbidden: words(
      'ist untersagt|ist verboten|sind untersagt|sind verboten|ist nicht erlaubt|sind nicht erlaubt|ist nicht gestattet',
    ),
    toolCues: words(
      'fortgeschrittene|kenntnisse|kenntnissen|anwenderkenntnisse|erfahrung|erfahrungen|programmierung|programmiersprachen|programmiersprache|entwicklung|umgang|beherrschung',
    ),
  },
};
