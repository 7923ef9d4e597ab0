import { scoreText, scoreTone } from '../scoreText';

/** A posting's overall fit score; "Fit not scored" when none of its required items could be judged. */
export function FitScore({ score }: { score: number | null }) {
  if (score === null) return <span className="fit-score muted">{scoreText(null)}</span>;
  return <span className={`fit-badge fit-${scoreTone(score)} fit-score`}>{scoreText(score)}</span>;
}
