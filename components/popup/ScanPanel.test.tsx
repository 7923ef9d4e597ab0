// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScanPanel, type ScanPanelProps, type ScanState } from './ScanPanel';

afterEach(cleanup);

function renderPanel(state: ScanState, more: Partial<ScanPanelProps> = {}) {
  const props: ScanPanelProps = {
    state,
    canScan: true,
    pageUrl: 'https://karriere.example-werk.de/stelle/77',
    onScan: vi.fn(),
    onAddByHand: vi.fn(),
    onSaveJob: vi.fn(),
    onCancel: vi.fn(),
    saving: false,
    saveError: null,
    ...more,
  };
  render(<ScanPanel {...props} />);
  return props;
}

describe('ScanPanel', () => {
  it('offers a scan and a job typed in by hand', () => {
    const props = renderPanel({ phase: 'idle' });
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a job by hand' }));
    expect(props.onScan).toHaveBeenCalledOnce();
    expect(props.onAddByHand).toHaveBeenCalledOnce();
  });

  it('still offers a job by hand where no page can be scanned', () => {
    renderPanel({ phase: 'idle' }, { canScan: false });
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a job by hand' })).toBeTruthy();
  });

  it('waits while scanning and says why a scan failed', () => {
    renderPanel({ phase: 'scanning' });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Scan this page' }).disabled).toBe(
      true,
    );
    cleanup();
    renderPanel({ phase: 'error', message: 'the tab was closed' });
    expect(screen.getByRole('status').textContent).toBe(
      'Could not scan this page: the tab was closed',
    );
  });

  it('offers to save the page with its names, and sends what the user completed', async () => {
    const offer = {
      url: 'https://karriere.example-werk.de/stelle/77',
      title: 'Elektroniker/in für Betriebstechnik',
      company: 'Werk Süd',
      location: 'Ulm',
    };
    const props = renderPanel({ phase: 'offer', offer });
    expect(screen.getByRole('heading', { name: 'Save this page anyway' })).toBeTruthy();
    // The form is not part of the first screen's script: it loads when asked for.
    fireEvent.change(await screen.findByLabelText("The posting's text"), {
      target: { value: 'Abgeschlossene Ausbildung als Elektroniker/in.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    await waitFor(() =>
      expect(props.onSaveJob).toHaveBeenCalledWith({
        ...offer,
        text: 'Abgeschlossene Ausbildung als Elektroniker/in.',
      }),
    );
  });

  it('starts from the tab address when the page told nothing, and shows a failed save', async () => {
    renderPanel({ phase: 'offer', offer: null }, { saveError: 'The database is full.' });
    expect((await screen.findByLabelText<HTMLInputElement>('Job title')).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>(/Address/).value).toBe(
      'https://karriere.example-werk.de/stelle/77',
    );
    expect(screen.getByRole('alert').textContent).toBe('The database is full.');
  });

  it('refuses an address that is not a web page, and waits while saving', async () => {
    const props = renderPanel({ phase: 'manual' });
    fireEvent.change(await screen.findByLabelText('Job title'), { target: { value: 'Lagerist' } });
    fireEvent.change(screen.getByLabelText(/Address/), { target: { value: 'ftp://old.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this job' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The address must start with http:// or https://.',
    );
    expect(props.onSaveJob).not.toHaveBeenCalled();
    cleanup();
    renderPanel({ phase: 'manual' }, { saving: true });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Saving…' }).disabled).toBe(true);
  });
});
