import { describe, expect, it } from 'vitest';
import { careerSiteBrand } from '../brand';
import { detect } from '../index';
import { page } from '../test-helpers';

/** A Personio job page with no JSON-LD and no og:site_name: only its <title> names the employer. */
function personioPage(title: string): Document {
  return page(`<!DOCTYPE html><html><head><title>${title}</title></head><body>
    <h1>Lagerlogistiker (m/w/d)</h1>
    <span class="TruncatedLocations_locationText__Qa1Zx">Basel</span>
    <div data-test-id="job-description"><h4>Was du mitbringst</h4>
    <ul><li>Eine abgeschlossene Lehre im Lager oder in der Logistik</li><li>Freude an Teamarbeit</li></ul></div>
  </body></html>`);
}

const URL_DE = 'https://nordlicht-ch.jobs.personio.de/job/4410392?language=de';

/** What the user sees: the background cleans a career site's name ("Jobs bei X" → X). */
function shownCompany(title: string, url = URL_DE): string | null {
  const company = detect(personioPage(title), url)?.company ?? null;
  return company && careerSiteBrand(company);
}

describe('Personio employer from the page title', () => {
  it.each([
    ['Lagerlogistiker (m/w/d) | Jobs bei nordlicht.ch', 'nordlicht.ch'],
    ['Warehouse Operative | Jobs at Nordlicht Logistics', 'Nordlicht Logistics'],
    ['Operario de almacén | Empleos en Nordlicht Ibérica', 'Nordlicht Ibérica'],
    ["Préparateur de commandes | Offres d'emploi chez Nordlicht SA", 'Nordlicht SA'],
    ['Magazijnmedewerker | Vacatures bij Nordlicht BV', 'Nordlicht BV'],
  ])('%s → %s', (title, company) => {
    expect(shownCompany(title)).toBe(company);
  });

  it('sends the title suffix as the page shows it, and the tenant slug when the title has none', () => {
    expect(detect(personioPage('Lagerlogistiker | Jobs bei nordlicht.ch'), URL_DE)?.company).toBe(
      'Jobs bei nordlicht.ch',
    );
    expect(shownCompany('Lagerlogistiker (m/w/d)')).toBe('nordlicht-ch');
    // An account without a company name: its title ends in a bare "Jobs bei".
    expect(shownCompany('Lagerlogistiker (m/w/d) | Jobs bei')).toBe('nordlicht-ch');
  });
});
