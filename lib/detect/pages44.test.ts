import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { asStored } from './brand';
import { detect } from './index';
import { page } from './test-helpers';

/** What the engine reads of a detected page, as the background stores it. */
function facts(html: string, url: string) {
  const c = detect(page(html), url);
  if (!c) return null;
  const x = extract(inputFromCapture(asStored(c)));
  return { labels: c.labels ?? [], workplace: x.posting.workplace };
}

const posting = (extra: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Ledger Platform Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Tallyhouse' },
    description:
      '<p>You keep the books of many small shops in balance and build the services that close each month.</p>',
    ...extra,
  })}</script>`;

describe('Ashby: the left pane names the work model', () => {
  const ashby = (model: string) => `<html><head><title>Ledger Platform Engineer @ Tallyhouse</title>
    ${posting({ jobLocationType: 'TELECOMMUTE' })}</head><body>
    <div class="ashby-job-posting-left-pane">
      <div><h2>Location</h2><p>Leeds (HQ); Bristol</p></div>
      <div><h2>Employment Type</h2><p>Full time</p></div>
      <div><h2>Location Type</h2><p>${model}</p></div>
      <div><h2>Department</h2><p>Finance Engineering</p></div>
    </div>
    <h1 class="ashby-job-posting-heading">Ledger Platform Engineer</h1>
    <div class="ashby-job-posting-description"><p>You keep the books of many small shops in balance.</p></div>
    </body></html>`;
  const url = 'https://jobs.ashbyhq.com/tallyhouse/5f1c77ab-0c3d-4e2a-9b1f-2a6d8e4c0b11';

  it('reads the pane values as site labels', () => {
    expect(facts(ashby('Hybrid'), url)?.labels).toEqual([
      'Leeds (HQ); Bristol',
      'Full time',
      'Hybrid',
      'Finance Engineering',
    ]);
  });

  it('lets the shown "Hybrid" win over a TELECOMMUTE in the JSON-LD', () => {
    expect(facts(ashby('Hybrid'), url)?.workplace).toBe('hybrid');
  });

  it('keeps remote when the pane says so', () => {
    expect(facts(ashby('Remote'), url)?.workplace).toBe('remote');
  });
});

describe('Built In: similar jobs below carry their own #main cards', () => {
  const row = (value: string) =>
    `<div class="d-flex"><div class="h-lg min-w-md"><i class="fa-regular fa-house-building"></i></div> <span>${value}</span></div>`;
  const card = (id: number, cls: string, value: string) =>
    `<div id="job-card-${id}" data-id="job-card" class="${cls}"><div id="main" class="row"><h1>Ledger role ${id}</h1>${row(value)}${row('Mid level')}</div></div>`;
  const html = `<html><head>${posting({ employmentType: 'FULL_TIME' })}</head><body><main>
    <div class="job-post-item" id="4455667">
      ${card(4455667, 'job-card position-relative', 'In-Office')}
      <div class="jobs-at-similar-companies">
        ${card(4455001, 'job-bounded-responsive', 'Hybrid')}
        ${card(4455002, 'job-bounded-responsive', 'Remote')}
      </div>
    </div></main></body></html>`;

  it('reads only the posting card', () => {
    const f = facts(html, 'https://www.builtinnyc.com/job/ledger-platform-engineer/4455667');
    expect(f?.labels).toEqual(['In-Office', 'Mid level']);
    expect(f?.workplace).toBe('onsite');
  });
});

describe('a careers platform field named in the markup ("workplace-type")', () => {
  const field = (value: string) =>
    `<li class="job-component-icon-and-text job-component-workplace-type"><i class="fas fa-laptop" aria-label="Workplace type"></i><span id="workplace_type_text_1a2b">${value}</span></li>`;
  const careers = (fields: string) => `<html><head>${posting({})}</head><body>
    <h1>Ledger Platform Engineer</h1><ul>${fields}</ul>
    <p>You keep the books of many small shops in balance and build the services that close each month.</p>
    </body></html>`;
  const url = 'https://careers.tallyhouse.example/jobs/ledger-platform-engineer';

  it('reads its value as the work model of a page no adapter reads', () => {
    const f = facts(careers(field('On Site')), url);
    expect(f?.labels).toEqual(['On Site', 'On Site']);
    expect(f?.workplace).toBe('onsite');
  });

  it('reads nothing from a page with a field on every job of a list', () => {
    const many = ['Hybrid', 'Remote', 'On Site', 'Hybrid'].map(field).join('');
    expect(facts(careers(many), url)?.labels).toEqual([]);
  });

  it('reads nothing from a search filter offering every work model', () => {
    const filter =
      '<form role="search"><select class="location-type-filter"><option>Remote</option><option>Hybrid</option><option>On-site</option></select></form>';
    expect(facts(careers(filter), url)?.labels).toEqual([]);
  });

  it('ignores a long text in such a field', () => {
    const prose = field(
      'We meet in the office on most days and work from home when the sprint allows it',
    );
    expect(facts(careers(prose), url)?.labels).toEqual([]);
  });
});

describe('an older field-sheet job page (Dice, around 2014)', () => {
  /** Template indentation between the tags, as such pages are served. */
  const pad = `\n${'\t'.repeat(60)}`;
  const row = (label: string, value: string) => `${pad}<dt>${label}:</dt>${pad}<dd>${value}</dd>`;
  const sheet = `<html><head><title>Payroll Systems Analyst - Brightwater Mills - Dayton, OH | dice.com</title>
    <meta property="og:site_name" content="Dice.com"></head><body>
    <div id="content"><div id="overview_col">
      <div class="job_overview"><h1>Job Overview</h1><dl>
        ${row('Company', '<a href="/company/brightwater">Brightwater Mills</a>')}
        ${row('Title', 'Payroll Systems Analyst')}
        ${row('Location', 'Dayton, OH')}
        ${row('Employ. Type', 'FULLTIME')}
        ${row('Position ID', '77-AB12093')}
        ${row('Telecommute', 'no')}
      ${pad}</dl></div>
      <div class="contact_info"><h1>Contact Information</h1><dl>
        ${row('Address', '12 Mill Road')}
        ${row('City', 'Springfield, IL')}
      ${pad}</dl></div>
    </div>
    <div id="description_col"><h1>Job Description</h1>
      <p>Brightwater Mills runs the payroll of four plants and wants an analyst to keep the system in tune.</p>
      <p>You will map pay rules into the payroll system, test each release with the plant clerks and answer
      their questions when a run does not balance. You write the monthly control report for finance.</p>
      <p>We ask for three years with a payroll or HR system, solid spreadsheet skills and a calm manner on the
      phone. Experience with union pay rules is a plus. Apply with your resume through the button below.</p>
      <a href="/apply/77-AB12093">Apply Now</a>
    </div></div></body></html>`;

  it('is a posting on its older Dice address, its place the sheet\u2019s Location, not the contact city', () => {
    const c = detect(
      page(sheet),
      'http://www.dice.com/jobsearch/result/10099887/77-AB12093/DiceId_10099887/Brightwater',
    );
    expect(c?.title).toBe('Payroll Systems Analyst');
    expect(c?.company).toBe('Brightwater Mills');
    expect(c?.location).toBe('Dayton, OH');
  });

  it('names no employer "Dice.com" from the site name', () => {
    const c = detect(page(sheet), 'http://www.dice.com/job/result/brightwater/77-AB12093');
    expect(c?.company).not.toMatch(/dice/i);
  });

  it('keeps a Dice search address a non-posting', () => {
    expect(detect(page(sheet), 'http://www.dice.com/job/results?q=payroll')).toBeNull();
  });
});
