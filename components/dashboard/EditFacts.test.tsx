// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPosting, recordCapture } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { analyst, captureOf, seed } from './fixtures';
import { PostingPage } from './PostingPage';
import { renderWithPlatform } from './testPlatform';

const T0 = Date.UTC(2026, 3, 2, 8, 30);

beforeEach(async () => {
  await freshDb();
  await seed(analyst, 'saved', T0);
});
afterEach(cleanup);

const input = (label: string | RegExp) => screen.getByLabelText<HTMLInputElement>(label);

describe('Edit details on a posting page', () => {
  it('starts from the shown facts, saves what changed and keeps it through a re-read', async () => {
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    expect(input('Job title').value).toBe('Senior Data Analyst');
    expect(input('Location').value).toBe('Rotterdam, Netherlands');

    fireEvent.change(input('Job title'), { target: { value: 'Data Analyst (routing)' } });
    fireEvent.change(input('Salary from'), { target: { value: '58 000' } });
    fireEvent.change(input('Salary up to'), { target: { value: '64000' } });
    fireEvent.change(input(/Currency/), { target: { value: 'eur' } });
    fireEvent.change(screen.getByLabelText('Per'), { target: { value: 'year' } });
    fireEvent.change(input('Apply by'), { target: { value: '2026-05-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Data Analyst (routing)' }),
    ).toBeTruthy();
    expect(await screen.findByText(/You edited: title, salary, deadline\./)).toBeTruthy();
    const posting = await getPosting(analyst.jobKey);
    expect(posting?.extraction.posting.salary).toEqual({
      min: 58000,
      max: 64000,
      currency: 'EUR',
      period: 'year',
    });
    expect(new Date(posting?.deadline ?? 0).getDate()).toBe(31);
    // The company was not touched: it is not the user's, and a re-read may change it.
    expect(posting?.edited).toEqual(['title', 'salary', 'deadline']);

    const { capture, extraction } = captureOf(analyst);
    await recordCapture(capture, extraction, T0 + 60_000);
    await waitFor(async () =>
      expect((await getPosting(analyst.jobKey))?.capturedAt).toBe(T0 + 60_000),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Data Analyst (routing)');
    expect((await getPosting(analyst.jobKey))?.extraction.posting.salary?.min).toBe(58000);
  });

  it('says what is wrong with a salary and writes nothing', async () => {
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.change(input('Salary from'), { target: { value: 'about 50k' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A salary is a number, like 52000.',
    );
    fireEvent.change(input('Salary from'), { target: { value: '50000' } });
    fireEvent.change(input(/Currency/), { target: { value: 'euros' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'A currency is three letters, like EUR or USD.',
    );
    expect((await getPosting(analyst.jobKey))?.edited).toBeUndefined();
  });

  it('closes without a write when cancelled', async () => {
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.change(input('Company'), { target: { value: 'Someone else' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Edit details' })).toBeTruthy();
    expect((await getPosting(analyst.jobKey))?.company).toBe('Northwind Logistics');
  });
});
