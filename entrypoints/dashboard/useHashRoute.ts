import { useEffect, useState } from 'react';
import { parseHash, type Route } from '@/components/dashboard/route';

/** The current route, following `hashchange` (links, back/forward, the popup's deep links). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
