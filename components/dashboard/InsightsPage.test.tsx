// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCapture, saveProfile, setStatus } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { analyst, captureOf, communication, nurse, sales, seed } from './fixtures';
import { InsightsPage } from './InsightsPage';

const DAY = 86_400_000;

beforeEach(async () => {
  await freshDb();
});
afterEach(cleanup);

/** Three applications from this week: two answered (after 2 and 6 days), one still waiting. */
async function seedSearch() {
  const t0 = Date.now() - 8 * DAY;
  await seed(analyst, 'applied', t0);
  await setStatus(analyst.jobKey, 'interviewing', t0 + 2 * DAY);
  await seed(communication, 'applied', t0);
  await setStatus(communication.jobKey, 'rejected', t0 + 6 * DAY);
  const { capture, extraction } = captureOf(sales);
  await recordCapture({ ...capture, site: 'stepstone' }, extraction, t0);
  await setStatus(sales.jobKey, 'applied', t0);
  await seed(nurse, 'saved', t0);
}

describe('InsightsPage', () => {
  it('shows the response rate and time to first reply, by week and by site name', async () => {
    await seedSearch();
    render(<InsightsPage />);
    await screen.findByText(/^67% of your applications got a reply \(2 of 3\)\./);
    expect(screen.getByText(/Half of the replies came within 4 days\./)).toBeTruthy();
    const bySite = screen.getByRole('table', { name: 'By the site you found the job on' });
    const company = within(bySite).getByRole('rowheader', { name: 'Company site' });
    expect(company.closest('tr')?.textContent).toContain('100%');
    const stepstone = within(bySite).getByRole('rowheader', { name: 'StepStone' });
    expect(stepstone.closest('tr')?.textContent).toMatch(/0%—$/);
    expect(within(bySite).queryByText('generic')).toBeNull();
    const byWeek = screen.getByRole('table', { name: 'By the week you applied' });
    expect(within(byWeek).getAllByRole('row').length).toBeGreaterThan(1);
    // The funnel and the weekly chart stay, each with its figures for screen readers.
    const funnel = screen.getByRole('table', { name: 'Postings that reached each stage' });
    expect(
      within(funnel).getByRole('rowheader', { name: 'Interviewing' }).closest('tr')?.textContent,
    ).toBe('Interviewing125%');
    expect(screen.getByRole('table', { name: 'Applications per week' })).toBeTruthy();
  });

  it('lists the skills the saved postings ask for that the profile lacks', async () => {
    await seedSearch();
    await saveProfile({ skills: ['sql'] });
    render(<InsightsPage />);
    const table = await screen.findByRole('table', {
      name: 'Skills asked for that your profile lacks',
    });
    expect(within(table).getByRole('rowheader', { name: 'Python' })).toBeTruthy();
    expect(within(table).queryByRole('rowheader', { name: 'SQL' })).toBeNull();
  });

  it('asks for a profile before naming missing skills, and says when nothing was applied to', async () => {
    await seed(nurse, 'saved', Date.now());
    render(<InsightsPage />);
    expect(
      await screen.findByRole('link', {
        name: 'Fill in your profile to see which skills your saved postings ask for that you lack.',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/^No applications yet/)).toBeTruthy();
  });
});
