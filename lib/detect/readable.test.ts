import { describe, expect, it } from 'vitest';
import { PageCapture } from '../schema/capture';
import { detect } from './index';
import { hostBrand, pageNames, pageOffer, readablePosting, titleParts } from './readable';
import { fixture, page } from './test-helpers';

const IT_URL =
  'https://lavoro.caseificio-valdenza.it/careers/JobDetail/Tecnico-di-laboratorio/5521';

/** A small page around `body`, with `head` markup. */
const html = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const DUTIES = `<main><article>
  <p>Wij zoeken een collega voor ons magazijn in Tilburg die graag de handen uit de mouwen steekt.
  Je werkt in een klein team en zorgt dat bestellingen dezelfde dag de deur uit gaan.</p>
  <ul><li>Je hebt een geldig heftruckcertificaat</li><li>Je spreekt goed Nederlands</li>
  <li>Je bent beschikbaar in twee ploegen</li></ul></article></main>`;

describe('readablePosting (the scan fallback)', () => {
  it('reads a careers page the automatic readers turn down', () => {
    const doc = fixture('readable-careers-it.html');
    // No JSON-LD, no known site, no heading the generic reader knows: detection declines...
    expect(detect(doc, IT_URL)).toBeNull();
    // ...and the user's click reads the main content with its names.
    const capture = PageCapture.parse(readablePosting(doc, IT_URL));
    expect(capture).toMatchObject({
      url: IT_URL,
      site: 'generic',
      detectedBy: 'readable',
      jobKey: `url:${capture.canonicalUrl}`,
      title: 'Tecnico di laboratorio - Controllo qualità alimentare, Parma',
      company: "Caseificio Val d'Enza",
      location: 'Parma, Emilia-Romagna',
      jsonLd: null,
    });
    expect(capture.text).toContain('• Almeno 2 anni di esperienza in un laboratorio');
    expect(capture.text).toContain('Chi stiamo cercando');
    // The menu and the footer are not the posting.
    expect(capture.text).not.toContain('Tutte le offerte');
    expect(capture.text).not.toContain('P.IVA');
  });

  it('leaves the page as it was', () => {
    const doc = fixture('readable-careers-it.html');
    const before = doc.documentElement.outerHTML;
    readablePosting(doc, IT_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds nothing usable on an empty application shell, but still names the page', () => {
    const shell = page(
      html(
        '<title>Head of Operations - Endeavour Labs</title>',
        '<div id="root"></div><noscript>Enable JavaScript to view this page.</noscript>',
      ),
    );
    const url = 'https://apply.endeavour-labs.io/j/8A7F2C';
    expect(readablePosting(shell, url)).toBeNull();
    expect(pageOffer(shell, url)).toEqual({
      url,
      title: 'Head of Operations',
      company: 'Endeavour Labs',
      location: null,
    });
  });

  it('refuses addresses that are not web pages', () => {
    const doc = page(html('<title>Magazijnmedewerker</title>', DUTIES));
    expect(readablePosting(doc, 'file:///home/me/job.html')).toBeNull();
    expect(pageOffer(doc, 'chrome://newtab/')).toBeNull();
  });
});

describe('pageNames', () => {
  const url = new URL('https://werkenbij.brouwer-logistiek.nl/vacatures/magazijnmedewerker');

  it('takes "Title | Company | Platform" apart', () => {
    const doc = page(
      html('<title>Magazijnmedewerker | Brouwer Logistiek | LinkedIn</title>', DUTIES),
    );
    expect(pageNames(doc, url)).toMatchObject({
      title: 'Magazijnmedewerker',
      company: 'Brouwer Logistiek',
    });
  });

  it('prefers the h1 unless it only names the employer', () => {
    const withJob = page(
      html('<title>Vacatures</title>', `<h1>Magazijnmedewerker (m/v/x)</h1>${DUTIES}`),
    );
    expect(pageNames(withJob, url).title).toBe('Magazijnmedewerker (m/v/x)');
    const withBrand = page(
      html(
        '<title>Brouwer Logistiek - Chauffeur C/E</title><meta property="og:site_name" content="Brouwer Logistiek">',
        `<h1>Brouwer Logistiek</h1>${DUTIES}`,
      ),
    );
    expect(pageNames(withBrand, url)).toMatchObject({
      title: 'Chauffeur C/E',
      company: 'Brouwer Logistiek',
    });
  });

  it('reads JSON-LD names first, even when the posting has no description', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Verpleegkundige',
      hiringOrganization: { '@type': 'Organization', name: 'Zorggroep Noord' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Groningen' } },
    });
    const doc = page(
      html(
        `<title>Werken bij ons</title><script type="application/ld+json">${ld}</script>`,
        DUTIES,
      ),
    );
    expect(pageNames(doc, url)).toMatchObject({
      title: 'Verpleegkundige',
      company: 'Zorggroep Noord',
    });
    expect(pageNames(doc, url).location).toContain('Groningen');
  });

  it('falls back to an Organization in JSON-LD, then to a brand made from the host', () => {
    const org = JSON.stringify({ '@type': 'Organization', name: 'Bäckerei Sonnenkorn GmbH' });
    const withOrg = page(
      html(`<title>Bäcker/in</title><script type="application/ld+json">${org}</script>`, DUTIES),
    );
    expect(pageNames(withOrg, url).company).toBe('Bäckerei Sonnenkorn GmbH');
    const bare = page(html('<title>Bäcker/in</title>', DUTIES));
    expect(pageNames(bare, url).company).toBe('Brouwer Logistiek');
  });
});

describe('title parts and host brands', () => {
  it.each([
    ['Ingénieur process H/F - Fromagerie Morin', ['Ingénieur process H/F', 'Fromagerie Morin']],
    ['Data Engineer at Kestrel Analytics', ['Data Engineer', 'Kestrel Analytics']],
    [
      'Sales - Sell-Side Risk and Valuations Account Manager, Milan',
      ['Sales - Sell-Side Risk and Valuations Account Manager, Milan'],
    ],
    ['Enfermero/a · Hospital San Rafael · Careers', ['Enfermero/a', 'Hospital San Rafael']],
  ])('%s', (title, parts) => {
    expect(titleParts(title)).toEqual(parts);
  });

  it.each([
    ['https://jobs.acme-robotics.com/openings/12', 'Acme Robotics'],
    ['https://www.kaeserei.de/karriere', 'Kaeserei'],
    ['https://careers.northwind.co.uk/', 'Northwind'],
    ['https://emploi.laiterie-morin.com.fr/', 'Laiterie Morin'],
  ])('%s → %s', (url, brand) => {
    expect(hostBrand(new URL(url))).toBe(brand);
  });
});
