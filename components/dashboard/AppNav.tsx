import type { Route } from '@/components/dashboard/route';
import { NAV_TEXT as T } from '@/components/text';

const LINKS: { page: Route['page']; label: string }[] = [
  { page: 'board', label: T.board },
  { page: 'table', label: T.table },
  { page: 'insights', label: T.insights },
  { page: 'profile', label: T.profile },
  { page: 'settings', label: T.settings },
  { page: 'add', label: T.add },
];

export function AppNav({ current }: { current: Route['page'] }) {
  return (
    <nav className="app-nav" aria-label={T.label}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.page}>
            <a href={`#/${link.page}`} aria-current={current === link.page ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
