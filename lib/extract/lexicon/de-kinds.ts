import type { EducationCueWords, ExperienceWords, LanguageWords } from './types';
import { words } from './words';

/** German words of the experience and language readers (`./de.ts` keeps the rest). */

export const deExperience: ExperienceWords = {
  nouns: words('Erfahrung|Praxis'),
  years: words('Jahre|Jahren|Jahr|J.'),
  months: words('Monate|Monaten|Monat'),
  rangeJoins: words('bis|und|oder'),
  unitRangeJoins: words('bis|bis zu'),
  rangeMax: words('maximal|höchstens'),
  orMore: words('oder mehr|und mehr|plus|mindestens'),
  atLeast: words('mindestens|mind.|min.|wenigstens'),
  moreThan: words('über|mehr als'),
  upTo: words('bis zu|maximal|höchstens|weniger als'),
  trapFields: [],
  trapsAfter: words(
    'alt|Garantie|Gewährleistung|Vertrag|Vertragslaufzeit|befristet|Firmengeschichte|Erfolg|' +
      'Aufenthalt|ununterbrochener Aufenthalt|Wohnsitz|Restlaufzeit|Gültigkeit|Verpflichtung|' +
      'Mindestverpflichtung|Bindung|Verpflichtungszeit|am Stück|in Folge',
  ),
  pooledAfter: [],
  substitutes: words('können ersetzt werden|kann ersetzt werden|ersetzt werden'),
  trapDurations: words('Dauer|Dauer von'),
  trapsBefore: words(
    'Einführungsphase|Einarbeitungsphase|Einarbeitungszeit|Probezeit|' +
      'gegründet|seit|seit über|seit mehr als|Vertrag|Vertrag über|Vertrag von|Dauer|' +
      'Dauer von|befristet|befristet auf|befristet für|zunächst|Garantie|Alter|Alter von|' +
      'wir haben|unser Team hat|blicken auf|auf über|kombiniert',
  ),
  candidateCues: words(
    'wir suchen|du hast|du bringst|du verfügst|sie haben|sie bringen|sie verfügen|sie besitzen|du besitzt|voraussetzung|vorausgesetzt',
  ),
  taskWords: words(
    'mehrere|mehrerer|mehreren|verschiedene|verschiedener|verschiedenen|zahlreiche|' +
      'zahlreichen|unterschiedliche|unterschiedlichen|gleichzeitig|gleichzeitigen|' +
      'selbstständig|selbständig|eigenverantwortlich|unter Zeitdruck|dynamischen Umfeld|' +
      'im Team',
  ),
  roles: words('Position|Funktion|Rolle|Stelle|Tätigkeit'),
  contextGate: words('praxis|berufs|tätigkeit'),
  candidateNouns: [],
  candidateHas: [],
  companyWe: words('wir'),
  companyWeStems: words('unser'),
  genericWords: [],
  genericLead: [],
  noFieldWords: [
    ...words(
      'der|die|das|dem|den|des|diesem|dieser|diesen|gleichen|selben|ähnlichen|vergleichbaren|im|in',
    ),
    ...words(
      'bereich|bereichen|fachbereich|branche|gebiet|fachgebiet|feld|umfeld|sektor|domäne|position|rolle',
    ),
    ...words(
      'funktion|gesamt|insgesamt|einschlägig|einschlägige|einschlägigen|relevante|relevanten|erfahrung',
    ),
    ...words('berufserfahrung'),
    ...words('oder|und|mit'),
  ],
  roleIntros: words('als'),
  ofFieldEnds: [],
  roleAfter: words('im|als|mit'),
  qualitativeCues: words('sie haben|du hast|mehrjährige|fundierte|einschlägige|langjährige'),
  degrees: [],
  decadeCounts: { zwei: 2 },
  yearAdjectives: {},
  leadingYearEnds: words('jährige|jähriger|jährigen|jähriges|jährig'),
  workContext: words('berufs|Tätigkeit'),
  workedBefore: [],
  decadeUnits: words('jahrzehnt|jahrzehnte|jahrzehntn|jahrzehnten'),
  decadeOf: [],
  decadeNouns: words('erfahrung'),
  fieldNouns: words('erfahrung'),
  fieldBeforePreps: words('im|als'),
  fieldOf: words('von'),
  fieldMinimum: words('mindestens'),
  rolePreps: words('im|in einer|als'),
  roleArticles: words('einer'),
  roleOf: words('von|als'),
  nounAbbreviations: [],
  afterNounAdjectives: [],
  afterNounPreps: words('im|als|mit|bei'),
  elided: [],
  unitOf: [],
  unitWorking: words('Tätigkeit|Berufstätigkeit'),
  afterUnitPreps: words('mit|im|als|in der|in einer|in einem|in'),
  beforeOf: [],
  haveWords: words('sie haben|du hast'),
  qualAdjectives: words('mehrjährige|erste|fundierte|einschlägige|langjährige'),
  workWords: [],
  nounStarts: words('berufs|arbeits'),
  qualAfterNoun: [],
  qualPreps: words('im|als'),
  companyOwners: words('unser|unsere|unserem|unseren'),
  companyNouns: words('Team|Teams|Unternehmen|Firma|Gründer|Gründerinnen|Experten|Berater'),
  companyHave: words('wir haben|wir verfügen über'),
  companyHaveNot: [],
  borrowedLeads: words('davon'),
  borrowedMinimums: words('mindestens|min.'),
  borrowedOfWhich: [],
  borrowedPreps: words('als|in|im'),
  borrowedArticles: words('ein|eine|einer|einem|der|die|dem'),
  headerLabels: words('Jahre Berufserfahrung|Jahre Erfahrung|Berufserfahrung in Jahren'),
  levelLabels: words('Karrierestufe|Karrierelevel|Positionsebene'),
  ofField: [],
  recordMarks: words('erforderlich|wünschenswert|bevorzugt'),
  domainPreps: words('im|in'),
  domainArticles: words('der|die|das'),
};

export const deLanguage: LanguageWords = {
  modes: words(
    'in Wort und Schrift|in Schrift und Wort|schriftlich und mündlich|mündlich und schriftlich',
  ),
  levels: {
    native: words(
      'Muttersprache|Muttersprachler|muttersprachlich|muttersprachliche|muttersprachliches|auf Muttersprachniveau|Muttersprachniveau|Hauptsprache',
    ),
    fluent: words(
      'Beherrschung|sehr gute Beherrschung|perfekte Beherrschung|fließend|fließende|' +
        'fließendes|fließenden|fliessend|fliessende|fliessendes|fliessenden|verhandlungssicher|verhandlungssichere|verhandlungssicheres|' +
        'verhandlungssicheren|exzellent|exzellente|exzellentes|sehr gut|sehr gute|sehr gutes|' +
        'sehr guten|perfekt|perfekte|perfektes|stilsicher|stilsichere|stilsicheres|stilsicheren|' +
        'sehr hohem Niveau|sehr hohes Niveau|hervorragend|hervorragende|hervorragendes|' +
        'ausgezeichnet|ausgezeichnete|ausgezeichnetes|einwandfrei|einwandfreie|einwandfreies|' +
        'einwandfreien|tadellos|tadellose|tadelloses|tadellosen|' +
        // The dative after "mit": "mit sehr gutem Deutsch", "mit ausgezeichnetem Deutschniveau".
        'sehr gutem|exzellentem|perfektem|hervorragendem|ausgezeichnetem|einwandfreiem|tadellosem|' +
        'fließendem|fliessendem|verhandlungssicherem|stilsicherem',
    ),
    professional: words(
      'gut|gute|gutes|guten|gute Beherrschung|sichere Beherrschung|fundiert|fundierte|' +
        'fundiertes|fundierten|solide|solides|sicher|sichere|sicheres|sicheren|' +
        'verhandlungsfähig|fortgeschritten|fortgeschrittene|fortgeschrittenes|berufsbezogen|' +
        'business|' +
        // The dative: "mit gutem Englisch", "mit soliden Kenntnissen" (plural) is above.
        'gutem|fundiertem|solidem|sicherem|fortgeschrittenem',
    ),
    basic: words(
      'Grundkenntnisse|Grundlagen|Basiskenntnisse|Schulkenntnisse|erste Kenntnisse|grundlegende',
    ),
  },
  applyIn: words('Bewerbung auf|Bewerbungsunterlagen auf|Lebenslauf auf|Unterlagen auf'),
  ifThePost: words(
    'falls die Stelle|wenn die Stelle|sofern die Stelle|falls die Position|wenn die Position',
  ),
  applyNouns: words('Bewerbung|Bewerbungsunterlagen|Lebenslauf|Unterlagen|Motivationsschreiben'),
  applyInWords: words('auf|in'),
  // "Deutschniveau": the level of a language, written as one word with its name.
  compoundSuffixes: words('sprachkenntnisse|kenntnisse|sprachniveau|niveau|sprache'),
  adjectiveJoins: words('und|oder|sowie|bzw.'),
  // "in deutscher Schrift und Sprache": the written and spoken language, the noun after a mode word.
  adjectiveNouns: words('sprache|schrift und sprache|sprache und schrift'),
  nounsBefore: [],
  contextStems: words(
    'sprach|kenntnis|fließend|fliessend|verhandlungssicher|muttersprach|kommunikation|übersetz|dolmetsch',
  ),
  contextWordEnds: [],
  contextWholeWords: [],
  adjectiveUses: words('kunden|markt|unternehmen|staat'),
  speaking: [],
  speakingUses: [],
  peopleArticles: words('der|die|das|den|dem'),
  languageNouns: words('sprache'),
  subjectNouns: [],
  subjectJoins: [],
  stops: words('und|oder|sowie'),
  namePrepositions: words('in|auf'),
  requirementCopulas: words('ist|wäre|sind|wären'),
  requirementWords: words('erforderlich|zwingend|von vorteil|wünschenswert'),
  plusArticles: [],
  plusIntensifiers: [],
  plusNouns: [],
  praise: [],
  listJoins: words('und/oder|und|oder'),
  orWords: words('oder'),
  listArticles: [],
  codesFluent: words('zweisprachig|dreisprachig|mehrsprachig'),
  codeLabels: words('Sprachen|Sprachkenntnisse'),
  shortNames: { engl: 'en', dt: 'de', franz: 'fr', span: 'es', ital: 'it' },
};

/** German words around a degree name (`kinds/education.ts`). */
export const deEducationCues: EducationCueWords = {
  shortAfter: words('oder|und'),
  // "EBA" is also Australia's enterprise bargaining agreement ("above Award EBA conditions").
  shortBefore: words('Abschluss als|abgeschlossene'),
  ambiguousShort: words('EBA'),
  tradeSuffixes: words('ker|ler|ner|ter'),
  notTrades: [],
  or: words('oder|oder alternativ|bzw.|beziehungsweise'),
  andOr: [],
  orAny: [],
  articles: words('ein|eine|einen'),
  equivalentNouns: [],
  relatedSubjects: words(
    'vergleichbares Fach|vergleichbares Studiengang|vergleichbares Studienfach|vergleichbares Studium|vergleichbares Richtung|vergleichbaren Fach|vergleichbaren Studiengang|vergleichbaren Studienfach|vergleichbaren Studium|vergleichbaren Richtung|vergleichbare Fach|vergleichbare Studiengang|vergleichbare Studienfach|vergleichbare Studium|vergleichbare Richtung',
  ),
  degreeNouns: [],
  fieldDegreeNouns: words('Abschluss'),
  fieldPrepositions: words('der|im Bereich'),
  bareDegreeAfter: [],
  bareDegreeBefore: [],
  verbLevels: [],
  verbObjects: [],
  nounAfter: [],
  degreeFollowers: words('in|im|oder|und|of|abschluss|studium'),
  similar: words('vergleichbar|ähnlich|verwandt'),
  withWords: words('mit'),
  atLeast: words('mindestens'),
  pathYears: words('Jahre'),
  pathWith: [],
  taughtBefore: [],
  peopleAfter: [],
  peopleAfterWhole: [],
  plainLevelAfter: [],
  levelAskedBefore: [],
  levelAskedAfter: [],
  ownPrepositions: words('der'),
  tailShort: [],
  courseGraduates: [],
  courseNouns: [],
};
