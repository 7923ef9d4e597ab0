import { type FormEvent, useId, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import {
  JOB_FORM_TEXT as F,
  FACT_WORDS,
  SALARY_PERIOD_OPTIONS,
  EDIT_TEXT as T,
} from '@/components/text';
import { editFacts } from '@/lib/db';
import { type PostingDetail, SalaryPeriod } from '@/lib/schema';
import { changesOf, draftOf, type FactDraft } from './factDraft';

/**
 * "Edit details" on a posting's page: title, company, location, salary and deadline as the user
 * knows them. Each edited fact is kept when Reqlens reads the page again (lib/db `editFacts`).
 */
export function EditFacts({ posting }: { posting: PostingDetail }) {
  const id = useId();
  const announce = useDashboard((s) => s.announce);
  const [draft, setDraft] = useState<FactDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = posting.edited ?? [];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const result = changesOf(draftOf(posting), draft);
    if ('error' in result) return setError(result.error);
    setBusy(true);
    try {
      await editFacts(posting.jobKey, result.edits, Date.now());
      setDraft(null);
      setError(null);
      announce(T.saved);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof FactDraft, label: string, type = 'text') =>
    draft && (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          inputMode={name.startsWith('salary') ? 'decimal' : undefined}
          value={draft[name]}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
      </div>
    );

  return (
    <div className="edit-facts">
      {edited.length > 0 && (
        <p className="muted">
          {T.editedNote} {edited.map((f) => FACT_WORDS[f]).join(', ')}. {T.editedHint}
        </p>
      )}
      {draft === null ? (
        <button type="button" onClick={() => setDraft(draftOf(posting))}>
          {T.edit}
        </button>
      ) : (
        <form className="job-form" onSubmit={save} aria-label={T.editHeading} noValidate>
          {field('title', F.title)}
          {field('company', F.company)}
          {field('location', F.location)}
          <div className="row">
            {field('salaryMin', T.salaryMin)}
            {field('salaryMax', T.salaryMax)}
            {field('currency', T.currency)}
            <div className="field">
              <label htmlFor={`${id}-period`}>{T.period}</label>
              <select
                id={`${id}-period`}
                value={draft.period}
                onChange={(e) => {
                  const period = SalaryPeriod.safeParse(e.target.value);
                  setDraft({ ...draft, period: period.success ? period.data : '' });
                }}
              >
                <option value="">{T.noPeriod}</option>
                {SalaryPeriod.options.map((p) => (
                  <option key={p} value={p}>
                    {SALARY_PERIOD_OPTIONS[p]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {field('deadline', T.deadline, 'date')}
          {error && (
            <p role="alert" className="notice error">
              {error}
            </p>
          )}
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {T.save}
            </button>
            <button type="button" onClick={() => setDraft(null)} disabled={busy}>
              {F.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
