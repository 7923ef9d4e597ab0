import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { page } from '../test-helpers';

const posting = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'JobPosting',
      title: 'Payments Data Engineer',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Copperleaf Pay' },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Leeds', addressRegion: 'England', addressCountry: 'GBR' },
      },
      description: '<p>You build the pipelines that settle card payments overnight.</p>',
    },
  ],
});

/** One icon row of the header: the icon in its box, the value in the span beside it. */
const row = (icon: string, value: string) =>
  `<div class="d-flex align-items-start gap-sm"><div class="d-flex h-lg min-w-md"><i class="fa-regular ${icon}"></i></div> <span class="font-barlow text-gray-04">${value}</span></div>`;

/** A similar job lower on the page, with its own rows. */
const similar = `<div class="similar-jobs"><div class="job-card-small">${row('fa-house-building', 'Remote')}${row('fa-trophy', 'Junior')}</div></div>`;

function current(workModel: string): Document {
  return page(`<html><head><script type="application/ld+json">${posting}</script></head><body>
    <div id="job-card-1234567" data-id="job-card" class="job-card"><div id="main" class="row">
    <a href="/company/copperleaf-pay"><h2 data-id="company-title"><span>Copperleaf Pay</span></h2></a>
    <h1 class="fw-extrabold">Payments Data Engineer</h1>
    ${row('fa-house-building', workModel)}${row('fa-trophy', 'Mid level')}
    </div></div>${similar}</body></html>`);
}

function older(workModel: string): Document {
  return page(`<html><head><script type="application/ld+json">${posting}</script></head><body>
    <div class="job-post-item" id="1234567"><div class="match-background py-xl">
    <a href="/company/copperleaf-pay"><h2 class="text-pretty-blue m-0">Copperleaf Pay</h2></a>
    <h1 class="fw-extrabold"><span class="mb-0">Payments Data Engineer</span></h1>
    <div class="font-barlow text-gray-03 position-relative"><span>Leeds, England</span></div>
    ${row('fa-house-building', workModel)}${row('fa-trophy', 'Mid level')}
    </div></div>${similar}</body></html>`);
}

describe('Built In job pages', () => {
  it('reads the work model beside the building icon in the current header', () => {
    const c = detect(
      current('Hybrid'),
      'https://www.builtinsf.com/job/payments-data-engineer/1234567',
    );
    expect(c?.title).toBe('Payments Data Engineer');
    expect(c?.company).toBe('Copperleaf Pay');
    expect(c?.labels).toContain('Hybrid');
    expect(c?.labels).not.toContain('Remote');
  });

  it('reads the older header the same way, and not the similar jobs below it', () => {
    const c = detect(older('In-Office'), 'https://builtin.com/job/payments-data-engineer/1234567');
    expect(c?.labels).toContain('In-Office');
    expect(c?.labels).not.toContain('Remote');
    expect(c?.labels).not.toContain('Junior');
  });

  it('is not a job page without the numeric id', () => {
    expect(
      detect(current('Hybrid'), 'https://builtin.com/jobs/remote/dev-engineering')?.labels ?? [],
    ).not.toContain('Hybrid');
  });
});
