import type { Ref } from 'react';
import type { PostingFacts as Facts } from '@/lib/schema';
import { factRows, UNTITLED } from './postingDisplay';

export interface PostingFactsProps {
  posting: Facts;
  /** Locale for amounts; the browser's by default. */
  locale?: string;
  headingLevel?: 1 | 2 | 3;
  /** Makes the title focusable from script (a page moves focus to it after navigation). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Title, company and the facts a job seeker scans first. Missing facts are left out, not guessed. */
export function PostingFacts({ posting, locale, headingLevel = 2, headingRef }: PostingFactsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="posting-facts">
      <Heading ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="posting-title">
        {posting.title ?? UNTITLED}
      </Heading>
      <dl>
        {factRows(posting, locale).map(([term, value]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
