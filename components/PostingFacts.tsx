import type { PostingFacts as Facts } from '@/lib/schema';
import { factRows, UNTITLED } from './postingDisplay';

export interface PostingFactsProps {
  posting: Facts;
  /** Locale for amounts; the browser's by default. */
  locale?: string;
  headingLevel?: 1 | 2 | 3;
}

/** Title, company and the facts a job seeker scans first. Missing facts are left out, not guessed. */
export function PostingFacts({ posting, locale, headingLevel = 2 }: PostingFactsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="posting-facts">
      <Heading className="posting-title">{posting.title ?? UNTITLED}</Heading>
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
