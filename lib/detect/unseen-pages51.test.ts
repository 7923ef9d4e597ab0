import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { asStored } from './brand';
import { detect } from './index';
import { logoCompany, pageCompany } from './page-meta';
import { page } from './test-helpers';

/** Detection, then what the engine reads of the capture, as the background stores it. */
function read(html: string, url: string) {
  const c = detect(page(html), url);
  if (!c) return null;
  return { capture: c, posting: extract(inputFromCapture(asStored(c))).posting };
}

const para = (n: number, s: string) =>
  Array.from({ length: n }, (_, i) => `<p>${s} (${i + 1})</p>`).join('');

/**
 * A signed-in job search with one job open beside the list (2024 markup): the first insight row
 * holds the work model in a plain span and the hours in a classed one.
 */
const splitView = (
  insight: string,
) => `<!DOCTYPE html><html><head><title>(3) Jobs | LinkedIn</title></head>
<body>
  <header class="global-nav"><nav>
    <img class="global-nav__me-photo evi-image" alt="Robin Example" src="me.jpg">
  </nav></header>
  <main>
    <h1>Analyst in Lisbon</h1>
    <ul><li class="job-card-container">Some other analyst job, Porto (Hybrid)</li></ul>
    <div class="jobs-search__job-details--container" data-job-id="4011122233">
      <div class="job-details-jobs-unified-top-card__job-title"><h1>Pricing Analyst</h1></div>
      <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/tidewater/">Tidewater Foods</a></div>
      <div class="job-details-jobs-unified-top-card__primary-description-container">
        <span>Lisbon, Portugal</span><span> · </span><span>Reposted 3 days ago</span>
      </div>
      <ul>
        <li class="job-details-jobs-unified-top-card__job-insight job-details-jobs-unified-top-card__job-insight--highlight">
          ${insight}
        </li>
        <li class="job-details-jobs-unified-top-card__job-insight">51-200 employees · Food production</li>
      </ul>
      <div id="job-details">${para(4, 'You will price our frozen range for three markets and follow the margins every week with sales')}</div>
    </div>
  </main>
</body></html>`;

describe('a signed-in split view reads the work model from the first insight row', () => {
  it('takes "On-site" written in an unclassed span beside the hours', () => {
    const r = read(
      splitView(
        '<span><span>On-site</span> <span class="job-details-jobs-unified-top-card__job-insight-view-model-secondary">Full-time</span></span>',
      ),
      'https://www.linkedin.com/jobs/search/?currentJobId=4011122233&keywords=analyst',
    );
    expect(r?.capture.title).toBe('Pricing Analyst');
    expect(r?.capture.company).toBe('Tidewater Foods');
    expect(r?.posting.workplace).toBe('onsite');
    expect(r?.posting.employmentType ?? r?.posting.employmentTypes?.[0]).toBe('full_time');
  });

  it('reads the same row in the 2023 class names: a model in Italian, then the hours', () => {
    const html = splitView('')
      .replaceAll('job-details-jobs-unified-top-card__', 'jobs-unified-top-card__')
      .replace(
        '<li class="jobs-unified-top-card__job-insight jobs-unified-top-card__job-insight--highlight">',
        '<li class="jobs-unified-top-card__job-insight"><span>Da remoto</span> <span>Part-time</span>',
      );
    const r = read(html, 'https://www.linkedin.com/jobs/view/4011122233/');
    expect(r?.posting.workplace).toBe('remote');
    expect(r?.posting.employmentType ?? r?.posting.employmentTypes?.[0]).toBe('part_time');
  });

  it('does not read the second row (company size, industry) as a label', () => {
    const r = read(
      splitView('<span>Matches your preferences</span>'),
      'https://www.linkedin.com/jobs/view/4011122233/',
    );
    expect(r?.posting.workplace ?? null).toBeNull();
  });
});

describe("the signed-in member's photo is not the employer's logo", () => {
  it('skips a header image whose class says photo, and keeps the real logo after it', () => {
    const doc = page(`<html><body><header>
      <img class="nav-item__profile-member-photo" alt="Robin Example" src="me.jpg">
      <a href="/"><img class="site-logo" alt="Nordwind Logistik logo" src="logo.svg"></a>
    </header></body></html>`);
    expect(logoCompany(doc)).toBe('Nordwind Logistik');
  });

  it('finds no logo when the header only shows the member', () => {
    const doc = page(`<html><body><header><nav>
      <img class="global-nav__me-photo" alt="Robin Example" src="me.jpg">
    </nav></header><main><h1>Jobs you may be interested in</h1></main></body></html>`);
    expect(logoCompany(doc)).toBeNull();
  });
});

describe("a job board's own host never stands in for the employer", () => {
  const bare = page(
    '<html><head><title>Search all Jobs | LinkedIn</title></head><body></body></html>',
  );

  it('gives no employer on the board, rather than its name', () => {
    expect(
      pageCompany(bare, new URL('https://www.linkedin.com/jobs/search/?currentJobId=1'), null),
    ).toBeNull();
    expect(pageCompany(bare, new URL('https://uk.indeed.com/viewjob?jk=1'), null)).toBeNull();
  });

  it("still names a company's own careers host", () => {
    const plain = page('<html><head><title>Careers</title></head><body></body></html>');
    expect(pageCompany(plain, new URL('https://careers.harbour-mills.co.uk/jobs/42'), null)).toBe(
      'Harbour Mills',
    );
  });
});

/** An agency's advert for its client: the client's project has its own "About" heading. */
const agencyAdvert = (lines: readonly string[]) => lines.join('\n');

describe("a project's section heading is not the employer", () => {
  it('reads no employer named "The Project" in English', () => {
    const x = extract({
      text: agencyAdvert([
        'Kestrel Staffing builds dedicated engineering teams for clients in Europe.',
        'We are looking for a Site Reliability Engineer for our client.',
        'About The Project',
        'Our client runs a marketplace for handmade furniture with two small teams.',
        'Requirements',
        '- 3+ years of experience running services on AWS',
      ]),
    });
    expect(x.posting.company).not.toBe('The Project');
  });

  it('nor "das Projekt" or "du projet" in German and French', () => {
    const de = extract({
      text: agencyAdvert([
        'Kestrel Staffing baut Entwicklerteams für Kunden in Europa auf.',
        'Für unseren Kunden suchen wir einen Site Reliability Engineer.',
        'Über das Projekt',
        'Unser Kunde betreibt einen Marktplatz für Möbel aus kleinen Werkstätten.',
        'Anforderungen',
        '- 3 Jahre Erfahrung mit AWS',
      ]),
    });
    expect(de.posting.company?.toLowerCase() ?? '').not.toMatch(/projekt/);
    const fr = extract({
      text: agencyAdvert([
        'Kestrel Staffing constitue des équipes de développeurs pour ses clients en Europe.',
        'Pour notre client, nous recherchons un ingénieur SRE.',
        'À propos du projet',
        'Notre client gère une place de marché de meubles faits main.',
        'Profil',
        "- 3 ans d'expérience avec AWS",
      ]),
    });
    expect(fr.posting.company?.toLowerCase() ?? '').not.toMatch(/projet/);
  });
});
