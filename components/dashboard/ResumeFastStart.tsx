import { useId, useState } from 'react';
import { profileFromResumeText } from '@/lib/profile/from-resume';
import { looksLikeResume } from '@/lib/profile/looks-like-resume';
import type { Profile } from '@/lib/schema';

export interface ResumeFastStartProps {
  /** Receives the prefilled profile; the form shows it for review, nothing is saved here. */
  onPrefill: (profile: Profile) => void;
}

type Outcome = { ok: true; found: string[] } | { ok: false; message: string } | null;

/**
 * Fast start: a résumé's text is read by the same engine as postings and prefills the form. A text
 * that is not a résumé gets a clear message and the form is left exactly as it was.
 */
export function ResumeFastStart({ onPrefill }: ResumeFastStartProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);

  const prefillFrom = (resume: string) => {
    const check = looksLikeResume(resume);
    if (!check.ok) {
      setOutcome({ ok: false, message: `${check.reason} Your profile was not changed.` });
      return;
    }
    const prefill = profileFromResumeText(resume);
    onPrefill(prefill.profile);
    setOutcome({ ok: true, found: prefill.found });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Fast start from your résumé</h2>
      <p className="hint">
        Reqlens reads the résumé in this browser and fills in the form below. Nothing is saved until
        you review the form and click Save profile.
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>Paste your résumé’s text</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" onClick={() => prefillFrom(text)} disabled={!text.trim()}>
        Prefill from text
      </button>
      {outcome && !outcome.ok && (
        <p className="notice error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.ok && (
        <div className="notice" role="status">
          <p style={{ margin: '0 0 4px' }}>
            Found in your résumé{outcome.found.length === 0 ? ': nothing we could use.' : ':'}
          </p>
          {outcome.found.length > 0 && (
            <ul>
              {outcome.found.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
