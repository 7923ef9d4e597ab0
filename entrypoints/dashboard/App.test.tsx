// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyst, seed } from '@/components/dashboard/fixtures';
import { routeHref } from '@/components/dashboard/route';
import { db } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { App } from './App';

// The dashboard loads the fit engine lazily after its first paint; load it up front so that import
// never lands after a test's environment is torn down.
beforeAll(async () => {
  await import('@/lib/fit');
});

beforeEach(async () => {
  await freshDb();
  window.location.hash = '';
});
afterEach(cleanup);

describe('dashboard App', () => {
  it('has a skip link, a labelled navigation and one main landmark', async () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Board', 'Table', 'Insights', 'Profile', 'Settings', 'Add a job']);
    expect(within(nav).getByRole('link', { name: 'Board' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getAllByRole('main')).toHaveLength(1);
    await screen.findByRole('heading', { level: 1, name: 'Board' });
  });

  it('opens a posting from the popup’s deep link and follows hash navigation', async () => {
    await seed(analyst, 'applied', Date.UTC(2026, 3, 2));
    window.location.hash = routeHref({ page: 'posting', jobKey: analyst.jobKey });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Senior Data Analyst' });
    await act(async () => {
      window.location.hash = '#/table';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Table' });
    expect(screen.getByRole('link', { name: 'Table' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('theme', () => {
  it('restores the saved theme and remembers a new choice', async () => {
    window.localStorage.setItem('reqlens-theme', 'dark');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Board' });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'light' } });
    });
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(window.localStorage.getItem('reqlens-theme')).toBe('light');
  });
});

describe('a page that fails', () => {
  it('shows the error in that page and keeps the rest of the dashboard usable', async () => {
    await seed(analyst, 'applied', Date.UTC(2026, 3, 2));
    // A row written before times were bounded (or by a buggy version): a date no calendar shows.
    const row = await db.postings.get(analyst.jobKey);
    await db.postings.put({ ...row, createdAt: 9e15, updatedAt: 9e15, capturedAt: 9e15 } as never);
    window.location.hash = routeHref({ page: 'posting', jobKey: analyst.jobKey });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be (read|shown)/);
    expect(screen.getByRole('navigation', { name: 'Dashboard' })).toBeDefined();
    await act(async () => {
      window.location.hash = '#/board';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Board' });
    expect(screen.queryByText(/This page could not be shown/)).toBeNull();
  });
});
