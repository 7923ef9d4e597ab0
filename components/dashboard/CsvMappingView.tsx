import { useId } from 'react';
import { CSV_TARGET_LABELS, CSV_IMPORT_TEXT as T } from '@/components/text';
import { type CsvMapping, CsvTarget } from '@/lib/data/csv-mapping';

export interface CsvMappingViewProps {
  header: readonly string[];
  /** The first row's cells, so a column can be recognised by what it holds. */
  sample: readonly string[];
  mapping: CsvMapping;
  onChange: (column: number, target: CsvTarget) => void;
}

/** A file's columns never move: their position is their identity. */
const columns = (header: readonly string[]) =>
  header.map((name, column) => ({ name, column, key: `column-${column}` }));

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** The CSV import's first step: each column of the file and what it will fill. */
export function CsvMappingView({ header, sample, mapping, onChange }: CsvMappingViewProps) {
  const id = useId();
  return (
    <div className="table-wrap">
      <table className="csv-mapping">
        <thead>
          <tr>
            <th scope="col">{T.column}</th>
            <th scope="col">{T.example}</th>
            <th scope="col">{T.target}</th>
          </tr>
        </thead>
        <tbody>
          {columns(header).map(({ name, column, key }) => (
            <tr key={key}>
              <th scope="row" id={`${id}-${column}`}>
                {name}
              </th>
              <td className="muted">{shorten(sample[column] ?? '')}</td>
              <td>
                <select
                  aria-label={T.targetFor(name)}
                  value={mapping[column] ?? 'ignore'}
                  onChange={(e) => {
                    const target = CsvTarget.safeParse(e.target.value);
                    if (target.success) onChange(column, target.data);
                  }}
                >
                  {CsvTarget.options.map((t) => (
                    <option key={t} value={t}>
                      {CSV_TARGET_LABELS[t]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
