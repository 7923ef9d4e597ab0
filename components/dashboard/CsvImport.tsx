import { useId, useState } from 'react';
import { csvMappingProblem, DATA_TEXT, CSV_IMPORT_TEXT as T } from '@/components/text';
import type { DateOrder } from '@/lib/data/csv-cells';
import { type CsvMapping, mappingProblem, remap } from '@/lib/data/csv-mapping';
import type { CsvTable } from '@/lib/data/csv-read';
import { applyCsvImport, type CsvPreview, previewCsvImport } from '@/lib/data/import-csv';
import { CsvMappingView } from './CsvMappingView';
import { CsvPreviewView } from './CsvPreviewView';

export interface CsvImportProps {
  fileName: string;
  table: CsvTable;
  /** The mapping guessed from the header. */
  guessed: CsvMapping;
  /** Called after the import was written, with the sentence to show. */
  onDone: (message: string) => void;
  onError: (message: string) => void;
  onCancel: () => void;
  /** The browser's language: how dates like 03/04/2026 read when the file does not say. */
  locale?: string;
}

/**
 * A CSV file's import, in two steps: which column is what (guessed, every column can be changed),
 * then a preview of the jobs added and updated and the rows skipped; only "Apply import" writes.
 */
export function CsvImport({
  fileName,
  table,
  guessed,
  onDone,
  onError,
  onCancel,
  locale = navigator.language,
}: CsvImportProps) {
  const id = useId();
  const [mapping, setMapping] = useState(guessed);
  // Date columns the user read the other way round in the preview.
  const [orders, setOrders] = useState<Record<number, DateOrder>>({});
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = mappingProblem(mapping);

  const showPreview = async (chosen = orders) => {
    setBusy(true);
    try {
      setPreview(await previewCsvImport(table, mapping, Date.now(), { locale, orders: chosen }));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const done = await applyCsvImport(table, mapping, Date.now(), { locale, orders });
      onDone(T.imported(done.added.length, done.updated.length, done.skipped.length));
    } catch (err) {
      console.error('Reqlens CSV import failed', err);
      onError(`${DATA_TEXT.nothingImported} ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="notice" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        {DATA_TEXT.previewHeading} {fileName}
      </h3>
      {preview === null ? (
        <>
          <h4>{T.mappingHeading}</h4>
          <p className="hint">{T.mappingHint}</p>
          <CsvMappingView
            header={table.header}
            sample={table.rows[0]?.cells ?? []}
            mapping={mapping}
            onChange={(column, target) => {
              setMapping((m) => remap(m, column, target));
              setOrders({});
            }}
          />
          {problem && (
            <p className="notice error" role="alert">
              {csvMappingProblem(problem)}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => showPreview()}
              disabled={busy || problem !== null}
            >
              {T.showPreview}
            </button>
            <button type="button" onClick={onCancel} disabled={busy}>
              {DATA_TEXT.cancel}
            </button>
          </div>
        </>
      ) : (
        <>
          <CsvPreviewView
            preview={preview}
            onDateOrder={(column, order) => {
              const chosen = { ...orders, [column]: order };
              setOrders(chosen);
              void showPreview(chosen);
            }}
          />
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={apply}
              disabled={busy || preview.added.length + preview.updated.length === 0}
            >
              {DATA_TEXT.apply}
            </button>
            <button type="button" onClick={() => setPreview(null)} disabled={busy}>
              {T.back}
            </button>
            <button type="button" onClick={onCancel} disabled={busy}>
              {DATA_TEXT.cancel}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
