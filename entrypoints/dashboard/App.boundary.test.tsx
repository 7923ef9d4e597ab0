// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '@/lib/testing/db';

// The table page throws as a page did when a stored time was beyond the JavaScript date range.
vi.mock('@/components/dashboard/TablePage', () => ({
  TablePage: () => {
    throw new RangeError('Invalid time value');
  },
}));

const { App } = await import('./App');

beforeEach(async () => {
  await freshDb();
  window.location.hash = '';
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('dashboard error boundary', () => {
  it('shows a failing page’s error in its place; navigation and other pages keep working', async () => {
    window.location.hash = '#/table';
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This page could not be shown.*Invalid time value/);
    expect(screen.getByRole('navigation', { name: 'Dashboard' })).toBeDefined();
    expect(screen.getByText('Reqlens')).toBeDefined();

    await act(async () => {
      window.location.hash = '#/board';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Board' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
