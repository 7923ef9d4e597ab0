import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listPostings, postingHistory } from '@/lib/db';
import { applicationsPerWeek, funnel } from '@/lib/insights';
import { TRACKED_STATUSES } from '@/lib/schema';
import { FunnelChart } from './FunnelChart';
import { PageHeading } from './PageHeading';
import { WeeklyChart } from './WeeklyChart';

async function load() {
  const rows = await listPostings({ status: TRACKED_STATUSES });
  // Only a closed application's current status hides how far it got; read just those histories.
  const closed = rows.filter((r) => r.status === 'rejected' || r.status === 'withdrawn');
  const events = (await Promise.all(closed.map((r) => postingHistory(r.jobKey)))).flat();
  return { rows, events };
}

/** Charts of the search: how far applications get, and how many go out each week. */
export function InsightsPage() {
  const data = useLiveQuery(load, []);
  const figures = useMemo(
    () =>
      data && {
        funnel: funnel(data.rows, data.events),
        weekly: applicationsPerWeek(data.rows, Date.now()),
      },
    [data],
  );
  return (
    <>
      <PageHeading title="Insights" />
      {!figures ? (
        <p>Loading…</p>
      ) : (
        <div className="charts">
          <section className="panel" aria-labelledby="funnel-h">
            <h2 id="funnel-h">Application funnel</h2>
            <p className="hint">Postings that reached each stage, whatever happened next.</p>
            <FunnelChart data={figures.funnel} />
          </section>
          <section className="panel" aria-labelledby="weekly-h">
            <h2 id="weekly-h">Applications per week</h2>
            <p className="hint">The last 12 weeks, by the day you marked each one applied.</p>
            <WeeklyChart data={figures.weekly} />
          </section>
        </div>
      )}
    </>
  );
}
