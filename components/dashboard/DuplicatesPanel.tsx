import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { DUPLICATES_TEXT as T } from '@/components/text';
import {
  type DuplicatePair,
  findStoredDuplicates,
  mergePostings,
  pairKey,
  syncReminderAlarms,
} from '@/lib/data';
import { dismissDuplicatePair, getPosting, getSettings } from '@/lib/db';
import type { PostingRow } from '@/lib/schema';
import { DuplicatePairItem } from './DuplicatePairItem';
import { usePlatform } from './PlatformContext';

interface Found {
  pairs: DuplicatePair[];
  rows: Map<string, PostingRow>;
}

/**
 * Likely duplicates across sites (the same job on LinkedIn and on the company's board). They are
 * offered, never merged silently: each merge waits for the user's confirmation.
 */
export function DuplicatesPanel() {
  const id = useId();
  const { alarms } = usePlatform();
  const announce = useDashboard((s) => s.announce);
  // The user's "not the same job" answers are kept with the settings: never offered again.
  const dismissed = useLiveQuery(async () => (await getSettings()).dismissedDuplicates) ?? [];
  const [found, setFound] = useState<Found | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    setBusy(true);
    try {
      const pairs = await findStoredDuplicates({ dismissed: new Set(dismissed) });
      const keys = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
      const postings = await Promise.all(keys.map((k) => getPosting(k)));
      const rows = new Map<string, PostingRow>();
      for (const p of postings) if (p) rows.set(p.jobKey, p);
      setFound({ pairs, rows });
      announce(T.found(pairs.length));
    } finally {
      setBusy(false);
    }
  };

  const merge = async (keepKey: string, dropKey: string) => {
    await mergePostings(keepKey, dropKey, Date.now());
    await syncReminderAlarms(alarms, Date.now());
    setFound(
      (f) => f && { ...f, pairs: f.pairs.filter((p) => p.a !== dropKey && p.b !== dropKey) },
    );
    announce(T.merged);
  };

  const pairs = found?.pairs.filter((p) => !dismissed.includes(pairKey(p.a, p.b))) ?? [];
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      <p className="hint">{T.intro}</p>
      <button type="button" onClick={search} disabled={busy}>
        {busy ? T.searching : T.search}
      </button>
      {found && pairs.length === 0 && <p>{T.none}</p>}
      {pairs.length > 0 && (
        <ul className="list-plain">
          {pairs.map((pair) => {
            const a = found?.rows.get(pair.a);
            const b = found?.rows.get(pair.b);
            if (!a || !b) return null;
            return (
              <DuplicatePairItem
                key={pairKey(pair.a, pair.b)}
                pair={pair}
                a={a}
                b={b}
                onMerge={merge}
                onDismiss={() => {
                  dismissDuplicatePair(pairKey(pair.a, pair.b)).catch((e: unknown) =>
                    announce(T.dismissFailed(String(e))),
                  );
                }}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
