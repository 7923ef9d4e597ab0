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
 * The fit engine, loaded once `ready` (the page's rows are painted): it carries the skill
 * dictionary, the largest part of the dashboard's code, so rows never wait for it.
 */
function useCheckFit(ready: boolean): CheckFit | null {
  const [check, setCheck] = useState<CheckFit | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    // The effect runs after the commit; the next frame is after the paint.
    const frame = requestAnimationFrame(() => {
      loading ??= import('@/lib/fit').then((m) => m.checkFit);
      loading.then((fn) => live && setCheck(() => fn));
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [ready]);
  return check;
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
