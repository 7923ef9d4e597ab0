import { describe, expect, it } from 'vitest';
import { extract } from '../index';

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
