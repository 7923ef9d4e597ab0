import { useMemo } from 'react';
import type { PostingVersion } from '@/lib/schema';
import { diffLines, hasChanges } from '@/lib/text-diff';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Lines kept around each change so it can be read in place. */
const CONTEXT = 2;

/** What the employer changed since the previous capture: a line diff, unchanged runs folded. */
export function WhatChanged({ versions, text }: { versions: PostingVersion[]; text: string }) {
  const previous = versions.at(-1);
  const diff = useMemo(() => (previous ? diffLines(previous.text, text) : []), [previous, text]);
  if (!previous || !hasChanges(diff)) return null;
  const near = (i: number) =>
    diff.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((l) => l.type !== 'same');
  const added = diff.filter((l) => l.type === 'added').length;
  const removed = diff.filter((l) => l.type === 'removed').length;
  return (
    <section className="panel" aria-labelledby="changed-heading">
      <h2 id="changed-heading">What changed</h2>
      <p className="muted">
        The posting was edited after {when.format(previous.capturedAt)}: {added} line
        {added === 1 ? '' : 's'} added, {removed} removed.
      </p>
      <pre className="diff">
        {diff.map((line, i) => {
          if (line.type === 'same' && !near(i)) {
            return near(i - 1) ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once, in order
              <span key={i} className="muted">
                {'  …\n'}
              </span>
            ) : null;
          }
          const mark = line.type === 'added' ? '+ ' : line.type === 'removed' ? '- ' : '  ';
          const label =
            line.type === 'added' ? 'Added: ' : line.type === 'removed' ? 'Removed: ' : '';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once, in order
            <span key={i} className={line.type === 'same' ? undefined : line.type}>
              <span className="visually-hidden">{label}</span>
              <span aria-hidden="true">{mark}</span>
              {`${line.text}\n`}
            </span>
          );
        })}
      </pre>
    </section>
  );
}
