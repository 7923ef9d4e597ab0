import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** Dutch words around a degree name (`kinds/education.ts`). */
export const nlEducationCues: EducationCueWords = {
  shortAfter: [],
  ambiguousShort: words('WO'),
  tradeSuffixes: [],
  notTrades: [],
  or: words('of'),
  andOr: words('en/of'),
  orAny: [],
  articles: [],
  equivalentNouns: [],
  relatedSubjects: [],
  degreeNouns: [],
  fieldDegreeNouns: [],
  fieldPrepositions: words('op het gebied van'),
  bareDegreeAfter: [],
  bareDegreeBefore: [],
  similar: words('gelijkwaardig'),
  withWords: words('met'),
  atLeast: [],
  pathYears: [],
  pathWith: [],
  taughtBefore: [],
  peopleAfter: [],
  peopleAfterWhole: [],
  tailShort: [],
};
