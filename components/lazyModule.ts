import { useEffect, useState } from 'react';

/**
 * A module the first screen does without, loaded once when asked (`load`) and rendered by the
 * component that needs it as soon as it is in (`useLazyModule`). Not React.lazy: Suspense would
 * hold what already shows for up to 300 ms, and here nothing else waits for the module.
 */
export interface LazyModule<M> {
  /** The module if it has loaded, else null. */
  current(): M | null;
  /** Starts loading it (once) and resolves with it. */
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | undefined;
  return {
    current: () => loaded,
    load() {
      loading ??= importer().then((m) => {
        loaded = m;
        return m;
      });
      return loading;
    },
  };
}

/**
 * The module once loaded, null before; starts loading it when `wanted`. A component that
 * renders after the module loaded gets it on its first render.
 */
export function useLazyModule<M>(lazy: LazyModule<M>, wanted: boolean): M | null {
  const [module, setModule] = useState<M | null>(() => lazy.current());
  useEffect(() => {
    if (module || !wanted) return;
    let live = true;
    lazy.load().then((m) => {
      if (live) setModule(() => m);
    });
    return () => {
      live = false;
    };
  }, [lazy, module, wanted]);
  return module ?? lazy.current();
}
