import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useDashboard } from '@/entrypoints/dashboard/store';
import {
  buildExportReport,
  buildTrackerCsv,
  exportFileName,
  exportToJson,
} from '@/lib/data/export';
import { applyImport, type ImportPreview, previewImportText } from '@/lib/data/import';
import { syncReminderAlarms } from '@/lib/data/reminders';
import { ImportPreviewView } from './ImportPreviewView';
import { usePlatform } from './PlatformContext';

type Ready = Extract<ImportPreview, { ok: true }>;

/** Export everything as JSON, the tracker as CSV, and import an export after a preview. */
export function DataTransfer() {
  const id = useId();
  const platform = usePlatform();
  const announce = useDashboard((s) => s.announce);
  const fileInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Ready | null>(null);
  const [fileName, setFileName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportJson = async () => {
    const now = Date.now();
    const { file, leftOut } = await buildExportReport(now);
    platform.download(exportFileName(now), exportToJson(file), 'application/json');
    if (leftOut === 0) {
      setMessage(null);
      announce('Export downloaded.');
    } else {
      // Damaged rows cannot be written as valid data; the console names each one.
      const text = `Export downloaded without ${leftOut === 1 ? 'one damaged entry' : `${leftOut} damaged entries`} that could not be read (details in the browser console).`;
      setMessage({ error: true, text });
      announce(text);
    }
  };

  const exportCsv = async () => {
    platform.download(exportFileName(Date.now(), 'csv'), await buildTrackerCsv(), 'text/csv');
    announce('Tracker CSV downloaded.');
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPreview(null);
    setMessage(null);
    setFileName(file.name);
    const result = await previewImportText(await file.text());
    if (result.ok) setPreview(result);
    else setMessage({ error: true, text: result.error });
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const counts = await applyImport(preview.file);
      // Imported reminders need their alarms.
      await syncReminderAlarms(platform.alarms, Date.now());
      setPreview(null);
      const text = `Imported: ${counts.added} new and ${counts.updated} updated postings.`;
      setMessage({ error: false, text });
      announce(text);
    } catch (err) {
      setMessage({
        error: true,
        text: `Nothing was imported: ${err instanceof Error ? err.message : String(err)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Export and import</h2>
      <p className="hint">
        The JSON export holds everything (postings, history, notes, profile, settings) and imports
        back exactly. The CSV holds the tracker for a spreadsheet.
      </p>
      <div className="row">
        <button type="button" onClick={exportJson}>
          Export JSON
        </button>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Choose an export file to import"
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
      {preview && (
        <section className="notice" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>Import preview: {fileName}</h3>
          <ImportPreviewView counts={preview} />
          <div className="row">
            <button type="button" className="primary" onClick={apply} disabled={busy}>
              Apply import
            </button>
            <button type="button" onClick={() => setPreview(null)} disabled={busy}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
