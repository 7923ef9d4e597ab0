import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { findTitle } from './posting';
import { trimTitle, withoutJobNoun } from './title-trim';

describe('the tail of a title', () => {
  const body = '\n\nWe build logistics software. You have 3 years of experience with Go.';

  it('is cut from a title read off the text ("… | Employer", "… - Town")', () => {
    expect(extract({ text: `Backend Engineer | Fernhill Freight${body}` }).posting.title).toBe(
      'Backend Engineer',
    );
    expect(extract({ text: `Ingeniero de datos - Valencia${body}` }).posting.title).toBe(
      'Ingeniero de datos',
    );
  });

  it('stays on a title the page itself gives, as the page shows it', () => {
    const jsonLd = { title: 'Software Engineer (New Grads) - New York' };
    expect(
      extract({ text: `Software Engineer (New Grads) - New York${body}`, jsonLd }).posting.title,
    ).toBe('Software Engineer (New Grads) - New York');
    const meta = { title: 'Data Engineer - Berlin' };
    expect(extract({ text: `Data Engineer - Berlin${body}`, meta }).posting.title).toBe(
      'Data Engineer - Berlin',
    );
  });
});

describe('withoutJobNoun: a board’s "Job" after a title', () => {
  it.each([
    ['Network Technician - Top Secret Clearance Job', 'Network Technician - Top Secret Clearance'],
    ['Java Entwickler Job', 'Java Entwickler'],
    ['Night Job', 'Night Job'],
    ['Job Coach', 'Job Coach'],
  ])('%s', (title, expected) => {
    expect(withoutJobNoun(title)).toBe(expected);
    expect(trimTitle(title)).toBe(expected);
  });

  it('trims the page’s own title too', () => {
    expect(findTitle('Whatever', null, { title: 'Payroll Clerk Job' })).toBe('Payroll Clerk');
  });
});
