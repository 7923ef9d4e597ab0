import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { capture, fixture } from '../test-helpers';

const SEARCH =
  'https://www.glassdoor.ca/Job/toronto-data-analyst-jobs-SRCH_IL.0,7_IC2281069_KO8,20.htm';

describe('glassdoor search page with a job open', () => {
  it('captures the job open in the pane, keyed by the listing id the URL names', () => {
    const c = capture('glassdoor-search.html', `${SEARCH}?jl=1009498765432`);
    expect(c).toMatchObject({
      site: 'glassdoor',
      jobKey: 'glassdoor:1009498765432',
      canonicalUrl: 'https://www.glassdoor.ca/job-listing/j?jl=1009498765432',
      title: 'Junior BI Analyst',
      company: 'Lakeshore Foods',
      location: 'Toronto, ON',
    });
    expect(c?.text).toContain('1+ year with Power BI or Tableau');
    expect(c?.text).not.toContain('Clinical Data Analyst');
  });

  it('never takes its identity from the page: a search URL naming no job captures nothing', () => {
    expect(detect(fixture('glassdoor-search.html'), SEARCH)).toBeNull();
  });

  it('waits while the pane still shows another job than the one the URL names', () => {
    expect(detect(fixture('glassdoor-search.html'), `${SEARCH}?jl=1009412345678`)).toBeNull();
  });

  it('captures nothing on a search page with no job open', () => {
    const doc = fixture('glassdoor-search.html');
    doc.querySelector('.JobDetails_jobDetailsContainer__y9P3L')?.remove();
    expect(detect(doc, `${SEARCH}?jl=1009498765432`)).toBeNull();
  });
});
