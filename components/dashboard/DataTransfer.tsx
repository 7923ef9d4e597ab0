import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { csvFileProblem, importProblem, DATA_TEXT as T } from '@/components/text';
import type { CsvMapping } from '@/lib/data/csv-mapping';
import { type CsvTable, looksLikeJson } from '@/lib/data/csv-read';
import {
  buildExportReport,
  buildTrackerCsv,
  exportFileName,
  exportToJson,
} from '@/lib/data/export';
import { applyImport, type ImportPreview, previewImportText } from '@/lib/data/import';
import { ImportError } from '@/lib/data/import-check';
import { startCsvImport } from '@/lib/data/import-csv';
import { syncReminderAlarms } from '@/lib/data/reminders';
import { CsvImport } from './CsvImport';
import { ImportPreviewView } from './ImportPreviewView';
import { usePlatform } from './PlatformContext';
import { useFitCache } from './useFitCache';

type Ready = Extract<ImportPreview, { ok: true }>;
type CsvStep = { table: CsvTable; mapping: CsvMapping };
type Message = { error: boolean; text: string };

/** Export everything as JSON, the tracker as CSV; import a JSON export or a CSV after a preview. */
export function DataTransfer() {
  const id = useId();
  const platform = usePlatform();
  const announce = useDashboard((s) => s.announce);
  const fit = useFitCache();
  // Initial values typed with `as`, so the message catalogue's check reads no generics as text.
  const fileInput = useRef(null as HTMLInputElement | null);
  const [preview, setPreview] = useState(null as Ready | null);
  const [csv, setCsv] = useState(null as CsvStep | null);
  const [fileName, setFileName] = useState('');
  const [message, setMessage] = useState(null as Message | null);
  const [busy, setBusy] = useState(false);

  const done = async (text: string) => {
    // Imported reminders need their alarms.
    await syncReminderAlarms(platform.alarms, Date.now());
    setPreview(null);
    setCsv(null);
    setMessage({ error: false, text });
    announce(text);
  };
  const fail = (text: string) => setMessage({ error: true, text });

  const exportJson = async () => {
    const now = Date.now();
    const { file, leftOut } = await buildExportReport(now);
    platform.download(exportFileName(now), exportToJson(file), 'application/json');
    if (leftOut === 0) {
      setMessage(null);
      announce(T.exported);
    } else {
      // Damaged rows cannot be written as valid data; the console names each one.
      const text = T.exportedWithout(leftOut);
      setMessage({ error: true, text });
      announce(text);
    }
  };

  const exportCsv = async () => {
    const csvText = await buildTrackerCsv(fit ? fit.score : undefined);
    platform.download(exportFileName(Date.now(), 'csv'), csvText, 'text/csv');
    announce(T.csvExported);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPreview(null);
    setCsv(null);
    setMessage(null);
    setFileName(file.name);
    const text = await file.text();
    if (looksLikeJson(text) || /\.json$/i.test(file.name)) {
      const result = await previewImportText(text);
      if (result.ok) setPreview(result);
      else fail(importProblem(result.problem));
      return;
    }
    const start = startCsvImport(text);
    if (start.ok) setCsv({ table: start.table, mapping: start.mapping });
    else fail(csvFileProblem(start.problem));
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const counts = await applyImport(preview.file);
      await done(T.imported(counts.added, counts.updated));
    } catch (err) {
      fail(
        `${T.nothingImported} ${err instanceof ImportError ? importProblem(err.problem) : String(err)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{T.heading}</h2>
      <p className="hint">{T.hint}</p>
      <p className="hint">{T.importHint}</p>
      <div className="row">
        <button type="button" onClick={exportJson}>
          {T.exportJson}
        </button>
        <button type="button" onClick={exportCsv}>
          {T.exportCsv}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {T.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json,text/csv,.csv"
          aria-label={T.chooseFile}
          className="visually-hidden"
          tabIndex={-1}
          onChange={onFile}
        />
      </div>
      {/* Success is announced by the page's live region; only errors interrupt as alerts. */}
      {message && (
        <p
          className={`notice${message.error ? ' error' : ''}`}
          role={message.error ? 'alert' : undefined}
        >
          {message.text}
        </p>
      )}
      {csv && (
        <CsvImport
          key={fileName}
          fileName={fileName}
          table={csv.table}
          guessed={csv.mapping}
          onDone={done}
          onError={fail}
          onCancel={() => setCsv(null)}
        />
      )}
      {preview && (
        <section className="notice" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>
            {T.previewHeading} {fileName}
          </h3>
          <ImportPreviewView counts={preview} />
          <div className="row">
            <button type="button" className="primary" onClick={apply} disabled={busy}>
              {T.apply}
            </button>
            <button type="button" onClick={() => setPreview(null)} disabled={busy}>
              {T.cancel}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
