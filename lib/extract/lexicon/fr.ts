import type { Lexicon } from './types';
import { words } from './words';

/** French. */
export const fr: Lexicon = {
  code: 'fr',
  stopwords: words(
    'le|la|les|et|des|du|un|une|pour|avec|vous|nous|notre|votre|est|sur|dans|au|aux|en|sont|être|qui',
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
    nouns: words('expérience'),
    years: words('ans|an|années|année'),
    months: words('mois'),
    rangeJoins: words('à|et|ou'),
    unitRangeJoins: words("à|jusqu'à"),
    rangeMax: words('maximum|au maximum'),
    orMore: words('ou plus|minimum|au moins|et plus'),
    atLeast: words('au moins|minimum|au minimum|un minimum de'),
    moreThan: words('plus de'),
    upTo: words("jusqu'à|maximum|moins de"),
    trapsAfter: words("d'âge|d'existence|de garantie|de contrat|d'ancienneté|de mission|de cdd"),
    trapsBefore: words(
      'fondée en|fondé en|créée en|créé en|depuis|depuis plus de|fort de|forte de|forts de|fortes de|âgé de|âgée de|âgés de|contrat de|durée de|durée|cdd de|cdd|garantie|cumulant|nous avons',
    ),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'un plus|est un plus|serait un plus|un atout|est un atout|serait un atout|appréciée|apprécié|appréciées|appréciés|souhaitée|souhaité|souhaitées|souhaités|souhaitable|bienvenue|bienvenu|pas obligatoire|non obligatoire|un petit plus|les petits plus|facultatif',
    ),
    leading: words(
      'idéalement|de préférence|serait un plus|un plus serait|les petits plus|petits plus|atouts|atout|vous avez idéalement|ce serait un plus',
    ),
    required: words(
      'obligatoire|exigé|exigée|exigés|exigées|requis|requise|requises|indispensable|indispensables|impératif|impérative|nécessaire',
    ),
    notRequired: words('pas obligatoire|non obligatoire|pas indispensable|pas exigé|pas requis'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('doctorat|bac+8|bac +8|bac + 8|thèse|phd'),
      master: words(
        "master|mastère|bac+5|bac +5|bac + 5|bac+4|bac +4|bac + 4|diplôme d'ingénieur|école d'ingénieur|école d'ingénieurs|école de commerce|grande école|dea|dess",
      ),
      bachelor: words(
        "licence en|licence professionnelle|licence pro|licence d'|bac+3|bac +3|bac + 3|bachelor|diplôme universitaire|diplôme de niveau bac+3|niveau licence",
      ),
      associate: words('bac+2|bac +2|bac + 2|deug|deust'),
      vocational: words(
        "bac pro|bac professionnel|titre professionnel|brevet professionnel|cqp|formation qualifiante|certificat d'aptitude professionnelle",
      ),
      high_school: words('bac|baccalauréat|niveau bac|brevet des collèges'),
    },
    abbreviations: {
      CAP: 'vocational',
      BEP: 'vocational',
      BTS: 'associate',
      DUT: 'associate',
      BUT: 'associate',
    },
    enrolment: words(
      "étudiant en|étudiante en|étudiant·e en|en cours de formation|en fin de cursus|en fin d'études|en cours de cursus|en master|en licence|inscrit en|inscrite en|préparant un|préparant une",
    ),
    equivalent: words(
      'ou équivalent|ou équivalente|ou diplôme équivalent|ou expérience équivalente|ou expérience significative|ou niveau équivalent|ou formation équivalente|équivalent',
    ),
    experienceInstead: words(
      "ou expérience équivalente|expérience équivalente|à défaut d'un diplôme|sans diplôme|autodidacte|autodidactes|ou expérience significative",
    ),
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      "écrit et oral|écrit et parlé|à l'écrit et à l'oral|à l'oral et à l'écrit|oral et écrit|parlé et écrit|lu, écrit, parlé",
    ),
    levels: {
      native: words('langue maternelle|natif|native|de langue maternelle'),
      fluent: words(
        'courant|couramment|parfait|parfaite|parfaitement|excellent|excellente|bilingue|maîtrise|maîtrise de|parfaite maîtrise|excellente maîtrise|très bon|très bonne|très bon niveau|niveau courant|irréprochable',
      ),
      professional: words(
        "professionnel|professionnelle|de niveau professionnel|niveau professionnel|bon|bonne|bon niveau|bonne maîtrise|bonne connaissance|bonnes connaissances|correct|correcte|avancé|avancée|opérationnel|opérationnelle|technique|aisance|à l'aise",
      ),
      basic: words(
        'intermédiaire|niveau moyen|notions|notion|notions de|débutant|scolaire|de base|basique|élémentaire',
      ),
    },
    applyIn: words('cv en|candidature en|lettre de motivation en|rédigé en|rédigée en'),
  },

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
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
