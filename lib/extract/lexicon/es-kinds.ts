import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** Spanish words around a degree name (`kinds/education.ts`). */
export const esEducationCues: EducationCueWords = {
  shortAfter: words('o|y'),
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
  similar: words('equivalente|afín|afines'),
  withWords: words('con'),
  atLeast: words('al menos'),
  pathYears: words('años'),
  pathWith: [],
  taughtBefore: [],
  peopleAfter: [],
  peopleAfterWhole: [],
  ownPrepositions: words('en|de'),
  tailShort: [],
};
