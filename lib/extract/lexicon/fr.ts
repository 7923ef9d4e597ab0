import { frEducationCues } from './fr-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** French. */
export const fr: Lexicon = {
  code: 'fr',
  abbreviations: words('env|p.ex|ex|cf|etc|mme|resp|n.b'),
  capitalisedNouns: false,
  stopwords: words(
    'le|la|les|et|des|du|un|une|pour|avec|vous|nous|notre|votre|est|sur|dans|au|aux|en|sont|être|qui|' +
      // "de", shared with Spanish, Portuguese and Dutch, and words no other lexicon lists.
      'de|à|ou|par|ce|cette|ces|vos|nos',
  ),
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {
    nouns: words('expérience|pratique'),
    years: words('ans|an|années|année'),
    months: words('mois'),
    rangeJoins: words('à|et|ou'),
    unitRangeJoins: words("à|jusqu'à"),
    rangeMax: words('maximum|au maximum'),
    orMore: words('ou plus|minimum|au moins|et plus'),
    atLeast: words('au moins|minimum|au minimum|un minimum de'),
    // "depuis plus d'un an": the elided form before a vowel.
    moreThan: words("plus de|plus d'|plus d’"),
    upTo: words("jusqu'à|maximum|moins de"),
    trapFields: [],
    trapsAfter: words(
      "d'âge|d'existence|de garantie|de contrat|d'ancienneté|de mission|de cdd|de résidence|de séjour|" +
        "de validité|restants|restant|d’engagement|d'engagement|engagement initial|engagement minimum|" +
        // "6 mois d'affilée à l'étranger": a stay, not experience.
        "d'affilée|d’affilée",
    ),
    pooledAfter: [],
    substitutes: words('peut remplacer|peuvent remplacer|peut se substituer|peuvent se substituer'),
    trapDurations: words('durée|durée de'),
    trapsBefore: words(
      "période d'essai|période de formation|période d'intégration|période d'adaptation|" +
        'fondée en|fondé en|créée en|créé en|depuis|depuis plus de|fort de|forte de|forts de|fortes de|âgé de|âgée de|âgés de|âge|âge minimum|âge minimum de|contrat de|durée de|durée|cdd de|cdd|garantie|cumulant|nous avons|' +
        // "Un bilan aura lieu après 3 mois", "titularisation au bout de 6 mois": a date, no experience.
        'après|au bout de|' +
        // "des stages pour les enfants et les jeunes de 2,5 ans à 16 ans": the public's ages.
        'enfants de|jeunes de|enfants âgés de|jeunes âgés de',
    ),
    candidateCues: words(
      'nous recherchons|on recherche|vous avez|vous justifiez|vous disposez|vous possédez|vous bénéficiez|vous êtes titulaire|profil recherché',
    ),
    taskWords: words(
      'plusieurs|multiples|divers|diverses|différents|différentes|nombreux|nombreuses|' +
        'simultanément|en même temps|en parallèle|multitâche|multi-projets|en autonomie|' +
        'de manière autonome|de façon autonome|sous pression|environnement dynamique|' +
        'en équipe',
    ),
    roles: words('poste|postes|fonction|fonctions|rôle'),
    contextGate: words('travail'),
    candidateNouns: [],
    candidateHas: [],
    companyWe: words('nous|notre|nos'),
    companyWeStems: [],
    genericWords: words('professionnelle|professionnel'),
    genericLead: [],
    noFieldWords: [
      ...words(
        "le|la|les|l'|l’|ce|cet|cette|ces|même|mêmes|similaire|similaires|équivalent|équivalente|du|de|des|d'|d’",
      ),
      ...words(
        'domaine|domaines|secteur|secteurs|métier|métiers|poste|postes|fonction|fonctions|branche|dans|en',
      ),
      ...words(
        'total|totale|global|globale|professionnel|professionnelle|pertinent|pertinente|expérience|travail',
      ),
      ...words('ou|et'),
    ],
    roleIntros: words('en tant que|comme'),
    ofFieldEnds: [],
    roleAfter: words('dans|avec'),
    qualitativeCues: words('vous avez|solide'),
    degrees: [],
    decadeCounts: { un: 1, une: 1 },
    yearAdjectives: {},
    leadingYearEnds: [],
    workContext: words('de travail'),
    workedBefore: words(
      'avez exercé|avez pratiqué|avez travaillé|avoir exercé|avoir pratiqué|avoir travaillé|' +
        'as exercé|as pratiqué|as travaillé',
    ),
    decadeUnits: words('décennie|décennies'),
    decadeOf: [],
    decadeNouns: words("d'expérience"),
    fieldNouns: words('expérience'),
    fieldBeforePreps: words('en|dans'),
    fieldOf: words("de|d'"),
    fieldMinimum: words('au moins|minimum'),
    rolePreps: words('en|dans'),
    roleArticles: words('un|une'),
    roleOf: words('de'),
    nounAbbreviations: [],
    afterNounAdjectives: words('professionnelle|minimale|significative|confirmée|réussie'),
    afterNounPreps: words('en tant que|en|dans|sur|comme'),
    elided: [],
    unitOf: words('de'),
    unitWorking: words('travail'),
    afterUnitPreps: words('avec|dans|sur|en tant que|en'),
    beforeOf: words("de|d'"),
    haveWords: words('vous avez'),
    qualAdjectives: words('une|première|solide|expérience'),
    workWords: [],
    nounStarts: [],
    qualAfterNoun: words('significative|confirmée|réussie'),
    qualPreps: words('en|dans|sur'),
    companyOwners: words('notre|nos'),
    companyNouns: words('équipe|équipes|entreprise|société|groupe|fondateurs|experts|consultants'),
    companyHave: words('nous avons|nous cumulons'),
    companyHaveNot: [],
    borrowedLeads: words('dont'),
    borrowedMinimums: words('au moins|au minimum|minimum'),
    borrowedOfWhich: [],
    borrowedPreps: words('en tant que|comme|dans|en'),
    borrowedArticles: words('un|une|le|la|les'),
    headerLabels: words("années d'expérience|années d’expérience|expérience requise"),
    levelLabels: words('niveau de carrière|niveau hiérarchique|niveau du poste'),
    ofField: [],
    recordMarks: words('exigé|requis|obligatoire|souhaité|optionnel'),
    domainPreps: words('dans|au sein'),
    domainArticles: words("le|la|les|l'"),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'un plus|est un plus|serait un plus|un atout|est un atout|serait un atout|appréciée|' +
        'apprécié|appréciées|appréciés|souhaitée|souhaité|souhaitées|souhaités|souhaitable|' +
        'bienvenue|bienvenu|pas obligatoire|non obligatoire|un petit plus|les petits plus|' +
        'facultatif|optionnel|optionnelle|un vrai plus|un réel plus|un véritable plus|un vrai atout|un véritable atout|constitue un atout|constituent un atout|' +
        'constitue des atouts|constituent des atouts|sont des atouts|sont un plus|seraient un plus|serait appréciée|serait apprécié|' +
        'sont des plus|seraient des plus|un atout important|un atout majeur|est un atout important|serait un atout important|' +
        // Not required, yet wanted: "(non vincolante)" (`notExcluding`).
        'non éliminatoire|pas éliminatoire|non bloquant|' +
        // "Bon niveau d'anglais fortement recommandé": advised, not demanded.
        'recommandé|recommandée|fortement recommandé|fortement recommandée|vivement recommandé|' +
        // "Anglais courant, ou prêt à l'apprendre": the skill may still be learnt, so it is a plus.
        'ou prêt à|ou prête à|ou être prêt à|ou êtes prêt à|ou disposé à|ou disposée à|ou la volonté de',
    ),
    leading: words(
      "idéalement|dans l'idéal|dans l’idéal|de préférence|serait un plus|un plus serait|les petits plus|petits plus|atouts|atout|vous avez idéalement|ce serait un plus",
    ),
    required: words(
      'obligatoire|exigé|exigée|exigés|exigées|requis|requise|requises|indispensable|indispensables|impératif|impérative|nécessaire|prérequis|un prérequis',
    ),
    notRequired: words('pas obligatoire|non obligatoire|pas indispensable|pas exigé|pas requis'),
    forThisRole: words(
      'est obligatoire pour ce poste|est indispensable pour ce poste|est requis pour ce poste|' +
        'est requise pour ce poste|est exigé pour ce poste|est exigée pour ce poste',
    ),
    notExcluding: words('non éliminatoire|pas éliminatoire|non bloquant'),
    fillers: words('est|sont|serait|seraient|très|vivement|fortement|un|une|des'),
    clauseSubjects: words('vous|tu|nous'),
    afterCueJoins: words('avec'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words('appréci|souhait|idéalement|peut-être également|peut-être aussi'),
    preferredWords: words('atout|atouts'),
    payPhrases: [],
    personNouns: words(''),
    required: words(
      'obligatoire|obligatoires|indispensable|indispensables|impératif|impératifs|' +
        'expérience en|expérience dans|expérience avec|profil recherché|votre profil|profil|compétences|prérequis|ce que nous recherchons|qui êtes vous|qui êtes-vous|ce que vous apportez|' +
        'que recherchons-nous|qui recherchons-nous|qui cherchons-nous|' +
        'ce que nous attendons de vous|ce que nous attendons de toi|ce que nous attendons',
    ),
    headings: words(
      'pour postuler|comment postuler|modalités de candidature|' +
        'compétences appréciées|atouts supplémentaires|introduction|description du poste|profil recherché|votre profil|missions|' +
        // "## Informations relatives à l’emploi" under the title: a section, not the employer.
        "informations relatives à l'emploi|informations relatives au poste|informations sur le poste|" +
        "informations sur l'emploi|à propos du poste|" +
        // A LinkedIn export's section heads: "Entreprise", "Description Du Profil".
        'entreprise|description du profil|' +
        // The expectations heading: "Ce que nous attendons de vous".
        'ce que nous attendons de vous|ce que nous attendons de toi',
    ),
    offer: words(
      'nous offrons|ce que nous offrons|ce que nous vous offrons|avantages|qui sommes-nous|à propos|' +
        "présentation de l'entreprise|description de l'entreprise|" +
        'pour postuler|comment postuler|modalités de candidature|processus de recrutement',
    ),
    about: words(''),
    aboutJob: words(''),
    otherJobs: words(
      "offres similaires|emplois similaires|postes similaires|offres d'emploi similaires|" +
        "autres offres|d'autres offres|offres qui pourraient vous intéresser|" +
        'ces offres pourraient vous intéresser|vous aimerez aussi',
    ),
    itemOpeners: words(
      'Expérience|Connaissance|Connaissances|Maîtrise|Bonne|Bonnes|Excellente|Excellentes|Excellent|Diplôme|Diplômé|Diplômée|Formation|Titulaire|Vous|Capacité|Capacités|Aptitude|Aptitudes|Minimum|Première|Permis|Sens|Rigueur|Autonomie|Esprit|Goût|Niveau|Une|Un',
    ),
    fieldLabels: words(
      'expérience|expériences|salaire|rémunération|formation|diplôme|langue|langues|lieu|lieu de travail|localisation|contrat|type de contrat|horaires|durée|qualification|permis|déplacements|avantages|date de début|compétences',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words(
        // The medical, pharmacy and dental doctorates: "Docteur en médecine", "Docteur en pharmacie".
        'doctorat|bac+8|bac +8|bac + 8|thèse|phd|docteur en médecine|docteur en pharmacie|docteur en chirurgie dentaire',
      ),
      master: words(
        "master|mastère|bac+5|bac +5|bac + 5|bac+4|bac +4|bac + 4|diplôme d'ingénieur|école d'ingénieur|école d'ingénieurs|école de commerce|grande école|dea|dess",
      ),
      bachelor: words(
        "licence en|licence professionnelle|licence pro|licence d'|bac+3|bac +3|bac + 3|bachelor|diplôme universitaire|diplôme de niveau bac+3|niveau licence|" +
          // Belgium's bachelier; Québec's baccalauréat is the university degree when a field follows it
          // ("Baccalauréat en informatique") or when the college DEC is its alternative. In those two
          // phrases the DEC, read as written, is found first and is the lower level asked for.
          'bachelier|bachelière|baccalauréat en|baccalauréat universitaire|' +
          // "Baccalauréat (ou supérieur) en informatique": the degree with its "or higher" first.
          'baccalauréat (ou supérieur)|baccalauréat ou supérieur|baccalauréat (ou plus)|' +
          // "Licence ou Master": one requirement at the lower level; the master in the phrase is not
          // read again. ("Licence" alone is as often a permit or a software licence.)
          "licence ou master|licence ou d'un master|licence ou d’un master|licence/master|licence / master|licence, master|" +
          // Swiss universities of applied sciences and Belgian hautes écoles award bachelor's degrees.
          'haute école spécialisée|haute école|' +
          // "De formation supérieure en informatique": higher education with no level, a degree.
          'de formation supérieure|formation supérieure en|' +
          'baccalauréat ou dec|baccalauréat ou d.e.c.|bac ou dec|bac ou d.e.c.|dec ou baccalauréat|dec ou bac|d.e.c. ou baccalauréat|d.e.c. ou bac|' +
          // Québec's "BAC ou Maîtrise en …": the university degree or the master's, the lower asked.
          'bac ou maîtrise|bac ou maitrise|baccalauréat ou maîtrise|baccalauréat ou maitrise',
      ),
      associate: words(
        "bac+2|bac +2|bac + 2|deug|deust|diplôme d'études collégiales|diplôme d’études collégiales|" +
          // Québec: "Diplôme d'études universitaires ou collégiales", the college diploma the lower.
          'études universitaires ou collégiales|études collégiales ou universitaires|' +
          // "Diplôme collégial ou universitaire": the college diploma is the lower level accepted.
          'diplôme collégial|diplôme collégial ou universitaire|diplôme universitaire ou collégial',
      ),
      vocational: words(
        "bac pro|bac professionnel|titre professionnel|brevet professionnel|cqp|formation qualifiante|certificat d'aptitude professionnelle|" +
          // Québec: the vocational diploma and the short college attestation.
          "diplôme d'études professionnelles|diplôme d’études professionnelles|attestation d'études collégiales|attestation d’études collégiales|" +
          // Switzerland: the federal apprenticeship certificate, the vocational maturity, the federal certificate.
          'certificat fédéral de capacité|maturité professionnelle|brevet fédéral|formation bancaire|formation professionnelle achevée',
      ),
      high_school: words(
        'bac|baccalauréat|brevet des collèges|maturité gymnasiale|maturité fédérale|certificat de maturité|' +
          // Belgium: the upper-secondary certificate (CESS).
          "diplôme d'étude secondaire supérieur|diplôme d'études secondaires supérieures|" +
          "certificat d'enseignement secondaire supérieur|CESS|" +
          // "Diplôme de l'enseignement secondaire supérieur (minimum)".
          "diplôme de l'enseignement secondaire supérieur|enseignement secondaire supérieur",
      ),
    },
    abbreviations: {
      CAP: 'vocational',
      BEP: 'vocational',
      BTS: 'associate',
      DUT: 'associate',
      BUT: 'associate',
      // Québec's college diploma (diplôme d'études collégiales) and vocational diploma.
      DEC: 'associate',
      'D.E.C.': 'associate',
      DEP: 'vocational',
      // Switzerland: Haute école spécialisée. (The bare CFC also names the certificate an
      // apprenticeship offer leads to, "Apprentissage de vente AFP ou CFC": only its full name is read.)
      HES: 'bachelor',
    },
    enrolment: words(
      "étudiant en|étudiante en|étudiant·e en|en cours de formation|en fin de cursus|en fin d'études|en cours de cursus|en master|en licence|inscrit en|inscrite en|préparant un|préparant une|" +
        // The internship agreement a school signs: only a student can bring one.
        'convention de stage|conventions de stage',
    ),
    // Québec: the bare "Baccalauréat" ("Exigences : Baccalauréat") is the university degree.
    byCountry: [{ country: 'CA', level: 'bachelor', words: words('baccalauréat|bac') }],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'ou connaissances équivalentes|ou des connaissances équivalentes|ou connaissances acquises équivalentes|' +
        'ou équivalent|ou équivalente|ou diplôme équivalent|ou expérience équivalente|ou expérience significative|' +
        'ou expérience dans le domaine|ou une expérience dans ce domaine|' +
        "ou d'une expérience significative|ou d’une expérience significative|ou d'une expérience équivalente|" +
        'ou niveau équivalent|ou formation équivalente|équivalent|ou expérience similaire|ou une expérience similaire|' +
        "et équivalents|et équivalent|ou l'équivalent|ou l’équivalent|qualifications similaires|qualification similaire|" +
        'jugée équivalente|jugé équivalent|reconnue équivalente|titre équivalent|' +
        // Belgian calls: "… ou disposer d'une formation probante en regard de la fonction".
        "ou disposer d'une formation|ou justifier d'une formation|et/ou justifier d'une formation|" +
        "ou d'une formation probante|ou d'une expérience probante|" +
        // "titulaire d'un bachelier ou avez une première expérience professionnelle probante".
        'ou avez une première expérience|ou avez une expérience probante|ou une première expérience probante|' +
        'ou d’une expérience probante|ou une expérience probante',
    ),
    equivalencyCredentials: words('DAEU'),
    experienceInstead: words(
      "ou expérience équivalente|expérience équivalente|à défaut d'un diplôme|sans diplôme|autodidacte|autodidactes|ou expérience significative|" +
        'ou une expérience professionnelle|ou une expérience significative|ou une expérience équivalente|' +
        "combinaison d'expérience et de formation|combinaison de formation et d'expérience",
    ),
    tradeTraining: words(
      "formation de|formation d'|formation en tant que|formation|diplôme de|titre professionnel de",
    ),
    notAsked: words(
      "aucun diplôme requis|pas de diplôme requis|pas besoin d'un|pas besoin de|sans exigence de|" +
        'diplôme non nécessaire|diplôme pas nécessaire|diplôme non requis|diplôme non exigé|' +
        // A licence granted on a patent or software, not the degree: "brevets donnés en licence".
        'donnés en licence|donné en licence|concédés en licence|concédé en licence|sous licence',
    ),
    cues: frEducationCues,
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      "écrit et oral|écrit et parlé|à l'écrit et à l'oral|à l'oral et à l'écrit|oral et écrit|parlé et écrit|lu, écrit, parlé",
    ),
    levels: {
      native: words('langue maternelle|natif|native|de langue maternelle'),
      fluent: words(
        'courant|courants|courante|courantes|couramment|parfait|parfaite|parfaitement|excellent|excellente|excellentes|' +
          'bilingue|bilinguisme|maîtrise|maîtrise de|parfaite maîtrise|excellente maîtrise|très bon|' +
          'très bonne|très bonnes|très bonnes connaissances|très bon niveau|niveau courant|irréprochable|' +
          'impeccable|' +
          // "Maîtriser l'anglais", "vous maîtrisez le néerlandais": a command of the language.
          'maîtriser|maîtrisez|maîtrisant|' +
          // The same verb written without the circumflex (1990 spelling): "vous maitrisez le français".
          'maitriser|maitrisez|maitrisant|maitrise de|parfaite maitrise|excellente maitrise',
      ),
      professional: words(
        'professionnel|professionnelle|de niveau professionnel|niveau professionnel|bon|' +
          'bonne|bon niveau|bonne maîtrise|bonne connaissance|bonnes connaissances|correct|' +
          "correcte|avancé|avancée|opérationnel|opérationnelle|technique|aisance|à l'aise|intermédiaire|niveau intermédiaire",
      ),
      basic: words(
        'niveau moyen|notions|notion|notions de|débutant|scolaire|de base|basique|élémentaire|' +
          'connaissance minimale|connaissances minimales|' +
          // "savoir parler un minimum anglais": a little of the language.
          "un minimum|un minimum d'|un minimum de|le minimum d'",
      ),
    },
    applyIn: words('cv en|candidature en|lettre de motivation en|rédigé en|rédigée en'),
    ifThePost: words(
      "si le poste est|si le poste exige|si le poste requiert|lorsque le poste est|si l'emploi est",
    ),
    applyNouns: words('candidature|cv|lettre de motivation|dossier'),
    applyInWords: words('en'),
    compoundSuffixes: [],
    adjectiveJoins: [],
    adjectiveNouns: [],
    nounsBefore: words(
      'marché|clientèle|entreprise|provinces|province|régions|région|communes|pays|cantons|canton',
    ),
    contextStems: words(
      'langue|courant|parle|parlé|écrit|maîtrise|maitris|niveau|communi|tradu|interprète',
    ),
    contextWordEnds: [],
    contextWholeWords: [],
    adjectiveUses: words('marché|clientèle|entreprise|cuisine|restaurant|gastronomie|épicerie'),
    speaking: [],
    speakingUses: [],
    peopleArticles: [],
    languageNouns: [],
    subjectNouns: [],
    subjectJoins: [],
    stops: words('et|ou|ainsi que'),
    namePrepositions: words('en'),
    requirementCopulas: words('est|serait|sont|seraient'),
    requirementWords: words('obligatoire|exigé|requis|souhaité|un plus'),
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    praise: [],
    listJoins: words('et/ou|et|ou'),
    orWords: words('ou'),
    // "en français et en anglais": the preposition repeated before each name of the list.
    // "de la langue anglaise et de la langue allemande": the language noun said again in the list.
    listArticles: words("l'|l’|de l'|de l’|le|la|de|du|de la|en|de la langue|la langue|langue"),
    codesFluent: words('bilingue|trilingue'),
    codeLabels: words('langues|compétences linguistiques'),
    shortNames: { angl: 'en', fr: 'fr', esp: 'es' },
  },

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: [],
    pay: words(
      'budget salarial|salaire|salaires|rémunération|rémunéré|rémunérée|brut|brute|bruts|brutes|paie|paye|TJM|package|fixe',
    ),
    notPay: words(
      "chiffre d'allocation|allocations|per diem|perdiem|kilométrique|affaires|CA|levée|levée de fonds|budget|prime|primes|ticket restaurant|" +
        'tickets restaurant|titre-restaurant|titres-restaurant|indemnité|indemnités|' +
        'intéressement|participation|investissement|financement|remboursement|chèque|chèques|' +
        'cadeau|cagnotte|' +
        // "Il faut au minimum signer 300k par an": a sales target, not pay.
        'signer',
    ),
    upTo: words("jusqu'à|jusqu'a|max|maximum"),
    from: words(
      "à partir de|a partir de|à partir d'|dès|salaire de départ|salaire d'embauche|rémunération de départ|minimum|au moins|plus de|supérieur à|au-delà de",
    ),
    fromAfter: words('minimum|au minimum|et plus|ou plus'),
    floorNotes: [],
    rangeJoin: words('à|a|au|et'),
    risingTo: words("puis|passant à|évoluant à|évolutif jusqu'à"),
    payOf: words("de|d'|d’|un|une"),
    stepAfter: words("après|au bout de|jusqu'à"),
    grossNet: words('brut|brute|bruts|brutes|net|nette|nets|nettes'),
    periods: {
      hour: words("de l'heure|par heure|horaire|l'heure|brut horaire|taux horaire"),
      day: words('par jour|journalier|TJM|la journée|par journée'),
      week: words('par semaine|hebdomadaire'),
      month: words('par mois|mensuel|mensuels|mensuelle|mensuelles|mensuellement'),
      year: words("par an|par année|annuel|annuels|annuelle|annuelles|l'an"),
    },
    periodSuffixes: {
      hour: words('/h|/heure'),
      day: words('/jour|/j'),
      week: words('/semaine|/sem'),
      month: words('/mois'),
      year: words('/an|/année'),
    },
    timeUnits: words('heures|heure|h|jours|jour|j|nuits|fois'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      livres: 'GBP',
      dollars: '$',
      'francs suisses': 'CHF',
      // Francophone Africa: the CFA franc (FCFA, the form postings use) is West African (XOF) or
      // Central African (XAF) by the posting's country ('CFA': salary.ts decides); Maghreb currencies.
      fcfa: 'CFA',
      'f cfa': 'CFA',
      'francs cfa': 'CFA',
      dirhams: 'MAD',
      dirham: 'MAD',
      'dinars tunisiens': 'TND',
      // Neighbours of francophone West Africa: the Nigerian naira and the Ghanaian cedi.
      naira: 'NGN',
      nairas: 'NGN',
      cedis: 'GHS',
    },
    currencyLabels: words('devise|monnaie|devise du salaire|code devise|code de la devise'),
    multipliers: {
      k: 1_000,
      mille: 1_000,
      millions: 1_000_000,
      million: 1_000_000,
      milliard: 1_000_000_000,
      milliards: 1_000_000_000,
      M: 1_000_000,
    },
    cappedJobs: [],
    capAfter: [],
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words(
      'télétravail|full remote|à distance|en remote|' +
        // "travaillez depuis chez vous": work from home (not "à 10 minutes de chez vous").
        'depuis chez vous|depuis chez soi|depuis votre domicile|depuis la maison',
    ),
    hybrid: words('hybride|mode hybride'),
    onsite: words('présentiel|sur site|en présentiel'),
    remotePhrases: words(
      'en télétravail complet|télétravail complet|télétravail total|télétravail à 100%|' +
        '100% télétravail|full télétravail|poste en full remote|entièrement à distance|full remote possible|' +
        'télétravail illimité|' +
        // "Le poste est en télétravail, il y aura des déplacements": the job itself worked from home.
        'le poste est en télétravail|ce poste est en télétravail|le poste est à distance|le poste est en full remote|' +
        "d'où vous voulez|d’où vous voulez|d'où tu veux|d’où tu veux|de n'importe où|de n’importe où|" +
        // "Rejoindre notre équipe à distance": the hire itself is remote.
        "rejoindre notre équipe à distance|rejoindre l'équipe à distance|nous rejoindre à distance",
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'parfois à la maison|parfois en télétravail|en partie en télétravail|partiellement en télétravail|en partie à distance|partiellement à distance|' +
        'télétravail partiel|télétravail fréquent|télétravail occasionnel|télétravail ponctuel|' +
        // "télétravail à temps partiel": part of the week at home, not part-time hours.
        'télétravail à temps partiel',
    ),
    onsitePhrases: words(
      'poste en présentiel|100% présentiel|travail sur site|poste sur site|vous travaillerez sur site|vous travaillerez sur place',
    ),
    remoteAdverbs: words('à distance'),
    fully: words('100%|100 %|entièrement|complètement|totalement|full'),
    shareLinks: words('de|en'),
    partly: words('partiel|partiellement|occasionnel|ponctuel|fréquent|hybride|régulièrement'),
    option: words(
      'possibilité de travail|possibilité de travailler|possible|possibles|possibilité de|possibilité|' +
        "ouvert au|jusqu'à|jusqu’à|flexibilité de|la flexibilité de",
    ),
    mix: words('mélange de|combinaison de|alternance de|alternance entre|mix de|équilibre entre'),
    mixJoins: words('et'),
    days: words('jours|jour|journées|journée|fois'),
    weeklyTimes: [],
    week: words('par semaine|/semaine|par mois|hebdomadaires'),
    places: words(
      'de télétravail|en télétravail|au bureau|sur site|à la maison|à domicile|en présentiel|' +
        // "TT": recruiters' short form of télétravail ("3 jours de TT par semaine").
        'de TT|en TT',
    ),
    office: words('au bureau|sur site|en présentiel|dans nos locaux'),
    notRemote: words(
      'pas de télétravail|télétravail non possible|sans télétravail|pas de remote|remote non possible|' +
        'télétravail impossible|full remote non possible',
    ),
    notModel: words(
      'cloud|infrastructure|architecture|véhicules|véhicule|voitures|solutions|systèmes',
    ),
    notPlaceAfter: words(''),
    notModelBefore: words(
      'cloud|architecture|architectures|infrastructure|infrastructures|' +
        'solution|solutions|technologie|technologies|véhicule|véhicules|voiture|voitures|moteur|moteurs|' +
        'parking|cantine|salle de sport|' +
        // "Réunions en présentiel une fois par mois": the meetings are in person, not the job.
        'réunion|réunions|rencontre|rencontres|séminaire|séminaires',
    ),
    topics: words(
      'politique|politique de|politique du|charte|charte de|charte du|règles de|accord de',
    ),
    hoursIn: words('à|a|sur'),
    or: words('ou'),
    dutyNouns: words(
      'support|assistance|soutien|dépannage|maintenance|interventions|intervention|accompagnement|formation|formations|service|services',
    ),
    bothWays: words(
      'sur site et à distance|sur site ou à distance|à distance et sur site|à distance ou sur site|en présentiel et à distance|sur place et à distance|sur place ou à distance',
    ),
    channels: words(
      'en ligne|par téléphone|au téléphone|par e-mail|par courriel|par mail|par chat|par visio',
    ),
    labels: words('modalité de travail|mode de travail|type de travail'),
    no: words('non'),
    undecided: words('à définir|à discuter|à convenir|à préciser'),
    offered: [],
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('temps plein|temps complet|à temps plein|full-time'),
    partTime: words('temps partiel|à temps partiel|mi-temps'),
    contract: words(
      'freelance|free-lance|auto-entrepreneur|portage salarial|prestataire|mission freelance|' +
        // The status, not the trait ("une personne proactive et indépendante", "presse indépendante").
        "travailleur indépendant|travailleuse indépendante|en tant qu'indépendant|en tant qu'indépendante|" +
        'en tant qu’indépendant|en tant qu’indépendante|statut indépendant|statut d’indépendant|' +
        "statut d'indépendant|consultant indépendant|consultante indépendante|activité indépendante|" +
        'à titre indépendant|comme indépendant|comme indépendante|' +
        // "Contrat de prestation de services de 6 mois": a contractor's contract, whatever its term.
        'contrat de prestation de services|contrat de prestations de services',
    ),
    temporary: words(
      // "engagée à temps plein à durée déterminée de 1 an": the fixed term without the word "contrat".
      'CDD|contrat à durée déterminée|à durée déterminée|intérim|' +
        // The participle agreed with "contrat" or written without accents: "un contrat à durée déterminé de 6 mois".
        'contrat à durée déterminé|contrat a duree determinee|contrat à durée determinée|' +
        "intérimaire|mission intérimaire|mission d'intérim|" +
        'travail temporaire|saisonnier|saisonnière|emploi saisonnier|contrat saisonnier|remplacement congé maternité|' +
        // A job for one season: "pour la saison d'hiver 2025-2026".
        "pour la saison d'hiver|pour la saison d’hiver|pour la saison d'été|pour la saison d’été|" +
        'pour la saison estivale|pour la saison hivernale|pour la saison',
    ),
    internship: words(
      "stage de|stage d'|stage en|stage conventionné|stage de fin d'études|stagiaire|gratification de stage|" +
        'offre de stage|convention de stage',
    ),
    apprenticeship: words(
      // Bare "apprentissage" is also learning ("outils d'apprentissage numérique"): only as a contract.
      "alternance|alternant|alternante|alternants|contrat d'apprentissage|contrat en apprentissage|" +
        "poste en apprentissage|formation en apprentissage|offre d'apprentissage|apprenti|" +
        'apprentie|contrat de professionnalisation',
    ),
    volunteer: words('bénévole|bénévolat|service civique|volontariat'),
    perDiem: words('vacataire|à la vacation'),
    internTitles: words('stagiaire|stage'),
    apprenticeTitles: words('alternant|alternante|apprenti|apprentie|alternance'),
    contractTitleHeads: [],
    contractTrades: [],
    contractTitleTails: words('freelance|indépendant|indépendante|mission freelance'),
    temporaryTitles: words('saisonnier|saisonnière|saisonniers|temporaire|par intérim'),
    noType: words('job étudiant'),
    notTypeAfter: [],
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words(
      "sauf|sauf pour|à l'exception des|à l'exception du|à l'exception de|à l’exception des|à l’exception du|à l’exception de|excepté|hormis",
    ),
    bothHours: words('temps plein ou partiel|temps partiel ou plein|temps plein et partiel'),
    past: words(
      'précédent|précédente|précédents|déjà réalisé|expérience en|expérience de stage|expériences de stage|' +
        // "avoir effectué un stage en cabinet": a placement the candidate has done, not this job.
        'effectué un stage|réalisé un stage|stage effectué|stage réalisé',
    ),
    permanent: words('CDI|contrat à durée indéterminée'),
    labels: words(
      "type de contrat|contrat|type d'emploi|durée du travail|temps de travail|nature du contrat",
    ),
    contractValues: words('freelance|indépendant|prestation|mission freelance'),
    temporaryValues: words('CDD|intérim|saisonnier|temporaire'),
    fullTimeValues: words('complet|temps complet|temps plein'),
    partTimeValues: words('partiel|temps partiel'),
    payLabels: words('taux horaire'),
    ownJob: words("ce poste|cette offre|il s'agit d'un|il s'agit d'une"),
    eligibility: words(
      // "Agences et freelances, merci de ne pas nous solliciter": who should not apply.
      "merci de ne pas|prière de s'abstenir|s'abstenir|" +
        'éligible|éligibles|salariés à temps plein|employés internes|les employés doivent postuler|' +
        // "Chaque collaborateur à temps plein reçoit …": a perk of the staff, not this job's hours.
        'chaque salarié à temps plein|chaque collaborateur à temps plein|tous les collaborateurs à temps plein|' +
        'chaque salarié à temps partiel|tous les salariés à temps partiel',
    ),
    basis: words(
      "sur la base d'un|sur une base|au prorata|équivalent temps plein|ETP|études à temps plein|" +
        'étudiant à temps plein|étudiante à temps plein|expérience à temps plein|' +
        "d'expérience à temps plein|ans à temps plein",
    ),
    workloadLabels: words("taux d'activité|taux d'occupation|taux de travail|taux d'engagement"),
    weeklyHours: words(
      'h/semaine|h / semaine|h hebdomadaires|heures par semaine|heures/semaine|h par semaine|heures hebdomadaires|h hebdo',
    ),
    laterChance: words(
      "possibilité de|possibilité d'|perspective de|perspective d'|opportunité de|opportunité d'",
    ),
    pastAs: words('comme|en tant que|en qualité de'),
    weekOf: words('semaines de|semaine de|semaine de travail de'),
    hourUnits: words('heures|h'),
    hoursOf: words(
      'durée hebdomadaire|durée du travail|temps de travail|durée de travail|horaires de travail',
    ),
    hoursBasisBefore: words('pour|sur la base de|calculé sur|base'),
    to: words('à|ou'),
    months: words('mois|an|ans'),
    keptFiles: words('CV|candidatures|données personnelles'),
    durationLabels: words('durée|durée du contrat|durée de la mission|durée du poste'),
    contractWords: words('contrat|CDD'),
    extendable: words('renouvelable|prolongeable|évolutif en CDI'),
    flexOptions: words('partage de poste|poste partagé|temps partagé choisi'),
    laterHours: words(
      'pouvant évoluer vers un|pouvant évoluer vers|évolutif vers un|évolutif en|avec possibilité de passer à un|avec possibilité de passer à|possibilité de passer en',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('déménagement|relocalisation|relocation|mobilité géographique'),
    offer: words(
      'aide|aides|prise en charge|pris en charge|accompagnement|accompagné|package|prime|indemnité|remboursement|financé|financée',
    ),
    housing: words(
      'logé|logée|logés|nourri et logé|nourri & logé|logement fourni|logement de fonction|logement possible|hébergement fourni|logement offert|aide au logement',
    ),
    payAllowances: words(
      "billet d'avion annuel|billets d'avion|billet d’avion annuel|billets d’avion|indemnité de scolarité",
    ),
    candidate: words('disposé|disposée|prêt à|prête à|mobile'),
    candidatePays: words(
      'à vos frais|à ses frais|à leurs frais|à la charge du candidat|à la charge de la candidate|à la charge du salarié|aux frais du candidat|responsabilité du candidat|à votre charge',
    ),
    negations: words('ne|pas|aucun|aucune|sans|non'),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('oui|o'),
    answerNo: words('non|n'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words(
      'visa|visas|permis de travail|titre de séjour|sponsoriser|parrainage|autorisation de travail',
    ),
    immigration: words(
      'visa|visas|permis de travail|titre de séjour|immigration|autorisation de travail',
    ),
    offer: words(
      'accompagnement|accompagnons|prenons en charge|prise en charge|aide|aidons|soutien|possible|sponsoriser',
    ),
    offerPhrases: words(
      "accompagnement pour le visa|aide aux démarches de visa|prise en charge du visa|accompagnement dans les démarches d'immigration",
    ),
    refusals: words(
      'pas de sponsorisation|ne pouvons pas sponsoriser|sans parrainage|pas de parrainage',
    ),
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'aucun visa requis|aucun visa nécessaire|pas besoin de visa|visa non requis|visa non nécessaire|sans besoin de visa',
    ),
    onlyFor: words(
      'uniquement pour|exclusivement pour|seulement pour|réservé aux|réservée aux|réservé à|limité aux|limitée aux',
    ),
    thirdPartySponsors: [],
    authorization: words(
      'permis de travail|autorisation de travail|autorisé à travailler|titre de séjour',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('déplacement|déplacements|voyager|voyages'),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'possibilité de déplacements|possibilités de déplacements|possibilité de voyager|opportunités de voyager|' +
        'fréquent|fréquents|régulier|réguliers|ponctuel|ponctuels|occasionnel|occasionnels|quotidien|' +
        'quotidiens|à prévoir|nécessaire|nécessaires|requis|mobilité|' +
        // "Courts voyages, au besoin", "Déplacements possibles en région".
        "au besoin|si besoin|selon les besoins|à l'occasion|à l’occasion|occasionnellement|fréquemment|possibles|courts|" +
        'ponctuellement|' +
        // "environ 15-30 jours de déplacement par an": a count of travel days.
        'jours de déplacement|journées de déplacement|par an|par mois',
    ),
    notDemand: words(
      'frais de déplacement|remboursement des déplacements|agence de voyages|' +
        'aucun déplacement|pas de déplacement|pas de déplacements|sans déplacement|sans déplacements|' +
        // An assistant's duty: the travel of others.
        'organisation des déplacements|organiser les déplacements|organisez les déplacements|' +
        'gestion des déplacements|gérer les déplacements|gérez les déplacements|réservation des déplacements|' +
        'déplacements de la direction|déplacements du directeur|déplacements des dirigeants|' +
        'déplacements des collaborateurs',
    ),
    visits: words(
      'découchers|découcher|grands déplacements|visites clients|visites client|visites de clients|' +
        'visites chez les clients|visites de chantiers|visites de chantier|poste itinérant|' +
        'interventions chez les clients|interventions chez nos clients|intervenir chez les clients|' +
        'intervenir chez nos clients|vous intervenez chez',
    ),
    shareOfTime: words('du temps|du temps de travail'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('astreinte|astreintes'),
    night: words('travail de nuit|poste de nuit|postes de nuit|de nuit|pendant la nuit'),
    nightPlaces: words('boîte'),
    shift: words(
      '(roulement)|par roulement|en roulement|planning tournant|planning en roulement|horaires tournants|travail posté|travail en équipes|travail en 3x8|travail en 2x8',
    ),
    shiftKinds: [],
    shiftTimes: [],
    shiftNouns: [],
    hourUnits: words('heures'),
    shiftHours: [],
    shiftNotBefore: [],
    weekend: words(
      'les samedis|les dimanches|travail le week-end|week-end travaillé|' +
        'week-ends travaillés|un samedi sur deux|un samedi sur trois|un samedi sur quatre|' +
        'un dimanche sur deux|un dimanche sur trois|un dimanche sur quatre|' +
        'deux samedis sur trois|un samedi matin sur deux|un samedi matin sur trois|' +
        'un dimanche matin sur deux|week-end sur deux|week-ends sur deux|week-end sur trois|' +
        'week-ends sur trois|travailler le week-end|travailler les week-ends|' +
        'travail les week-ends|travailler un week-end',
    ),
    weekendCues: [],
    weekendKinds: [],
    weekendNouns: [],
    weekFirstDays: words('lundi'),
    weekJoins: words('au'),
    weekendDays: words('samedi|dimanche'),
    dayNames: words('lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'),
    irregular: words('horaires décalés|horaires irréguliers|horaires variables selon'),
    leisure: words('profitez'),
    stems: words('astreinte|nuit|posté|roulement|tournant|équipe|samedi|dimanche|horaire|3x8|2x8'),
  },

  credentials: {
    notBodies: [],
    registrationNouns: [],
    registeredWith: [],
    registeredArticles: [],
    professional: [
      // Québec's licence to practise and membership in good standing of a professional order.
      ...words("permis d'exercice|permis d’exercice|permis de pratique|membre en règle de l'ordre"),
      ...words('membre en règle de l’ordre'),
      ...words("inscription au tableau de l'ordre|inscription au tableau de l’ordre"),
      ...words("inscription au tableau de l ordre|inscription à l'ordre|inscription à l’ordre"),
      ...words(
        "inscription à l ordre|inscrite au tableau de l'ordre|inscrite au tableau de l’ordre",
      ),
      ...words("inscrite au tableau de l ordre|inscrite à l'ordre|inscrite à l’ordre"),
      ...words(
        "inscrite à l ordre|inscrit(e) au tableau de l'ordre|inscrit(e) au tableau de l’ordre",
      ),
      ...words("inscrit(e) au tableau de l ordre|inscrit(e) à l'ordre|inscrit(e) à l’ordre"),
      ...words("inscrit(e) à l ordre|inscrit au tableau de l'ordre|inscrit au tableau de l’ordre"),
      ...words(
        "inscrit au tableau de l ordre|inscrit à l'ordre|inscrit à l’ordre|inscrit à l ordre",
      ),
    ],
    registerNouns: [],
    registryNouns: [],
    registryActive: [],
    registryAt: [],
    forklift: words('permis cariste|certificat de cariste|autorisation de conduite chariot'),
    levelWords: [],
    certificateNouns: [],
    ticketNouns: [],
    certifiedWords: [],
    stems: words('ordre|CACES|permis'),
  },

  field: {
    ends: [
      ...words('idéalement|ou équivalent|un plus|obligatoire|serait|apprécié|appréciée|appréciés'),
      ...words('appréciées|souhaité|souhaitée|souhaités|souhaitées|souhaitable'),
    ],
    plusCopulas: [],
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    orgAt: [],
    orgArticles: [],
    orgNouns: [],
    articles: words("une|un|le|la|les|l'|des|du"),
    copulas: words('est|sont'),
    trailingLinks: words('pendant|depuis'),
    glueWords: [],
    clauseStarts: [],
    listJoins: words('ou|et'),
    lastJoins: words('ou|et'),
  },

  license: {
    driving: [],
    drivingShort: words('permis'),
    drivingShortTails: words('de conduire'),
    drivingShortCues: words('valide'),
    adjectives: [],
    classBefore: words('classe'),
    classJoins: words('et'),
    classArticles: [],
    classAfter: words('classe|catégorie'),
    commercial: [],
    commercialClass: [],
    // "Diplôme d'État d'infirmier exigé", "infirmière diplômée d'État": the state nursing licence.
    nursing: [
      ...words(
        "diplôme d'état d'infirmier|diplôme d’état d’infirmier|diplôme d'état infirmier|diplôme d’état infirmier",
      ),
      ...words(
        "infirmier diplômé d'état|infirmier diplômé d’état|infirmière diplômée d'état|infirmière diplômée d’état",
      ),
      ...words(
        "infirmier(e) diplômé(e) d'état|infirmier(e) diplômé(e) d’état|DE d'infirmier|DE d’infirmier|DE infirmier",
      ),
    ],
    nursingHeld: [],
    nursingAs: [],
    clearanceLevels: [],
    clearanceSecurity: [],
    clearance: [],
    polygraph: [],
    stems: words('permis|infirmi'),
  },

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('offre|annonce|recrutement'),
    titleLabels: words(
      "titre de l'annonce|titre de l'offre|poste|intitulé|intitulé du poste|titre|titre du poste|fonction|emploi|métier|" +
        "offre d'emploi|offre d’emploi",
    ),
    advertiserLabels: words('publié par|proposé par|annonceur'),
    advertiserLeads: words('de la part de'),
    calendarMonths: words(
      'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc',
    ),
    sendToWords: words(
      'envoyez votre cv à|envoyer votre cv à|envoyer cv à|cv à envoyer à|candidature à envoyer à',
    ),
    careersPages: words(
      "Carrières|Carrière|Emplois|Offres d'emploi|Offres d’emploi|Recrutement|Rejoignez-nous|Nous rejoindre|" +
        "Détails du poste|Détails de l'offre|Détails de l’offre|" +
        "Nos offres|Nos offres d'emploi|Nos offres d’emploi|Nos postes à pourvoir|Postes à pourvoir",
    ),
    boardLinks: words(
      'voir toutes les offres|voir tous les emplois|partager cette page|partager cette offre|' +
        'imprimer|imprimer cette offre|envoyer par e-mail|' +
        'toutes les offres|toutes nos offres|retour aux offres|accueil|postuler|postuler maintenant|je postule',
    ),
    areaAfter: words('centre-ville|centre ville|centre'),
    metroAfter: [],
    areaWords: words('région de|proche de|secteur de|agglomération de'),
    companyLabels: words(
      'entreprise|société|employeur|organisme|structure|raison sociale|ministère|organisme public',
    ),
    locationLabels: words(
      'lieu|lieu de travail|localisation|lieu de travail principal|ville|adresse',
    ),
    placeholders: words(
      'plusieurs lieux|plusieurs sites|partout|monde entier|tous pays|non précisé|non spécifié',
    ),
    commuteClauses: words('trajet quotidien sans problème|faire le trajet sans problème'),
    bylineTerms: words(
      'sur site|cdi|cdd|temps plein|temps partiel|alternance|stage|hybride|télétravail|teletravail|présentiel|presentiel|' +
        'actuellement en télétravail|temporairement en télétravail',
    ),
    jobWords: [
      // Laboratoire et sciences : « Chimiste », « Biologiste ».
      ...words(
        'chimiste|biologiste|microbiologiste|physicien|physicienne|géologue|statisticien|statisticienne',
      ),
      ...words('mathématicien|mathématicienne|vétérinaire|dentiste|chirurgien|chirurgienne'),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('traducteur|traductrice|interprète'),
      ...words('coursier|coursière'),
      ...words('maçon|plâtrier|couvreur'),
      // "Délégué-e au service Projets": a non-profit's delegate.
      ...words('délégué|déléguée|délégué-e|délégués'),
      ...words(
        'responsable|chargé|chargée|chef|cheffe|ingénieur|ingénieure|développeur|développeuse|commercial|commerciale|directeur',
      ),
      ...words(
        'directrice|stagiaire|technicien|technicienne|conseiller|conseillère|infirmier|infirmière|caissier|caissière',
      ),
      ...words(
        'vendeur|vendeuse|serveur|serveuse|cuisinier|cuisinière|enseignant|enseignante|professeur|formateur|formatrice',
      ),
      ...words(
        'alternance|apprenti|apprentie|stage|soudeur|soudeuse|comptable|intégrateur|intégratrice|assistant|assistante',
      ),
      ...words(
        'pizzaïolo|pizzaïola|opérateur|opératrice|gestionnaire|animateur|animatrice|préparateur|préparatrice|magasinier',
      ),
      ...words(
        'magasinière|livreur|livreuse|manutentionnaire|employé|employée|ouvrier|ouvrière|électricien|électricienne',
      ),
      ...words(
        'mécanicien|mécanicienne|plombier|boulanger|boulangère|coiffeur|coiffeuse|agent|aide|chauffeur',
      ),
      ...words(
        'thérapeute|therapeute|sage-femme|psychologue|logopède|diététicien|diététicienne|orthophoniste',
      ),
      ...words(
        'ostéopathe|pharmacien|pharmacienne|médecin|éducateur|éducatrice|puériculteur|puéricultrice',
      ),
      // Québec's and France's coordinators, the kitchen's dishwasher, the office's assistants.
      ...words(
        'coordonnateur|coordonnatrice|coordinateur|coordinatrice|plongeur|plongeuse|adjoint|adjointe|secrétaire|réceptionniste',
      ),
    ],
    titleIntros: words(
      "en tant que|nous recherchons|nous cherchons|nous recrutons|poste de|poste d’|poste d'",
    ),
    descriptionHeadings: words(
      "description|description du poste|descriptif du poste|description de l'offre|détails|détails de l'offre",
    ),
    roleSubjectArticles: words("le|la|l'|l’|notre"),
    roleSubjectVerbs: words(
      'aura pour mission|aura pour missions|sera chargé|sera chargée|est chargé|est chargée|sera responsable|a pour mission|assurera',
    ),
    roleSubjectOthers: words('responsable|manager|recruteur|recruteuse'),
    hiringCues: words(
      'recherche|recrute|cherche|recherchons|cherchons|recrutons|' +
        // "Le Groupe Martin ouvre un recrutement pour un technicien": the employer opens a hire.
        'ouvre un recrutement pour|lance un recrutement pour|ouvre un poste de',
    ),
    titleLinks: words('de|du|des'),
    titleModifiers: [],
    articles: words('un|une|un·e|un.e|un(e)|des|notre|son|sa|nouveau|nouvelle'),
    atCompany: words('chez'),
    // "Institut National de la Statistique": a public body's name keeps its article after "de".
    nameLinks: words('et|de|des|du|de la'),
    titleCitySuffixes: words('emploi à|poste à'),
    headlineIn: words('à|a|sur'),
    streetWords: words(
      'rue|avenue|av.|boulevard|bd|chemin|place|allée|impasse|route|quai|cours|square|rond-point|zone artisanale|za|zi',
    ),
    townParticles: words('du|de|des|la|le|les|sur|en|aux'),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    // "Recrutement d'un-une Délégué-e …": a recruitment notice's head before the role.
    wantedHeads: words(
      "on recherche|recrutement d'un|recrutement d'une|recrutement d'un-une|recrutement d'un·e|recrutement d'un(e)",
    ),
    wantedTails: words('recherché|recherchée|recherché(e)'),
    wantedFor: words('pour'),
    // "… - Contrat « Convention Premier Emploi (CPE) »": the contract after a dash, no part of the role.
    titleDecorations: words(
      "urgent|basé à|poste basé à|h/f urgent|prime de|offre d'emploi|contrat",
    ),
    titlePageNouns: words('fiche de poste'),
    titleJobNouns: [],
    confidential: words(
      'confidentiel|confidentielle|entreprise confidentielle|non communiqué|anonyme|' +
        // An employer who stays unnamed: "Entreprise de services", "Société de prestation de services".
        'entreprise de services|société de services|société de prestation de services',
    ),
    agencyCues: words(
      "notre client|pour le compte de|pour le compte d'un|un de nos clients|l'un de nos clients|mon client",
    ),
    aboutWords: words('à propos de|a propos de|qui sommes-nous|travailler chez|pourquoi rejoindre'),
    aboutArticles: words("la|le|les|l'|l’"),
    employerIntro: words(
      // "Rejoignez l'équipe du Groupe Acme", "au sein du Groupe Acme": the article glued to "de".
      "chez|rejoindre|rejoignez|rejoins|l'équipe|la famille|la marque|l'équipe de|l'équipe du|l’équipe de|" +
        'l’équipe du|au sein de|au sein du',
    ),
    roleAs: words('en tant que|comme'),
    roleAtPreps: words('chez'),
    contactWords: words('contact|votre contact|interlocuteur|interlocutrice'),
    employerAt: words('chez'),
    weWords: words('nous|notre|nos|on'),
    employerArticles: words(''),
    formArticles: words("la société|l'entreprise|chez|la|le|rejoindre|pour"),
    siteNouns: words('école|collège|lycée|hôpital|clinique|crèche|université|ehpad'),
    departmentWords: words(
      'cuisine|événements|évènements|finances|finance|marketing|ventes|opérations|administration|ingénierie|logistique|restauration|entretien|service à la clientèle|service client|ressources humaines|informatique|juridique|achats|production|entrepôt|comptabilité|hébergement|qualité',
    ),
    employerUnits: words('division|unité|pôle|branche|agence'),
    departmentLabels: words('ministère|département|direction'),
    // "OFFRE n° 7160A": the number sign after the offer's noun.
    refLabels: words('id|réf|réf.|référence|n°|nº|numéro'),
    employerNouns: words(''),
    ofWords: words("de|du|des|d'"),
    // An adverb of time opening the hiring sentence ("Siempre buscamos", "Derzeit suchen wir"): no name.
    notEmployers: words(
      "vous|nous|moi|toi|soi|toujours|actuellement|aujourd'hui|désormais|également",
    ),
    youWords: words('vous|tu'),
    possessives: [],
    institutions: words("Université de|Université d'|Université|École nationale|Institut"),
    buildings: words('immeuble|bâtiment|tour|centre|campus|hôpital|maison'),
    subjectVerbs: words(
      'est|édite|développe|conçoit|propose|accompagne|fabrique|produit|aide|crée|exploite|distribue|en partenariat avec',
    ),
    equalOpportunity: words(
      "est un employeur garantissant l'égalité des chances|est un employeur qui garantit l'égalité des chances|est un employeur respectueux de l'égalité des chances|est un employeur handi-accueillant",
    ),
    selfIntroAt: words('Chez'),
    subjectFillers: words('nous'),
    subjectAsides: words('filiale de|filiale du|membre de|membre du|partie de'),
    subjectSince: words('Depuis|Fondée en|Fondé en|Créée en|Créé en'),
    subjectAt: words('Chez'),
    weAt: words('Chez'),
    weAtName: words('Nous, chez|Nous chez'),
    youVerbs: words('vous trouverez|tu trouveras'),
    weVerbs: words('développons|construisons|aidons'),
    wePronouns: words('nous'),
    weNameArticles: words('les|le|la'),
    weAre: words('nous sommes'),
    weAreArticles: words('la|le|les'),
    weAreKinds: words('un|une'),
    nameLeads: words('du|des'),
    notSubject: words('Il|Elle|Nous|Vous|On|Je|Notre|Nos|Votre|Vos|Équipe'),
    notCompany: words(
      'gouvernement|le gouvernement|' +
        "nous|vous|le poste|ce poste|la mission|l'équipe|l'entreprise|la société|l'offre|" +
        "l'opportunité|notre entreprise|notre équipe|votre rôle|le rôle|toi|" +
        // "À propos du projet": the project staffed, not an employer.
        'le projet|du projet|ce projet|notre projet|le produit',
    ),
    // A record's field value under the title ("Horaire", "Salaire : …") names no employer.
    notNameStart: words(
      'Horaire|Horaires|Salaire|Rémunération|Contrat|Poste|Lieu|Permanent|Temporaire|Offres|Carrières|Recrutement|Avantages|Candidature',
    ),
    placeAt: words('à|en'),
    seatAfter: [],
    nameSmallWords: [],
    welcomeTails: words('bienvenue|bienvenus|bienvenues|bienvenu(e)s|bienvenu·e·s'),
    placeEndings: words('ville|court|mont'),
    studiedAt: words('diplôme'),
    listAnd: words('et'),
    listOr: words('ou|et/ou'),
    placeOfHeads: words(''),
    leadCommitments: [],
    leadVerbs: [],
    genderMarks: words('h/f|f/h|h/m'),
    genderWords: [],
    // "Éducateur·trice", "Infirmier·ère": the feminine ending written after the point.
    genderEndings: words('trice|rice|ère|se|fe|ne|e'),
    companyNouns: words('entreprise'),
    townNameNouns: [],
    confidentialNouns: [],
    cityFields: words('ville|commune'),
    regionFields: words('région|département|province'),
    countryFields: words('pays'),
    cityStates: words('Singapour|Hong Kong|Monaco|Macao'),
    siteWords: words('campus|site|siège|usine'),
    islandWords: words("île de|l'île de|île d'|l'île d'"),
    islandNotNames: words('Groupe|Holding|Hôtel|Fondation'),
    townLinks: words('sur|en|lès'),
    officeNouns: words(
      'bureau|bureaux|locaux|agence|agences|site|sites|magasin|usine|entrepôt|établissement|boutique|restaurant|hôtel|clinique|succursale',
    ),
    officeWords: words(
      "siège|siège social|siège de l'entreprise|bureau principal|bureaux centraux",
    ),
    jobBasedIn: words('sera basé à|sera basée à|poste est basé à|poste est basé sur'),
    ourWords: words("notre|nos|l'un de nos"),
    basedIn: words(
      'en présentiel à|sur site à|basé à|basée à|situé à|située à|poste basé à|poste situé à|habiter|habitez|résider à|bureaux à|locaux à|agence de|agence à|' +
        // "Votre lieu de travail est à Lévis", "Lieu de travail à Longueuil".
        'votre lieu de travail est à|votre lieu de travail sera à|ton lieu de travail est à|lieu de travail à|' +
        // "On recherche un secrétaire freelance sur Annecy", "un poste en CDI sur Lyon".
        'sur',
    ),
    jobOpenIn: [],
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('ou|et/ou|ou bien|voire'),
    oneOf: words("l'un des|l'une des|au moins un des|au moins une des|au moins l'un des|soit"),
    dutyHeadings: words(
      'missions|vos missions|mission|votre mission|principales missions|' +
        'vos principales missions|responsabilités|vos responsabilités|ce que vous ferez|' +
        'ce que tu feras|votre rôle|ton rôle|le poste|vos activités|activités|tes missions|' +
        'au quotidien|vos tâches|tâches|description des missions',
    ),
    dutyCues: words(
      'vous utiliserez|tu utiliseras|vous travaillerez avec|tu travailleras avec|' +
        'vous serez en charge|tu seras en charge|vous serez responsable|tu seras responsable|' +
        'vous développerez|tu développeras|vous gérerez|tu géreras|vous aurez pour mission|' +
        'tu auras pour mission|nous sommes experts|nous sommes spécialisés|nous utilisons|nous travaillons avec',
    ),
    notTools: words('vite|teams'),
    compoundNouns: [],
    unitNouns: [],
    unitOwners: [],
    ownBodies: words(
      'service|bureau|département|direction|agence|ministère|commission|conseil|programme|office|secrétariat|administration|autorité',
    ),
    ownRoles: words(
      'responsable|chargé|chargée|chef|ingénieur|ingénieure|gestionnaire|consultant|' +
        'consultante|technicien|technicienne|conseiller|conseillère|directeur|directrice|' +
        'assistant|assistante|développeur|développeuse',
    ),
    nameJoiners: words("de|du|des|la|le|et|pour|d'"),
    foundVia: words('via'),
    profileBefore: words('votre|ton|vos|tes|profil|lien vers|lien vers votre|compte'),
    profileAfter: words('profil|compte|lien'),
    hiringSteps: words(
      'entretien en visio|entretien via|entretien par visio|entretien vidéo|entretiens via',
    ),
    consent: words(
      'consentement au traitement|consentement pour le traitement|traitement de vos données personnelles',
    ),
    forbidden: words(
      "est interdit|est interdite|sont interdits|sont interdites|n'est pas autorisé|n'est pas autorisée|est proscrit",
    ),
    toolCues: words(
      'avancé|avancée|maîtrise|maîtriser|maitrise|connaissance|connaissances|compétences|langage|langages|outils|logiciels|développement|expérience|programmation|maîtrisez',
    ),
  },
};
