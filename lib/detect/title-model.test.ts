import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { asStored } from './brand';
import { detect } from './index';
import { page } from './test-helpers';
import { titleModelLabel } from './title-model';

/**
 * Career sites on the ".careers"/".jobs" platforms and SuccessFactors mark the job up as schema.org
 * microdata, and many titles carry the work model as a field of their own ("Data Analyst - Remote
 * (Excludes CO residents)"). The captured text is the description element, which repeats neither.
 * Our own markup and wording, shaped like those pages.
 */
function microdataPage(opts: { title: string; typed?: string; city?: string }): Document {
  return page(`<html><head><title>Harbor Learning Careers - ${opts.title}</title></head><body>
    <h1 class="visually-hidden">Harbor Learning Careers</h1>
    <div itemscope itemtype="http://schema.org/JobPosting" role="main">
      ${opts.typed ?? ''}
      <h2>Job Information</h2>
      <span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">
        <span itemprop="name">Harbor Learning</span></span>
      <h3 itemprop="title">${opts.title}</h3>
      <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place">
        <span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
          <span itemprop="addressLocality">${opts.city ?? 'Tempe'}</span>,
          <span itemprop="addressRegion">Arizona</span></span></span>
      <div itemprop="description">
        <p>Harbor Learning builds study tools for adult learners returning to college.</p>
        <h4>What you will do</h4>
        <ul><li>Write SQL to build the weekly enrolment reports.</li>
          <li>Keep the Power BI dashboards current for the advising teams.</li>
          <li>Check data quality with the registrar's office.</li></ul>
        <h4>What you bring</h4>
        <ul><li>Two years of reporting work with SQL.</li>
          <li>A bachelor's degree in a quantitative field.</li></ul>
      </div>
    </div>
    <a href="/apply">Apply Now</a></body></html>`);
}

const URL_OF = 'https://harborlearning.careers/tempe-az/data-analyst/A1B2C3/job/';

function read(doc: Document) {
  const sent = detect(doc, URL_OF);
  if (!sent) throw new Error('not detected');
  // As the background stores it: the title's work-model field joins the labels there.
  const capture = asStored(sent);
  return { capture, posting: extract(inputFromCapture(capture)).posting };
}

describe('microdata postings: the typed fields reach the engine as JSON-LD would', () => {
  it('reads a TELECOMMUTE work model and the contract from meta itemprops', () => {
    const { capture, posting } = read(
      microdataPage({
        title: 'Data Analyst',
        typed:
          '<meta itemprop="jobLocationType" content="TELECOMMUTE"><meta itemprop="employmentType" content="FULL_TIME">',
      }),
    );
    expect(capture.detectedBy).toBe('microdata');
    expect(JSON.parse(capture.jsonLd ?? '{}')).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      employmentType: 'FULL_TIME',
    });
    expect(posting.workplace).toBe('remote');
    expect(posting.employmentTypes).toEqual(['full_time']);
  });

  it('carries no record when the item has no typed field, and a value that is no type is ignored', () => {
    expect(read(microdataPage({ title: 'Data Analyst' })).capture.jsonLd).toBeNull();
    const { posting } = read(
      microdataPage({
        title: 'Data Analyst',
        typed: '<meta itemprop="employmentType" content="Paid Work">',
      }),
    );
    expect(posting.employmentTypes).toEqual([]);
    expect(posting.workplace).toBeNull();
  });
});

describe('a work model stated in its own title field (added where captures are stored)', () => {
  it('is the posting work model even when the text never repeats the title', () => {
    const { capture, posting } = read(
      microdataPage({ title: 'Senior Data Analyst - Remote (Arizona residents only)' }),
    );
    expect(capture.labels).toEqual(['Remote (Arizona residents only)']);
    expect(posting.workplace).toBe('remote');
    expect(posting.title).toBe('Senior Data Analyst - Remote (Arizona residents only)');
  });

  it.each([
    ['Data Analyst - Remote', 'Remote'],
    ['Data Analyst – Hybrid, 2 days in Tempe', 'Hybrid, 2 days in Tempe'],
    ['Field Nurse | On-site | Nights', 'On-site'],
    ['Backend Engineer (Remote)', 'Remote'],
    ['Backend Engineer (Remote, EU)', 'Remote, EU'],
    ['Ingénieur logiciel - Télétravail', 'Télétravail'],
    ['Sachbearbeiter (m/w/d) - Vor Ort', 'Vor Ort'],
  ])('%s', (title, label) => {
    expect(titleModelLabel(title)).toBe(label);
  });

  it.each([
    'Remote Sensing Analyst',
    'Data Scientist - Remote Sensing',
    'Hybrid Cloud Architect',
    'Solutions Engineer (Hybrid Cloud)',
    'On-site Technician',
    'Sales Lead - Berlin',
    'Nurse (Nights)',
  ])('names no model: %s', (title) => {
    expect(titleModelLabel(title)).toBeNull();
  });
});
