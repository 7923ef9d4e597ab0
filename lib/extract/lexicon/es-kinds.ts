import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** Spanish words around a degree name (`kinds/education.ts`). */
export const esEducationCues: EducationCueWords = {
  shortAfter: words('o|y'),
  shortBefore: words(
    'titulación de|titulación en|título de|titulado en|titulada en|graduado en|graduada en',
  ),
  ambiguousShort: words('FP'),
  tradeSuffixes: words('ero|era|ista|ador|adora'),
  notTrades: [],
  or: words('o'),
  andOr: words('y/o'),
  orAny: [],
  articles: words('un|una'),
  equivalentNouns: [],
  relatedSubjects: [],
  degreeNouns: [],
  fieldDegreeNouns: [],
  fieldPrepositions: words('en el área de'),
  bareDegreeAfter: [],
  bareDegreeBefore: [],
  verbLevels: [],
  verbObjects: [],
  nounAfter: [],
  degreeFollowers: words('en|de|o|y|universitario|oficial'),
  similar: words('equivalente|afín|afines'),
  withWords: words('con'),
  atLeast: words('al menos'),
  pathYears: words('años'),
  pathWith: [],
  // "Conocimiento técnico en desarrollo": technical knowledge, not a technician's diploma.
  taughtBefore: words('conocimiento|conocimientos'),
  peopleAfter: [],
  peopleAfterWhole: [],
  plainLevelAfter: [],
  levelAskedBefore: [],
  levelAskedAfter: [],
  ownPrepositions: words('en|de'),
  tailShort: [],
  courseGraduates: [],
  courseNouns: [],
};
