import type { ProfileDraft } from './profileDraft';

/** What each section of the profile form receives. */
export interface DraftSectionProps {
  draft: ProfileDraft;
  update: (patch: Partial<ProfileDraft>) => void;
  /** Validation messages by field path ("experience.0.years"). */
  errors: Record<string, string>;
}

/** The first message for a field or any of its items ("skills" covers "skills.2"). */
export function firstError(errors: Record<string, string>, key: string): string | undefined {
  return Object.entries(errors).find(([path]) => path === key || path.startsWith(`${key}.`))?.[1];
}
