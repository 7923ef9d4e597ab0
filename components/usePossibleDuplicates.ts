import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/db';
import { possibleDuplicates } from '@/lib/db/duplicate-flags';

const NONE: ReadonlySet<string> = new Set();

/**
 * Which of the shown postings look like another stored one, live. `enabled` holds the search back
 * until the list itself is on screen: the mark is a hint, never worth delaying the first paint.
 */
export function usePossibleDuplicates(
  jobKeys: readonly string[],
  enabled = true,
): ReadonlySet<string> {
  const key = jobKeys.join('\n');
  return (
    useLiveQuery(async () => {
      if (!enabled || key === '') return NONE;
      const { dismissedDuplicates } = await getSettings();
      return possibleDuplicates(key.split('\n'), new Set(dismissedDuplicates));
    }, [key, enabled]) ?? NONE
  );
}
