import { useMemo } from 'react';
import { WHAT_CHANGED_TEXT as T } from '@/components/text';
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
      <h2 id="changed-heading">{T.heading}</h2>
      <p className="muted">{T.summary(when.format(previous.capturedAt), added, removed)}</p>
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
          const label = line.type === 'added' ? T.added : line.type === 'removed' ? T.removed : '';
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
