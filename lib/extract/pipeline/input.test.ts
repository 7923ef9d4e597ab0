import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../../schema';
import { inputFromCapture } from './input';

const capture = (jsonLd: string | null): PageCapture => ({
  url: 'https://jobs.lever.co/acme/1?lever-origin=applied',
  canonicalUrl: 'https://jobs.lever.co/acme/1',
  jobKey: 'lever:acme:1',
  site: 'lever',
  detectedBy: 'adapter',
  title: 'Line Cook',
  company: 'Acme Diner',
  location: 'Austin, TX',
  text: 'Line Cook. 2+ years of kitchen experience.',
  jsonLd,
});

describe('inputFromCapture', () => {
  it('passes the text and the page facts, with the canonical URL', () => {
    expect(inputFromCapture(capture(null))).toEqual({
      text: 'Line Cook. 2+ years of kitchen experience.',
      jsonLd: null,
      meta: {
        title: 'Line Cook',
        company: 'Acme Diner',
        location: 'Austin, TX',
        url: 'https://jobs.lever.co/acme/1',
      },
    });
  });

  it('puts the stored company over the raw JSON-LD name it was read from', () => {
    const ld = { '@type': 'JobPosting', hiringOrganization: { name: 'Acme Diner Careers' } };
    expect(inputFromCapture(capture(JSON.stringify(ld))).jsonLd?.hiringOrganization).toEqual({
      name: 'Acme Diner',
    });
    const same = { '@type': 'JobPosting', hiringOrganization: 'acme diner' };
    expect(inputFromCapture(capture(JSON.stringify(same))).jsonLd).toEqual(same);
  });

  it('parses a JSON-LD object', () => {
    const jsonLd = { '@type': 'JobPosting', title: 'Line Cook', employmentType: 'PART_TIME' };
    expect(inputFromCapture(capture(JSON.stringify(jsonLd))).jsonLd).toEqual(jsonLd);
  });

  it('reads a street put in the locality as the street, with the town from the region', async () => {
    const { extract } = await import('../index');
    const place = (addressLocality: string, addressRegion: string) => ({
      '@type': 'Place',
      address: { addressLocality, addressRegion, addressCountry: 'US' },
    });
    const ld = (jobLocation: unknown) =>
      inputFromCapture(capture(JSON.stringify({ '@type': 'JobPosting', jobLocation })));
    const moved = ld(place('42 Harbour View Rd Building B', 'Millbrook')).jsonLd;
    expect(moved?.jobLocation).toEqual({
      '@type': 'Place',
      address: {
        streetAddress: '42 Harbour View Rd Building B',
        addressLocality: 'Millbrook',
        addressCountry: 'US',
      },
    });
    expect(extract(ld([place('7 Quarry Lane', 'Stonefield')])).posting.locations).toEqual([
      'Stonefield, US',
    ]);
    // A town in the locality, or a state in the region, stays as written.
    const kept = [
      place('Springfield', 'Oregon'),
      place('9 Mill Street', 'New Jersey'),
      place('2100 København Ø', 'Hovedstaden'),
      place('75002 Paris', 'Île-de-France'),
    ];
    expect(ld(kept).jsonLd?.jobLocation).toEqual(kept);
  });

  it.each([
    ['broken JSON', '{"@type": "JobPosting",'],
    ['an array', '[{"@type": "JobPosting"}]'],
    ['a string', '"JobPosting"'],
    ['null', 'null'],
  ])('drops JSON-LD that is %s', (_name, jsonLd) => {
    expect(inputFromCapture(capture(jsonLd)).jsonLd).toBeNull();
  });
});

describe('inputFromCapture with the site labels', () => {
  it('carries what the site labels say and the engine takes it over the prose', async () => {
    const { extract } = await import('../index');
    const input = inputFromCapture({
      ...capture(null),
      text: 'Line Cook. Our kitchen staff work part-time shifts. Full remote is not possible.',
      labels: ['Hybrid', 'Full-time'],
    });
    expect(input.meta?.workplace).toBe('hybrid');
    const x = extract(input);
    expect(x.posting.workplace).toBe('hybrid');
    expect(x.posting.employmentType).toBe('full_time');
  });
});
