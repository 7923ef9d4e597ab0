import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { page } from './test-helpers';

/** A public-sector board: its own name in the document title, the employer under the heading. */
function boardPage(title: string, employer: string, logoAlt: string, headTitle: string): Document {
  return page(`<html><head><title>${headTitle}</title></head><body>
    <header><img src="/crest.png" alt="Jobs Portal"><a href="/signin">Sign in</a></header>
    <main><div class="title-block"><div class="page-title"><h1>${title}</h1></div>
      <p class="page-subtitle">${employer}</p><p>Closing date: 14 March</p></div>
      <div class="logo-block"><img src="/logo/81.png" alt="${logoAlt}"></div>
      <h2>About the job</h2><p>${'The team looks after the records of a busy public office and answers questions from residents every day. '.repeat(4)}</p>
      <h2>Requirements</h2><ul><li>Experience of keeping accurate records</li><li>Clear written English</li></ul>
      <p><a href="/apply/81">Apply now</a></p></main></body></html>`);
}

describe('the employer a board prints under the title', () => {
  it('is the company when the logo beside it names it, not the board in the document title', () => {
    const doc = boardPage(
      'Records Officer',
      'Harbour Authority of Kestrel Bay',
      'Harbour Authority of Kestrel Bay Logo',
      'Records Officer - Public Sector Jobs - Example.UK',
    );
    expect(detect(doc, 'https://jobs.example.uk/vacancy/81')?.company).toBe(
      'Harbour Authority of Kestrel Bay',
    );
  });

  it('is not taken when no logo names it (a closing date or a department line stays unread)', () => {
    const doc = boardPage(
      'Records Officer',
      'Records and Archives',
      'Kestrel Bay Council',
      'Records Officer - Kestrel Bay Council',
    );
    expect(detect(doc, 'https://jobs.example.uk/vacancy/81')?.company).toBe('Kestrel Bay Council');
  });
});
