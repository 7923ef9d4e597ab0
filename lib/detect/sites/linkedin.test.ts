import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { capture, fixture, page } from '../test-helpers';

describe('linkedin adapter', () => {
  it('reads a logged-in /jobs/view page', () => {
    const c = capture(
      'linkedin-view.html',
      'https://www.linkedin.com/jobs/view/3941234567/?trk=eml-email_job_alert&refId=abc%3D&trackingId=xyz',
    );
    expect(c).toMatchObject({
      site: 'linkedin',
      detectedBy: 'adapter',
      jobKey: 'linkedin:3941234567',
      canonicalUrl: 'https://www.linkedin.com/jobs/view/3941234567/',
      title: 'Senior Robotics Software Engineer',
      company: 'Northwind Robotics',
      location: 'Berlin, Germany',
    });
    expect(c?.text).toContain('• 5+ years of professional C++ experience');
    expect(c?.text).toContain("What you'll bring");
    // The apply button is chrome, not posting text.
    expect(c?.text).not.toContain('Easy Apply');
  });

  it('reads the guest SEO page and gives it the same key as /jobs/view/{id}', () => {
    const c = capture(
      'linkedin-guest.html',
      'https://br.linkedin.com/jobs/view/engenheiro-de-dados-senior-at-banco-aurora-4012398765?position=1&pageNum=0',
    );
    expect(c).toMatchObject({
      jobKey: 'linkedin:4012398765',
      canonicalUrl: 'https://www.linkedin.com/jobs/view/4012398765/',
      title: 'Engenheiro de Dados Sênior',
      company: 'Banco Aurora',
      location: 'São Paulo, SP',
    });
    expect(c?.text).toContain('• SQL avançado');
    expect(c?.text).not.toContain('Mostrar mais');
  });

  it('reads the split view job named by currentJobId', () => {
    const c = capture(
      'linkedin-search.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=data%20engineer',
    );
    expect(c).toMatchObject({
      jobKey: 'linkedin:4100000001',
      canonicalUrl: 'https://www.linkedin.com/jobs/view/4100000001/',
      title: 'Data Engineer',
      company: 'Lumière Analytics',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
    });
  });

  it('waits while the pane still shows the previous job after currentJobId changed', () => {
    const doc = fixture('linkedin-search.html');
    expect(
      detect(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=4100000002&keywords=data'),
    ).toBeNull();
  });

  it("reads the guest search page's detail pane, whose title is an h2, not the page's title", () => {
    const c = capture(
      'linkedin-guest-search.html',
      'https://www.linkedin.com/jobs/search?currentJobId=4300000001',
    );
    expect(c).toMatchObject({
      jobKey: 'linkedin:4300000001',
      title: 'Warehouse Shift Lead',
      company: 'Ribeira Foods',
      location: 'Porto, Porto, Portugal',
    });
    expect(c?.labels).toEqual(['Full-time']);
    expect(c?.text).toContain('Check inbound deliveries against the orders');
    // The other cards of the list are not the posting.
    expect(c?.text).not.toContain('Payroll Analyst');
  });

  it('captures nothing on a search list with no job selected', () => {
    const doc = fixture('linkedin-search.html');
    expect(
      detect(doc, 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer'),
    ).toBeNull();
    expect(detect(doc, 'https://www.linkedin.com/feed/')).toBeNull();
  });
});

describe('linkedin top-card layouts and chips', () => {
  it('reads the 2023 layout: company linked inside the description line, chips in French', () => {
    const c = capture(
      'linkedin-2023-fr.html',
      'https://fr.linkedin.com/jobs/view/4011112222/?refId=x',
    );
    expect(c).toMatchObject({
      jobKey: 'linkedin:4011112222',
      title: 'Chargée de clientèle B2B',
      company: 'Maison Verdier',
      location: 'Nantes, Pays de la Loire, France',
    });
    expect(c?.labels).toEqual(['Hybride · Temps plein · Confirmé']);
  });

  it.each([
    [
      'Atelier Brunet',
      'Lyon, Auvergne-Rhône-Alpes, France (Hybride)',
      'il y a 3 jours',
      '41 candidats',
    ],
    ['Kestrel Foods', 'Leeds, England, United Kingdom (On-site)', '2 weeks ago', '118 applicants'],
  ])(
    'reads the mid-2023 line where the age follows the work model: %s',
    (co, place, age, count) => {
      const doc = page(`<!DOCTYPE html><html><head><title>LinkedIn</title></head><body>
      <div class="jobs-unified-top-card"><h2 class="jobs-unified-top-card__job-title">Planner</h2>
      <div class="jobs-unified-top-card__primary-description"><div>
        <a href="https://www.linkedin.com/company/x/life">${co}</a><span> </span>· ${place}<span> </span>
        <span class="tvm__text"><span>${age}</span></span><span class="tvm__text"> · </span>
        <span class="tvm__text">${count}</span></div></div></div>
      <div id="job-details"><p>Plan weekly production runs with the line leads and keep stock levels right.</p></div>
      </body></html>`);
      const c = detect(doc, 'https://www.linkedin.com/jobs/view/3811112222/');
      expect(c).toMatchObject({ company: co, location: place });
    },
  );

  it('reads the preference pills of the 2025 layout in German', () => {
    const c = capture(
      'linkedin-2025-de.html',
      'https://de.linkedin.com/jobs/search/?currentJobId=4200000077',
    );
    expect(c).toMatchObject({
      title: 'Werkstudent:in Datenanalyse',
      company: 'Hafenlicht Logistik',
      location: 'Hamburg, Deutschland',
    });
    expect(c?.labels).toEqual(['Vor Ort', 'Teilzeit']);
  });

  it('reads a chip as its shown words, not joined to the screen-reader sentence inside it', () => {
    const c = capture(
      'linkedin-2025-chips-it.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4400000010&keywords=cuoco',
    );
    expect(c).toMatchObject({ title: 'Cuoco capopartita', company: 'Trattoria Val Brembana' });
    expect(c?.labels).toEqual(['In sede', 'Stagionale']);
  });

  it("reads the guest page's employment type and not its industries", () => {
    const c = capture(
      'linkedin-guest.html',
      'https://br.linkedin.com/jobs/view/engenheiro-de-dados-senior-at-banco-aurora-4012398765',
    );
    expect(c?.labels).toEqual(['Tempo integral']);
  });

  it("reads the 2019 guest page's criteria list, its employment type second", () => {
    const html = `<html><head><title>Maison Verrier recrute pour des postes de Technicien réseau (Nantes, FR) | LinkedIn</title></head><body>
      <section class="topcard"><h1 class="topcard__title">Technicien réseau</h1>
        <a class="topcard__org-name-link" href="https://fr.linkedin.com/company/maison-verrier">Maison Verrier</a>
        <span class="topcard__flavor topcard__flavor--bullet">Nantes, FR</span></section>
      <section class="description"><div class="show-more-less-html__markup">Vous installez et dépannez les réseaux de nos clients.</div>
        <ul class="job-criteria__list">
          <li class="job-criteria__item"><h3 class="job-criteria__subheader">Niveau hiérarchique</h3><span class="job-criteria__text job-criteria__text--criteria">Premier emploi</span></li>
          <li class="job-criteria__item"><h3 class="job-criteria__subheader">Type d’emploi</h3><span class="job-criteria__text job-criteria__text--criteria">Temps plein</span></li>
          <li class="job-criteria__item"><h3 class="job-criteria__subheader">Secteurs</h3><span class="job-criteria__text job-criteria__text--criteria">Télécommunications</span></li>
        </ul></section></body></html>`;
    const c = detect(
      page(html),
      'https://fr.linkedin.com/jobs/view/technicien-reseau-at-maison-verrier-1500000001',
    );
    expect(c?.labels).toEqual(['Temps plein']);
  });

  it('takes the company from the "Title | Company | LinkedIn" title when the top card moved', () => {
    const doc = fixture('linkedin-2025-de.html');
    for (const el of doc.querySelectorAll('.job-details-jobs-unified-top-card__company-name')) {
      el.remove();
    }
    const c = detect(doc, 'https://www.linkedin.com/jobs/view/4200000077/');
    expect(c?.company).toBe('Hafenlicht Logistik');
  });
});
