import { dateRanges } from './dates';
import { resumeLines } from './sections';

export type ResumeCheck = { ok: true } | { ok: false; reason: string };

/** Phrases of job postings: a posting has résumé-like headings too ("Experience", "Skills"). */
const POSTING_CUE =
  /\b(?:we(?:'re| are) (?:looking|hiring)|you will|you'll|about the (?:role|job)|what (?:you'll do|we offer)|how to apply|apply now|join (?:our|the) team|equal opportunity employer|nous recherchons|vous (?:serez|rejoindrez)|votre mission|wir suchen|deine aufgaben|dein profil|wir bieten|buscamos|ofrecemos|cerchiamo|offriamo)\b/gi;

const MIN_CHARS = 150;

/** Whether a text reads as a résumé, with a message for the user when it does not. */
export function looksLikeResume(text: string, now: Date = new Date()): ResumeCheck {
  if (text.replace(/\s/g, '').length < MIN_CHARS) {
    return {
      ok: false,
      reason:
        'This file has almost no text (a scanned image?). Open a résumé with selectable text, or paste its text.',
    };
  }
  const lines = resumeLines(text);
  const sections = new Set(lines.map((l) => l.section).filter((s) => s && s !== 'other'));
  const roles = lines.filter((l) => dateRanges(l.text, now).length > 0).length;
  const cues = text.match(POSTING_CUE)?.length ?? 0;
  if (cues >= 2 && cues > roles) {
    return { ok: false, reason: 'This looks like a job posting, not a résumé.' };
  }
  if (sections.size >= 2 && roles >= 1) return { ok: true };
  if (sections.size >= 3) return { ok: true };
  return {
    ok: false,
    reason:
      'This does not look like a résumé: no sections such as Experience, Education or Skills with dates of roles were found.',
  };
}
