import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ScanState } from '@/components/popup/ScanPanel';

export type PopupSection = 'requirements' | 'recent';

/** UI state only: the database is read through live queries, never copied here. */
interface PopupUiState {
  /** Unsent note drafts by job key, kept across popup openings (the popup closes on every blur). */
  noteDrafts: Record<string, string>;
  /** Sections the user collapsed or opened, remembered between openings. */
  openSections: Record<PopupSection, boolean>;
  scan: ScanState;
  setNoteDraft: (jobKey: string, text: string) => void;
  clearNoteDraft: (jobKey: string) => void;
  toggleSection: (section: PopupSection) => void;
  setScan: (scan: ScanState) => void;
}

export const usePopupStore = create<PopupUiState>()(
  persist(
    (set) => ({
      noteDrafts: {},
      openSections: { requirements: true, recent: true },
      scan: { phase: 'idle' },
      setNoteDraft: (jobKey, text) =>
        set((s) => ({ noteDrafts: { ...s.noteDrafts, [jobKey]: text } })),
      clearNoteDraft: (jobKey) =>
        set((s) => {
          const { [jobKey]: _dropped, ...rest } = s.noteDrafts;
          return { noteDrafts: rest };
        }),
      toggleSection: (section) =>
        set((s) => ({
          openSections: { ...s.openSections, [section]: !s.openSections[section] },
        })),
      setScan: (scan) => set({ scan }),
    }),
    {
      name: 'reqlens-popup',
      storage: createJSONStorage(() => localStorage),
      // The scan result belongs to one opening of the popup; drafts and preferences persist.
      partialize: (s) => ({ noteDrafts: s.noteDrafts, openSections: s.openSections }),
    },
  ),
);
