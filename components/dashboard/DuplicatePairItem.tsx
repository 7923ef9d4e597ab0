import { useId, useState } from 'react';
import { COMMON_TEXT, DUPLICATE_REASONS, DUPLICATES_TEXT as T } from '@/components/text';
import type { DuplicatePair } from '@/lib/data/duplicates';
import { siteName } from '@/lib/detect/sites/names';
import type { PostingRow } from '@/lib/schema';
import { STATUS_LABELS } from '../StatusSelect';

export interface DuplicatePairItemProps {
  pair: DuplicatePair;
  a: PostingRow;
  b: PostingRow;
  onMerge: (keepKey: string, dropKey: string) => Promise<void>;
  onDismiss: () => void;
}

const describe = (p: PostingRow) =>
  `${p.title ?? COMMON_TEXT.untitled} · ${p.company ?? '—'} · ${siteName(p.site)} · ${STATUS_LABELS[p.status]}`;

/** One likely duplicate: the user picks which copy to keep and confirms before anything merges. */
export function DuplicatePairItem({ pair, a, b, onMerge, onDismiss }: DuplicatePairItemProps) {
  const id = useId();
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const [confirming, setConfirming] = useState(false);
  const kept = keep === 'a' ? a : b;
  const dropped = keep === 'a' ? b : a;
  return (
    <li className="panel">
      <fieldset>
        <legend>{T.pair(Math.round(pair.score * 100))}</legend>
        {[a, b].map((p, i) => (
          <label key={p.jobKey} className="field-inline">
            <input
              type="radio"
              name={`${id}-keep`}
              checked={keep === (i === 0 ? 'a' : 'b')}
              onChange={() => setKeep(i === 0 ? 'a' : 'b')}
            />
            {T.keep(describe(p))}
          </label>
        ))}
        <p className="hint">{pair.reasons.map((r) => DUPLICATE_REASONS[r.kind](r)).join(' · ')}</p>
      </fieldset>
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`${id}-q`} className="notice">
          <p id={`${id}-q`}>
            {T.question(
              dropped.title ?? COMMON_TEXT.untitled,
              siteName(dropped.site),
              siteName(kept.site),
            )}
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => onMerge(kept.jobKey, dropped.jobKey)}
            >
              {T.confirm}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {COMMON_TEXT.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setConfirming(true)}>
            {T.merge}
          </button>
          <button type="button" onClick={onDismiss}>
            {T.dismiss}
          </button>
        </div>
      )}
    </li>
  );
}
