// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDashboard } from '@/components/dashboard/store';
import { support, supportExtraction, supportOnLinkedIn } from '@/lib/data/fixtures';
import {
  getPosting,
  postingHistory,
  recordCapture,
  saveProfile,
  setInterviews,
  setStatus,
} from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { BoardPage } from './BoardPage';
import { analyst, communication, sales, seed } from './fixtures';
import { LiveRegion } from './LiveRegion';

const T0 = Date.UTC(2026, 3, 2, 8, 30);

beforeEach(async () => {
  await freshDb();
  useDashboard.setState({ focusedJobKey: null, announcement: '' });
});
afterEach(cleanup);

const column = (name: string) => screen.getByRole('region', { name });

describe('BoardPage', () => {
  it('shows one column per stage with its cards, leaving unsaved postings off', async () => {
    await seed(analyst, 'saved', T0);
    await seed(communication, 'interviewing', T0);
    await seed(sales, 'seen', T0);
    render(<BoardPage />);
    await screen.findByText('Senior Data Analyst');
    const names = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(names).toHaveLength(7);
    for (const stage of ['Saved', 'Applied', 'Interviewing', 'Offer', 'Accepted', 'Rejected']) {
      expect(column(stage)).toBeTruthy();
    }
    expect(
      within(column('Saved')).getByRole('article', { name: 'Senior Data Analyst' }),
    ).toBeTruthy();
    expect(within(column('Interviewing')).getByText('Chargé de communication (H/F)')).toBeTruthy();
    expect(screen.queryByText('Vertriebsmitarbeiter (m/w/d) Innendienst')).toBeNull();
  });

  it('marks the cards of a job saved from two sites as a possible duplicate', async () => {
    await seed(analyst, 'saved', T0);
    for (const capture of [support, supportOnLinkedIn]) {
      await recordCapture(capture, supportExtraction, T0);
      await setStatus(capture.jobKey, 'saved', T0);
    }
    render(<BoardPage />);
    const saved = await screen.findByRole('region', { name: 'Saved' });
    await waitFor(() => expect(within(saved).getAllByText('Possible duplicate')).toHaveLength(2));
    const card = within(saved).getByRole('article', { name: 'Senior Data Analyst' });
    expect(within(card).queryByText('Possible duplicate')).toBeNull();
    // The mark leads to where the pair can be merged or dismissed.
    const mark = within(saved).getAllByText('Possible duplicate')[0];
    expect(mark?.getAttribute('href')).toBe('#/settings');
  });

  it('shows the next interview on its card, not a past one', async () => {
    await seed(communication, 'interviewing', T0);
    const soon = Date.now() + 3 * 86_400_000;
    await setInterviews(
      communication.jobKey,
      [
        { at: T0, label: 'Appel RH', place: null },
        { at: soon, label: 'Entretien avec la direction', place: 'Lyon' },
      ],
      T0,
    );
    render(<BoardPage />);
    const card = await screen.findByRole('article', { name: 'Chargé de communication (H/F)' });
    await waitFor(() =>
      expect(within(card).getByText(/^Interview .*: Entretien avec la direction$/)).toBeTruthy(),
    );
    expect(within(card).queryByText(/Appel RH/)).toBeNull();
  });

  it('moves a focused card with the arrow keys, records the event and announces it', async () => {
    await seed(analyst, 'saved', T0);
    render(
      <>
        <BoardPage />
        <LiveRegion />
      </>,
    );
    const card = await screen.findByRole('article', { name: 'Senior Data Analyst' });
    card.focus();
    await act(async () => {
      fireEvent.keyDown(card, { key: 'ArrowRight' });
    });
    await waitFor(() =>
      expect(
        within(column('Applied')).getByRole('article', { name: 'Senior Data Analyst' }),
      ).toBeTruthy(),
    );
    const history = await postingHistory(analyst.jobKey);
    expect(history.map((e) => [e.from, e.to])).toEqual([
      ['seen', 'saved'],
      ['saved', 'applied'],
    ]);
    expect((await getPosting(analyst.jobKey))?.appliedAt).toBeGreaterThan(T0);
    expect(screen.getByRole('status').textContent).toBe('Senior Data Analyst moved to Applied.');
    // Focus follows the card into its new column, so the next arrow press keeps moving it.
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-labelledby')).toBe(
        within(column('Applied')).getByRole('article').getAttribute('aria-labelledby'),
      ),
    );
  });

  it('does not move a card past the first or last stage', async () => {
    await seed(analyst, 'saved', T0);
    render(<BoardPage />);
    const card = await screen.findByRole('article', { name: 'Senior Data Analyst' });
    await act(async () => {
      fireEvent.keyDown(card, { key: 'ArrowLeft' });
    });
    expect((await postingHistory(analyst.jobKey)).length).toBe(1);
  });

  it('moves a card with its "Move to" select', async () => {
    await seed(communication, 'applied', T0);
    render(<BoardPage />);
    const select = await screen.findByLabelText('Move Chargé de communication (H/F) to');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'rejected' } });
    });
    await waitFor(() =>
      expect(within(column('Rejected')).getByText('Chargé de communication (H/F)')).toBeTruthy(),
    );
    expect((await getPosting(communication.jobKey))?.status).toBe('rejected');
  });

  it('moves a card dropped on another column', async () => {
    await seed(sales, 'saved', T0);
    render(<BoardPage />);
    const card = await screen.findByRole('article', { name: /Vertriebsmitarbeiter/ });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(card, { dataTransfer });
    fireEvent.dragOver(column('Offer'), { dataTransfer });
    await act(async () => {
      fireEvent.drop(column('Offer'), { dataTransfer });
    });
    await waitFor(async () => expect((await getPosting(sales.jobKey))?.status).toBe('offer'));
  });

  it('shows each card’s fit score once a profile exists', async () => {
    await seed(sales, 'saved', T0);
    await saveProfile({
      totalYears: 4,
      experience: [{ field: 'Vertrieb', years: 4 }],
      languages: [{ language: 'de', level: 'native' }],
    });
    render(<BoardPage />);
    const card = await screen.findByRole('article', { name: /Vertriebsmitarbeiter/ });
    await waitFor(() => expect(within(card).getByText(/^Fit \d+%$/)).toBeTruthy());
  });
});
