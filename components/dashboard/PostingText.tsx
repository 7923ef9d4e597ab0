import { useEffect, useRef } from 'react';
import { POSTING_TEXT as T } from '@/components/text';
import type { Evidence } from '@/lib/schema';

/**
 * Where an evidence sentence sits in the stored text: at its recorded offsets when they still hold
 * that sentence, else at its first occurrence; null when the text no longer has it.
 */
export function evidenceSpan(text: string, evidence: Evidence): [number, number] | null {
  const quote = evidence.text;
  if (!quote) return null;
  if (evidence.end <= text.length && text.slice(evidence.start, evidence.end) === quote) {
    return [evidence.start, evidence.end];
  }
  const at = text.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}

export interface PostingTextProps {
  text: string;
  /** The sentence to mark (the requirement the user chose), and a counter that re-scrolls to it. */
  highlight?: { evidence: Evidence; seq: number } | null;
}

/**
 * The posting as the page gave it. It is page text, so it is rendered as text nodes in a
 * pre-wrapped block (the chosen sentence in a `<mark>`): markup in it shows as characters and is
 * never parsed.
 */
export function PostingText({ text, highlight }: PostingTextProps) {
  const markRef = useRef<HTMLElement>(null);
  const span = highlight ? evidenceSpan(text, highlight.evidence) : null;
  const seq = highlight?.seq;

  useEffect(() => {
    if (seq === undefined) return;
    // Only scrolls: focus stays on the requirement the user chose, where the keyboard left it.
    markRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [seq]);

  return (
    <section className="panel" aria-labelledby="posting-text-heading">
      <h2 id="posting-text-heading">{T.textHeading}</h2>
      {highlight && !span && (
        <p className="muted" role="status">
          {T.notInText}
        </p>
      )}
      <pre className="posting-text">
        {span ? (
          <>
            {text.slice(0, span[0])}
            <mark ref={markRef} className="evidence-mark">
              {text.slice(span[0], span[1])}
            </mark>
            {text.slice(span[1])}
          </>
        ) : (
          text
        )}
      </pre>
    </section>
  );
}
