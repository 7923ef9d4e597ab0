import type { EducationLevel, ProfileLanguageLevel } from '../schema';

/**
 * What a résumé prefill found, step by step, and why one gave nothing, as data: the review screen
 * writes them through the message catalogue (components/text/prefill.ts).
 */
export type PrefillStep =
  /** The total, from the dates of `roles` roles. */
  | { code: 'total'; years: number; roles: number }
  /**
   * One field of work, its years and the titles it was read from; a null field (and no titles) for
   * roles whose title was not found: their years are in the total, their field is for the user.
   */
  | { code: 'field'; field: string | null; years: number; titles: string[] }
  /** Languages; a null level was not given and is prefilled as `assumed`. */
  | {
      code: 'languages';
      languages: { language: string; level: ProfileLanguageLevel | null }[];
      assumed: ProfileLanguageLevel;
    }
  | { code: 'education'; level: EducationLevel; field: string | null }
  | { code: 'skills'; count: number }
  | { code: 'certifications'; names: string[] }
  | { code: 'location'; place: string };

/** Why a file or a text gave no profile to review. */
export type PrefillProblem =
  | 'almostNoText'
  | 'aPosting'
  | 'notAResume'
  | 'nothingRead'
  | 'empty'
  | 'tooLarge'
  | 'pdfPassword'
  | 'pdfDamaged'
  | 'docxDamaged'
  | 'notUtf8'
  | 'oldWord'
  | 'unknownType';
