/** The dashboard's pages, addressed by the URL hash so the popup can link straight to a posting. */
export type Route =
  | { page: 'board' }
  | { page: 'table' }
  | { page: 'posting'; jobKey: string }
  | { page: 'profile' }
  | { page: 'settings' }
  | { page: 'insights' }
  /** A job typed in by hand. */
  | { page: 'add' };

const SIMPLE = ['board', 'table', 'profile', 'settings', 'insights', 'add'] as const;
type SimplePage = (typeof SIMPLE)[number];

function isSimple(value: string): value is SimplePage {
  return (SIMPLE as readonly string[]).includes(value);
}

/** `#/posting/<encodeURIComponent(jobKey)>` and `#/board` etc.; anything else shows the board. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const slash = path.indexOf('/');
  const head = slash === -1 ? path : path.slice(0, slash);
  if (head === 'posting' && slash !== -1) {
    try {
      const jobKey = decodeURIComponent(path.slice(slash + 1));
      if (jobKey) return { page: 'posting', jobKey };
    } catch {
      // A malformed escape in a hand-edited URL: fall through to the board.
    }
  }
  if (isSimple(head) && slash === -1) return { page: head };
  return { page: 'board' };
}

export function routeHref(route: Route): string {
  return route.page === 'posting'
    ? `#/posting/${encodeURIComponent(route.jobKey)}`
    : `#/${route.page}`;
}
