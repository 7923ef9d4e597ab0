import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** French words around a degree name (`kinds/education.ts`). */
export const frEducationCues: EducationCueWords = {
  // "BUT GEII", "BUT Informatique": the bachelor's speciality after the name.
  shortAfter: words('en|ou|et|geii|gmp|gea|mmi|qlio|gim|gccd|info|informatique|génie'),
  shortBefore: words(
    "titulaire d'un|titulaire d’un|titulaire du|diplômé d'un|diplômé d’un|diplômée d'un|diplômée d’un|diplômé(e) d'un|diplômé(e) d’un",
  ),
  ambiguousShort: words('BUT'),
  tradeSuffixes: words('eur|euse|ier|ière|iste|ien|ienne|trice'),
  notTrades: words(
    'leur|meilleur|premier|première|dernier|dernière|supérieur|intérieur|extérieur|entier|particulier|chantier|métier|carrière|secteur|terrain|nouveau|haute|hauteur|dossier|dossiers',
  ),
  or: words('ou'),
  andOr: [],
  orAny: [],
  articles: words('un|une'),
  equivalentNouns: [],
  relatedSubjects: [],
  degreeNouns: [],
  fieldDegreeNouns: words('diplôme'),
  fieldPrepositions: words('en|de'),
  bareDegreeAfter: words('en'),
  bareDegreeBefore: [],
  verbLevels: [],
  verbObjects: [],
  nounAfter: [],
  degreeFollowers: words(
    'en|de|d|ou|et|spécialisé|spécialisée|professionnel|recherche|universitaire|diplôme',
  ),
  similar: words('équivalent|similaire|connexe'),
  withWords: words('avec'),
  atLeast: words('au moins'),
  pathYears: words('ans'),
  pathWith: [],
  // "Build Master": a role in software delivery, not the degree.
  taughtBefore: words('build'),
  peopleAfter: [],
  peopleAfterWhole: [],
  plainLevelAfter: [],
  levelAskedBefore: [],
  levelAskedAfter: [],
  ownPrepositions: words("en|de|d'"),
  tailShort: [],
  courseGraduates: [],
  courseNouns: [],
};
