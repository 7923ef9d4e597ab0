import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { capture, fixture } from '../test-helpers';

describe('Job Bank (Canada)', () => {
  it('reads a posting from its RDFa hooks, with no JSON-LD and no apply button', () => {
    const c = capture(
      'jobbank.html',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/51234567;jsessionid=ABC123.jobsearch74?source=searchresults',
    );
    expect(c).toMatchObject({
      site: 'jobbank',
      detectedBy: 'adapter',
      jobKey: 'jobbank:51234567',
      title: 'warehouse supervisor',
      company: 'Tidemark Cold Storage Ltd.',
      location: 'Moncton, NB',
    });
    expect(c?.labels).toEqual(['On site', 'Permanent employment Full time']);
    expect(c?.text).toContain('Check stock counts against the shipping manifests');
  });

  it('gives the French address of the same posting its own key, and no key to a search page', () => {
    const doc = fixture('jobbank.html');
    expect(
      detect(doc, 'https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/51234567')
        ?.jobKey,
    ).toBe('jobbank:51234567');
    expect(
      detect(doc, 'https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=warehouse'),
    ).toBeNull();
  });
});
