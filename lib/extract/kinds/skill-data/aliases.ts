import { getLexicon } from './dictionary';
import { nameKey } from './tokens';

/**
 * The canonical name of a skill or certification as a profile or a posting writes it ("JS",
 * "Microsoft Excel", "k8s", "Certified ScrumMaster"), or null for a name the lexicon does not know.
 * Case rules are not applied here: a profile typed "excel" still means Excel.
 */
export function canonicalSkill(name: string): string | null {
  const key = nameKey(name.trim());
  if (!key) return null;
  return getLexicon().entries.get(key)?.name ?? null;
}
