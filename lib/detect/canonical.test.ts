import { describe, expect, it } from 'vitest';
import { canonicalize, samePage } from './canonical';
import { detect, pageIdentity } from './index';
import { fixture, page } from './test-helpers';

const u = (s: string) => new URL(s);

describe('canonicalize', () => {
  it('strips tracking parameters, the fragment, and upgrades to https', () => {
    expect(
      canonicalize(
        u(
          'http://Careers.Acme.com/jobs/42?utm_source=li&utm_campaign=fall&gclid=x&fbclid=y&trk=z&mc_cid=m&mc_eid=e&_hsenc=h&lever-origin=applied&gh_src=c#apply',
        ),
      ),
    ).toBe('https://careers.acme.com/jobs/42');
  });

  it('keeps every parameter it does not know to be tracking: two jobs never share a key', () => {
    // On unknown hosts these often name the job or its variant; a wrong merge loses a record.
    for (const name of ['position', 'mode', 'codes', 'ref', 'src', 'source', 'from', 'campaign']) {
      const a = canonicalize(u(`https://careers.acme.com/apply?${name}=42`));
      const b = canonicalize(u(`https://careers.acme.com/apply?${name}=43`));
      expect(a, name).not.toBe(b);
    }
    expect(canonicalize(u('https://acme.com/jobs?position=42&utm_source=x&gclid=y'))).toBe(
      'https://acme.com/jobs?position=42',
    );
  });

  it('keeps parameters that identify the posting, sorted', () => {
    expect(
      canonicalize(u('https://acme.com/careers?team=eng&gh_jid=4012345&utm_medium=email')),
    ).toBe('https://acme.com/careers?gh_jid=4012345&team=eng');
  });

  it('keeps only the named parameters when a site says which ones identify a job', () => {
    expect(canonicalize(u('https://acme.com/careers?gh_jid=1&team=eng'), ['gh_jid'])).toBe(
      'https://acme.com/careers?gh_jid=1',
    );
  });

  it('compares pages ignoring www. and a trailing slash', () => {
    expect(samePage(u('https://www.acme.com/jobs/1/'), u('https://acme.com/jobs/1'))).toBe(true);
    expect(samePage(u('https://acme.com/jobs/1'), u('https://acme.com/jobs/2'))).toBe(false);
  });
});

describe('job keys', () => {
  it.each([
    [
      'https://www.linkedin.com/jobs/view/3941234567/?trk=public_jobs&refId=a',
      'https://www.linkedin.com/jobs/search/?currentJobId=3941234567&keywords=robotics&origin=JOBS_HOME',
      'linkedin:3941234567',
    ],
    [
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3941234567',
      'https://de.linkedin.com/jobs/view/senior-robotics-software-engineer-at-northwind-3941234567',
      'linkedin:3941234567',
    ],
    [
      'https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc',
      'https://job-boards.greenhouse.io/acme/jobs/4012345',
      'greenhouse:acme:4012345',
    ],
    [
      'https://jobs.lever.co/acme/0f5e2b9c-1d2a-4b3c-9d8e-7f6a5b4c3d2e',
      'https://jobs.lever.co/Acme/0F5E2B9C-1D2A-4B3C-9D8E-7F6A5B4C3D2E/apply?lever-source=LinkedIn',
      'lever:acme:0f5e2b9c-1d2a-4b3c-9d8e-7f6a5b4c3d2e',
    ],
    [
      'https://www.indeed.com/viewjob?jk=5e1f0c2a9b7d3e41&tk=abc&from=serp',
      'https://www.indeed.com/jobs?q=warehouse&vjk=5e1f0c2a9b7d3e41',
      'indeed:5e1f0c2a9b7d3e41',
    ],
  ])('%s and %s are one job', (a, b, key) => {
    const doc = page('<html><body></body></html>');
    expect(pageIdentity(doc, a)?.jobKey).toBe(key);
    expect(pageIdentity(doc, b)?.jobKey).toBe(key);
    expect(pageIdentity(doc, a)?.canonicalUrl).toBe(pageIdentity(doc, b)?.canonicalUrl);
  });

  it('keys an embedded Greenhouse job by the board token of its iframe', () => {
    const doc = fixture('greenhouse-company-host.html');
    expect(pageIdentity(doc, 'https://www.pinecrestgames.com/careers?gh_jid=5551234')?.jobKey).toBe(
      'greenhouse:pinecrest:5551234',
    );
  });

  it('keys a site without ids by its canonical URL: tracking does not split one job', () => {
    const doc = fixture('generic-careers-fr.html');
    const a = detect(doc, 'https://www.laiteriedubocage.fr/carrieres/technicien?utm_source=indeed');
    const b = detect(doc, 'http://www.laiteriedubocage.fr/carrieres/technicien#postuler');
    expect(a?.jobKey).toBe('url:https://www.laiteriedubocage.fr/carrieres/technicien');
    expect(b?.jobKey).toBe(a?.jobKey);
  });

  it('names no job on pages that are not one', () => {
    const doc = page('<html><body></body></html>');
    expect(pageIdentity(doc, 'https://www.linkedin.com/jobs/search/?keywords=rust')).toBeNull();
    expect(pageIdentity(doc, 'https://example.com/about')).toBeNull();
    expect(pageIdentity(doc, 'file:///tmp/job.html')).toBeNull();
  });
});
