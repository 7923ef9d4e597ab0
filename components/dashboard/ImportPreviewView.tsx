import type { ImportCounts } from '@/lib/data/import';

const PROFILE: Record<ImportCounts['profile'], string> = {
  import: 'Your profile will be taken from the file (none is stored here).',
  keep: 'Your profile here is kept; the file’s profile is ignored.',
  none: 'The file has no profile.',
};

/** What an import would change, shown before anything is written. */
export function ImportPreviewView({ counts }: { counts: ImportCounts }) {
  const items: [string, number][] = [
    ['New postings', counts.added],
    ['Postings updated from the file (newer there)', counts.updated],
    ['Postings already identical', counts.unchanged],
    ['Postings kept as they are here (newer here)', counts.keptLocal],
    ['Status changes added', counts.eventsAdded],
    ['Notes added', counts.notesAdded],
    ['Notes updated', counts.notesUpdated],
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
      <p>
        {counts.settings === 'import'
          ? 'Settings will be taken from the file.'
          : 'Your settings here are kept.'}
      </p>
    </div>
  );
}
