import { describe, expect, it } from 'vitest';
import { hostBrand, labelledValue, logoCompany, pageCompany, splitHeadTitle } from './page-meta';
import { page } from './test-helpers';

describe('splitHeadTitle', () => {
  it.each([
    ['Line Cook | Acme Diner | LinkedIn', null, 'Line Cook', 'Acme Diner'],
    ['Acme Diner hiring Line Cook in Austin, TX | LinkedIn', null, 'Line Cook', 'Acme Diner'],
    ['Comptable confirmé - Fromagerie Lenoir', null, 'Comptable confirmé', 'Fromagerie Lenoir'],
    ['Job Application for Data Analyst at Brightwave', null, 'Data Analyst', 'Brightwave'],
    [
      'Site Reliability Engineer, Payments @ Quillmark',
      null,
      'Site Reliability Engineer, Payments',
      'Quillmark',
    ],
    [
      'Orbital Foods - Senior Data Engineer',
      'Senior Data Engineer',
      'Senior Data Engineer',
      'Orbital Foods',
    ],
    [
      'Ventas - Zona Norte - 10482 - Grupo Arce',
      'Ventas - Zona Norte',
      'Ventas - Zona Norte',
      'Grupo Arce',
    ],
  ])('%s', (full, known, title, company) => {
    expect(splitHeadTitle(full, known)).toEqual({ title, company });
  });

  it("skips an apply form's step before the title", () => {
    expect(
      splitHeadTitle(
        'Easy apply - Payroll Clerk - Part time - Lindqvist',
        'Payroll Clerk - Part time',
      ),
    ).toEqual({
      title: 'Payroll Clerk - Part time',
      company: 'Lindqvist',
    });
  });

  it('gives no company for a title alone', () => {
    expect(splitHeadTitle('Magazziniere', null)).toEqual({ title: 'Magazziniere', company: null });
  });
});

describe('hostBrand', () => {
  it.each([
    ['https://acme-robotics.com/jobs/1', 'Acme Robotics'],
    ['https://careers.lindqvist.co.uk/role/9', 'Lindqvist'],
    ['https://www.bakkerij_vos.nl/', 'Bakkerij Vos'],
  ])('%s → %s', (url, brand) => {
    expect(hostBrand(new URL(url))).toBe(brand);
  });
});

describe('company of a page without structured data', () => {
  it('skips the cookie banner and generic logo texts', () => {
    const doc = page(`<div id="onetrust-banner"><img alt="Company Logo" src="c.png"></div>
      <header><a href="/"><img alt="Tessera Bank logo" src="l.png"></a></header>`);
    expect(logoCompany(doc)).toBe('Tessera Bank');
  });

  it('takes og:site_name, then the title pattern, then the logo, then the host brand', () => {
    const url = new URL('https://jobs.moulin-vert.fr/offre/12');
    const withSite = page('<head><meta property="og:site_name" content="Moulin Vert"></head>');
    expect(pageCompany(withSite, url, 'Boulanger')).toBe('Moulin Vert');
    const withTitle = page('<head><title>Boulanger (H/F) | Boulangerie Arnaud</title></head>');
    expect(pageCompany(withTitle, url, 'Boulanger (H/F)')).toBe('Boulangerie Arnaud');
    const withLogo = page(
      '<head><title>Boulanger</title></head><header><img alt="Maison Prat" src="x"></header>',
    );
    expect(pageCompany(withLogo, url, 'Boulanger')).toBe('Maison Prat');
    expect(pageCompany(page('<p>x</p>'), url, 'Boulanger')).toBe('Moulin Vert');
  });

  it.each([
    ['Holzbau Kramer | Stellenangebote', 'Holzbau Kramer'],
    ['Brasserie Lune Careers', 'Brasserie Lune'],
    ['Stadtwerke Ahrtal - Jobs', 'Stadtwerke Ahrtal'],
  ])('drops the jobs word from the site name "%s"', (site, company) => {
    const doc = page(`<head><meta property="og:site_name" content="${site}"></head>`);
    expect(pageCompany(doc, new URL('https://jobs.example-host.de/42'), 'Zimmerer (m/w/d)')).toBe(
      company,
    );
  });

  it('reads the document title when og:title repeats the job alone', () => {
    const doc =
      page(`<!DOCTYPE html><html><head><title>Café Sonnbichl Karriere | Servicekraft m/w</title>
      <meta property="og:title" content="Servicekraft m/w"></head><body></body></html>`);
    expect(
      pageCompany(doc, new URL('https://karriere.sonnbichl.de/stelle/7'), 'Servicekraft m/w'),
    ).toBe('Café Sonnbichl');
  });

  it('never reads a company out of <style> or <script>', () => {
    const doc = page(`<head><title>Tornitore</title><style>.logo img{alt:"Bad"}</style>
      <script>var company = "Wrong";</script></head><body><h1>Tornitore</h1></body>`);
    expect(pageCompany(doc, new URL('https://www.officine-sarti.it/lavora/3'), 'Tornitore')).toBe(
      'Officine Sarti',
    );
  });
});

describe('labelledValue', () => {
  const LABEL = /^(?:location|standort|lieu)$/i;
  it.each([
    ['<dl><dt>Standort</dt><dd>Leipzig</dd></dl>', 'Leipzig'],
    ['<p><strong>Lieu :</strong> Nantes, France</p>', 'Nantes, France'],
    ['<div><div>Location</div><div>Porto, Portugal</div></div>', 'Porto, Portugal'],
  ])('%s', (html, value) => {
    expect(labelledValue(page(html), LABEL)).toBe(value);
  });
});
