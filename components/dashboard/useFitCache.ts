import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { getProfile } from '@/lib/db';
import { type CheckFit, createFitCache, type FitCache } from './fitCache';

async function profileOrNull() {
  try {
    return await getProfile();
  } catch {
    // A damaged profile shows no fit here; the Profile page explains what is wrong.
    return null;
  }
}

let loading: Promise<CheckFit> | null = null;

/**
 * The fit engine, loaded after the first paint: it carries the skill dictionary, the largest part
 * of the dashboard's code, and the board and table show their rows without waiting for it.
 */
function useCheckFit(): CheckFit | null {
  const [check, setCheck] = useState<CheckFit | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= import('@/lib/fit').then((m) => m.checkFit);
    loading.then((fn) => live && setCheck(() => fn));
    return () => {
      live = false;
    };
  }, []);
  return check;
}

/** The fit cache for the stored profile; null while loading or when there is no profile. */
export function useFitCache(): FitCache | null {
  const profile = useLiveQuery(profileOrNull, []);
  const check = useCheckFit();
  return useMemo(
    () => (profile && check ? createFitCache(profile, check) : null),
    [profile, check],
  );
}
