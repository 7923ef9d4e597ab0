// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveControls } from './SaveControls';

afterEach(cleanup);

const noop = () => {};
/** A detected posting that is not on the tracker yet. */
const untracked = {
  status: 'seen',
  savedAt: null,
  appliedAt: null,
  onSave: noop,
  onStatus: noop,
} as const;

describe('SaveControls', () => {
  it('offers Save for a detected posting and calls back once', () => {
    const onSave = vi.fn();
    render(<SaveControls {...untracked} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/^Saved /)).toBeNull();
  });

  it('shows a tracked posting with the dates it was saved and applied', () => {
    render(
      <SaveControls
        status="interviewing"
        savedAt={Date.UTC(2026, 9, 3, 12)}
        appliedAt={Date.UTC(2026, 9, 7, 12)}
        onSave={noop}
        onStatus={noop}
        locale="en-GB"
      />,
    );
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByText('On your tracker')).toBeTruthy();
    expect(screen.getByText('Saved 3 Oct 2026 · Applied 7 Oct 2026')).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Status').value).toBe('interviewing');
  });

  it('passes the chosen status on and disables both controls while busy', () => {
    const onStatus = vi.fn();
    const { rerender } = render(<SaveControls {...untracked} onStatus={onStatus} />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'applied' } });
    expect(onStatus).toHaveBeenCalledWith('applied');
    rerender(<SaveControls {...untracked} onStatus={onStatus} busy />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>('Status').disabled).toBe(true);
  });
});
