import { useEffect, useState } from 'react';

type CheckFit = typeof import('@/lib/fit').checkFit;

let loading: Promise<CheckFit> | null = null;

/**
 * The fit engine, loaded once the page has painted its content (`ready`): it carries the skill
 * dictionary (a large share of the popup's and the dashboard's code), and reading it must not hold
 * up the posting or the rows. Null until it has loaded; loaded once per page.
 */
export function useCheckFit(ready: boolean): CheckFit | null {
  const [checkFit, setCheckFit] = useState<CheckFit | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    // The effect runs after the commit; the next frame is after the paint.
    const frame = requestAnimationFrame(() => {
      loading ??= import('@/lib/fit').then((m) => m.checkFit);
      loading.then((fn) => live && setCheckFit(() => fn));
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [ready]);
  return checkFit;
}
