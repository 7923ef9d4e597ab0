// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pairKey } from '@/lib/data/duplicates';
import { support, supportExtraction, supportOnLinkedIn } from '@/lib/data/fixtures';
import { dismissDuplicatePair, recordCapture } from '@/lib/db';
import type { Status } from '@/lib/schema';
import { freshDb } from '@/lib/testing/db';
import { RecentList } from './RecentList';

beforeEach(async () => {
  await freshDb();
  for (const capture of [support, supportOnLinkedIn]) {
    await recordCapture(capture, supportExtraction, Date.UTC(2026, 4, 4));
  }
});
afterEach(cleanup);

const row = (jobKey: string, title: string | null, status: Status = 'saved') => ({
  jobKey,
  title,
  company: 'MaplePay',
  status,
});

describe('RecentList', () => {
  it('opens a posting and marks one that looks like another stored posting', async () => {
    const onOpen = vi.fn();
    render(
      <RecentList
        postings={[
          row(supportOnLinkedIn.jobKey, 'Customer Support Lead'),
          row('stepstone:1', null, 'applied'),
        ]}
        onOpen={onOpen}
      />,
    );
    const [first, second] = screen.getAllByRole('button');
    await waitFor(() =>
      expect(within(first as HTMLElement).getByText('Possible duplicate')).toBeTruthy(),
    );
    expect(within(second as HTMLElement).getByText('Untitled posting')).toBeTruthy();
    expect(within(second as HTMLElement).queryByText('Possible duplicate')).toBeNull();
    fireEvent.click(second as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith('stepstone:1');
  });

  it('drops the mark once the user said the two are different jobs', async () => {
    await dismissDuplicatePair(pairKey(support.jobKey, supportOnLinkedIn.jobKey));
    render(
      <RecentList postings={[row(support.jobKey, 'Customer Support Lead')]} onOpen={vi.fn()} />,
    );
    await screen.findByText('Customer Support Lead');
    // Give the search its turn before concluding there is no mark.
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByText('Possible duplicate')).toBeNull();
  });

  it('says so when there is nothing else to list', () => {
    render(<RecentList postings={[]} onOpen={vi.fn()} />);
    expect(screen.getByText('No other postings yet.')).toBeTruthy();
  });
});
