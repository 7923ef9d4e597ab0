// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusSelect } from './StatusSelect';

afterEach(cleanup);

describe('StatusSelect', () => {
  it('is labelled "Status" and lists the tracker statuses in order', () => {
    render(<StatusSelect value="saved" onChange={() => {}} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Status');
    expect(select.value).toBe('saved');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Saved',
      'Applied',
      'Interviewing',
      'Offer',
      'Accepted',
      'Rejected',
      'Withdrawn',
    ]);
  });

  it('calls back with the chosen status', () => {
    const onChange = vi.fn();
    render(<StatusSelect value="saved" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'interviewing' } });
    expect(onChange).toHaveBeenCalledWith('interviewing');
  });

  it('shows an unsaved posting as "Not saved", which cannot be chosen back', () => {
    const onChange = vi.fn();
    render(<StatusSelect value="seen" onChange={onChange} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Status');
    expect(select.selectedOptions[0]?.textContent).toBe('Not saved');
    expect(select.selectedOptions[0]?.disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'applied' } });
    expect(onChange).toHaveBeenCalledWith('applied');
  });

  it('uses the label it is given', () => {
    render(<StatusSelect value="offer" label="Move to" onChange={() => {}} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Move to').value).toBe('offer');
  });
});
