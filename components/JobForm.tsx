import { type FormEvent, useEffect, useId, useState } from 'react';
import { JOB_FORM_TEXT as T } from '@/components/text';
import { LIMITS } from '@/lib/schema/limits';
import type { ManualPostingInput } from '@/lib/schema/manual';

type ManualSchema = typeof import('@/lib/schema/manual').ManualPosting;
let schema: Promise<ManualSchema> | undefined;

/**
 * The schema the form checks with, loaded with the form rather than with the page: the popup's
 * first screen (which holds this form for "Add a job") then paints before the schema library loads.
 */
function loadSchema(): Promise<ManualSchema> {
  schema ??= import('@/lib/schema/manual').then((m) => m.ManualPosting);
  return schema;
}

export interface JobFormValues {
  title: string;
  company: string;
  location: string;
  url: string;
  text: string;
}

export const EMPTY_JOB: JobFormValues = { title: '', company: '', location: '', url: '', text: '' };

export interface JobFormProps {
  /** What the form starts with: the page's names when saving a page, or nothing. */
  initial: JobFormValues;
  submitLabel: string;
  /** A save is under way: the button waits. */
  busy: boolean;
  /** Why the last save failed, in plain words. */
  error: string | null;
  onSubmit: (entry: ManualPostingInput) => void;
  onCancel?: () => void;
  /** Fewer rows for the description, for the popup. */
  compact?: boolean;
}

/**
 * A job typed in by hand: title, company, location, address and the posting's pasted text, which
 * the engine reads as it reads a page. Checked with the same schema the database write uses, so
 * what the form accepts is what gets stored.
 */
export function JobForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  compact,
}: JobFormProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [invalid, setInvalid] = useState<string | null>(null);
  const set = (field: keyof JobFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  useEffect(() => {
    loadSchema().catch(console.error);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    loadSchema().then(
      (ManualPosting) => {
        const parsed = ManualPosting.safeParse(values);
        if (!parsed.success) {
          // The schema names the field at fault; the words are the catalogue's.
          const field = parsed.error.issues[0]?.path[0];
          setInvalid(field === 'title' ? T.needsTitle : field === 'url' ? T.badUrl : T.invalid);
          return;
        }
        setInvalid(null);
        onSubmit(values);
      },
      () => setInvalid(T.invalid),
    );
  };

  const line = (field: Exclude<keyof JobFormValues, 'text'>, label: string, required = false) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type={field === 'url' ? 'url' : 'text'}
        value={values[field]}
        required={required}
        maxLength={field === 'url' ? LIMITS.url : LIMITS.short}
        onChange={(e) => set(field)(e.target.value)}
      />
    </div>
  );
  const shownError = invalid ?? error;

  return (
    <form className="job-form" onSubmit={submit} noValidate aria-busy={busy}>
      {line('title', T.title, true)}
      {line('company', T.company)}
      {line('location', T.location)}
      {line('url', T.url)}
      <div className="field">
        <label htmlFor={`${id}-text`}>{T.text}</label>
        <textarea
          id={`${id}-text`}
          rows={compact ? 5 : 12}
          value={values.text}
          maxLength={LIMITS.text}
          placeholder={T.textPlaceholder}
          aria-describedby={`${id}-text-hint`}
          onChange={(e) => set('text')(e.target.value)}
        />
        <span id={`${id}-text-hint`} className="hint">
          {T.textHint}
        </span>
      </div>
      {shownError && (
        <p role="alert" className="notice error">
          {shownError}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? T.saving : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {T.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
