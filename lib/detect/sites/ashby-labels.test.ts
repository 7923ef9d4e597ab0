import { describe, expect, it } from 'vitest';
import { extract } from '../../extract';
import { inputFromCapture } from '../../extract/pipeline/input';
import { detect } from '../index';
import { page } from '../test-helpers';

/**
 * Ashby job pages: the rendered page lists "Location", "Location Type", "Employment Type" in its
 * left pane; the server HTML is a head-only shell whose app data holds the same fields. Our own
 * markup and wording, shaped like both.
 */
const URL_OF = 'https://jobs.ashbyhq.com/tidewater/0b6f1c2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e';

const LD = JSON.stringify({
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Platform Program Manager',
  hiringOrganization: { '@type': 'Organization', name: 'Tidewater Labs' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Denver', addressCountry: 'US' } },
  description:
    '<p>Tidewater Labs makes scheduling software for clinics.</p><ul><li>Run the quarterly plan with four engineering teams.</li><li>Five years of program management.</li></ul>',
});

function read(doc: Document) {
  const capture = detect(doc, URL_OF);
  if (!capture) throw new Error('not detected');
  return { capture, posting: extract(inputFromCapture(capture)).posting };
}

describe('Ashby: the work model and contract the page lists', () => {
  it('reads the rendered left pane', () => {
    const { capture, posting } = read(
      page(`<html><head><title>Platform Program Manager @ Tidewater Labs</title></head><body>
      <div class="ashby-job-posting-left-pane">
        <div><h2>Location</h2><p>Denver</p></div>
        <div><h2>Location Type</h2><p>Hybrid</p></div>
        <div><h2>Employment Type</h2><p>Full time</p></div>
      </div>
      <h1 class="ashby-job-posting-heading">Platform Program Manager</h1>
      <div class="ashby-job-posting-description"><p>Tidewater Labs makes scheduling software for clinics.</p>
        <ul><li>Run the quarterly plan with four engineering teams.</li><li>Five years of program management.</li></ul></div>
      </body></html>`),
    );
    expect(capture.labels).toEqual(['Hybrid', 'Full time']);
    expect(posting.workplace).toBe('hybrid');
    expect(posting.employmentTypes).toEqual(['full_time']);
  });

  it('reads the app data of a head-only shell, skipping the JSON-LD values it repeats', () => {
    const app = {
      posting: {
        linkedData: { '@type': 'JobPosting', employmentType: 'FULL_TIME' },
        isRemote: false,
        workplaceType: 'OnSite',
        employmentType: 'PartTime',
      },
    };
    const { capture, posting } = read(
      page(`<html><head><title>Platform Program Manager @ Tidewater Labs</title>
      <script type="application/ld+json">${LD}</script></head><body><div id="root"></div>
      <script>window.__appData = ${JSON.stringify(app)};</script></body></html>`),
    );
    expect(capture.labels).toEqual(['On-site', 'Part time']);
    expect(posting.workplace).toBe('onsite');
    expect(posting.title).toBe('Platform Program Manager');
  });

  it('states nothing when the shell has no app data', () => {
    const { capture, posting } = read(
      page(`<html><head><title>Platform Program Manager @ Tidewater Labs</title>
      <script type="application/ld+json">${LD}</script></head><body><div id="root"></div></body></html>`),
    );
    expect(capture.labels).toBeUndefined();
    expect(posting.workplace).toBeNull();
  });
});
