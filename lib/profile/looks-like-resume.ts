import { dateRanges } from './dates';
import { resumeLines } from './sections';
import type { PrefillProblem } from './steps';

export type ResumeCheck = { ok: true } | { ok: false; reason: PrefillProblem };

/** Phrases of job postings: a posting has résumé-like headings too ("Experience", "Skills"). */
const POSTING_CUE =
  /\b(?:we(?:'re| are) (?:looking|hiring)|you will|you'll|about the (?:role|job)|what (?:you'll do|we offer)|how to apply|apply now|join (?:our|the) team|equal opportunity employer|nous recherchons|vous (?:serez|rejoindrez)|votre mission|wir suchen|deine aufgaben|dein profil|wir bieten|buscamos|ofrecemos|cerchiamo|offriamo)\b/gi;

const MIN_CHARS = 150;

/** Whether a text reads as a résumé, with the problem's code when it does not. */
export function looksLikeResume(text: string, now: Date = new Date()): ResumeCheck {
  if (text.replace(/\s/g, '').length < MIN_CHARS) {
    return { ok: false, reason: 'almostNoText' };
  }
  const lines = resumeLines(text);
  const sections = new Set(lines.map((l) => l.section).filter((s) => s && s !== 'other'));
  const roles = lines.filter((l) => dateRanges(l.text, now).length > 0).length;
  const cues = text.match(POSTING_CUE)?.length ?? 0;
  if (cues >= 2 && cues > roles) {
    return { ok: false, reason: 'aPosting' };
  }
  if (sections.size >= 2 && roles >= 1) return { ok: true };
  if (sections.size >= 3) return { ok: true };
  return { ok: false, reason: 'notAResume' };
}
