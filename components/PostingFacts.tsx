import type { PostingFacts as Facts } from '@/lib/schema';
import { formatSalary } from './formatSalary';
import { EMPLOYMENT_LABELS, WORKPLACE_LABELS } from './requirementLabel';

export interface PostingFactsProps {
  posting: Facts;
  /** Locale for amounts; the browser's by default. */
  locale?: string;
  headingLevel?: 1 | 2 | 3;
}

/** Title, company and the facts a job seeker scans first. Missing facts are left out, not guessed. */
export function PostingFacts({ posting, locale, headingLevel = 2 }: PostingFactsProps) {
  const Heading = `h${headingLevel}` as const;
  const facts: [string, string | null][] = [
    ['Company', posting.company],
    ['Location', posting.locations.length > 0 ? posting.locations.join(' · ') : null],
    ['Work model', posting.workplace ? WORKPLACE_LABELS[posting.workplace] : null],
    ['Salary', formatSalary(posting.salary, locale)],
    ['Employment', posting.employmentType ? EMPLOYMENT_LABELS[posting.employmentType] : null],
  ];
  return (
    <div className="posting-facts">
      <Heading className="posting-title">{posting.title ?? 'Untitled posting'}</Heading>
      <dl>
        {facts
          .filter((f): f is [string, string] => f[1] !== null)
          .map(([term, value]) => (
            <div key={term} className="fact">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
