import type { Profile } from '../schema';
import { profileFromResumeText } from './from-resume';
import { looksLikeResume } from './looks-like-resume';
import { type ReadOptions, ResumeFileError, readResumeFile } from './read-file';

export { profileFromResumeText } from './from-resume';
export { looksLikeResume } from './looks-like-resume';
export { MAX_RESUME_BYTES, type ReadOptions, ResumeFileError, readResumeFile } from './read-file';

/** A prefill to review, or why there is none; nothing is saved either way. */
export type PrefillResult =
  | { ok: true; profile: Profile; found: string[] }
  | { ok: false; reason: string };

/** Pasted résumé text → a profile to review. */
export function prefillFromText(text: string, now: Date = new Date()): PrefillResult {
  const check = looksLikeResume(text, now);
  if (!check.ok) return check;
  const { profile, found } = profileFromResumeText(text, now);
  if (found.length === 0) {
    return {
      ok: false,
      reason: 'Nothing could be read from this résumé: fill in the profile by hand.',
    };
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
    if (error instanceof ResumeFileError) return { ok: false, reason: error.message };
    throw error;
  }
}
