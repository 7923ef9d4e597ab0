import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** Italian words around a degree name (`kinds/education.ts`). */
export const itEducationCues: EducationCueWords = {
  shortAfter: words('o|e'),
  ambiguousShort: words('ITI|ITS'),
  tradeSuffixes: words('ilo|olo|ila|ola|aio|aia|tore|trice|ista|ero|era'),
  notTrades: [],
  or: words('o'),
  andOr: words('e/o'),
  orAny: [],
  articles: words('un|una'),
  equivalentNouns: [],
  relatedSubjects: [],
  degreeNouns: [],
  fieldDegreeNouns: [],
  fieldPrepositions: words('in materia di'),
  bareDegreeAfter: [],
  bareDegreeBefore: [],
  verbLevels: [],
  verbObjects: [],
  nounAfter: [],
  similar: words('equivalente|affine|equipollente'),
  withWords: words('con'),
  atLeast: words('almeno'),
  pathYears: words('anni'),
  pathWith: [],
  taughtBefore: [],
  peopleAfter: [],
  peopleAfterWhole: [],
  ownPrepositions: words('in'),
  tailShort: [],
};
