import type { EducationCueWords } from './types-kinds';
import { words } from './words';

/** Portuguese words around a degree name (`kinds/education.ts`). */
export const ptEducationCues: EducationCueWords = {
  shortAfter: words('ou|e'),
  ambiguousShort: [],
  tradeSuffixes: words('ador|adora|ista'),
  notTrades: [],
  or: words('ou'),
  andOr: words('e/ou'),
  orAny: [],
  articles: words('um|uma'),
  equivalentNouns: [],
  relatedSubjects: [],
  degreeNouns: [],
  fieldDegreeNouns: [],
  fieldPrepositions: words('em'),
  bareDegreeAfter: [],
  bareDegreeBefore: [],
  // "Área e especialização profissional": a form's field of trade, no postgraduate course.
  verbLevels: words('especialização'),
  verbObjects: [],
  nounAfter: words('profissional'),
  degreeFollowers: words('em|de|ou|e|acadêmico|profissional'),
  similar: words('equivalente|afim|afins'),
  withWords: words('com'),
  atLeast: words('pelo menos'),
  pathYears: words('anos'),
  pathWith: [],
  taughtBefore: [],
  peopleAfter: [],
  peopleAfterWhole: words('contínua|continua|contínuas|continuas'),
  levelAskedBefore: [],
  levelAskedAfter: [],
  ownPrepositions: words('em|de'),
  tailShort: [],
};
