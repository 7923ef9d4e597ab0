// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, useDashboard } from '@/components/dashboard/store';
import { addNote, recordCapture, saveProfile, setStatus } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { analyst, captureOf, communication, nurse, sales, seed } from './fixtures';
import { TablePage } from './TablePage';

const T0 = Date.UTC(2026, 3, 2, 8, 30);

beforeAll(() => {
  // happy-dom does no layout; the virtualiser needs a viewport height to know which rows to render.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 600,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1000,
  });
});

beforeEach(async () => {
  await freshDb();
  useDashboard.setState({ filters: EMPTY_FILTERS, sort: { key: 'updatedAt', dir: 'desc' } });
  await seed(analyst, 'applied', T0);
  await seed(communication, 'saved', T0 + 1000);
  await seed(sales, 'interviewing', T0 + 2000);
  await seed(nurse, 'seen', T0 + 3000);
});
afterEach(cleanup);

const titles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

async function change(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}

describe('TablePage', () => {
  it('lists tracked postings newest first, leaving unsaved ones out', async () => {
    render(<TablePage />);
    await screen.findByText('3 postings');
    expect(titles()).toEqual([
      'Vertriebsmitarbeiter (m/w/d) Innendienst',
      'Chargé de communication (H/F)',
      'Senior Data Analyst',
    ]);
  });

  it('searches titles, companies and notes, ignoring accents', async () => {
    await addNote(analyst.jobKey, 'Recruiter Ingrid said the team is moving to Utrecht.', T0);
    render(<TablePage />);
    await screen.findByText('3 postings');
    await change('Search', 'utrecht');
    await waitFor(() => expect(titles()).toEqual(['Senior Data Analyst']));
    await change('Search', 'lefevre');
    await waitFor(() => expect(titles()).toEqual(['Chargé de communication (H/F)']));
    await change('Search', 'nothing-matches-this');
    await screen.findByText('0 postings');
  });

  it('filters by status, including unsaved postings on request, and by company', async () => {
    render(<TablePage />);
    await screen.findByText('3 postings');
    await change('Status', 'interviewing');
    await waitFor(() => expect(titles()).toEqual(['Vertriebsmitarbeiter (m/w/d) Innendienst']));
    await change('Status', 'seen');
    await waitFor(() => expect(titles()).toEqual(['Enfermera/o de quirófano']));
    await change('Status', 'all');
    await screen.findByText('3 postings');
    await change('Company', 'Maison Lefèvre');
    await waitFor(() => expect(titles()).toEqual(['Chargé de communication (H/F)']));
  });

  it('sorts by title and by fit once a profile exists', async () => {
    await saveProfile({
      totalYears: 6,
      experience: [{ field: 'data analysis', years: 6 }],
      skills: ['SQL', 'Python'],
      languages: [{ language: 'en', level: 'fluent' }],
      education: { level: 'high_school' },
      workplaces: ['hybrid', 'remote'],
    });
    render(<TablePage />);
    await screen.findByText('3 postings');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Title' }));
    });
    await waitFor(() =>
      expect(titles()).toEqual([
        'Chargé de communication (H/F)',
        'Senior Data Analyst',
        'Vertriebsmitarbeiter (m/w/d) Innendienst',
      ]),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Fit' })).toHaveProperty('disabled', false),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fit' }));
    });
    // All met; then a master's asked of a high-school profile; then German the profile lacks.
    const byFit = [
      'Senior Data Analyst',
      'Chargé de communication (H/F)',
      'Vertriebsmitarbeiter (m/w/d) Innendienst',
    ];
    await waitFor(() => expect(titles()).toEqual(byFit));
    expect(screen.getByRole('columnheader', { name: /Fit/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fit' }));
    });
    await waitFor(() => expect(titles()).toEqual([...byFit].reverse()));
  });

  it('shows location, salary and deadline, and filters by work model and employment type', async () => {
    const { capture, extraction } = captureOf({ ...analyst, jobKey: 'bulk:contract' });
    await recordCapture(
      {
        ...capture,
        title: 'Freelance Data Analyst',
        jsonLd: JSON.stringify({ validThrough: '2026-06-30' }),
      },
      {
        ...extraction,
        posting: {
          ...extraction.posting,
          title: 'Freelance Data Analyst',
          workplace: 'remote',
          employmentTypes: ['contract', 'part_time'],
          employmentType: 'contract',
          salary: { min: 550, max: 650, currency: 'EUR', period: 'day' },
        },
      },
      T0 + 5000,
    );
    await setStatus('bulk:contract', 'saved', T0 + 5000);
    render(<TablePage />);
    await screen.findByText('4 postings');
    const headers = screen
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼]/g, '').trim());
    expect(headers).toEqual([
      'Title',
      'Company',
      'Location',
      'Status',
      'Fit',
      'Salary',
      'Deadline',
      'Saved',
      'Updated',
    ]);
    const cells = (title: string) => {
      const row = screen.getAllByRole('row').find((r) => r.textContent?.includes(title));
      return row
        ? within(row)
            .getAllByRole('cell')
            .map((c) => c.textContent)
        : [];
    };
    const freelance = cells('Freelance Data Analyst');
    expect(freelance[2]).toBe('Rotterdam, Netherlands');
    expect(freelance[5]).toMatch(/550.{0,10}650.{0,6} a day$/);
    expect(freelance[6]).not.toBe('—');
    expect(cells('Senior Data Analyst')[5]).toBe('—');

    await change('Work model', 'remote');
    await waitFor(() => expect(titles()).toEqual(['Freelance Data Analyst']));
    await change('Work model', 'hybrid');
    await waitFor(() => expect(titles()).toEqual(['Senior Data Analyst']));
    await change('Work model', '');
    await change('Employment type', 'part_time');
    await waitFor(() => expect(titles()).toEqual(['Freelance Data Analyst']));
    await change('Employment type', 'internship');
    await screen.findByText('0 postings');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    });
    await screen.findByText('4 postings');
  });

  it('keeps only a window of rows in the DOM', async () => {
    for (let i = 0; i < 100; i++) {
      await seed({ ...analyst, jobKey: `bulk:${i}`, title: `Analyst ${i}` }, 'saved', T0 + i);
    }
    render(<TablePage />);
    await screen.findByText('103 postings');
    const rendered = screen.getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('104');
  });
});
