import { describe, expect, it } from 'vitest';
import { inputFromCapture } from '../extract/pipeline/input';
import { PageCapture } from '../schema/capture';
import { extensions } from './extensions';
import { detect } from './index';
import { page } from './test-helpers';

const UUID = '3f6c2a10-8b4e-4d7a-9c21-5e0f7b6a9d42';

function check(doc: Document, url: string) {
  const c = detect(doc, url);
  return c && PageCapture.parse(c);
}

describe('known sites whose markup moved', () => {
  it('falls back to the generic reader under the site identity when the selectors find nothing', () => {
    // A Lever-hosted posting after a redesign: none of the adapter's containers exist any more.
    const doc = page(`<html><head><title>Kestrel Maps - GIS Analyst</title></head><body><main>
      <h1>GIS Analyst</h1><p class="where">Bristol, United Kingdom</p>
      <p>${'Kestrel Maps draws walking maps for national parks and their visitors. '.repeat(5)}</p>
      <h3>What you’ll bring</h3><ul><li>GIS experience with QGIS or ArcGIS</li><li>A good eye for type</li></ul>
      <a href="/kestrel/${UUID}/apply">Apply for this job</a></main></body></html>`);
    expect(check(doc, `https://jobs.lever.co/kestrel/${UUID}`)).toMatchObject({
      site: 'lever',
      jobKey: `lever:kestrel:${UUID}`,
      detectedBy: 'generic',
      title: 'GIS Analyst',
      company: 'Kestrel Maps',
      location: 'Bristol, United Kingdom',
    });
  });

  it('reads a head-only shell from its og: tags on a site that serves shells', () => {
    const doc = page(`<html><head><title>Field Sales Representative - Orchard &amp; Vine</title>
      <meta property="og:title" content="Field Sales Representative - Orchard &amp; Vine">
      <meta property="og:description" content="${'Orchard & Vine supplies independent wine shops across the north; you will visit them, listen and grow the range. '.repeat(2)}">
      </head><body><div id="app"></div></body></html>`);
    expect(check(doc, 'https://apply.workable.com/orchard-and-vine/j/A1B2C3D4E5/')).toMatchObject({
      site: 'workable',
      jobKey: 'workable:A1B2C3D4E5',
      title: 'Field Sales Representative',
      company: 'Orchard & Vine',
    });
  });

  it('reads the Lever apply page: the head and its labels, the description from og:description', () => {
    const doc = page(`<html><head><title>Brightloom - Backend Engineer</title>
      <meta property="og:description" content="${'Brightloom builds ordering software for restaurants; you will own the payments services end to end. '.repeat(2)}">
      </head><body><div class="main-header-logo"><img alt="Brightloom logo" src="l.png"></div>
      <div class="section page-centered posting-header"><h2>Backend Engineer</h2><div class="posting-categories">
      <div class="posting-category location">Lisbon</div><div class="posting-category department">Engineering /</div>
      <div class="posting-category commitment">Full time /</div><div class="posting-category workplaceTypes">Hybrid</div>
      </div></div><form><input name="name"></form></body></html>`);
    expect(check(doc, `https://jobs.lever.co/brightloom/${UUID}/apply`)).toMatchObject({
      site: 'lever',
      title: 'Backend Engineer',
      company: 'Brightloom',
      location: 'Lisbon',
      labels: ['Full time /', 'Hybrid'],
    });
  });

  it('does not read a shell on a site whose pane has not rendered the job yet', () => {
    const doc = page(`<html><head><title>Jobs | LinkedIn</title>
      <meta property="og:description" content="${'Search thousands of jobs near you and apply with one click on the largest network. '.repeat(2)}">
      </head><body><ul class="jobs-search__results-list"></ul></body></html>`);
    expect(detect(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=3901234567')).toBeNull();
  });

  it('passes the work model a place field states on to the engine', () => {
    const doc = page(`<html><body><div class="job__title"><h1>Platform Engineer</h1></div>
      <div class="job__location">Remote, Canada</div><div class="job__description">
      <p>${'You will run the build and deploy platform for forty product teams. '.repeat(4)}</p></div></body></html>`);
    const c = check(doc, 'https://job-boards.greenhouse.io/northpeak/jobs/7012345');
    expect(c?.location).toBe('Remote, Canada');
    expect(c && inputFromCapture(c).meta?.workplace).toBe('remote');
  });

  it('in the declared content script (no generic reader), a moved container falls back to og: tags', () => {
    const doc = page(`<html><head><title>Fjord Freight - Customs Broker</title>
      <meta property="og:title" content="Fjord Freight - Customs Broker">
      <meta property="og:description" content="${'Fjord Freight clears goods through Norwegian customs for importers of every size. '.repeat(2)}">
      </head><body><div class="renamed-layout"><p>Rendered later.</p></div></body></html>`);
    const generic = extensions.generic;
    extensions.generic = null;
    try {
      expect(check(doc, `https://jobs.lever.co/fjordfreight/${UUID}`)).toMatchObject({
        site: 'lever',
        jobKey: `lever:fjordfreight:${UUID}`,
        title: 'Customs Broker',
        company: 'Fjord Freight',
      });
      // A split view never does: its URL may name a job the page does not show yet.
      expect(detect(doc, 'https://www.indeed.com/jobs?q=customs&vjk=0a1b2c3d4e5f6a7b')).toBeNull();
    } finally {
      extensions.generic = generic;
    }
  });
});
