// Before any schema is built: this module brings zod to the popup (its first screen has none).
import '@/lib/schema/jitless';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { TrackedParts } from '@/components/popup/PostingPanel';
import { RecentList } from '@/components/popup/RecentList';
import { Section } from '@/components/popup/Section';
import { POPUP_TEXT as T } from '@/components/text';
import { useCheckFit } from '@/components/useCheckFit';
import { keepTrackerMirrorInSession } from '@/lib/background/tracker-mirror';
import { getPosting, getProfile, notesFor, recentPostings } from '@/lib/db';
import { withPageFacts } from '@/lib/posting-facts';
import type { Extraction, FitReport, Note, PostingDetail } from '@/lib/schema';
import { usePopupStore } from './store';
import { openDashboard, postingHash } from './tab';

/** The tracker's writes, which the popup runs through this module (its first screen too). */
export { addNote, savePosting, setStatus } from '@/lib/db';

// The popup's writes (save, status, notes) go through this module: they keep the mirror current.
keepTrackerMirrorInSession();

const RECENT_COUNT = 5;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The panel's controls and what they do: the popup's, the same before and after this loads. */
export type TrackerActions = Omit<TrackedParts, 'posting' | 'fit' | 'profileMissing' | 'notes'>;

/** What the database says of the tab's posting, once all of it has answered. */
export interface LiveView {
  /** The key this answer is for: a live query keeps its last answer while the key changes. */
  jobKey: string | null;
  /** The stored posting, null when the tab's posting is not stored. */
  posting: PostingDetail | null;
  /** Its facts (with the page's own names filled in) and requirements. */
  extraction: Extraction | null;
  /** null without a profile, or while the fit engine loads. */
  fit: FitReport | null;
  profileMissing: boolean;
  notes: readonly Note[];
  /** Why a stored posting could not be read (a damaged row), shown rather than thrown. */
  error: string | null;
}

interface Loaded {
  jobKey: string | null;
  posting: PostingDetail | null;
  error: string | null;
}

/** Reads one posting by primary key, live: undefined while loading. */
function usePosting(jobKey: string | null): Loaded | undefined {
  return useLiveQuery(async (): Promise<Loaded> => {
    if (!jobKey) return { jobKey, posting: null, error: null };
    try {
      return { jobKey, posting: (await getPosting(jobKey)) ?? null, error: null };
    } catch (e) {
      return { jobKey, posting: null, error: message(e) };
    }
  }, [jobKey]);
}

/** The posting's notes, live, with the key they are for. */
function useNotes(jobKey: string | null) {
  return useLiveQuery(
    async () => ({ jobKey, notes: jobKey ? await notesFor(jobKey) : [] }),
    [jobKey],
  );
}

export interface LivePopupProps {
  jobKey: string | null;
  /**
   * Receives what the database says of the posting, each time that changes. The popup's panel
   * shows it in place of its first read; the panel itself stays the same element, so a control
   * the user has focused (the note box, the status) keeps its focus and caret.
   */
  onView: (view: LiveView) => void;
}

/**
 * The popup's database side (loaded after the first screen): reads the stored posting, its fit,
 * notes and the profile for the panel above, and shows the recent postings below it (below, so
 * nothing above the panel moves when they arrive).
 */
export function LivePopup({ jobKey, onView }: LivePopupProps) {
  const ui = usePopupStore();

  const loaded = usePosting(jobKey);
  const profile = useLiveQuery(() => getProfile().catch(() => null), []);
  const noted = useNotes(jobKey);
  const recent = useLiveQuery(() => recentPostings(RECENT_COUNT + 1), []) ?? [];

  // Reported only once every read has answered for this key: a note list or profile notice that
  // vanished for a frame would move what is below it.
  const ready = loaded?.jobKey === jobKey && noted?.jobKey === jobKey && profile !== undefined;
  const posting = loaded?.posting ?? null;
  const checkFit = useCheckFit(ready);
  const fit = useMemo(
    () => (posting && profile && checkFit ? checkFit(profile, posting.extraction) : null),
    [posting, profile, checkFit],
  );
  const extraction = useMemo(
    () =>
      posting && {
        posting: withPageFacts(posting.extraction.posting, posting),
        requirements: posting.extraction.requirements,
      },
    [posting],
  );
  const notes = noted?.notes;
  const error = loaded?.error ?? null;

  useEffect(() => {
    if (!ready || !notes) return;
    onView({ jobKey, posting, extraction, fit, profileMissing: profile === null, notes, error });
  }, [ready, jobKey, posting, extraction, fit, profile, notes, error, onView]);

  return (
    <Section
      title={T.recent}
      open={ui.openSections.recent}
      onToggle={() => ui.toggleSection('recent')}
    >
      <RecentList
        postings={recent.filter((p) => p.jobKey !== jobKey).slice(0, RECENT_COUNT)}
        onOpen={(key) => openDashboard(postingHash(key))}
      />
    </Section>
  );
}
