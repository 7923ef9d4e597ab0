import { create } from 'zustand';
import type { EmploymentType, Status, Workplace } from '@/lib/schema';

/**
 * UI state only: what the user is looking at and how. Postings, notes and the profile stay in
 * IndexedDB and reach components through useLiveQuery, so there is never a second copy to sync.
 */

export type SortKey = 'updatedAt' | 'savedAt' | 'title' | 'company' | 'status' | 'fit';
export type SortDir = 'asc' | 'desc';
/** Fit filter: any posting, a minimum score, or postings whose fit cannot be computed yet. */
export type FitFilter = 'any' | '75' | '50' | '25' | 'unknown';

export interface TableFilters {
  /** 'all' is every tracked stage; unsaved (`seen`) postings are shown only when asked for. */
  status: Status | 'all';
  company: string;
  search: string;
  fit: FitFilter;
  /** Inclusive local dates (YYYY-MM-DD) on the day the posting was saved; '' for no bound. */
  from: string;
  to: string;
  /** The posting's work model; '' for any. */
  workplace: Workplace | '';
  /** One of the posting's employment types; '' for any. */
  employment: EmploymentType | '';
}

export const EMPTY_FILTERS: TableFilters = {
  status: 'all',
  company: '',
  search: '',
  fit: 'any',
  from: '',
  to: '',
  workplace: '',
  employment: '',
};

export type Theme = 'system' | 'light' | 'dark';

interface DashboardState {
  filters: TableFilters;
  sort: { key: SortKey; dir: SortDir };
  /** The card or row the keyboard user last acted on, so focus can follow it across columns. */
  focusedJobKey: string | null;
  /** Message for the polite live region (moves, saves, imports). */
  announcement: string;
  theme: Theme;
  setFilter: <K extends keyof TableFilters>(key: K, value: TableFilters[K]) => void;
  resetFilters: () => void;
  sortBy: (key: SortKey) => void;
  focusJob: (jobKey: string | null) => void;
  announce: (message: string) => void;
  setTheme: (theme: Theme) => void;
}

export const useDashboard = create<DashboardState>()((set) => ({
  filters: EMPTY_FILTERS,
  sort: { key: 'updatedAt', dir: 'desc' },
  focusedJobKey: null,
  announcement: '',
  theme: 'system',
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  // Clicking the active column flips the direction; a new column starts with its natural order.
  sortBy: (key) =>
    set((s) => ({
      sort:
        s.sort.key === key
          ? { key, dir: s.sort.dir === 'asc' ? 'desc' : 'asc' }
          : { key, dir: key === 'title' || key === 'company' ? 'asc' : 'desc' },
    })),
  focusJob: (jobKey) => set({ focusedJobKey: jobKey }),
  // A trailing space toggle makes screen readers repeat an identical message.
  announce: (message) =>
    set((s) => ({ announcement: s.announcement === message ? `${message} ` : message })),
  setTheme: (theme) => set({ theme }),
}));
