import { JSON_PREVIEW_TEXT as T } from '@/components/text';
import type { ImportCounts } from '@/lib/data/import';

const PROFILE: Record<ImportCounts['profile'], string> = {
  import: T.profileImport,
  keep: T.profileKeep,
  none: T.profileNone,
};

/** What a JSON import would change, shown before anything is written. */
export function ImportPreviewView({ counts }: { counts: ImportCounts }) {
  const items: [string, number][] = [
    [T.added, counts.added],
    [T.updated, counts.updated],
    [T.unchanged, counts.unchanged],
    [T.keptLocal, counts.keptLocal],
    [T.eventsAdded, counts.eventsAdded],
    [T.notesAdded, counts.notesAdded],
    [T.notesUpdated, counts.notesUpdated],
  ];
  return (
    <div>
      <dl className="facts">
        {items.map(([term, n]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <p>{PROFILE[counts.profile]}</p>
      <p>{counts.settings === 'import' ? T.settingsImport : T.settingsKeep}</p>
    </div>
  );
}
