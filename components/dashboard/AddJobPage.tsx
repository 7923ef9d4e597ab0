import { useState } from 'react';
import { routeHref } from '@/components/dashboard/route';
import { useDashboard } from '@/components/dashboard/store';
import { EDIT_TEXT as T } from '@/components/text';
import type { ManualPostingInput } from '@/lib/schema/manual';
import { EMPTY_JOB, JobForm } from '../JobForm';
import { PageHeading } from './PageHeading';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A job typed in by hand (`#/add`): the page runs the same engine on the pasted text (loaded only
 * on save) and the job goes on the board as Saved; then its own page opens.
 */
export function AddJobPage() {
  const announce = useDashboard((s) => s.announce);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (entry: ManualPostingInput) => {
    setBusy(true);
    setError(null);
    try {
      const { addManualJob } = await import('@/lib/manual');
      const { jobKey } = await addManualJob(entry, Date.now());
      announce(T.added);
      window.location.hash = routeHref({ page: 'posting', jobKey });
    } catch (e) {
      setError(message(e));
      setBusy(false);
    }
  };

  return (
    <section className="panel">
      <PageHeading title={T.addHeading} />
      <p className="muted">{T.addIntro}</p>
      <JobForm
        initial={EMPTY_JOB}
        submitLabel={T.addHeading}
        busy={busy}
        error={error}
        onSubmit={(entry) => void save(entry)}
      />
    </section>
  );
}
