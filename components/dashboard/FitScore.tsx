/** A posting's overall fit score; "No fit yet" when none of its required items could be judged. */
export function FitScore({ score }: { score: number | null }) {
  if (score === null) return <span className="fit-score muted">Fit: unknown</span>;
  const tone = score >= 75 ? 'met' : score >= 50 ? 'partial' : 'unmet';
  return <span className={`fit-badge fit-${tone} fit-score`}>Fit {score}%</span>;
}
