import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** Dutch words around a degree name (`kinds/education.ts`). */
export const nlEducationCues: EducationCueWords = {
  shortAfter: words('of|en|werk|werk-|denkniveau|niveau|diploma|opleiding'),
  ambiguousShort: words('WO'),
  tradeSuffixes: [],
  notTrades: [],
  or: words('of'),
  andOr: words('en/of'),
  orAny: [],
  articles: words('een'),
  equivalentNouns: [],
  relatedSubjects: [],
  degreeNouns: [],
  fieldDegreeNouns: [],
  fieldPrepositions: words('op het gebied van'),
  bareDegreeAfter: [],
  bareDegreeBefore: [],
  verbLevels: [],
  verbObjects: [],
  nounAfter: [],
  similar: words('gelijkwaardig|vergelijkbaar|verwant'),
  withWords: words('met'),
  atLeast: words('minstens|ten minste'),
  pathYears: words('jaar'),
  pathWith: [],
  taughtBefore: [],
  peopleAfter: [],
  peopleAfterWhole: [],
  ownPrepositions: [],
  tailShort: [],
};
