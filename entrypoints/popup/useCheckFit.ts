import { useEffect, useState } from 'react';

type CheckFit = typeof import('@/lib/fit').checkFit;

let loading: Promise<CheckFit> | null = null;

/**
 * The fit engine, loaded after the first render: it carries the skill dictionary (a large share of
 * the popup's code), and the posting itself should not wait for it. Null until it has loaded.
 */
export function useCheckFit(): CheckFit | null {
  const [checkFit, setCheckFit] = useState<CheckFit | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= import('@/lib/fit').then((m) => m.checkFit);
    loading.then((fn) => live && setCheckFit(() => fn));
    return () => {
      live = false;
    };
  }, []);
  return checkFit;
}
