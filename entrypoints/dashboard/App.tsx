import { lazy, Suspense } from 'react';
import { AppNav } from '@/components/dashboard/AppNav';
import { BoardPage } from '@/components/dashboard/BoardPage';
import { ErrorBoundary } from '@/components/dashboard/ErrorBoundary';
import { LiveRegion } from '@/components/dashboard/LiveRegion';
import { PlatformContext } from '@/components/dashboard/PlatformContext';
import type { Route } from '@/components/dashboard/route';
import { TablePage } from '@/components/dashboard/TablePage';
import { ThemeSelect } from '@/components/dashboard/ThemeSelect';
import { APP_TEXT, COMMON_TEXT } from '@/components/text';
import { platform } from './platform';
import { useHashRoute } from './useHashRoute';
import { useTheme } from './useTheme';

// The board and the table load with the page; every other page loads when it is opened, so the
// tracker's first paint never waits for the charts library, the résumé readers or import/export.
const InsightsPage = lazy(() =>
  import('@/components/dashboard/InsightsPage').then((m) => ({ default: m.InsightsPage })),
);
const PostingPage = lazy(() =>
  import('@/components/dashboard/PostingPage').then((m) => ({ default: m.PostingPage })),
);
const AddJobPage = lazy(() =>
  import('@/components/dashboard/AddJobPage').then((m) => ({ default: m.AddJobPage })),
);
const ProfilePage = lazy(() =>
  import('@/components/dashboard/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const SettingsPage = lazy(() =>
  import('@/components/dashboard/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'board':
      return <BoardPage />;
    case 'table':
      return <TablePage />;
    case 'posting':
      return <PostingPage key={route.jobKey} jobKey={route.jobKey} />;
    case 'profile':
      return <ProfilePage />;
    case 'settings':
      return <SettingsPage />;
    case 'add':
      return <AddJobPage />;
    case 'insights':
      return (
        <Suspense fallback={<p>{APP_TEXT.loadingCharts}</p>}>
          <InsightsPage />
        </Suspense>
      );
  }
}

export function App() {
  const route = useHashRoute();
  useTheme();
  return (
    <PlatformContext value={platform}>
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {APP_TEXT.skipToContent}
      </button>
      <header className="app-header">
        <p className="brand">{APP_TEXT.brand}</p>
        <AppNav current={route.page} />
        <span className="header-spacer" />
        <ThemeSelect />
      </header>
      <main id="main" tabIndex={-1}>
        {/* One boundary per page, new with each route: a page that fails leaves the rest usable. */}
        <ErrorBoundary key={route.page === 'posting' ? `posting:${route.jobKey}` : route.page}>
          <Suspense fallback={<p>{COMMON_TEXT.loading}</p>}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <LiveRegion />
    </PlatformContext>
  );
}
