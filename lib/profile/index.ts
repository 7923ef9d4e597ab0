import type { Profile } from '../schema';
import { profileFromResumeText } from './from-resume';
import { looksLikeResume } from './looks-like-resume';
import { type ReadOptions, ResumeFileError, readResumeFile } from './read-file';
import type { PrefillProblem, PrefillStep } from './steps';

export { profileFromResumeText } from './from-resume';
export { looksLikeResume } from './looks-like-resume';
export { MAX_RESUME_BYTES, type ReadOptions, ResumeFileError, readResumeFile } from './read-file';
export type { PrefillProblem, PrefillStep } from './steps';

/** A prefill to review, or why there is none; nothing is saved either way. */
export type PrefillResult =
  | { ok: true; profile: Profile; found: PrefillStep[] }
  | { ok: false; reason: PrefillProblem };

/** Pasted résumé text → a profile to review. */
export function prefillFromText(text: string, now: Date = new Date()): PrefillResult {
  const check = looksLikeResume(text, now);
  if (!check.ok) return check;
  const { profile, found } = profileFromResumeText(text, now);
  if (found.length === 0) {
    return { ok: false, reason: 'nothingRead' };
  }
  return { ok: true, profile, found };
}

/** An opened PDF, DOCX or text file → a profile to review. */
export async function prefillFromFile(
  name: string,
  data: ArrayBuffer,
  options: ReadOptions = {},
  now: Date = new Date(),
): Promise<PrefillResult> {
  try {
    return prefillFromText(await readResumeFile(name, data, options), now);
  } catch (error) {
    if (error instanceof ResumeFileError) return { ok: false, reason: error.code };
    throw error;
  }
}
