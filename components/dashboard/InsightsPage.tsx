import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { INSIGHTS_TEXT as T } from '@/components/text';
import { fitInputOf, getProfile, listPostings, postingHistory } from '@/lib/db';
import { siteName } from '@/lib/detect/sites/names';
import { applicationsPerWeek, funnel, weekStart } from '@/lib/insights';
import {
  applicationReplies,
  type ReplyFigures,
  repliesBy,
  replyFigures,
} from '@/lib/insights-replies';
import { skillGaps } from '@/lib/insights-skills';
import { type Profile, TRACKED_STATUSES } from '@/lib/schema';
import { FunnelChart } from './FunnelChart';
import { PageHeading } from './PageHeading';
import { WeeklyChart } from './WeeklyChart';

const WEEKS = 12;
const DAY = 86_400_000;
const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

async function profileOrNull(): Promise<Profile | null> {
  try {
    return await getProfile();
  } catch {
    // A damaged profile: the Profile page explains it; here the skills panel asks for one.
    return null;
  }
}

async function load() {
  const rows = await listPostings({ status: TRACKED_STATUSES });
  // Histories of the applications (when each got its first reply) and of closed ones (how far
  // they got): the rest say all they need in their row.
  const needed = rows.filter(
    (r) => r.appliedAt !== null || r.status === 'rejected' || r.status === 'withdrawn',
  );
  const events = (await Promise.all(needed.map((r) => postingHistory(r.jobKey)))).flat();
  return { rows, events, profile: await profileOrNull() };
}

const days = (d: number | null) => (d === null ? T.noReply : T.days(d < 1 ? 0 : Math.round(d)));

/** One line of a reply table: the figures and a bar for the rate. */
function ReplyRow({ label, figures }: { label: string; figures: ReplyFigures }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{figures.applied}</td>
      <td>{figures.replied}</td>
      <td>
        <span className="rate-cell">
          <span className="hbar-track" aria-hidden="true">
            <span className="hbar" style={{ width: `${figures.rate ?? 0}%` }} />
          </span>
          {figures.rate === null ? T.noReply : `${figures.rate}%`}
        </span>
      </td>
      <td>{days(figures.medianDays)}</td>
    </tr>
  );
}

function ReplyTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: { key: string; label: string; figures: ReplyFigures }[];
}) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{T.applied}</th>
          <th scope="col">{T.replied}</th>
          <th scope="col">{T.rate}</th>
          <th scope="col">{T.firstReply}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <ReplyRow key={r.key} label={r.label} figures={r.figures} />
        ))}
      </tbody>
    </table>
  );
}

/** Charts of the search: how far applications get, how many go out and get answered, what is asked. */
export function InsightsPage() {
  const data = useLiveQuery(load, []);
  const figures = useMemo(() => {
    if (!data) return undefined;
    const now = Date.now();
    const apps = applicationReplies(data.rows, data.events);
    const since = weekStart(now - (WEEKS - 1) * 7 * DAY);
    const weeks = repliesBy(
      apps.filter((a) => a.appliedAt >= since),
      (a) => weekStart(a.appliedAt),
    ).sort((a, b) => b.key - a.key);
    const sites = repliesBy(apps, (a) => siteName(a.site)).sort(
      (a, b) => b.figures.applied - a.figures.applied || a.key.localeCompare(b.key),
    );
    const skills = data.profile?.skills?.length
      ? skillGaps(
          data.rows.flatMap((r) => {
            const input = fitInputOf(r);
            return input ? [input] : [];
          }),
          data.profile,
        )
      : null;
    return {
      funnel: funnel(data.rows, data.events),
      weekly: applicationsPerWeek(data.rows, now, WEEKS),
      overall: replyFigures(apps),
      weeks: weeks.map((w) => ({
        key: String(w.key),
        label: short.format(w.key),
        figures: w.figures,
      })),
      sites: sites.map((s) => ({ key: s.key, label: s.key, figures: s.figures })),
      skills,
    };
  }, [data]);

  return (
    <>
      <PageHeading title={T.heading} />
      {!figures ? (
        <p>{T.loading}</p>
      ) : (
        <div className="charts">
          <section className="panel" aria-labelledby="funnel-h">
            <h2 id="funnel-h">{T.funnelHeading}</h2>
            <p className="hint">{T.funnelHint}</p>
            <FunnelChart data={figures.funnel} />
          </section>
          <section className="panel" aria-labelledby="weekly-h">
            <h2 id="weekly-h">{T.weeklyHeading}</h2>
            <p className="hint">{T.weeklyHint}</p>
            <WeeklyChart data={figures.weekly} />
          </section>
          <section className="panel wide" aria-labelledby="replies-h">
            <h2 id="replies-h">{T.responseHeading}</h2>
            <p className="hint">{T.responseHint}</p>
            {figures.overall.applied === 0 ? (
              <p>{T.noApplications}</p>
            ) : (
              <>
                <p>
                  {T.overall(
                    figures.overall.rate ?? 0,
                    figures.overall.replied,
                    figures.overall.applied,
                  )}
                  {figures.overall.medianDays !== null &&
                    ` ${T.overallTime(days(figures.overall.medianDays))}`}
                </p>
                <div className="table-pair">
                  <ReplyTable caption={T.responseByWeek} first={T.weekOf} rows={figures.weeks} />
                  <ReplyTable caption={T.responseBySite} first={T.site} rows={figures.sites} />
                </div>
              </>
            )}
          </section>
          <section className="panel wide" aria-labelledby="skills-h">
            <h2 id="skills-h">{T.gapsHeading}</h2>
            <p className="hint">{T.gapsHint}</p>
            {figures.skills === null ? (
              <p>
                <a href="#/profile">{T.gapsNoProfile}</a>
              </p>
            ) : figures.skills.length === 0 ? (
              <p>{T.gapsNone}</p>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">{T.gapsHeading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{T.skill}</th>
                    <th scope="col">{T.askedBy}</th>
                    <th scope="col">{T.requiredBy}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.skills.map((g) => (
                    <tr key={g.name}>
                      <th scope="row">{g.name}</th>
                      <td>
                        <span className="rate-cell">
                          <span className="hbar-track" aria-hidden="true">
                            <span
                              className="hbar"
                              style={{
                                width: `${(g.postings / (figures.skills?.[0]?.postings || 1)) * 100}%`,
                              }}
                            />
                          </span>
                          {g.postings}
                        </span>
                      </td>
                      <td>{g.required}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      )}
    </>
  );
}
