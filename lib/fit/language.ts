import type {
  Cefr,
  FitItem,
  FitRequirement,
  LanguageLevel,
  Profile,
  ProfileLanguageLevel,
} from '../schema';
import { askedLevel } from '../schema/values';

type LanguageReq = Extract<FitRequirement, { kind: 'language' }>;

/**
 * One scale for both vocabularies: basic 1 < professional 2 < fluent 3 < native 4.
 * CEFR as the extraction engine maps it (A1-B1 basic, B2 professional, C1-C2 fluent), with finer
 * steps inside a word: A1 sits below basic, B1 halfway to professional, and C2 (mastery) above
 * fluent but short of native, so "native required" with C2 is partly met.
 */
export const LEVEL_RANK: Record<ProfileLanguageLevel, number> = {
  basic: 1,
  professional: 2,
  fluent: 3,
  native: 4,
  A1: 0.5,
  A2: 1,
  B1: 1.5,
  B2: 2,
  C1: 3,
  C2: 3.5,
};

/** The contract word for a CEFR level (the engine's mapping), for reasons like "B1 (basic)". */
export const CEFR_WORD: Record<Cefr, LanguageLevel> = {
  A1: 'basic',
  A2: 'basic',
  B1: 'basic',
  B2: 'professional',
  C1: 'fluent',
  C2: 'fluent',
};

/**
 * "Partly met": half a step short (B1 for professional), or one step short from a working level
 * up (B2 for fluent, C1 for native). Basic never partly meets professional: A2 is not B2.
 */
function isPartial(rank: number, need: number): boolean {
  return need - rank <= 0.5 || (need - rank <= 1 && rank >= LEVEL_RANK.professional);
}

export function checkLanguage(req: LanguageReq, profile: Profile): FitItem {
  const level: ProfileLanguageLevel | null = req.cefr ?? askedLevel(req);
  const asked = { language: req.language, level };

  const known = profile.languages ?? [];
  if (known.length === 0) {
    return { status: 'unknown', reason: { code: 'language.noProfile', asked } };
  }
  const mine = known.filter((l) => l.language === req.language);
  if (mine.length === 0) return { status: 'unmet', reason: { code: 'language.notListed', asked } };
  const have = mine.reduce((a, b) => (LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b : a)).level;
  // With no level stated postings mean a working (professional) level; any lower one is partial.
  const need = LEVEL_RANK[level ?? 'professional'];
  const rank = LEVEL_RANK[have];
  if (rank >= need) return { status: 'met', reason: { code: 'language.enough', asked, have } };
  if (level === null) {
    return { status: 'partial', reason: { code: 'language.unsaid', asked, have } };
  }
  if (isPartial(rank, need)) {
    return { status: 'partial', reason: { code: 'language.close', asked, have } };
  }
  return { status: 'unmet', reason: { code: 'language.below', asked, have } };
}
