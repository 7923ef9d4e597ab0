import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { describesPage, parseLoose, readJsonLd } from './jsonld';
import { capture, fixture, page } from './test-helpers';

describe('JSON-LD JobPosting', () => {
  it('finds the posting inside @graph with an @type array of the full schema.org IRI', () => {
    const c = capture(
      'jsonld-graph.html',
      'https://careers.harbourline.co.uk/vacancies/maintenance-planner-4471/?utm_source=indeed&utm_medium=cpc',
    );
    expect(c).toMatchObject({
      site: 'generic',
      detectedBy: 'jsonld',
      title: 'Maintenance Planner',
      company: 'Harbourline Ferries Ltd',
      location: 'Portsmouth, Hampshire, GB',
      canonicalUrl: 'https://careers.harbourline.co.uk/vacancies/maintenance-planner-4471/',
      jobKey: 'url:https://careers.harbourline.co.uk/vacancies/maintenance-planner-4471/',
    });
  });

  it('decodes a doubly entity-encoded HTML description into text with bullets', () => {
    const c = detect(
      fixture('jsonld-graph.html'),
      'https://careers.harbourline.co.uk/vacancies/maintenance-planner-4471/',
    );
    expect(c?.text).toBe(
      [
        'Plan dry-dock and in-service maintenance for a fleet of six vessels.',
        '',
        'Essential',
        '',
        '• HNC in Marine Engineering or equivalent',
        '• Experience with AMOS or a similar CMMS',
        '',
        'Salary £38k',
      ].join('\n'),
    );
  });

  it('re-serialises only the JobPosting object', () => {
    const c = detect(
      fixture('jsonld-graph.html'),
      'https://careers.harbourline.co.uk/vacancies/maintenance-planner-4471/',
    );
    const json: unknown = JSON.parse(c?.jsonLd ?? 'null');
    expect(json).toMatchObject({ title: 'Maintenance Planner', identifier: { value: 'HF-4471' } });
    expect(c?.jsonLd).not.toContain('BreadcrumbList');
  });

  it('reads a top-level array with raw newlines and trailing commas, skipping script text', () => {
    const c = capture(
      'jsonld-array.html',
      'https://empleo.santabrigida.es/ofertas/enfermero-quirofano',
    );
    expect(c).toMatchObject({
      detectedBy: 'jsonld',
      title: 'Enfermero/a de quirófano',
      company: 'Clínica Santa Brígida',
      location: 'Remote; Calle Mayor 12, Valladolid',
    });
    expect(c?.text).toContain('Requisitos\n\n• Grado en Enfermería\n• Colegiación en vigor');
    expect(c?.text).toContain('Se valorará el máster');
    expect(c?.text).not.toContain('alert');
  });

  it('skips blocks that are not JSON at all without throwing', () => {
    expect(parseLoose('{ "@type": "WebSite", name: Harbourline }')).toBeUndefined();
    expect(readJsonLd(fixture('jsonld-graph.html'))).toHaveLength(1);
  });

  it('ignores JSON-LD that describes another job (a list page)', () => {
    expect(
      detect(fixture('jsonld-other-job.html'), 'https://brightloom.studio/careers'),
    ).toBeNull();
  });

  it('accepts the same JSON-LD on the page it describes', () => {
    const c = detect(
      fixture('jsonld-other-job.html'),
      'https://www.brightloom.studio/careers/senior-unity-developer/?ref=twitter',
    );
    expect(c).toMatchObject({ title: 'Senior Unity Developer', location: 'Bristol, GB' });
  });

  it('does not capture a list of several postings', () => {
    expect(readJsonLd(fixture('jsonld-many.html'))).toHaveLength(2);
    expect(detect(fixture('jsonld-many.html'), 'https://corvidlabs.io/jobs')).toBeNull();
  });

  it('matches the posting URL against the site job id when the site has one', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Platform Engineer',
      url: 'https://job-boards.greenhouse.io/acme/jobs/111',
      hiringOrganization: { name: 'Acme' },
      description: '<p>Run the platform.</p>',
    });
    const doc = page(
      `<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`,
    );
    // The same JSON-LD on another job's page names job 111, not 222.
    expect(detect(doc, 'https://job-boards.greenhouse.io/acme/jobs/222')).toBeNull();
    expect(detect(doc, 'https://job-boards.greenhouse.io/acme/jobs/111')?.title).toBe(
      'Platform Engineer',
    );
  });

  it('compares posting URLs by host, path and identifying query', () => {
    const here = new URL('https://jobs.example.org/view?id=7&utm_source=x');
    expect(describesPage(null, here, null, null)).toBe(true);
    expect(describesPage('https://jobs.example.org/view?id=8', here, null, null)).toBe(false);
    expect(describesPage('/other-job', here, null, 'https://jobs.example.org/other-job')).toBe(
      true,
    );
  });

  it('leaves out a company that is the job board itself', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Barista',
      hiringOrganization: { '@type': 'Organization', name: 'Indeed' },
      description: 'Make coffee.',
    });
    const doc = page(`<script type="application/ld+json">${ld}</script>`);
    expect(detect(doc, 'https://cafes.example.com/barista')).toMatchObject({
      title: 'Barista',
      company: null,
      text: 'Make coffee.',
    });
  });
});

describe('employer names that carry their jobs page label', () => {
  it.each([
    ['Brightline Logistics - Jobs', 'Brightline Logistics'],
    ['Maison Ferrand Careers', 'Maison Ferrand'],
    ['Nordwind Reederei Karriere', 'Nordwind Reederei'],
    ['Jobs', 'Jobs'],
    ['Indeed Jobs', undefined],
  ])('reads "%s" as %s', (name, company) => {
    const doc = page(`<!DOCTYPE html><html><head><script type="application/ld+json">
      {"@type":"JobPosting","title":"Dispatcher","hiringOrganization":{"@type":"Organization","name":"${name}"},
       "description":"Plan the routes of twelve trucks across the region and keep drivers informed."}
      </script></head><body></body></html>`);
    expect(
      detect(doc, 'https://www.example-haulage.com/jobs/dispatcher')?.company ?? undefined,
    ).toBe(company);
  });
});
