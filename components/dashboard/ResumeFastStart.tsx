import { type ChangeEvent, useId, useState } from 'react';
import { PREFILL_PROBLEMS, prefillStep, RESUME_TEXT as T } from '@/components/text';
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
      setOutcome({ ok: false, message: T.notChanged(PREFILL_PROBLEMS[result.reason]) });
      return;
    }
    onPrefill(result.profile);
    setOutcome({ ok: true, found: result.found.map(prefillStep) });
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
      setOutcome({ ok: false, message: T.notChanged(T.unreadableFile) });
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      <p className="hint">{T.intro}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{T.file}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={onFile}
          disabled={reading}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{T.paste}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" onClick={() => show(prefillFromText(text))} disabled={!text.trim()}>
        {T.prefill}
      </button>
      {reading && <p role="status">{T.reading}</p>}
      {outcome && !outcome.ok && (
        <p className="notice error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.ok && (
        <div className="notice" role="status">
          <p style={{ margin: '0 0 4px' }}>{T.found}</p>
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
