// Before any schema is built: this module brings zod to the popup (its first screen has none).
import '@/lib/schema/jitless';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useMemo } from 'react';
import { PostingPanel, type TrackedParts } from '@/components/popup/PostingPanel';
import { RecentList } from '@/components/popup/RecentList';
import { Section } from '@/components/popup/Section';
import { POPUP_TEXT as T } from '@/components/text';
import { useCheckFit } from '@/components/useCheckFit';
import { getPosting, getProfile, notesFor, recentPostings } from '@/lib/db';
import { withPageFacts } from '@/lib/posting-facts';
import type { PostingDetail } from '@/lib/schema';
import { usePopupStore } from './store';
import { openDashboard, postingHash } from './tab';

/** The tracker's writes, which the popup runs through this module (its first screen too). */
export { addNote, savePosting, setStatus } from '@/lib/db';

const RECENT_COUNT = 5;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The panel's controls and what they do: the popup's, the same before and after this loads. */
export type TrackerActions = Omit<TrackedParts, 'posting' | 'fit' | 'profileMissing' | 'notes'>;

interface Loaded {
  /** The key this answer is for: a live query keeps its last answer while the key changes. */
  jobKey: string | null;
  posting: PostingDetail | null;
  /** Why a stored posting could not be read (a damaged row), shown rather than thrown. */
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

export interface LivePopupProps {
  jobKey: string | null;
  /** Shown until the database answers: the posting from the tab's preview, or a loading line. */
  firstScreen: ReactNode;
  /** Shown when the tab has no stored posting. */
  scanPanel: ReactNode;
  /** The controls' state and writes (null without a posting). */
  tracker: TrackerActions | null;
  /** Why the last write or highlight failed. */
  error: string | null;
}

/**
 * The popup's database side (loaded after the first screen): the stored posting with its
 * tracker controls, fit and notes, and the recent postings.
 */
export function LivePopup({ jobKey, firstScreen, scanPanel, tracker, error }: LivePopupProps) {
  const ui = usePopupStore();

  const loaded = usePosting(jobKey);
  const posting = loaded?.posting ?? null;
  const profile = useLiveQuery(() => getProfile().catch(() => null), []);
  const notes = useLiveQuery(async () => (jobKey ? notesFor(jobKey) : []), [jobKey]) ?? [];
  const recent = useLiveQuery(() => recentPostings(RECENT_COUNT + 1), []) ?? [];

  const loading = loaded?.jobKey !== jobKey;
  const checkFit = useCheckFit(!loading);
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

  const shownError = error ?? loaded?.error ?? null;

  return (
    <>
      {shownError && (
        <p role="alert" className="notice error">
          {shownError}
        </p>
      )}
      {loading ? (
        firstScreen
      ) : posting && extraction ? (
        <PostingPanel
          extraction={extraction}
          requirementsOpen={ui.openSections.requirements}
          onToggleRequirements={() => ui.toggleSection('requirements')}
          tracked={
            tracker && {
              posting,
              fit,
              profileMissing: profile === null,
              notes,
              ...tracker,
            }
          }
        />
      ) : (
        scanPanel
      )}
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
    </>
  );
}
