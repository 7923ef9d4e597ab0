// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FitReport } from '@/lib/schema';
import { extractionOf } from '@/lib/testing/extraction';
import { PostingPanel, type TrackedParts } from './PostingPanel';

afterEach(cleanup);

const text =
  'Werkstudent Data Engineering. Sehr gute Python-Kenntnisse. Erfahrung mit dbt ist ein Plus.';
const extraction = extractionOf(
  text,
  { title: 'Werkstudent Data Engineering', company: 'Kieler Wind', lang: 'de' },
  [
    { kind: 'skill', name: 'Python', required: true, quote: 'Sehr gute Python-Kenntnisse.' },
    { kind: 'skill', name: 'dbt', required: false, quote: 'Erfahrung mit dbt ist ein Plus.' },
  ],
);

function tracked(overrides: Partial<TrackedParts> = {}): TrackedParts {
  return {
    posting: { status: 'seen', savedAt: null, appliedAt: null },
    fit: null,
    profileMissing: false,
    notes: [],
    noteDraft: '',
    busy: false,
    onSave: vi.fn(),
    onStatus: vi.fn(),
    onHighlight: vi.fn(),
    onNoteDraft: vi.fn(),
    onAddNote: vi.fn(),
    onSetUpProfile: vi.fn(),
    ...overrides,
  };
}

const panel = (parts: TrackedParts | null) => (
  <PostingPanel
    extraction={extraction}
    tracked={parts}
    requirementsOpen
    onToggleRequirements={() => {}}
  />
);

describe('PostingPanel', () => {
  it('shows facts and requirements before the tracker side has loaded, without controls', () => {
    render(panel(null));
    expect(screen.getByRole('heading', { name: 'Werkstudent Data Engineering' })).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('aria-busy')).toBe('true');
    expect(within(screen.getByRole('region', { name: 'Skills (2)' })).getByText('Python'));
    // Nothing to press that would do nothing yet.
    expect(screen.queryAllByRole('button', { name: /Python|dbt|Save/ })).toEqual([]);
    expect(screen.queryByLabelText('Note')).toBeNull();
  });

  it('with the tracker side: Save, the note box, and requirements that highlight', () => {
    const parts = tracked();
    render(panel(parts));
    expect(screen.getByRole('article').getAttribute('aria-busy')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(parts.onSave).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /^dbt/ }));
    expect(parts.onHighlight).toHaveBeenCalledWith(extraction.requirements[1], 1);
    expect(screen.getByLabelText('Note')).toBeTruthy();
  });

  it('offers to set up a profile when there is none', () => {
    const parts = tracked({ profileMissing: true });
    render(panel(parts));
    fireEvent.click(screen.getByRole('button', { name: 'Set up profile' }));
    expect(parts.onSetUpProfile).toHaveBeenCalledTimes(1);
  });

  it('shows the fit with its words, which load after the first screen', async () => {
    const fit: FitReport = {
      score: 50,
      requiredMet: 1,
      requiredTotal: 1,
      requiredUnknown: 0,
      preferredMet: 0,
      preferredTotal: 1,
      preferredUnknown: 0,
      dealbreakers: [],
      why: {
        required: { met: 1, partial: 0, known: 1, unknown: 0 },
        preferred: { met: 0, partial: 0, known: 1, unknown: 0 },
        failing: [],
        dealbreakers: 0,
        cap: 100,
      },
      items: [
        { status: 'met', reason: { code: 'named.listed', name: 'Python', listed: null } },
        { status: 'unmet', reason: { code: 'named.missing', name: 'dbt', kind: 'skill' } },
      ],
      facts: [],
    };
    render(panel(tracked({ fit })));
    expect(await screen.findByText(/^Fit \d+%$/)).toBeTruthy();
    const skills = screen.getByRole('region', { name: 'Skills (2)' });
    // Badges and the gap's reason show with the summary, not before it.
    expect(within(skills).getByText('Met')).toBeTruthy();
    expect(within(skills).getByText(/dbt, which is not among your skills/)).toBeTruthy();
  });
});
