import { FIT_SCORE_TEXT } from '@/components/text';

/** The one way a fit score is written, on the popup, the board, the table and the posting page. */
export function scoreText(score: number | null): string {
  return score === null ? FIT_SCORE_TEXT.notScored : FIT_SCORE_TEXT.score(score);
}

/** The tone of a score: green from 75, amber from 50, red below. */
export function scoreTone(score: number): 'met' | 'partial' | 'unmet' {
  return score >= 75 ? 'met' : score >= 50 ? 'partial' : 'unmet';
}
