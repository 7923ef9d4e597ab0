import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getProfile } from '@/lib/db';
import { useCheckFit } from '../useCheckFit';
import { createFitCache, type FitCache } from './fitCache';

async function profileOrNull() {
  try {
    return await getProfile();
  } catch {
    // A damaged profile shows no fit here; the Profile page explains what is wrong.
    return null;
  }
}

/** The fit cache for the stored profile; null while loading or when there is no profile. */
export function useFitCache(ready = true): FitCache | null {
  const profile = useLiveQuery(profileOrNull, []);
  const check = useCheckFit(ready);
  return useMemo(
    () => (profile && check ? createFitCache(profile, check) : null),
    [profile, check],
  );
}
