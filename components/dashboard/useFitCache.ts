import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getProfile } from '@/lib/db';
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
export function useFitCache(): FitCache | null {
  const profile = useLiveQuery(profileOrNull, []);
  return useMemo(() => (profile ? createFitCache(profile) : null), [profile]);
}
