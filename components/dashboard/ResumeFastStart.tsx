import { type ChangeEvent, useId, useState } from 'react';
import { type PrefillResult, prefillFromFile, prefillFromText } from '@/lib/profile';
import type { Profile } from '@/lib/schema';
import { usePlatform } from './PlatformContext';

export interface ResumeFastStartProps {
  /** Receives the prefilled profile; the form shows it for review, nothing is saved here. */
  onPrefill: (profile: Profile) => void;
}

type Outcome = { ok: true; found: string[] } | { ok: false; message: string } | null;

/**
 * Fast start: a résumé (pasted, or a PDF/DOCX file) is read in this browser by the same engine as
 * postings and prefills the form. Anything that is not a readable résumé gets a clear message and
 * the form is left exactly as it was.
 */
export function ResumeFastStart({ onPrefill }: ResumeFastStartProps) {
  const id = useId();
  const { pdfWorkerSrc } = usePlatform();
  const [text, setText] = useState('');
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const show = (result: PrefillResult) => {
    if (!result.ok) {
      setOutcome({ ok: false, message: `${result.reason} Your profile was not changed.` });
      return;
    }
    onPrefill(result.profile);
    setOutcome({ ok: true, found: result.found });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setReading(true);
    setOutcome(null);
    try {
      show(await prefillFromFile(file.name, await file.arrayBuffer(), { pdfWorkerSrc }));
    } catch {
      show({ ok: false, reason: 'This file could not be read.' });
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Fast start from your résumé</h2>
      <p className="hint">
        Reqlens reads the résumé in this browser and fills in the form below. Nothing is saved until
        you review the form and click Save profile.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Open a PDF or DOCX résumé</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={onFile}
          disabled={reading}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Or paste your résumé’s text</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" onClick={() => show(prefillFromText(text))} disabled={!text.trim()}>
        Prefill from text
      </button>
      {reading && <p role="status">Reading the résumé…</p>}
      {outcome && !outcome.ok && (
        <p className="notice error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.ok && (
        <div className="notice" role="status">
          <p style={{ margin: '0 0 4px' }}>Found in your résumé:</p>
          <ul>
            {outcome.found.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
