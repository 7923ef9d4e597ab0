import { itEducationCues } from './it-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** Italian. */
export const it: Lexicon = {
  code: 'it',
  abbreviations: words('es|ecc|p.es|sig|dott|cca'),
  capitalisedNouns: false,
  stopwords: words(
    'il|la|le|e|di|del|della|con|per|un|una|che|sono|nostro|nostra|siamo|ai|alla|nel|degli|gli|' +
      'alle|nella|nelle|negli|dello|dalla|dal|ed|non|anche|questa|questo',
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
  experience: {
    nouns: words('esperienza|esperienze'),
    years: words('anni|anno'),
    months: words('mesi|mese'),
    rangeJoins: words('a|e|o|fino a'),
    unitRangeJoins: words('a|fino a'),
    rangeMax: words('massimo|al massimo|un massimo di|massimo di'),
    orMore: words('o più|minimo|almeno'),
    atLeast: words('almeno|minimo|minimo di|un minimo di|non meno di'),
    moreThan: words('oltre|più di'),
    upTo: words('fino a|massimo|al massimo|meno di'),
    trapFields: [],
    trapsAfter: words(
      'di età|di garanzia|di contratto|di storia|di attività|di validità|residui|di impegno|' +
        'di permanenza|impegno iniziale|permanenza minima|di fila',
    ),
    pooledAfter: [],
    substitutes: words('può sostituire|possono sostituire|può sostituirsi|possono sostituirsi'),
    trapDurations: words('durata|durata di'),
    trapsBefore: words(
      'periodo di prova di|periodo di prova|periodo di formazione di|periodo di inserimento di|' +
        'periodo di adattamento|' +
        'fondata nel|fondato nel|da oltre|da più di|maggiorenne|contratto di|durata di|durata|garanzia|abbiamo|vanta|vantiamo|età|età compresa tra|età tra|età minima|età minima di',
    ),
    candidateCues: words(
      'cerchiamo|ricerchiamo|hai|possiedi|sei in possesso|requisiti|richiesti|richiesta|è richiesta|si richiede',
    ),
    taskWords: words(
      'più|diversi|diverse|vari|varie|molteplici|numerosi|numerose|differenti|' +
        'contemporaneamente|allo stesso tempo|in parallelo|multitasking|in autonomia|' +
        'autonomamente|sotto pressione|ambiente dinamico|in team|in squadra',
    ),
    roles: words('ruolo|ruoli|posizione|mansione|mansioni'),
    contextGate: words('ruolo|lavoro'),
    candidateNouns: [],
    candidateHas: [],
    companyWe: words('noi|il nostro|la nostra|siamo|abbiamo'),
    companyWeStems: [],
    genericWords: words('professionale'),
    genericLead: [],
    noFieldWords: [
      ...words(
        "il|lo|la|l'|l’|i|gli|le|questo|questa|stesso|stessa|analogo|analoga|simile|simili|del|nel|nella",
      ),
      ...words(
        'settore|settori|campo|ambito|area|dominio|ruolo|posizione|mansione|mansioni|totale|lavorativa',
      ),
      ...words('professionale|esperienza'),
      ...words('o|e'),
    ],
    roleIntros: words('come'),
    ofFieldEnds: [],
    roleAfter: words('come|nel|nella|nello|con'),
    qualitativeCues: words('hai'),
    degrees: [],
    decadeCounts: { due: 2 },
    yearAdjectives: { biennale: 2, triennale: 3, quadriennale: 4, quinquennale: 5, decennale: 10 },
    leadingYearEnds: [],
    workContext: words('nel ruolo|di lavoro'),
    workedBefore: words(
      'hai lavorato|ha lavorato|aver lavorato|abbia lavorato|hai operato|aver operato|' +
        // "deve aver maturato almeno 2 anni su …": years accrued at work, the noun left out.
        'aver maturato|avere maturato|hai maturato|ha maturato|abbia maturato|abbiano maturato',
    ),
    decadeUnits: words('decenni|decennio|decennia'),
    decadeOf: [],
    decadeNouns: words('di esperienza'),
    fieldNouns: words('esperienza'),
    fieldBeforePreps: words('nel|nella|nello'),
    fieldOf: words('di'),
    fieldMinimum: words('almeno|minimo'),
    rolePreps: words('nel|nella|come'),
    roleArticles: words('un|una'),
    roleOf: words('di|come'),
    nounAbbreviations: [],
    afterNounAdjectives: words('professionale|minima'),
    afterNounPreps: words('nello|nella|nelle|nei|negli|nel|come'),
    elided: words("nell'"),
    unitOf: words('di'),
    unitWorking: words('lavoro|lavorando'),
    afterUnitPreps: words('come|nella|nello|nelle|nei|negli|nel|con|in'),
    beforeOf: words('di'),
    haveWords: words('hai'),
    qualAdjectives: [],
    workWords: [],
    nounStarts: [],
    qualAfterNoun: words('pregressa|comprovata'),
    qualPreps: words('nel|nella|nello|nelle|nei|negli|come'),
    companyOwners: words('il nostro|la nostra|i nostri|le nostre'),
    companyNouns: words('team|gruppo|azienda|società|fondatori|esperti'),
    companyHave: words('abbiamo|vantiamo'),
    companyHaveNot: [],
    borrowedLeads: words('di cui'),
    borrowedMinimums: words('almeno|minimo'),
    borrowedOfWhich: [],
    borrowedPreps: words('come|in|nel|nella'),
    borrowedArticles: words('un|una|il|la'),
    headerLabels: words('anni di esperienza|esperienza richiesta'),
    levelLabels: words('livello di carriera|livello gerarchico|inquadramento'),
    ofField: [],
    recordMarks: words('obbligatorio|richiesto|preferibile'),
    domainPreps: words('nel|nella|nei'),
    domainArticles: words('il|lo|la'),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'gradito|gradita|graditi|gradite|è gradito|è gradita|sarà gradito|sarà gradita|' +
        'preferibile|preferenziale|un plus|è un plus|sarà un plus|costituisce un plus|' +
        'non richiesto|non richiesta|non obbligatorio|non obbligatoria|titolo preferenziale|' +
        'costituirà titolo preferenziale|è considerato un plus|preferibilmente|' +
        // Not required, yet wanted: "(non vincolante)" (`notExcluding`).
        'non vincolante|non è vincolante|non escludente|non è escludente|' +
        // "Tedesco, o disponibilità a impararlo": the skill may still be learnt, so it is a plus.
        'o disponibilità a|o disponibilità ad|o disposto a|o disposta a|o voglia di imparare',
    ),
    leading: words(
      'preferibilmente|idealmente|sarebbe un plus|costituisce titolo preferenziale|' +
        'titolo preferenziale|qualifiche preferenziali|requisiti preferenziali|gradita|' +
        'gradito|graditi|costituirà titolo preferenziale|rappresenta un plus|eventuale|eventualmente',
    ),
    required: words(
      'richiesto|richiesta|richiesti|richieste|obbligatorio|obbligatoria|indispensabile|indispensabili|imprescindibile|necessario|necessaria|requisito',
    ),
    notRequired: words(
      'non richiesto|non richiesta|non obbligatorio|non obbligatoria|non indispensabile|non è richiesto|non è richiesta',
    ),
    forThisRole: words(
      'è richiesto per questo ruolo|è richiesta per questo ruolo|è obbligatorio per questa posizione|' +
        'è obbligatoria per questa posizione|è indispensabile per questo ruolo|è requisito indispensabile per questa posizione',
    ),
    notExcluding: words('non vincolante|non è vincolante|non escludente|non è escludente'),
    fillers: words('è|sono|sarebbe|sarebbero|molto|fortemente|un|una'),
    clauseSubjects: words('lei|tu|voi'),
    afterCueJoins: words('con'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words('gradito|gradita|graditi|gradite|preferenziali|preferibil'),
    preferredWords: words(''),
    payPhrases: [],
    personNouns: words(''),
    required: words(
      'obbligatorio|obbligatori|obbligatoria|obbligatorie|indispensabile|indispensabili|' +
        'esperienza in|esperienza con|esperienza nel|esperienza nella|requisiti|richiesta|richiesto|richiesti|richieste|essenziale|essenziali|cosa cerchiamo|chi cerchiamo|' +
        'cosa ci aspettiamo da te|cosa ci aspettiamo|cosa chiediamo',
    ),
    headings: words(
      'come candidarsi|per candidarsi|modalità di candidatura|' +
        'requisito preferenziale|requisiti preferenziali|introduzione|requisiti|' +
        // A section under the title, not the employer: "## Informazioni sulla posizione".
        'informazioni sulla posizione|informazioni sul ruolo|informazioni sul lavoro|sulla posizione|' +
        // A careers page's side box of fields ("Dettagli" / "Luogo: Varese"), not an employer's name.
        'dettagli|dettagli della posizione|dettagli del ruolo|' +
        // The expectations heading: "Cosa ci aspettiamo da te".
        'cosa ci aspettiamo da te|cosa ci aspettiamo',
    ),
    offer: words(
      "offriamo|cosa offriamo|chi siamo|benefici|descrizione dell'azienda|descrizione azienda|" +
        'come candidarsi|per candidarsi|modalità di candidatura',
    ),
    about: words(''),
    aboutJob: words(''),
    otherJobs: words(
      'offerte simili|lavori simili|annunci simili|posizioni simili|altre offerte|' +
        'offerte correlate|potrebbe interessarti anche|potrebbero interessarti',
    ),
    itemOpeners: words(
      'Esperienza|Conoscenza|Conoscenze|Ottima|Ottime|Ottimo|Buona|Buone|Buon|Laurea|Diploma|Capacità|Disponibilità|Padronanza|Minimo|Patente|Pregressa|Attitudine|Predisposizione|Gradita|Gradito|Spiccate|Spiccata|Costituisce',
    ),
    fieldLabels: words(
      'esperienza|retribuzione|stipendio|titolo di studio|istruzione|formazione|lingua|lingue|sede|sede di lavoro|luogo di lavoro|località|tipo di contratto|contratto|orario|orario di lavoro|durata|trasferte|patente|benefit',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('dottorato|dottorato di ricerca|phd'),
      master: words(
        'laurea magistrale|laurea specialistica|laurea magistrale o specialistica|laurea a ciclo unico|master di secondo livello|master universitario|' +
          'laurea di II livello|laurea di secondo livello|laurea di 2° livello',
      ),
      bachelor: words(
        'laurea|laurea triennale|laureato|laureata|titolo di laurea|diploma di laurea|laurea di primo livello|' +
          'laurea di I livello|laurea di I o II livello|laurea di primo o secondo livello|' +
          'diploma universitario|diploma accademico|' +
          // "Laurea magistrale o triennale": the shorter degree, its adjective alone, is enough.
          'o triennale|oppure triennale',
      ),
      associate: words('diploma its|istruzione tecnica superiore'),
      vocational: words(
        'qualifica professionale|diploma professionale|attestato di qualifica|istituto professionale|corso professionale',
      ),
      high_school: words(
        'diploma di maturità|diploma di scuola superiore|' +
          'diploma di scuola secondaria superiore|diploma di scuola media superiore|maturità|' +
          'diploma di ragioneria|diploma di perito|diploma di geometra|diploma di liceo|' +
          'diploma tecnico|perito|' +
          // "Diploma o Laurea": either is accepted, so the diploma (high school) is the minimum.
          'diploma o laurea|diploma oppure laurea|diploma e/o laurea|diploma/laurea',
      ),
    },
    abbreviations: { ITS: 'associate' },
    enrolment: words(
      'laureando|laureanda|laureandi|studente di|studentessa di|studenti di|iscritto a|iscritta a|stai conseguendo|in procinto di laurearsi|' +
        // A curricular internship runs under the school's agreement: only a student takes one.
        'tirocinio curriculare|tirocinio curricolare|convenzione di tirocinio',
    ),
    byCountry: [],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'o conoscenze equivalenti|o conoscenze acquisite equivalenti|' +
        'o titolo equivalente|o equivalente|o titolo equipollente|equipollente|o esperienza analoga|' +
        'o esperienza nel settore|o esperienza nel campo',
    ),
    equivalencyCredentials: [],
    experienceInstead: words(
      'laureati in altre materie|candidati con esperienza|candidati con forte esperienza|' +
        'candidati non laureati|non laureati con|in assenza di laurea|' +
        'in alternativa esperienza|o esperienza equivalente|o comprovata esperienza|' +
        'combinazione di esperienza e formazione|combinazione di formazione ed esperienza',
    ),
    tradeTraining: words('formazione da|formazione come|qualifica di|qualifica da'),
    notAsked: words('non è richiesta|non è necessaria|non serve|senza bisogno di'),
    cues: itEducationCues,
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      'parlato e scritto|scritto e parlato|scritta e parlata|parlata e scritta|orale e scritto',
    ),
    levels: {
      native: words('madrelingua|madre lingua|lingua madre|nativo|nativa'),
      fluent: words(
        // "Inglese e tedesco fluenti": the plural when the adjective follows two languages.
        'fluente|fluenti|fluentemente|correntemente|ottimo|ottima|ottime|ottima conoscenza|ottime conoscenze|' +
          'eccellente|perfetto|perfetta|padronanza|piena padronanza|bilingue|bilinguismo|impeccabile',
      ),
      professional: words(
        'avanzato|avanzata|livello avanzato|buono|buona|buon|buona conoscenza|buone|buone conoscenze|buon livello|discreto|discreta|discrete|solido|solida|solida conoscenza|professionale|intermedio|intermedia|livello intermedio',
      ),
      basic: words(
        'base|di base|basilare|basilari|scolastico|scolastica|livello base|conoscenza di base|elementare|livello medio|' +
          'un minimo di',
      ),
    },
    applyIn: words('cv in|curriculum in|candidatura in'),
    ifThePost: words(
      'se la posizione è|se il ruolo è|se la posizione richiede|se il ruolo richiede',
    ),
    applyNouns: words('candidatura|curriculum|cv|lettera di presentazione'),
    applyInWords: words('in'),
    compoundSuffixes: [],
    adjectiveJoins: [],
    adjectiveNouns: [],
    nounsBefore: words(
      'mercato|clienti|azienda|aziende|province|regioni|comuni|cantoni|territorio',
    ),
    contextStems: words('lingua|parlat|scritt|conoscenz|tradu|interprete'),
    contextWordEnds: [],
    contextWholeWords: [],
    adjectiveUses: words('mercato|clienti|azienda'),
    speaking: [],
    speakingUses: [],
    peopleArticles: [],
    languageNouns: [],
    subjectNouns: [],
    subjectJoins: [],
    stops: words('e|o|nonché'),
    namePrepositions: words('in'),
    requirementCopulas: words('è|sarebbe|sono|sarebbero'),
    requirementWords: words('richiesto|richiesta|gradito|gradita|preferibile'),
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    praise: [],
    listJoins: words('e/o|e|o'),
    orWords: words('o'),
    // "della lingua inglese e della lingua francese": the language noun said again in the list.
    listArticles: words("l'|l’|dell'|dell’|il|lo|la|del|della|della lingua|la lingua|lingua"),
    codesFluent: words('bilingue|trilingue'),
    codeLabels: words('lingue|conoscenze linguistiche'),
    shortNames: { ingl: 'en', ing: 'en', ted: 'de', fr: 'fr', sp: 'es' },
  },

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: [],
    pay: words(
      'budget salariale|budget retributivo|RAL|retribuzione|retribuzione annua lorda|stipendio|compenso|lordo|lordi|lorda|lorde|salario|paga',
    ),
    notPay: words(
      'diaria|trasferta|fatturato|budget|buoni pasto|buono pasto|ticket|welfare|premio|premi|bonus|finanziamento|investimento|investimenti',
    ),
    upTo: words(
      'fino a|massimo|max|con un tetto di|tetto di|tetto massimo di|fino ad un massimo di',
    ),
    from: words(
      'a partire da|stipendio iniziale|retribuzione iniziale|minimo|almeno|oltre|più di|superiore a|RAL da|retribuzione da|stipendio da',
    ),
    fromAfter: words('minimo|come minimo|o più|in su'),
    floorNotes: [],
    rangeJoin: words('a|e|e i|e gli|e le'),
    risingTo: words('fino ad arrivare a'),
    payOf: words('di|da|un|una'),
    stepAfter: words('dopo|fino a|e dopo'),
    grossNet: words('lordo|lordi|lorda|lorde|netto|netti'),
    periods: {
      hour: words("all'ora|l'ora|orario|orari|per ora|orario lordo"),
      day: words('al giorno|giornaliero|giornalieri|per giorno'),
      week: words('a settimana|alla settimana|settimanale|settimanali'),
      month: words('al mese|mensile|mensili|mensilmente|per mese'),
      year: words("all'anno|annuo|annui|annua|annuale|annuali|RAL|per anno"),
    },
    periodSuffixes: {
      hour: words('/ora|/h'),
      day: words('/giorno|/gg'),
      week: words('/settimana'),
      month: words('/mese'),
      year: words('/anno'),
    },
    timeUnits: words('ore|ora|giorni|giorno|notti|volte'),
    currencies: {
      euro: 'EUR',
      sterline: 'GBP',
      dollari: '$',
    },
    currencyLabels: words('valuta|divisa|codice valuta'),
    multipliers: {
      k: 1_000,
      mila: 1_000,
      milioni: 1_000_000,
      milione: 1_000_000,
      miliardi: 1_000_000_000,
    },
    cappedJobs: [],
    capAfter: [],
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words(
      'remoto|da remoto|in remoto|telelavoro|full remote|' +
        // "lavorare da casa": the verb keeps "lontano da casa" out.
        'lavoro da casa|lavorare da casa|lavora da casa|lavorerai da casa',
    ),
    hybrid: words(
      'ibrido|ibrida|modalità ibrida|lavoro ibrido|modalità agile|lavoro agile|smart working',
    ),
    onsite: words('in sede|in presenza|presso la sede'),
    remotePhrases: words(
      '100% da remoto|100% remoto|completamente da remoto|totalmente da remoto|full remote|full smart working|100% smart working|' +
        'la posizione è da remoto|la posizione è in full remote|il lavoro è da remoto|' +
        'da dove vuoi|da qualsiasi luogo',
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'in parte da casa|parzialmente da remoto|in parte da remoto|a volte da casa|' +
        'smart working parziale|giorni di smart working|smart working ibrido|telelavoro parziale',
    ),
    onsitePhrases: words(
      'lavoro in presenza|100% in sede|attività in presenza|lavorerai in sede|lavorerà in sede',
    ),
    remoteAdverbs: words('remotamente|a distanza'),
    fully: words('100%|100 %|completamente|totalmente|interamente|full'),
    shareLinks: words('di|in'),
    partly: words('parziale|parzialmente|occasionale|regolarmente'),
    option: words(
      'possibilità di lavoro|possibilità di lavorare|possibilità di|possibilità|possibile|opzione di|opzionale|' +
        'flessibilità di',
    ),
    mix: words('mix di|combinazione di|alternanza tra|alternanza di|equilibrio tra'),
    mixJoins: words('e|ed|con'),
    days: words('giorni|giorno|giornate|giornata|volte|volta'),
    weeklyTimes: [],
    week: words('a settimana|alla settimana|settimanali|al mese'),
    places: words('in ufficio|in sede|da remoto|in smart working|da casa|in presenza'),
    office: words('in ufficio|in sede|in presenza'),
    notRemote: words(
      'no smart working|niente smart working|non è previsto lo smart working|no remoto|' +
        'full remote non possibile|remoto non possibile',
    ),
    notModel: words('cloud|infrastruttura|veicoli|sistemi|soluzioni|assistenza|supporto|accesso'),
    notPlaceAfter: words(''),
    notModelBefore: words(
      'cloud|architettura|architetture|infrastruttura|infrastrutture|' +
        'soluzione|soluzioni|tecnologia|tecnologie|veicolo|veicoli|auto|motore|motori|' +
        'parcheggio|mensa|palestra|' +
        // "Staff meeting in presenza, quando serve": the meetings are in person, not the job.
        'meeting|riunione|riunioni|incontro|incontri|evento|eventi',
    ),
    topics: words('politica di|politica sullo|regolamento di|regolamento sullo'),
    hoursIn: words('a|in|presso'),
    or: words('o|oppure'),
    dutyNouns: words('supporto|assistenza|manutenzione|interventi|servizio|servizi|formazione'),
    bothWays: words(
      'in loco e da remoto|on-site e da remoto|on site e da remoto|in sede e da remoto|da remoto e in loco|da remoto e on-site|in presenza e da remoto',
    ),
    channels: words(
      'online|telefonicamente|per telefono|al telefono|via e-mail|via email|via chat',
    ),
    labels: words('modalità di lavoro|modalità'),
    no: words('no'),
    undecided: words('da definire|da concordare|da discutere'),
    offered: [],
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('tempo pieno|full time|full-time'),
    partTime: words('tempo parziale|part time|part-time'),
    contract: words(
      'partita IVA|libero professionista|collaborazione occasionale|freelance|co.co.co.|' +
        // "Consulenza con P.Iva": the VAT number's short form, a freelancer's.
        'P.IVA|P. IVA|' +
        // "Contratto di prestazione d'opera di 6 mesi": a contractor's contract, whatever its term.
        "contratto di prestazione d'opera|contratto di prestazione d’opera|prestazione d'opera|prestazione d’opera",
    ),
    temporary: words(
      'tempo determinato|contratto a termine|somministrazione|contratto stagionale|stagione estiva|' +
        'stagione invernale|stagionale|sostituzione maternità|sostituzione malattia|CTD|' +
        // A job for one season: "per la stagione invernale".
        'per la stagione|lavoro stagionale',
    ),
    internship: words(
      'tirocinio|tirocinio curriculare|tirocinio extracurriculare|lo stage|uno stage|stage curriculare|stage retribuito|stagista|stagisti|' +
        // "ADDETTA BACK OFFICE PER STAGE", "Si offre stage full-time iniziale di sei mesi".
        'per stage|stage full-time|stage full time|stage part-time|stage part time|stage iniziale',
    ),
    apprenticeship: words('apprendistato|contratto di apprendistato|apprendista'),
    volunteer: words('volontariato|volontario|volontaria|servizio civile'),
    perDiem: words('a chiamata|lavoro intermittente'),
    internTitles: words('stagista|tirocinante'),
    apprenticeTitles: words('apprendista'),
    contractTitleHeads: [],
    contractTrades: [],
    contractTitleTails: words('freelance|a progetto|partita IVA|P.IVA'),
    temporaryTitles: words('stagionale|stagionali|temporaneo|temporanea'),
    noType: words(''),
    notTypeAfter: [],
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words(
      'tranne|eccetto|ad eccezione di|ad eccezione del|ad eccezione dei|ad eccezione delle|ad eccezione degli',
    ),
    bothHours: words('tempo pieno o parziale|tempo pieno e parziale'),
    past: words(
      'esperienza pregressa|precedente|precedenti|pregresso|pregressa|esperienza di stage|esperienze di stage|' +
        // "aver svolto uno stage in studio": a placement the candidate has done.
        'svolto uno stage|svolto un tirocinio|stage svolto|tirocinio svolto|tirocinio concluso',
    ),
    permanent: words('tempo indeterminato|contratto a tempo indeterminato'),
    labels: words(
      'tipo di contratto|tipologia contrattuale|tipologia di contratto|contratto|orario|' +
        // LinkedIn's Italian fields: "Tipo di occupazione", "Percentuale di occupazione".
        'tipo di occupazione|percentuale di occupazione|tipo di impiego',
    ),
    contractValues: words('partita IVA|P.IVA|P. IVA|collaborazione|libera professione|freelance'),
    temporaryValues: words('tempo determinato|stagionale|temporaneo'),
    fullTimeValues: words('tempo pieno|pieno|full time'),
    partTimeValues: words('part time|tempo parziale|parziale'),
    payLabels: words('tariffa oraria|paga oraria'),
    ownJob: words('questa posizione|questo ruolo|si tratta di'),
    eligibility: words(
      'diritto a|' +
        // "Si prega agenzie e freelance di astenersi": who should not apply.
        'astenersi|di astenersi|' +
        // "Ogni dipendente a tempo pieno riceve …": a perk of the staff, not this job's hours.
        'ogni dipendente a tempo pieno|tutti i dipendenti a tempo pieno|ogni dipendente part-time|tutti i dipendenti part-time',
    ),
    basis: words('sulla base di|riproporzionato'),
    workloadLabels: words("grado di occupazione|percentuale di impiego|grado d'occupazione"),
    weeklyHours: words(
      'ore settimanali|ore a settimana|ore/settimana|h/settimana|ore alla settimana',
    ),
    laterChance: words('possibilità di|opportunità di|prospettiva di'),
    pastAs: words('come|in qualità di'),
    weekOf: words('settimana di|settimane di|settimana lavorativa di'),
    hourUnits: words('ore'),
    hoursOf: words('orario di lavoro|orario di lavoro di|orario'),
    hoursBasisBefore: words('sulla base di|riferito a|parametrato a'),
    to: words('a|o'),
    months: words('mesi|mese|anni|anno'),
    keptFiles: words('CV|curriculum|candidature|dati personali'),
    durationLabels: words("durata|durata del contratto|durata del progetto|durata dell'incarico"),
    contractWords: words('contratto|progetto|per un periodo|per il periodo'),
    extendable: words(
      'rinnovabile|prorogabile|con possibilità di proroga|con possibilità di rinnovo',
    ),
    flexOptions: words('job sharing|lavoro ripartito|lavoro condiviso'),
    laterHours: words(
      'con possibilità di passaggio a|con possibilità di passare a|con possibilità di trasformazione in|trasformabile in',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('trasloco|ricollocazione|trasferimento|relocation'),
    offer: words('supporto|contributo|rimborso|pacchetto|aiuto|sostegno|bonus'),
    housing: words(
      'alloggio fornito|vitto e alloggio|alloggio incluso|alloggio a carico|sistemazione fornita',
    ),
    payAllowances: words('biglietto aereo annuale|biglietti aerei'),
    candidate: words('disponibile|disponibilità'),
    candidatePays: words(
      'a carico del candidato|a proprie spese|a spese del candidato|a proprio carico|responsabilità del candidato|a tue spese|a vostre spese',
    ),
    negations: words('non|nessun|nessuna|nessuno|senza'),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('sì|si|s'),
    answerNo: words('no|n'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words('visto|permesso di lavoro|permesso di soggiorno|sponsorizzazione'),
    immigration: words('visto|permesso di lavoro|permesso di soggiorno|immigrazione'),
    offer: words('supporto|supportiamo|assistenza|aiuto|gestiamo|disbrigo delle pratiche'),
    offerPhrases: words(
      'supporto per il visto|assistenza per il visto|supporto per il permesso di soggiorno',
    ),
    refusals: words('non possiamo sponsorizzare|senza sponsorizzazione'),
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'nessun visto richiesto|non è richiesto il visto|non serve il visto|visto non richiesto|senza bisogno di visto',
    ),
    onlyFor: words(
      'solo per|soltanto per|esclusivamente per|riservato a|riservata a|limitato a|limitata a',
    ),
    thirdPartySponsors: [],
    authorization: words('permesso di lavoro|permesso di soggiorno|autorizzazione al lavoro'),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    // "Disponibilità al viaggio": the singular noun too.
    travel: words('viaggiare|trasferte|trasferta|viaggi|viaggio'),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'possibilità di viaggiare|opportunità di viaggiare|possibilità di trasferte|' +
        'quotidiani|quotidiane|disponibilità|frequenti|occasionali|saltuarie|previste|pagata|pagate|' +
        // "disponibilità ad eventuali trasferte": travel that may come up is still asked for.
        'eventuali|eventuale',
    ),
    notDemand: words(
      'rimborso trasferte|agenzia di viaggi|rimborso spese di viaggio|nessuna trasferta|senza trasferte',
    ),
    visits: words(
      'visite ai clienti|visite presso i clienti|visite clienti|interventi presso i clienti|' +
        'interventi presso clienti|trasferte in Italia|trasferte all estero|trasferte all’estero|' +
        "trasferte all'estero",
    ),
    shareOfTime: words('del tempo|del tempo di lavoro'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('reperibilità'),
    night: words('turni notturni|lavoro notturno'),
    nightPlaces: [],
    shift: words('lavoro su turni|turni|turnazione|a turnazione'),
    shiftKinds: [],
    shiftTimes: [],
    shiftNouns: [],
    hourUnits: words('ore'),
    shiftHours: [],
    shiftNotBefore: words('di reperibilità|di guardia'),
    weekend: words('il sabato|nel fine settimana|nel weekend|nei weekend'),
    weekendCues: [],
    weekendKinds: [],
    weekendNouns: [],
    weekFirstDays: words('lunedì|da lunedì'),
    weekJoins: words('a'),
    weekendDays: words('sabato|domenica'),
    dayNames: words('lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica'),
    irregular: words('orari irregolari'),
    leisure: words('goditi'),
    stems: words('reperibil|notturn|turn|sabato|domenica|settimana|week|orari'),
  },

  credentials: {
    notBodies: [],
    registrationNouns: [],
    registeredWith: [],
    registeredArticles: [],
    professional: [
      ...words("iscrizione all'albo|iscrizione all’albo|iscrizione all albo|iscritto/a all'albo"),
      ...words("iscritto/a all’albo|iscritto/a all albo|iscritto all'albo|iscritto all’albo"),
      ...words("iscritto all albo|iscritta/a all'albo|iscritta/a all’albo|iscritta/a all albo"),
      ...words("iscritta all'albo|iscritta all’albo|iscritta all albo"),
    ],
    registerNouns: [],
    registryNouns: [],
    registryActive: [],
    registryAt: [],
    forklift: [
      ...words(
        'patentino del muletto|patentino per muletto|patentino muletto|patentino carrellista',
      ),
      ...words(
        'patentino per la conduzione di carrelli elevatori|patentino per carrelli elevatori',
      ),
      ...words('patentino del carrello elevatore|patentino carrelli elevatori'),
      ...words(
        'abilitazione alla conduzione di carrelli elevatori|abilitazione carrelli elevatori',
      ),
    ],
    levelWords: [],
    certificateNouns: [],
    ticketNouns: [],
    certifiedWords: [],
    stems: words('albo|muletto|patentino|abilitazione'),
  },

  field: {
    ends: words('idealmente|preferibilmente|minimo|gradito|gradita|sarebbe'),
    plusCopulas: [],
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    orgAt: [],
    orgArticles: [],
    orgNouns: [],
    articles: words('il|lo|la|gli|una|un'),
    copulas: words('è|sono'),
    trailingLinks: words('per|da'),
    glueWords: [],
    clauseStarts: [],
    listJoins: words('o|e'),
    lastJoins: words('o|e'),
  },

  license: {
    driving: [],
    drivingShort: words('patente'),
    drivingShortTails: words('di guida'),
    drivingShortCues: [],
    adjectives: [],
    classBefore: [],
    classJoins: words('e|ed'),
    classArticles: [],
    classAfter: words('categoria'),
    commercial: [],
    commercialClass: [],
    nursing: [],
    nursingHeld: [],
    nursingAs: [],
    clearanceLevels: [],
    clearanceSecurity: [],
    clearance: [],
    polygraph: [],
    stems: words('patente'),
  },

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('offerta|annuncio|offerta di lavoro'),
    titleLabels: words(
      "titolo della posizione|titolo dell'annuncio|posizione|ruolo|titolo|qualifica|mansione|" +
        // An internship record's subject field: "Oggetto del tirocinio" / "Sviluppo applicativi web".
        'oggetto del tirocinio|oggetto dello stage',
    ),
    advertiserLabels: words('pubblicato da|inserzionista'),
    advertiserLeads: words('da parte di'),
    calendarMonths: words(
      'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic',
    ),
    sendToWords: words(
      'inviare cv a|invia il tuo cv a|inviare il proprio cv a|inviare curriculum a',
    ),
    careersPages: words(
      'Lavora con noi|Carriere|Posizioni aperte|Offerte di lavoro|Dettagli offerta|' +
        'Le nostre posizioni aperte|Le nostre offerte di lavoro|Opportunità di lavoro',
    ),
    boardLinks: words(
      'vedi tutte le offerte|vedi tutti gli annunci|condividi questa pagina|condividi questa offerta|' +
        'tutte le offerte|tutte le posizioni aperte|torna alle offerte|candidati|candidati ora|candidati subito',
    ),
    areaAfter: words('centro|centro città'),
    metroAfter: [],
    areaWords: words('zona di|zona|provincia di|area di'),
    companyLabels: words('azienda|società|datore di lavoro|ente'),
    locationLabels: words(
      'sede|luogo di lavoro|sede di lavoro|sede di svolgimento|sede centrale|sede operativa|località|città|' +
        'sede operativa del tirocinio|sede del tirocinio|sede dello stage|comune|comune di lavoro|' +
        // A careers page's detail list: "Luogo: Varese", "Località di lavoro: Torino".
        'luogo|località di lavoro|' +
        // An agency ad's "Zona: Vimercate (MB)".
        'zona',
    ),
    placeholders: words('più sedi|varie sedi|ovunque|tutto il mondo|globale|non specificato'),
    commuteClauses: words('spostarsi senza problemi|raggiungere agevolmente'),
    bylineTerms: words(
      'in presenza|tempo pieno|tempo indeterminato|ibrido|smart working|in sede|completamente remoto|remoto|' +
        'attualmente da remoto|temporaneamente da remoto',
    ),
    jobWords: [
      // Laboratorio e scienze: "Chimico", "Biologa".
      ...words(
        'chimico|biologo|biologa|microbiologo|microbiologa|fisico|geologo|geologa|psicologo|psicologa',
      ),
      ...words(
        'statistico|matematico|veterinario|veterinaria|dentista|odontoiatra|chirurgo|nutrizionista',
      ),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('traduttore|traduttrice|interprete'),
      ...words('fattorino|parrucchiere|parrucchiera|barman'),
      ...words(
        'sviluppatore|sviluppatrice|ingegnere|responsabile|addetto|addetta|addetti|impiegato|impiegata|impiegati',
      ),
      // Several seats offered at once, the noun in the plural: "Sviluppatori software", "Camerieri di sala".
      ...words(
        'sviluppatori|programmatori|ingegneri|camerieri|cuochi|infermieri|operai|magazzinieri|autisti',
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
      ...words('specialista|assistente|direttore|direttrice|officer|manager|esperto|esperta'),
      ...words('muratore|carpentiere|idraulico|barista|aiuto cuoco'),
      // Coordinators, the kitchen's dishwasher, the front desk.
      ...words('coordinatore|coordinatrice|lavapiatti|receptionist|segretaria|segretario|medico'),
    ],
    titleIntros: words(
      'come|in qualità di|cerchiamo|siamo alla ricerca di|è alla ricerca di|ricerchiamo|posizione di|ruolo di',
    ),
    descriptionHeadings: words(
      'descrizione|descrizione del lavoro|descrizione della posizione|dettagli',
    ),
    roleSubjectArticles: words("il|la|lo|l'|l’"),
    roleSubjectVerbs: words('si occuperà|sarà responsabile|avrà il compito|avrà la responsabilità'),
    roleSubjectOthers: words('responsabile|recruiter|manager'),
    hiringCues: words(
      'cerca|cerchiamo|seleziona|ricerca|è alla ricerca di|è alla ricerca|assume|sta ricercando|sta cercando|sta selezionando|' +
        // "Il Resort Belvedere apre la selezione per un cuoco": the employer opens a selection.
        'apre la selezione per|apre una selezione per|apre le selezioni per|ha aperto una selezione per',
    ),
    titleLinks: words('di|del|della'),
    titleModifiers: [],
    articles: words("un|una|uno|un/una|un'|un/a|nuovo|nuova"),
    atCompany: words('presso'),
    nameLinks: words('e|di|del|della|dello|dei|degli|delle|per la|per il'),
    titleCitySuffixes: words('lavoro a|offerta a'),
    headlineIn: words('a|in'),
    streetWords: words('via|viale|piazza|piazzale|corso|largo|vicolo|strada|contrada|località'),
    townParticles: words("di|del|della|sul|sull'|in"),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    wantedHeads: words(
      'cercasi|si cerca|ricerchiamo|opportunità di lavoro per|offerta di lavoro per|posizione aperta per|' +
        'cerchiamo|assumiamo',
    ),
    wantedTails: words('cercasi'),
    wantedFor: words('per'),
    titleDecorations: words('urgente|con sede a|offerta di lavoro'),
    titlePageNouns: words('descrizione della posizione'),
    titleJobNouns: [],
    confidential: words(
      'riservato|riservata|confidenziale|anonimo|anonima|' +
        // An employer who stays unnamed: "Importante azienda", "Azienda di servizi".
        'importante azienda|azienda leader|azienda di servizi|società di servizi',
    ),
    agencyCues: words(
      'il nostro cliente|nostro cliente|per conto di|per azienda cliente|azienda cliente',
    ),
    aboutWords: words('chi siamo|su di noi|lavorare in'),
    aboutArticles: words("la|il|lo|l'|l’"),
    employerIntro: words(
      'presso|unisciti a|entra in|entrare in|lavorare in|il team di|la famiglia di',
    ),
    roleAs: words('come'),
    roleAtPreps: words('di|presso'),
    contactWords: words('contatto|referente'),
    employerAt: words('in|presso'),
    weWords: words('noi|nostro|nostra|siamo|crediamo|cerchiamo|lavoriamo'),
    employerArticles: words(''),
    formArticles: words("la società|l'azienda|presso|la|il|per"),
    siteNouns: words('scuola|istituto|liceo|ospedale|clinica|università|asilo|casa di riposo'),
    departmentWords: words(
      'cucina|eventi|finanza|amministrazione|marketing|vendite|ingegneria|logistica|ristorazione|manutenzione|assistenza clienti|risorse umane|acquisti|produzione|magazzino|contabilità|qualità',
    ),
    employerUnits: words('divisione|unità|business unit|filiale'),
    departmentLabels: words('ministero|dipartimento'),
    refLabels: words('id|rif|rif.|riferimento'),
    employerNouns: words(''),
    ofWords: words('di|del|della|dello'),
    // An adverb of time opening the hiring sentence ("Siempre buscamos", "Derzeit suchen wir"): no name.
    notEmployers: words(
      'sintesi|particolare|generale|breve|sede|sempre|attualmente|oggi|ora|anche',
    ),
    youWords: words('ti|tu|voi'),
    possessives: [],
    institutions: words('Università di|Università degli Studi di|Università|Politecnico di'),
    buildings: words('palazzo|edificio|torre|centro|campus|ospedale|parco'),
    // "O Grupo Vigia de Preço oferece …": the employer presenting what it offers.
    subjectVerbs: words(
      'è|sviluppa|offre|opera|produce|progetta|realizza|aiuta|crea|fornisce|distribuisce|in collaborazione con',
    ),
    equalOpportunity: words(
      "è un datore di lavoro che garantisce pari opportunità|è un'azienda che garantisce pari opportunità|è un datore di lavoro che offre pari opportunità",
    ),
    selfIntroAt: words('Presso'),
    subjectFillers: [],
    subjectAsides: words('parte di|parte del|parte della|controllata di|membro di|membro del'),
    subjectSince: words('Dal|Fondata nel|Fondato nel'),
    subjectAt: [],
    weAt: [],
    weAtName: words('Noi di|Noi della|Noi del|Noi dello'),
    youVerbs: words('troverai|troverà|troverete'),
    weVerbs: words('sviluppiamo|aiutiamo'),
    wePronouns: words('noi'),
    weNameArticles: words('i|gli'),
    weAre: words('siamo|noi siamo'),
    weAreArticles: words('la|il|lo'),
    weAreKinds: words("un|una|uno|un'"),
    nameLeads: words('di|del|della|dei'),
    notSubject: words('Come|Se|Team|Squadra'),
    notCompany: words(
      'governo|il governo|' +
        "noi|te|la posizione|il ruolo|l'azienda|la società|il team|la squadra|l'offerta|" +
        "l'opportunità|la mansione|il lavoro|la nostra azienda|voi|tu|" +
        // "Sul progetto": the project staffed, not an employer.
        'il progetto|del progetto|questo progetto|il prodotto',
    ),
    // A record's field value under the title ("Horaire", "Salaire : …") names no employer.
    notNameStart: words(
      'Orario|Stipendio|Retribuzione|Contratto|Sede|Indeterminato|Determinato|Offerte|Carriere|Lavora|Benefit|Candidatura',
    ),
    placeAt: words('a|di'),
    seatAfter: [],
    nameSmallWords: [],
    welcomeTails: words('benvenuti|benvenute|benvenuti/e|ben accetti'),
    placeEndings: [],
    studiedAt: words('laurea|diploma'),
    listAnd: words('e'),
    listOr: words('o|oppure|e/o'),
    placeOfHeads: words(''),
    leadCommitments: [],
    leadVerbs: [],
    genderMarks: [],
    genderWords: [],
    genderEndings: words('essa|a'),
    companyNouns: words('azienda'),
    townNameNouns: [],
    confidentialNouns: [],
    cityFields: words('città|comune'),
    regionFields: words('regione|provincia'),
    countryFields: words('paese|nazione'),
    cityStates: words('Singapore|Hong Kong|Monaco|Macao'),
    siteWords: words('campus|sede|stabilimento|filiale'),
    islandWords: words("isola di|isola d'"),
    islandNotNames: words('Gruppo|Holding|Hotel|Fondazione'),
    townLinks: words('di|del|sul'),
    officeNouns: words(
      'ufficio|uffici|sedi|filiale|negozio|stabilimento|magazzino|punto vendita|hotel|ristorante|clinica',
    ),
    officeWords: words('sede centrale|sede principale|sede legale|quartier generale'),
    jobBasedIn: words('sarà basato a|sarà basata a|posizione è basata a'),
    ourWords: words('la nostra|il nostro|nostra|nostro'),
    basedIn: words(
      'in presenza a|in sede a|situato a|situata a|sede di lavoro a|sede di|uffici di|ufficio di|sede a|' +
        // "Il tuo luogo di lavoro sarà Bergamo".
        'il tuo luogo di lavoro sarà|il tuo luogo di lavoro è|luogo di lavoro a',
    ),
    jobOpenIn: [],
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('o|oppure|e/o|ovvero'),
    oneOf: words(
      'uno tra|una tra|uno dei|una delle|almeno uno tra|almeno uno dei|almeno una delle|almeno uno fra',
    ),
    dutyHeadings: words(
      'mansioni|le tue mansioni|responsabilità|principali responsabilità|attività|' +
        'principali attività|le tue attività|cosa farai|il ruolo|ruolo|compiti|' +
        'i tuoi compiti|la risorsa si occuperà di|si occuperà di|descrizione del ruolo',
    ),
    dutyCues: words(
      'utilizzerai|userai|lavorerai con|sarai responsabile|ti occuperai|gestirai|svilupperai|lavoriamo con|siamo esperti|siamo specializzati',
    ),
    notTools: words('informatica'),
    compoundNouns: [],
    unitNouns: words('team|reparto|dipartimento|divisione|funzione'),
    unitOwners: words('nostro|nostra|il|la|del|della'),
    ownBodies: words(
      'servizio|ufficio|dipartimento|direzione|agenzia|ministero|commissione|consiglio|programma|segreteria|amministrazione|autorità',
    ),
    ownRoles: words(
      'responsabile|tecnico|tecnica|ingegnere|analista|consulente|coordinatore|' +
        'coordinatrice|direttore|direttrice|addetto|addetta|assistente|sviluppatore|' +
        'sviluppatrice|specialista',
    ),
    nameJoiners: words('di|del|della|dei|delle|e|per'),
    foundVia: words('tramite|via'),
    profileBefore: words('tuo|il tuo|tua|la tua|suo|profilo|link al|link al tuo'),
    profileAfter: words('profilo|account|link'),
    hiringSteps: words('colloquio via|colloquio tramite|colloquio in videochiamata|videocolloquio'),
    consent: words('consenso al trattamento|consenso alla conservazione|informativa sulla privacy'),
    forbidden: words('è vietato|è vietata|sono vietati|non è consentito|non è consentita'),
    toolCues: words(
      'avanzato|avanzata|conoscenza|conoscenze|linguaggi|linguaggio|padronanza|esperienza|competenze|programmazione|strumenti',
    ),
  },
};
