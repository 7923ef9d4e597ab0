import type { Route } from '@/entrypoints/dashboard/route';

const LINKS: { page: Route['page']; label: string }[] = [
  { page: 'board', label: 'Board' },
  { page: 'table', label: 'Table' },
  { page: 'insights', label: 'Insights' },
  { page: 'profile', label: 'Profile' },
  { page: 'settings', label: 'Settings' },
  { page: 'add', label: 'Add a job' },
];

export function AppNav({ current }: { current: Route['page'] }) {
  return (
    <nav className="app-nav" aria-label="Dashboard">
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
