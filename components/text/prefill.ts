import type { PrefillProblem, PrefillStep } from '@/lib/profile/steps';
import type { EducationLevel } from '@/lib/schema';
import { languageName, list, num } from './words';

/** The résumé prefill's words: each step it shows for review, and why a file gave nothing. */

export const PREFILL_PROBLEMS: Record<PrefillProblem, string> = {
  almostNoText:
    'This file has almost no text (a scanned image?). Open a résumé with selectable text, or paste its text.',
  aPosting: 'This looks like a job posting, not a résumé.',
  notAResume:
    'This does not look like a résumé: no sections such as Experience, Education or Skills with dates of roles were found.',
  nothingRead: 'Nothing could be read from this résumé: fill in the profile by hand.',
  empty: 'This file is empty.',
  tooLarge: 'This file is over 10 MB: a résumé is usually far smaller.',
  pdfPassword: 'This PDF is password-protected: remove the password and retry.',
  pdfDamaged: 'This PDF could not be read: the file is damaged or not a PDF.',
  docxDamaged: 'This DOCX could not be read: the file is damaged or not a Word document.',
  notUtf8: 'This text file is not UTF-8 text.',
  oldWord: 'Old Word (.doc) files cannot be read: save it as DOCX or PDF.',
  unknownType: 'Open a PDF, DOCX or plain-text résumé.',
};

const DEGREE: Record<EducationLevel, string> = {
  high_school: 'secondary school',
  vocational: 'vocational qualification',
  associate: 'associate degree',
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

const years = (n: number) => `${num(n)} ${n === 1 ? 'year' : 'years'}`;

type Templates = { [C in PrefillStep['code']]: (s: Extract<PrefillStep, { code: C }>) => string };

const STEPS: Templates = {
  total: (s) =>
    `${years(s.years)} of experience in total, from the dates of ${s.roles} ${s.roles === 1 ? 'role' : 'roles'}`,
  field: (s) =>
    s.field === null
      ? `${years(s.years)} in roles without a title: their field is not filled in, add it under Experience`
      : `${s.field}: ${years(s.years)} (${s.titles.join(', ')})`,
  languages: (s) =>
    `languages: ${s.languages
      .map(
        (l) =>
          `${languageName(l.language)} (${l.level ?? `${s.assumed}: no level given, check it`})`,
      )
      .join(', ')}`,
  education: (s) => `education: ${DEGREE[s.level]}${s.field ? ` in ${s.field}` : ''}`,
  skills: (s) => `${s.count} ${s.count === 1 ? 'skill' : 'skills'}`,
  certifications: (s) => `certifications: ${list(s.names)}`,
  location: (s) => `location: ${s.place}`,
};

/** One step of a résumé prefill as the review lists it. */
export function prefillStep(step: PrefillStep): string {
  return (STEPS[step.code] as (s: PrefillStep) => string)(step);
}
