import { nlEducationCues } from './nl-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** Dutch. */
export const nl: Lexicon = {
  code: 'nl',
  abbreviations: words('bijv|o.a|enz|evt|d.w.z|m.b.t|t.a.v|z.s.m|i.p.v'),
  capitalisedNouns: false,
  stopwords: words(
    'de|het|een|en|van|met|voor|je|jij|wij|we|onze|ons|is|zijn|op|in|bij|te|als|die|dat',
  ),
  numbers: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    tien: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {
    nouns: words('ervaring'),
    years: words('jaar|jaren'),
    months: words('maanden|maand'),
    rangeJoins: words('tot|à|a|en|of'),
    unitRangeJoins: words('tot|à'),
    rangeMax: words('maximaal|hooguit'),
    orMore: words('of meer|of langer|minimaal|plus'),
    atLeast: words('minimaal|minimum|ten minste|tenminste|minstens'),
    moreThan: words('meer dan|ruim'),
    upTo: words('tot|maximaal|hooguit|minder dan'),
    trapFields: [],
    trapsAfter: words(
      'oud|garantie|contract|looptijd|geschiedenis|bestaan|geldigheid|resterend|verbintenis|' +
        'verplichting|minimale verbintenis|achter elkaar',
    ),
    pooledAfter: [],
    substitutes: words('kan vervangen|kunnen vervangen|kan in de plaats komen'),
    trapDurations: words('duur|duur van'),
    trapsBefore: words(
      'inwerkperiode van|inwerkperiode|proefperiode van|proefperiode|proeftijd van|proeftijd|' +
        'opgericht in|sinds|contract van|looptijd van|looptijd|duur van|garantie|wij hebben|we hebben|leeftijd|leeftijd tussen|leeftijd van|minimumleeftijd|minimumleeftijd van|' +
        // "een stabiel technisch bedrijf met meer dan 25 jaar ervaring": the employer's own years.
        'bedrijf met|organisatie met|onderneming met|familiebedrijf met',
    ),
    candidateCues: words(
      'wij zoeken|we zoeken|je hebt|u heeft|jij hebt|je beschikt|u beschikt|jij beschikt|je bent in het bezit|vereist|vereisten',
    ),
    taskWords: words(
      'meerdere|verschillende|diverse|talrijke|tegelijk|tegelijkertijd|gelijktijdig|zelfstandig|onder druk|onder tijdsdruk|dynamische omgeving|in teamverband|in een team',
    ),
    roles: words('functie|functies|rol|positie'),
    contextGate: words('werkzaam'),
    candidateNouns: [],
    candidateHas: [],
    companyWe: words('wij|onze|ons'),
    companyWeStems: [],
    genericWords: [],
    genericLead: [],
    noFieldWords: [
      ...words('de|het|een|dit|deze|dat|die|zelfde|soortgelijke|vergelijkbare|relevante|in|op'),
      ...words(
        'vakgebied|gebied|sector|branche|domein|veld|werkveld|functie|rol|totaal|totale|werk|ervaring',
      ),
      ...words('werkervaring'),
      ...words('of|en'),
    ],
    roleIntros: words('als'),
    ofFieldEnds: [],
    roleAfter: words('bij|met|als'),
    qualitativeCues: [],
    degrees: [],
    decadeCounts: {},
    yearAdjectives: {},
    leadingYearEnds: words('jarige'),
    workContext: words('werkzaam'),
    workedBefore: [],
    decadeUnits: [],
    decadeOf: [],
    decadeNouns: [],
    fieldNouns: words('ervaring'),
    fieldBeforePreps: words('als'),
    fieldOf: words('van'),
    fieldMinimum: words('minimaal'),
    rolePreps: words('in|als|in een'),
    roleArticles: words('een'),
    roleOf: words('van|als'),
    nounAbbreviations: [],
    afterNounAdjectives: [],
    afterNounPreps: words('met|bij|als'),
    elided: [],
    unitOf: [],
    unitWorking: words('werkzaam'),
    // "2 jaar op een vergelijkbare functie": "op" opens the field as "in" does.
    afterUnitPreps: words('met|bij|als|in|op'),
    beforeOf: words('van'),
    haveWords: [],
    qualAdjectives: [],
    workWords: [],
    nounStarts: words('werk'),
    qualAfterNoun: words('aantoonbare'),
    qualPreps: [],
    companyOwners: words('ons|onze'),
    companyNouns: words('team|organisatie|bedrijf|oprichters|experts'),
    companyHave: words('wij hebben|we hebben'),
    companyHaveNot: [],
    borrowedLeads: words('waarvan'),
    borrowedMinimums: words('minimaal|minstens|ten minste'),
    borrowedOfWhich: [],
    borrowedPreps: words('als|in'),
    borrowedArticles: words('een|de|het'),
    headerLabels: words('jaren ervaring|jaren werkervaring|vereiste ervaring'),
    levelLabels: words('carrièreniveau|functieniveau'),
    ofField: [],
    recordMarks: words('vereist|gewenst'),
    domainPreps: words('bij|in'),
    domainArticles: words('de|het|een'),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'een pré|is een pré|een pre|is een pre|pré|een pluspunt|is een pluspunt|pluspunt|is fijn|' +
        'is mooi meegenomen|een voordeel|is een voordeel|' +
        'een plus|is een plus|gewenst|wenselijk|is wenselijk|strekt tot aanbeveling|' +
        'niet vereist|niet verplicht|geen vereiste|' +
        // Not required, yet wanted: "(non vincolante)" (`notExcluding`).
        'geen harde eis|geen knock-outcriterium|' +
        // "Frans, of je bent bereid het te leren": the skill may still be learnt, so it is a plus.
        'of bent bereid|of je bent bereid|of bereid|of de bereidheid|of bereidheid',
    ),
    leading: words(
      'bij voorkeur|idealiter|pré|pluspunten|een pré is|mooi meegenomen|wenselijk|gewenst|bonuspunten|' +
        'eventueel',
    ),
    required: words(
      'vereist|verplicht|noodzakelijk|een must|vereiste|een vereiste|voorwaarde|een voorwaarde|' +
        'moet|moeten|onmisbaar',
    ),
    notRequired: words(
      'niet vereist|niet verplicht|geen vereiste|niet noodzakelijk|niet nodig|geen must',
    ),
    forThisRole: words(
      'is vereist voor deze functie|is een vereiste voor deze functie|is verplicht voor deze functie|' +
        'is noodzakelijk voor deze functie|zijn vereist voor deze functie',
    ),
    notExcluding: words('geen harde eis|geen knock-outcriterium'),
    fillers: words('is|zijn|zou|zeer|erg|heel|sterk|een'),
    clauseSubjects: words('je|jij|u|wij|we'),
    afterCueJoins: words('met'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words(
      "pluspunt|bij voorkeur|pre's|pré's|pre’s|pré’s|nice to have|leuk als|mooi meegenomen",
    ),
    preferredWords: words(''),
    payPhrases: [],
    personNouns: words(''),
    required: words(
      'vereist|verplicht|noodzakelijk|' +
        'ervaring met|ervaring in|wat wij vragen|wat we vragen|wat vragen wij|wat vragen we|functie-eisen|functieeisen|functie eisen|profiel|' +
        'eisen|vereisten|wat breng je mee|dit breng je mee|wat neem je mee|dit ben jij|wie ben jij|' +
        'wat vragen we van jou|wat wij van jou vragen|jouw profiel|jouw ervaring|' +
        'wat wij van jou verwachten|wat we van je verwachten|wat wij van u verwachten|wat verwachten wij van jou',
    ),
    headings: words(
      'hoe solliciteer je|hoe te solliciteren|sollicitatieprocedure|' +
        'gewenste ervaring|gewenste kwalificaties|inleiding|wat wij vragen|functie-eisen|functieeisen|eisen|vereisten|wat breng je mee|dit ben jij|' +
        // A section under the title, not the employer: "## Informatie over de functie".
        'informatie over de functie|informatie over de vacature|over de functie|' +
        // Headings written in two words: "Functie omschrijving", "Functie eisen".
        'functieomschrijving|functie omschrijving|functie-omschrijving|functie eisen|' +
        // Flemish: "Jobomschrijving", "Jobinhoud".
        'jobomschrijving|job omschrijving|jobbeschrijving|jobinhoud|' +
        // The expectations heading: "Wat wij van jou verwachten".
        'wat wij van jou verwachten|wat we van je verwachten|wat wij van u verwachten',
    ),
    offer: words(
      'wij bieden|wat wij bieden|over ons|arbeidsvoorwaarden|bedrijfsomschrijving|over het bedrijf|' +
        'hoe solliciteer je|hoe te solliciteren|sollicitatieprocedure',
    ),
    about: words(''),
    aboutJob: words(''),
    otherJobs: words(
      'vergelijkbare vacatures|soortgelijke vacatures|andere vacatures|meer vacatures|' +
        'gerelateerde vacatures|misschien ook interessant|' +
        'dit vind je misschien ook interessant',
    ),
    itemOpeners: words(
      'Ervaring|Kennis|Minimaal|Goede|Uitstekende|Affiniteit|Hbo|Mbo|Rijbewijs|Je|Jij|Beheersing|Bereidheid|Aantoonbare|Relevante|Afgeronde|Een|Sterke|Bij',
    ),
    fieldLabels: words(
      'ervaring|werkervaring|salaris|opleiding|opleidingsniveau|taal|talen|locatie|standplaats|werklocatie|dienstverband|contract|contractduur|uren|werkuren|rijbewijs|reizen|startdatum',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('promotie|gepromoveerd|doctoraat|phd'),
      master: words(
        'wo-niveau|wo niveau|wo-opleiding|wo-diploma|wo-denkniveau|wo denkniveau|universitair|' +
          'universitaire opleiding|masteropleiding|master|masterdiploma|drs.|ir.',
      ),
      bachelor: words(
        'hbo|hbo-niveau|hbo niveau|hbo-opleiding|hbo-diploma|hbo/wo|hbo of wo|hbo/wo-niveau|bachelor|bacheloropleiding|hogeschool',
      ),
      // Flemish short-cycle higher education: "Graduaat (ingericht vanaf 2019)", "HBO5".
      associate: words('associate degree|ad-opleiding|graduaat|graduaatsopleiding|hbo5'),
      vocational: words(
        'mbo|mbo-niveau|mbo niveau|mbo-4|mbo 4|mbo-3|mbo 3|mbo-2|mbo 2|mbo-opleiding|mbo-diploma|vakopleiding|beroepsopleiding|' +
          // A care diploma's MBO level in brackets: "opleiding Verzorgende IG (niveau 3)".
          '(niveau 2)|(niveau 3)|(niveau 4)',
      ),
      high_school: words(
        'havo|vwo|vmbo|middelbare school|havo-diploma|vwo-diploma|' +
          // Flemish secondary school: "3de graad technisch secundair onderwijs (TSO3)".
          'secundair onderwijs|diploma secundair onderwijs|secundair volwassenenonderwijs|' +
          'hoger secundair onderwijs|tso3|aso3|kso3|bso3',
      ),
    },
    abbreviations: {
      HBO: 'bachelor',
      WO: 'master',
      MBO: 'vocational',
      HAVO: 'high_school',
      VWO: 'high_school',
    },
    enrolment: words(
      'je studeert|je bent student|je volgt een hbo-opleiding|je volgt een wo-opleiding|' +
        // "Je bent in de laatste fase van je studie of net klaar": a student finishing a degree.
        'laatste fase van je studie|afrondende fase van je studie|laatste jaar van je studie|' +
        // The internship agreement a school signs: only a student can bring one.
        'stageovereenkomst|stageovereenkomst van je opleiding',
    ),
    byCountry: [],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'of vergelijkbare kennis|of gelijkwaardige kennis|' +
        'of vergelijkbaar|of vergelijkbare|of gelijkwaardig|of gelijkwaardige|of een vergelijkbare opleiding|denkniveau|werk- en denkniveau|werk en denkniveau|werk-/denkniveau|' +
        'werk- en denk niveau|werk en denk niveau|denk niveau|' +
        'of een vergelijkbare achtergrond|of een gelijkwaardige achtergrond',
    ),
    equivalencyCredentials: [],
    experienceInstead: words(
      'autodidacten|autodidact|of vergelijkbare ervaring|of relevante werkervaring|of aantoonbare ervaring|of aantoonbare werkervaring|' +
        'of ruime ervaring|of ruime werkervaring|combinatie van ervaring en opleiding|' +
        'combinatie van opleiding en ervaring',
    ),
    tradeTraining: words('opleiding tot|opleiding als|diploma als'),
    notAsked: words('geen diploma vereist|geen opleiding vereist|niet nodig'),
    cues: nlEducationCues,
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words('in woord en geschrift|mondeling en schriftelijk|schriftelijk en mondeling'),
    levels: {
      native: words('moedertaal|moedertaalspreker|native'),
      fluent: words(
        'vloeiend|uitstekend|uitstekende|perfect|perfecte|zeer goed|zeer goede|foutloos|foutloze|uitstekende beheersing|tweetalig|tweetaligheid|' +
          // "Perfect tweetaling EN/FR": the Flemish spelling of tweetalig.
          'tweetaling|' +
          'volledige beheersing|volledig beheersen|vloeiende|vlot|vlotte beheersing',
      ),
      professional: words(
        'goed|goede|goede beheersing|professioneel|professionele|zakelijk|zakelijke',
      ),
      basic: words('basis|basiskennis|redelijk|redelijke|enige kennis'),
    },
    applyIn: words('cv in het|sollicitatie in het|brief in het'),
    ifThePost: words('als de functie|indien de functie|wanneer de functie|als de vacature'),
    applyNouns: words('sollicitatie|cv|motivatiebrief|sollicitatiebrief'),
    applyInWords: words('in het|in'),
    compoundSuffixes: [],
    adjectiveJoins: [],
    adjectiveNouns: [],
    nounsBefore: [],
    contextStems: words('taal|vloeiend|beheers|spreek|vertal|tolk'),
    contextWordEnds: [],
    contextWholeWords: [],
    adjectiveUses: [],
    speaking: [],
    speakingUses: [],
    peopleArticles: [],
    languageNouns: [],
    subjectNouns: [],
    subjectJoins: [],
    stops: words('en|of|alsmede'),
    namePrepositions: words('in'),
    requirementCopulas: words('zou|zou zijn'),
    requirementWords: words('vereist|een pré|pluspunt'),
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    praise: [],
    // "zowel Frans als Engels": "als" joins the pair "zowel" opens.
    listJoins: words('en/of|en|of|als'),
    orWords: words('of'),
    listArticles: words('het'),
    codesFluent: words('tweetalig|tweetaling|drietalig|meertalig'),
    codeLabels: words('talen|talenkennis'),
    shortNames: { eng: 'en', ned: 'nl', nl: 'nl', fr: 'fr' },
  },

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: [],
    pay: words(
      'salaris|salarisindicatie|salarisschaal|loon|uurloon|brutoloon|maandsalaris|jaarsalaris|bruto|beloning|inkomen|maandloon',
    ),
    notPay: words(
      'dagvergoeding|kilometervergoeding|omzet|budget|bonus|reiskostenvergoeding|vergoeding|investering|investeringen|financiering|korting|opleidingsbudget|thuiswerkvergoeding|vakantiegeld|eindejaarsuitkering|toeslag|toelage',
    ),
    upTo: words('tot|maximaal|max|tot maximaal|tot wel'),
    from: words('vanaf|startsalaris|aanvangssalaris|minimaal|minimum|meer dan|boven'),
    fromAfter: words('minimaal|minimum|of meer'),
    floorNotes: [],
    rangeJoin: words('tot|en'),
    risingTo: words('oplopend tot|doorgroeiend naar|groeiend naar'),
    payOf: words('van|een'),
    stepAfter: words('na|tot'),
    grossNet: words('bruto|netto'),
    periods: {
      hour: words('per uur|uurloon|het uur'),
      day: words('per dag|dagtarief'),
      week: words('per week|wekelijks'),
      month: words('per maand|maandsalaris|maandelijks|maandloon|bruto per maand'),
      year: words('per jaar|jaarsalaris|jaarlijks|op jaarbasis'),
    },
    periodSuffixes: {
      hour: words('/uur|p/u|/u'),
      day: words('/dag'),
      week: words('/week|p/w'),
      month: words('/maand|p/m|p.m.|pm'),
      year: words('/jaar|p/j|p.j.'),
    },
    timeUnits: words('uur|uren|dagen|dag|nachten|keer'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      dollar: '$',
    },
    currencyLabels: words('valuta|munteenheid|valutacode'),
    multipliers: {
      k: 1_000,
      duizend: 1_000,
      miljoen: 1_000_000,
      miljard: 1_000_000_000,
    },
    cappedJobs: [],
    capAfter: [],
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words('thuiswerken|thuis werken|thuis te werken|op afstand|remote|vanuit huis'),
    hybrid: words(
      'hybride|hybride werken|thuiswerkmogelijkheden|thuiswerkmogelijkheid|deels thuis',
    ),
    onsite: words('op locatie|op kantoor|op de werkvloer'),
    remotePhrases: words(
      'volledig remote|volledig thuis|volledig thuiswerken|100% remote|100% thuiswerken|' +
        'volledig thuiswerkt|volledig vanuit huis|remote functie|thuiswerkfunctie|' +
        'waar je maar wilt|vanaf elke plek',
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'soms thuis|soms vanuit huis|deels vanuit huis|afwisselend thuis|afwisselend vanuit huis|' +
        'gedeeltelijk thuiswerken|deels thuiswerken|thuiswerkdagen|zowel op kantoor|zowel thuis als op kantoor|' +
        // Flemish "deeltijds" also means "partly": "deeltijds thuiswerken is bespreekbaar".
        'deeltijds thuiswerken|deeltijds thuis werken|deeltijds van thuis werken|deeltijds van thuis uit|' +
        'thuis- en kantoorwerk|thuiswerken kan ook|thuis werken kan ook|thuiswerken is bespreekbaar|' +
        'thuiswerken behoort tot de mogelijkheden|thuiswerken is mogelijk|thuis werken is mogelijk',
    ),
    onsitePhrases: words('volledig op kantoor|100% op locatie'),
    remoteAdverbs: words('op afstand|vanuit huis'),
    fully: words('100%|100 %|volledig|helemaal'),
    shareLinks: words('van'),
    partly: words('gedeeltelijk|deels|af en toe|regelmatig'),
    option: words(
      'mogelijkheid tot werken|mogelijkheid om te werken|mogelijkheid tot|mogelijkheid om|' +
        'mogelijkheden voor|mogelijkheden|mogelijk|ruimte voor|flexibiliteit om|flexibiliteit voor',
    ),
    mix: words('mix van|combinatie van|afwisseling van|afwisseling tussen|balans tussen'),
    mixJoins: words('en|met'),
    days: words('dagen|dag'),
    weeklyTimes: words('eenmaal|tweemaal|driemaal'),
    week: words('per week|in de week|per maand'),
    places: words('op kantoor|thuis|vanuit huis|op locatie'),
    office: words('op kantoor|op locatie|op de werkvloer'),
    notRemote: words(
      'niet op afstand|geen thuiswerken|thuiswerken is niet mogelijk|volledig remote is niet mogelijk|' +
        'remote werken is niet mogelijk',
    ),
    notModel: words('cloud|infrastructuur|voertuigen|systemen|oplossingen|ondersteuning|toegang'),
    // "Gratis parkeren op locatie": an amenity at the site, not the work model.
    // "Opleiding op de werkvloer": on-the-job training, no work model.
    notPlaceAfter: words(''),
    notModelBefore: words(
      'parkeren|parkeerplaats|parkeerplaatsen|bedrijfsrestaurant|' +
        'opleiding|opleidingen|leren|training|begeleiding|inwerking|' +
        // "Teamoverleg op kantoor, als het nodig is": the meetings are in person, not the job.
        'overleg|teamoverleg|bijeenkomst|bijeenkomsten|meetings',
    ),
    topics: words('beleid voor|regeling voor|afspraken over'),
    hoursIn: words('in|te|op'),
    or: words('of'),
    dutyNouns: words('ondersteuning|support|onderhoud|service|storingen|trainingen|training'),
    bothWays: words(
      'op locatie en op afstand|op locatie en remote|ter plaatse en op afstand|ter plaatse en remote|op afstand en op locatie|op afstand en ter plaatse|on-site en remote|on site en remote',
    ),
    channels: words('online|telefonisch|per telefoon|per e-mail|per mail|via chat'),
    labels: words('werkmodel|werkvorm|thuiswerkbeleid'),
    no: words('nee'),
    undecided: words('nader te bepalen|n.t.b.'),
    offered: [],
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    // "parttime-medewerkers", "fulltimebaan": the compound names the hours as the word alone does.
    fullTime: words(
      'fulltime|voltijd|voltijds|voltijdse|full-time|fulltime-baan|fulltimebaan|fulltime-functie|fulltimefunctie|fulltime-medewerker|fulltime-medewerkers',
    ),
    partTime: words(
      'parttime|deeltijd|deeltijds|deeltijdse|part-time|parttime-baan|parttimebaan|parttime-functie|parttimefunctie|' +
        'parttime-medewerker|parttime-medewerkers|parttimemedewerker|parttimemedewerkers|parttimers|deeltijdbaan',
    ),
    contract: words(
      "freelance|freelancer|zzp|zzp'er|zelfstandige|dagtarief|interim-opdracht|opdrachtbasis|" +
        // "Overeenkomst van opdracht voor 6 maanden": a contractor's contract, whatever its term.
        'overeenkomst van opdracht|opdrachtovereenkomst',
    ),
    temporary: words(
      // "Contract bepaalde duur (1 jaar)": the Flemish fixed-term contract.
      'tijdelijk contract|tijdelijke aanstelling|tijdelijke baan|jaarcontract|uitzendbaan|uitzendkracht|seizoenswerk|' +
        'bepaalde duur|contract van bepaalde duur|tijdelijk met uitzicht op|tijdelijk met zicht op|' +
        // A job for one season: "voor het winterseizoen".
        'voor het winterseizoen|voor het zomerseizoen|voor het seizoen|seizoensbaan|seizoenskracht',
    ),
    internship: words('stageplaats|stagevergoeding|stagiair|stagiaire|afstudeerstage|meewerkstage'),
    apprenticeship: words('leerwerktraject|BBL|leer-werkplek|leerbaan'),
    volunteer: words('vrijwilliger|vrijwilligerswerk|vrijwillig'),
    perDiem: words('oproepbasis|oproepkracht|nul-urencontract|min-max contract'),
    internTitles: words('stagiair|stagiaire'),
    apprenticeTitles: words(''),
    contractTitleHeads: [],
    contractTrades: [],
    contractTitleTails: words("freelance|freelancer|ZZP|zzp'er"),
    temporaryTitles: words('tijdelijk|tijdelijke|seizoensmedewerker|seizoenswerker|interim'),
    noType: words('bijbaan'),
    notTypeAfter: [],
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words('behalve|met uitzondering van|uitgezonderd'),
    bothHours: words(''),
    // "werkervaring, stage-ervaring of …": internships the candidate has done, not this job.
    past: words(
      'eerdere|afgeronde|afgerond|stage-ervaring|stage ervaring|stageervaring|stage-ervaringen',
    ),
    permanent: words('vast contract|vaste aanstelling|vast dienstverband'),
    labels: words('dienstverband|soort contract|contractvorm|soort dienstverband|uren'),
    contractValues: words('freelance|zzp|zzp-opdracht|opdracht|interim'),
    temporaryValues: words('tijdelijk|seizoenswerk|bepaalde tijd'),
    fullTimeValues: words('voltijd|voltijds|fulltime'),
    partTimeValues: words('deeltijd|deeltijds|parttime'),
    payLabels: words('uurloon'),
    ownJob: words('deze functie|deze vacature|het betreft een'),
    eligibility: words(
      'recht op|' +
        // "Acquisitie (door bureaus of zzp'ers) wordt niet op prijs gesteld": who should not apply.
        'niet op prijs gesteld|wordt niet gewaardeerd|' +
        // "Elke fulltime medewerker krijgt …": a perk of the staff, not this job's hours.
        'elke fulltime medewerker|alle fulltime medewerkers|elke parttime medewerker|alle parttime medewerkers',
    ),
    // "24 vakantiedagen (bij fulltime)": a perk counted at full time, not this job's hours.
    basis: words(
      'op basis van|o.b.v.|naar rato|bij fulltime|bij voltijd|bij een fulltime dienstverband',
    ),
    workloadLabels: words('dienstverband|omvang'),
    weeklyHours: words('uur per week|uren per week|-urige werkweek|urige werkweek|uur p/w|u/w'),
    laterChance: words('kans op|mogelijkheid tot|uitzicht op|perspectief op'),
    pastAs: words('als'),
    weekOf: words('werkweek van|week van|werkweken van'),
    hourUnits: words('uur|uren'),
    hoursOf: words('werktijden|arbeidsduur|dienstverband van|werktijd'),
    hoursBasisBefore: words('bij|o.b.v.|op basis van|gebaseerd op'),
    to: words('tot|of'),
    months: words('maanden|maand|jaar'),
    keptFiles: words('cv|sollicitaties|sollicitatie|persoonsgegevens'),
    durationLabels: words('duur|contractduur|looptijd|duur van het contract|projectduur'),
    contractWords: words('contract|aanstelling|contractduur|looptijd'),
    extendable: words(
      'met uitzicht op verlenging|met uitzicht op een vast contract|verlenging mogelijk',
    ),
    flexOptions: words('duobaan|baandelen'),
    laterHours: words('met uitzicht op|met mogelijkheid tot|met de mogelijkheid tot|met kans op'),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('verhuizing|verhuiskosten|verhuisvergoeding|relocatie|relocation|verhuizen'),
    offer: words('vergoeding|ondersteuning|hulp|tegemoetkoming|bijdrage|vergoed|vergoeden'),
    housing: words(
      'huisvesting geregeld|woonruimte geregeld|huisvesting aanwezig|accommodatie geregeld',
    ),
    payAllowances: words('vliegticket|vliegtickets|jaarlijks vliegticket'),
    candidate: words('bereid'),
    candidatePays: words(
      'op eigen kosten|voor eigen rekening|voor rekening van de kandidaat|verantwoordelijkheid van de kandidaat|zelf te betalen|voor je eigen rekening',
    ),
    negations: words('geen|niet|zonder|helaas'),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('ja|j'),
    answerNo: words('nee|n'),
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
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'geen visum nodig|geen visum vereist|visum niet nodig|visum is niet nodig|visum niet vereist',
    ),
    onlyFor: words('alleen voor|uitsluitend voor|enkel voor|beperkt tot|voorbehouden aan'),
    thirdPartySponsors: [],
    authorization: words('werkvergunning|verblijfsvergunning|tewerkstellingsvergunning'),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    // "je bent wel eens op pad en bezoekt dealers": visits away from the office.
    travel: words('reisbereidheid|reizen|dienstreizen|op pad'),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'mogelijkheid om te reizen|kans om te reizen|' +
        'wel eens|af en toe|geregeld|vaak|dagelijkse|dagelijks|bereid|bereidheid|bereidheid tot|reisbereidheid|regelmatig|regelmatige|incidenteel',
    ),
    notDemand: words(
      'reiskostenvergoeding|reiskosten|reisvergoeding|reisbureau|thuiswerkvergoeding',
    ),
    visits: words(
      'klantbezoeken|klantbezoek|bezoeken aan klanten|bezoekt klanten|bezoek je klanten|' +
        'reizen naar klanten|werken in de buitendienst',
    ),
    shareOfTime: words('van de tijd|van de werktijd'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('consignatiedienst|bereikbaarheidsdienst|piketdienst|piketdiensten|piket'),
    night: words('nachtdienst|nachtdiensten'),
    nightPlaces: [],
    shift: words(
      'vroege en late diensten|late en nachtdiensten|late en avonddiensten|' +
        'dag en nachtdiensten|dag- en nachtdiensten|avond en nachtdiensten|' +
        'avond- en nachtdiensten|vroege diensten|late diensten|wisselende diensten|' +
        'onregelmatige diensten|avonddiensten|ploegendienst|ploegendiensten',
    ),
    shiftKinds: [],
    shiftTimes: [],
    shiftNouns: [],
    hourUnits: words('uur'),
    shiftHours: [],
    shiftNotBefore: [],
    weekend: words('zaterdag|zaterdagen|weekenddienst|weekenddiensten|in het weekend'),
    weekendCues: [],
    weekendKinds: [],
    weekendNouns: [],
    weekFirstDays: words('maandag'),
    weekJoins: words('t/m|tot en met'),
    weekendDays: words('zaterdag|zondag'),
    dayNames: words('maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag'),
    irregular: words('onregelmatige werktijden'),
    leisure: words('genieten'),
    stems: words('consignatie|bereikbaar|piket|dienst|ploeg|zaterdag|zondag|week|werktijd'),
  },

  credentials: {
    notBodies: [],
    registrationNouns: [],
    registeredWith: [],
    registeredArticles: [],
    professional: [],
    registerNouns: words('registratie|geregistreerd'),
    registryNouns: [],
    registryActive: [],
    registryAt: [],
    forklift: words('heftruckcertificaat|heftruckrijbewijs'),
    levelWords: [],
    certificateNouns: [],
    ticketNouns: [],
    certifiedWords: [],
    stems: words('BIG|heftruck'),
  },

  field: {
    ends: words('bij voorkeur|of vergelijkbaar|een pré|pluspunt'),
    plusCopulas: [],
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    orgAt: [],
    orgArticles: [],
    orgNouns: [],
    articles: words('de|het|een'),
    copulas: words('is een'),
    trailingLinks: words('gedurende'),
    glueWords: [],
    clauseStarts: [],
    listJoins: words('of|en'),
    lastJoins: [],
  },

  license: {
    driving: words('rijbewijs'),
    drivingShort: [],
    drivingShortTails: [],
    drivingShortCues: [],
    adjectives: [],
    classBefore: [],
    classJoins: words('en'),
    classArticles: [],
    classAfter: [],
    commercial: [],
    commercialClass: [],
    nursing: [],
    nursingHeld: [],
    nursingAs: [],
    clearanceLevels: [],
    clearanceSecurity: [],
    clearance: [],
    polygraph: [],
    stems: words('rijbewijs'),
  },

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('job|jobaanbieding'),
    titleLabels: words(
      'vacaturetitel|titel van de vacature|functie|vacature|functietitel|functienaam',
    ),
    advertiserLabels: words('geplaatst door|aangeboden door|adverteerder'),
    advertiserLeads: words('van'),
    calendarMonths: words(
      'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec',
    ),
    sendToWords: words('stuur je cv naar|stuur uw cv naar|cv sturen naar|sollicitatie sturen naar'),
    careersPages: words(
      'Vacatures|Werken bij|Werken bij ons|Carrière|Jobs|Vacaturedetails|Onze vacatures|Openstaande vacatures',
    ),
    boardLinks: words(
      'bekijk alle vacatures|alle vacatures|deel deze pagina|deel deze vacature|terug naar vacatures|terug naar alle vacatures|startpagina|' +
        'solliciteer|solliciteer nu|direct solliciteren|nu solliciteren',
    ),
    areaAfter: words('centrum|binnenstad'),
    metroAfter: [],
    areaWords: words('regio|omgeving|omgeving van|nabij'),
    companyLabels: words('bedrijf|werkgever|organisatie|onderneming'),
    locationLabels: words(
      'locatie|standplaats|werkplek|werklocatie|plaats|vestiging|regio|werkgebied|' +
        'plaats tewerkstelling|plaats van tewerkstelling',
    ),
    placeholders: words('meerdere locaties|diverse locaties|overal|wereldwijd|niet opgegeven'),
    commuteClauses: words('betrouwbaar pendelen|pendelen of verhuizen'),
    bylineTerms: words(
      'op locatie|volledig remote|volledig thuis|fulltime|parttime|hybride|thuiswerk|tijdelijk|vast|vaste|' +
        'momenteel remote|tijdelijk remote',
    ),
    jobWords: [
      // Laboratorium en wetenschap: "Chemicus", "Bioloog".
      ...words(
        'chemicus|scheikundige|bioloog|microbioloog|natuurkundige|fysicus|geoloog|statisticus|wiskundige',
      ),
      ...words('dierenarts|tandarts|chirurg'),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('vertaler|tolk'),
      ...words('bezorger|koerier|kapper'),
      ...words(
        'medewerker|medewerkster|ontwikkelaar|adviseur|beheerder|stagiair|verpleegkundige|verkoper|verkoopster|leraar',
      ),
      ...words(
        'lerares|docent|kok|chauffeur|afstudeerstage|stage|monteur|vakkracht|schoonmaker|planner|consultant|developer',
      ),
      ...words(
        'engineer|manager|architect|coördinator|specialist|analist|teamleider|leidinggevende|assistent|begeleider',
      ),
      ...words('begeleidster|verzorgende|artist|leider'),
      // Cleaners of every kind: "Interieurreiniger", "Glazenwasser", "Schoonmaakster".
      ...words('reiniger|schoonmaakster|glazenwasser|interieurverzorger|interieurverzorgster'),
      // Flemish job nouns: "Winkelbediende", "Onthaalbediende", "Magazijnier", "Keukenhulp".
      ...words('bediende|kassier|kassierster|magazijnier|arbeider|keukenhulp|poetshulp'),
      // Trades: "Lasser M/V", "Samensteller", "Timmerman", "Operator".
      ...words('lasser|samensteller|timmerman|operator|elektricien|loodgieter|schilder|metselaar'),
      ...words(
        'kinesist|logopedist|diëtist|psycholoog|vroedvrouw|therapeut|verloskundige|apotheker|pedagoog',
      ),
    ],
    titleIntros: words('als|wij zoeken|we zoeken|zijn op zoek naar|functie van'),
    descriptionHeadings: words(
      'omschrijving|beschrijving|functieomschrijving|vacatureomschrijving|details',
    ),
    roleSubjectArticles: words('de|onze'),
    roleSubjectVerbs: words('is verantwoordelijk|zal|gaat'),
    roleSubjectOthers: words('leidinggevende|recruiter|manager'),
    hiringCues: words('zoekt|zocht|zoeken|is op zoek naar|zijn op zoek naar'),
    titleLinks: words('van'),
    titleModifiers: words('ervaren|enthousiaste|gedreven|gemotiveerde|fulltime|parttime'),
    articles: words('een|per direct een|een nieuwe'),
    atCompany: words('bij|bij de|bij het'),
    nameLinks: words('en|van|der|voor'),
    titleCitySuffixes: words('vacature in'),
    headlineIn: words('in|te'),
    streetWords: [],
    townParticles: words('aan|den|op|de|ter|ten|bij'),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    wantedHeads: words('gezocht|gevraagd|vacature voor|vacatures voor'),
    wantedTails: words('gezocht|gevraagd'),
    wantedFor: words('voor'),
    titleDecorations: words('per direct|met bonus|vacature'),
    titlePageNouns: words('functieomschrijving'),
    titleJobNouns: [],
    confidential: words(
      'vertrouwelijk|anoniem|niet bekend|' +
        // An employer who stays unnamed: "Dienstverlenend bedrijf", "Gerenommeerd bedrijf".
        'dienstverlenend bedrijf|gerenommeerd bedrijf',
    ),
    agencyCues: words(
      'onze klant|onze opdrachtgever|namens onze|voor een opdrachtgever|voor onze opdrachtgever',
    ),
    aboutWords: words('over|over ons|werken bij'),
    aboutArticles: words('de|het'),
    employerIntro: words('bij|werken bij|kom werken bij|het team van'),
    roleAs: words('als'),
    roleAtPreps: words('bij'),
    contactWords: words('contact|contactpersoon|uw contactpersoon|jouw contactpersoon'),
    employerAt: words('bij'),
    weWords: words('we|wij|ons|onze'),
    employerArticles: words('het|de'),
    formArticles: words('de|het|bij|voor'),
    siteNouns: words('school|basisschool|ziekenhuis|kliniek|hogeschool|universiteit|kinderopvang'),
    departmentWords: words(
      'keuken|evenementen|financiën|marketing|verkoop|administratie|logistiek|horeca|onderhoud|klantenservice|personeelszaken|inkoop|productie|magazijn|boekhouding|kwaliteit',
    ),
    employerUnits: words('divisie|unit|businessunit|vestiging'),
    departmentLabels: words('ministerie|departement'),
    refLabels: words('id|ref|ref.|referentie|vacaturenummer|nr.'),
    employerNouns: words('team|familie'),
    ofWords: words('van|bij'),
    // An adverb of time opening the hiring sentence ("Siempre buscamos", "Derzeit suchen wir"): no name.
    notEmployers: words('vragen|interesse|voorkeur|twijfel|altijd|momenteel|daarom|ook'),
    youWords: words('je|jij'),
    possessives: [],
    institutions: words('Universiteit van|Universiteit|Hogeschool van|Hogeschool'),
    buildings: words('gebouw|toren|centrum|campus|ziekenhuis|huis'),
    subjectVerbs: words(
      'is een|bouwt|ontwikkelt|levert|biedt|helpt|maakt|produceert|in samenwerking met',
    ),
    equalOpportunity: words(
      'is een werkgever die gelijke kansen biedt|is een gelijke kansen werkgever|is een werkgever met gelijke kansen',
    ),
    selfIntroAt: words('Bij'),
    subjectFillers: words('bouwen'),
    subjectAsides: words('onderdeel van|dochter van|lid van'),
    subjectSince: [],
    subjectAt: words('Bij'),
    weAt: words('Bij'),
    weAtName: words('Wij bij|Wij van|Wij, bij'),
    youVerbs: words('vind je|vindt u|vind jij'),
    weVerbs: words('bouwen|maken|ontwikkelen|helpen'),
    wePronouns: words('wij'),
    weNameArticles: words('de|het'),
    weAre: words('wij zijn|we zijn'),
    weAreArticles: words('de|het'),
    weAreKinds: words('een'),
    nameLeads: words('van'),
    notSubject: words('Jij|Wij|Het|De|Als|Team|Teams'),
    notCompany: words(
      'regering|de regering|overheid|de overheid|' +
        'ons|jou|de functie|de vacature|de rol|het team|het bedrijf|de organisatie|de baan|' +
        'jouw functie|jouw rol|de opdracht|de kans|jij|u|' +
        // "Over het project": the project staffed, not an employer.
        'het project|dit project|het product',
    ),
    // A record's field value under the title ("Horaire", "Salaire : …") names no employer.
    notNameStart: words(
      // "Vacatures": the careers page's own heading, no employer.
      'Salaris|Uren|Contract|Locatie|Dienstverband|Vast|Tijdelijk|Vacatures|Vacature|Arbeidsvoorwaarden|Sollicitatie',
    ),
    placeAt: words('te|in'),
    seatAfter: [],
    nameSmallWords: [],
    welcomeTails: words('welkom|van harte welkom'),
    placeEndings: words('dam|dorp|hoven|veen|wijk|recht'),
    studiedAt: words('diploma'),
    listAnd: words('en'),
    listOr: words('of|en/of'),
    placeOfHeads: words(''),
    leadCommitments: [],
    leadVerbs: [],
    genderMarks: [],
    genderWords: [],
    genderEndings: [],
    companyNouns: words('bedrijf'),
    townNameNouns: [],
    confidentialNouns: [],
    cityFields: words('plaats|stad|woonplaats'),
    regionFields: words('provincie|staat'),
    countryFields: words('land'),
    cityStates: words('Singapore|Hongkong|Monaco|Macau'),
    siteWords: words('campus|vestiging|filiaal'),
    islandWords: words('eiland'),
    islandNotNames: words('Groep|Holding|Stichting|Hotel|Ziekenhuis'),
    townLinks: words('aan|aan de|op'),
    officeNouns: words(
      'kantoor|kantoren|vestiging|praktijk|winkel|locatie|magazijn|fabriek|filiaal',
    ),
    officeWords: words('hoofdkantoor|hoofdvestiging|centraal kantoor'),
    jobBasedIn: words('is gestationeerd in|werk je vanuit'),
    ourWords: words('ons|onze'),
    basedIn: words(
      'op locatie in|op kantoor in|gevestigd in|gelegen in|gevestigd te|gelegen te|standplaats is|standplaats|kantoor in|per week in|werken in|' +
        // "Je werkplek is in Zaandam".
        'je werkplek is in|jouw werkplek is in|je werkplek is|jouw werkplek is',
    ),
    jobOpenIn: [],
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('of|en/of|dan wel'),
    oneOf: words(
      'een van|één van|minstens een van|minstens één van|ten minste een van|ten minste één van|ofwel',
    ),
    dutyHeadings: words(
      'taken|je taken|jouw taken|uw taken|verantwoordelijkheden|wat ga je doen|' +
        'wat ga jij doen|wat je gaat doen|jouw rol|je rol|de functie|functieomschrijving|functie omschrijving|' +
        'werkzaamheden|je werkzaamheden|jouw werkzaamheden|wat doe je|wat ga je doen?|' +
        'jobomschrijving|jobinhoud|takenpakket',
    ),
    dutyCues: words(
      'je gaat werken met|je werkt met|jij werkt met|je gebruikt|je bent verantwoordelijk|jij bent verantwoordelijk|' +
        'je ontwikkelt|je beheert|we werken met|wij zijn experts|we zijn experts|wij zijn gespecialiseerd|' +
        // The employer's own stack: "We gebruiken hiervoor graag Next.js", "kiezen we voor Laravel".
        'we gebruiken|wij gebruiken|gebruiken we|gebruiken wij|kiezen we voor|kiezen wij voor',
    ),
    notTools: words('teams|project'),
    compoundNouns: [],
    unitNouns: words('team|teams|afdeling|vakgroep'),
    unitOwners: words('ons|onze|het|de|jouw|je'),
    ownBodies: words(
      'dienst|bureau|afdeling|directie|agentschap|ministerie|commissie|raad|programma|secretariaat|autoriteit',
    ),
    ownRoles: words(
      'manager|medewerker|adviseur|consultant|engineer|specialist|analist|coördinator|' +
        'directeur|ontwikkelaar|beheerder|assistent',
    ),
    nameJoiners: words('van|voor|en|de|het'),
    foundVia: words('via'),
    profileBefore: words('je|jouw|uw|profiel|link naar|link naar je|link naar jouw'),
    profileAfter: words('profiel|account|link'),
    hiringSteps: words(
      'sollicitatiegesprek via|videogesprek via|gesprek via teams|gesprek via zoom|videosollicitatie',
    ),
    consent: words(
      'toestemming voor de verwerking|toestemming voor het verwerken|verwerking van je persoonsgegevens',
    ),
    forbidden: words('is verboden|zijn verboden|is niet toegestaan|zijn niet toegestaan'),
    toolCues: words(
      'kennis|ervaring|programmeertalen|beheersing|beheerst|beheersen|vaardigheid|vaardigheden',
    ),
  },
};
