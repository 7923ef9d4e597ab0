import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { page } from '../test-helpers';

/** A Recruitee offer page: chips show the place in words, its JSON-LD gives ISO 3166-2 region codes. */
function offer(places: { city: string; region: string; country: string }[]): Document {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Customer Success Lead',
    hiringOrganization: { '@type': 'Organization', name: 'Kanaalweg Software' },
    jobLocation: places.map((p) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: p.city,
        addressRegion: p.region,
        addressCountry: p.country,
        postalCode: null,
      },
    })),
    description: '<p>You look after our biggest accounts and grow them with the sales team.</p>',
  };
  return page(`<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head>
    <body><main><h1>Customer Success Lead</h1><ul><li data-testid="offer-location">Leeds, West Yorkshire, United Kingdom</li></ul>
    <div data-testid="offer-description"><h2>What you bring</h2><ul><li>Five years in account management</li></ul></div></main></body></html>`);
}

const URL = 'https://kanaalweg.recruitee.com/o/customer-success-lead';

describe('Recruitee region codes', () => {
  it('leaves out a region code no one writes in the UK or the Netherlands, in the capture and its JSON-LD', () => {
    const c = detect(
      offer([
        { city: 'Leeds', region: 'LDS', country: 'GB' },
        { city: 'Utrecht', region: 'UT', country: 'NL' },
      ]),
      URL,
    );
    expect(c?.location).toBe('Leeds, GB; Utrecht, NL');
    expect(c?.jsonLd).not.toContain('addressRegion');
  });

  it('keeps a US state code', () => {
    const c = detect(offer([{ city: 'Portland', region: 'OR', country: 'US' }]), URL);
    expect(c?.location).toBe('Portland, OR, US');
  });
});
