import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { capture, fixture, page } from './test-helpers';

describe('generic fallback for career pages without structured data', () => {
  it('captures a French company posting', () => {
    const c = capture(
      'generic-careers-fr.html',
      'https://www.laiteriedubocage.fr/carrieres/technicien-maintenance-industrielle?utm_campaign=hellowork',
    );
    expect(c).toMatchObject({
      site: 'generic',
      detectedBy: 'generic',
      title: 'Technicien de maintenance industrielle (H/F)',
      company: 'Laiterie du Bocage',
      jobKey: 'url:https://www.laiteriedubocage.fr/carrieres/technicien-maintenance-industrielle',
    });
    expect(c?.text).toContain('Profil recherché\n\n• BTS Maintenance des systèmes ou équivalent');
    // Site navigation and footer are not part of the posting.
    expect(c?.text).not.toContain('Mentions légales');
    expect(c?.text).not.toContain('Nos produits');
  });

  it('captures a German posting whose title carries (m/w/d)', () => {
    const c = capture(
      'generic-careers-de.html',
      'https://nordlicht-versicherung.de/karriere/softwareentwickler-java',
    );
    expect(c).toMatchObject({ title: 'Softwareentwickler Java (m/w/d)', detectedBy: 'generic' });
    expect(c?.text).toContain('• Mindestens drei Jahre Erfahrung mit Java und Spring');
    expect(c?.text).not.toContain('Impressum');
  });

  it.each([
    ['blog-post.html', 'https://hirewise.io/blog/senior-software-engineer-job-description'],
    ['homepage.html', 'https://www.greenfieldsolar.com/'],
    ['careers-index.html', 'https://tallgrass.software/careers'],
  ])('does not capture %s', (name, url) => {
    expect(detect(fixture(name), url)).toBeNull();
  });

  it('does not capture a search result list even when its headline reads like a job title', () => {
    const html = readFileSync(join(__dirname, 'fixtures', 'careers-index.html'), 'utf8').replace(
      '<h1>Open positions</h1>',
      '<h1>Product Manager</h1>',
    );
    expect(detect(page(html), 'https://tallgrass.software/search?q=product')).toBeNull();
  });

  it('needs an apply control: the same posting without one is not captured', () => {
    const html = readFileSync(
      join(__dirname, 'fixtures', 'generic-careers-fr.html'),
      'utf8',
    ).replace(/<a class="bouton"[^>]{0,200}>[^<]{0,80}<\/a>/, '');
    expect(detect(page(html), 'https://www.laiteriedubocage.fr/carrieres/technicien')).toBeNull();
  });
});

/** A careers page: the title, a line under it, the body sections, and what ends it. */
function careersPage(opts: {
  head?: string;
  title: string;
  under?: string;
  body: string;
  end?: string;
}) {
  return page(`<!DOCTYPE html><html><head>${opts.head ?? ''}</head><body>
    <header><nav><a href="/">Start</a><a href="/karriere">Karriere</a></nav></header>
    <main><article><h1>${opts.title}</h1>${opts.under ?? ''}${opts.body}${
      opts.end ?? '<p><a class="cta" href="/apply/77">Apply now</a></p>'
    }</article></main><footer>Impressum</footer></body></html>`);
}

const LONG_DE = `<p>Wir sind ein mittelständischer Hersteller von Messtechnik mit 240 Beschäftigten am Standort.
  Für unser Team in der Entwicklung suchen wir ab sofort Verstärkung, unbefristet und in Vollzeit.</p>
  <h3>Ihre Aufgaben</h3><ul><li>Auslegung elektronischer Baugruppen für unsere Sensorik</li>
  <li>Betreuung von Prototypen bis zur Serienreife</li><li>Abstimmung mit Einkauf und Fertigung</li></ul>`;

describe('generic fallback: recall on real careers-page shapes', () => {
  it.each([
    ['Elektroingenieur:in Sensorik', 'Das bringen Sie mit'],
    ['Teamleiter*in Instandhaltung', 'Ihre Qualifikationen'],
    ['Servicetechniker/-in Außendienst', 'Was Sie mitbringen'],
    ['Projektleiterin Hochbau', 'Ihr Profil'],
  ])('reads the German title "%s" under "%s"', (title, heading) => {
    const doc = careersPage({
      title,
      body: `${LONG_DE}<h3>${heading}</h3><ul><li>Studium der Elektrotechnik oder eine vergleichbare Ausbildung</li>
        <li>Erfahrung mit Schaltungsentwurf und Layout</li></ul>`,
      end: '<p><a href="/karriere/bewerbung/4411">Jetzt bewerben</a></p>',
    });
    expect(detect(doc, 'https://www.messwerk-thale.de/karriere/4411')).toMatchObject({ title });
  });

  it('reads a heading written with a curly apostrophe', () => {
    const doc = careersPage({
      title: 'Warehouse Team Lead',
      body: `<p>Northgate Supplies runs three distribution centres across the Midlands and ships to
        2,000 independent shops every week. We are growing our night operation and need someone who
        keeps a team of twelve safe, on time and in good spirits through the week.</p>
        <h2>What we’re looking for</h2><ul><li>Two years leading a shift in a warehouse</li>
        <li>Confident with handheld scanners and a warehouse management system</li>
        <li>A counterbalance forklift licence, or willing to gain one</li></ul>`,
    });
    expect(detect(doc, 'https://northgate-supplies.co.uk/careers/team-lead')).toMatchObject({
      title: 'Warehouse Team Lead',
      company: 'Northgate Supplies',
    });
  });

  it.each([
    ['Votre profil', 'Chargé de clientèle', 'fr'],
    ['Requisitos del puesto', 'Técnico de mantenimiento', 'es'],
    ["What they're looking for", 'Marketing Coordinator', 'en'],
  ])('reads the heading "%s"', (heading, title) => {
    const doc = careersPage({
      title,
      body: `<p>${'Une équipe de trente personnes, un atelier moderne et des clients fidèles depuis vingt ans. '.repeat(3)}</p>
        <h3>${heading}</h3><ul><li>${'Trois ans au minimum dans un poste similaire, idéalement en PME. '.repeat(2)}</li></ul>`,
    });
    expect(detect(doc, 'https://example-employer.eu/jobs/42')?.title).toBe(title);
  });

  it('accepts an application by e-mail instead of an apply button', () => {
    const doc = careersPage({
      title: 'Magazziniere',
      body: `<p>${'Cerchiamo una persona per il nostro magazzino di Bergamo, contratto a tempo pieno. '.repeat(5)}</p>
        <h3>Requisiti</h3><ul><li>Esperienza di almeno un anno in magazzino</li><li>Patentino per il carrello elevatore</li></ul>`,
      end: '<p>Invia il tuo curriculum a selezione@ferramenta-orobica.it indicando il riferimento MAG-3.</p>',
    });
    expect(
      detect(doc, 'https://www.ferramenta-orobica.it/lavora-con-noi/magazziniere'),
    ).toMatchObject({
      title: 'Magazziniere',
      company: 'Ferramenta Orobica',
    });
  });

  it('accepts an application form further down the page', () => {
    const doc = careersPage({
      title: 'Verpleegkundige',
      body: `<p>${'Voor onze afdeling geriatrie zoeken wij een collega voor 32 uur per week. '.repeat(6)}</p>
        <h3>Wat wij vragen</h3><ul><li>Diploma verpleegkunde niveau 4 of 6</li><li>BIG-registratie</li></ul>`,
      end: '<form action="/sollicitatie"><input type="file" name="cv"><input type="submit" value="Verstuur"></form>',
    });
    expect(detect(doc, 'https://werkenbij.zorggroep-amstelland.nl/vacature/1180')?.title).toBe(
      'Verpleegkundige',
    );
  });

  it('accepts a short official notice that gives pay and hours', () => {
    const doc = careersPage({
      title: 'Sachbearbeiter (m/w/d) Bürgeramt',
      body: `<p>Die Gemeinde Altenwerder besetzt zum 1. März eine Stelle im Bürgeramt.</p>
        <p>Die Stelle ist in Vollzeit mit 39 Stunden pro Woche zu besetzen. Die Vergütung erfolgt nach
        Entgeltgruppe 8 TVöD. Schwerbehinderte Bewerber werden bei gleicher Eignung bevorzugt.</p>`,
      end: '<p>Bewerbungen bitte bis zum 31. Januar an personal@altenwerder.de</p>',
    });
    expect(detect(doc, 'https://www.altenwerder.de/rathaus/stellen/sb-buergeramt')?.title).toBe(
      'Sachbearbeiter (m/w/d) Bürgeramt',
    );
  });

  it('keeps the posting’s own location: the label, or the place line under the title', () => {
    const labelled = careersPage({
      title: 'Data Analyst',
      body: `<dl><dt>Department</dt><dd>Finance</dd><dt>Location</dt><dd>Rotterdam, Netherlands</dd></dl>
        <p>${'We turn shipping data into decisions for our planners and customers every day. '.repeat(5)}</p>
        <h3>Requirements</h3><ul><li>SQL and one scripting language</li><li>Three years in analytics</li></ul>`,
    });
    expect(detect(labelled, 'https://havenlink.nl/jobs/data-analyst')?.location).toBe(
      'Rotterdam, Netherlands',
    );
    const under = careersPage({
      title: 'Support Engineer',
      under: '<p><span>Customer Success</span><span>Remote (United States)</span></p>',
      body: `<p>${'We help clinics run their schedules without paper and without stress. '.repeat(6)}</p>
        <h3>About you</h3><ul><li>Two years supporting a SaaS product</li></ul>`,
    });
    expect(detect(under, 'https://clinicflow.io/careers/support-engineer')?.location).toBe(
      'Remote (United States)',
    );
  });

  it('never gives the bare hostname as the company', () => {
    const doc = careersPage({
      title: 'Data Analyst',
      body: `<p>${'We turn shipping data into decisions for our planners and customers every day. '.repeat(5)}</p>
        <h3>Requirements</h3><ul><li>SQL and one scripting language</li></ul>`,
    });
    expect(detect(doc, 'https://www.havenlink-logistics.com/jobs/1')?.company).toBe(
      'Havenlink Logistics',
    );
  });
});

describe('generic fallback: precision holds', () => {
  it('does not take a notice-like page without a job title', () => {
    const doc = careersPage({
      title: 'Öffnungszeiten und Gebühren',
      body: '<p>Das Bürgeramt ist 39 Stunden pro Woche geöffnet. Gebühren: 12 € pro Ausweis. '.repeat(
        5,
      ),
    });
    expect(detect(doc, 'https://www.altenwerder.de/rathaus/buergeramt')).toBeNull();
  });

  it('does not take a careers index of compound German titles', () => {
    const items = [
      'Elektroingenieur:in',
      'Teamleiter*in Lager',
      'Servicetechniker/-in',
      'Bauleiterin',
    ]
      .flatMap((t) => [t, `${t} Nord`, `${t} Süd`, `Senior ${t}`])
      .map((t, i) => `<li><a href="/karriere/${i}">${t}</a></li>`)
      .join('');
    const doc = careersPage({
      title: 'Projektleiter (m/w/d)',
      body: `${LONG_DE}<h3>Ihr Profil</h3><ul>${items}</ul>`,
    });
    expect(detect(doc, 'https://www.messwerk-thale.de/karriere')).toBeNull();
  });

  it('does not take a blog post with a requirements heading and an e-mail address', () => {
    const doc = careersPage({
      head: '<meta property="og:type" content="article">',
      title: 'How to hire a Data Analyst',
      body: `<p>${'Hiring well starts with a clear brief and a fair process for everyone. '.repeat(4)}</p>
        <h3>What we’re looking for in a brief</h3><p>Write to editor@hirewise.io with your questions.</p>`,
    });
    expect(detect(doc, 'https://hirewise.io/blog/hire-data-analyst')).toBeNull();
  });
});

/** An older careers site: no h1 anywhere, the job's title is the first h2. */
function h2Page(title: string, sections: string) {
  return page(`<!DOCTYPE html><html><head><title>Karriere</title></head><body>
    <div class="nav"><a href="/">Start</a><a href="/jobs">Jobs</a></div>
    <div class="content"><h2>${title}</h2>
    <p>${'Unser Familienbetrieb backt seit 1962 für drei Filialen in der Region und wächst weiter. '.repeat(5)}</p>
    ${sections}<p><a class="btn" href="/bewerbung?id=12">Jetzt bewerben</a></p></div></body></html>`);
}

describe('generic fallback: pages without an h1', () => {
  it('reads the first h2 as the title and "Das erwarten wir von dir" as the requirements', () => {
    const doc = h2Page(
      'Verkäufer / Mitarbeiter in der Filiale m/w',
      `<h3>DAS ERWARTEN WIR VON DIR:</h3><ul><li>Freude am Umgang mit Kundschaft</li>
       <li>Zuverlässigkeit auch am Wochenende</li></ul><h3>Standort</h3><p>Bamberg</p>`,
    );
    expect(detect(doc, 'https://www.baeckerei-sonnenkorn.de/jobs/verkauf')).toMatchObject({
      title: 'Verkäufer / Mitarbeiter in der Filiale m/w',
      detectedBy: 'generic',
    });
  });

  it('reads a German compound title written with /in from an h2', () => {
    const doc = h2Page(
      'Elektronikmonteur/in',
      '<h3>Ihr Profil</h3><ul><li>Eine abgeschlossene Ausbildung im Handwerk</li><li>Geschick und Sorgfalt</li></ul>',
    );
    expect(detect(doc, 'https://www.rechnerbau-ulm.de/jobs/85')?.title).toBe(
      'Elektronikmonteur/in',
    );
  });

  it('still takes nothing when that first h2 is not a job title', () => {
    const doc = h2Page(
      'Über uns',
      '<h3>Ihr Profil</h3><ul><li>Eine abgeschlossene Ausbildung im Handwerk</li></ul>',
    );
    expect(detect(doc, 'https://www.baeckerei-sonnenkorn.de/ueber-uns')).toBeNull();
  });

  it('reads requirement headings that a rich-text editor set in italics', () => {
    const doc = careersPage({
      title: 'Servicekräfte (m/w)',
      body: `<p>${'Unser Hotel an der Küste sucht für die Saison Verstärkung im Restaurant und auf der Terrasse. '.repeat(4)}</p>
        <p><i>Deine Aufgaben:</i><br></p><ul><li>Gäste herzlich bedienen und beraten</li></ul>
        <p><i>Dein Profil:</i><br></p><ul><li>Erfahrung im Service</li><li>Freundliches Auftreten</li></ul>`,
      end: '<p><a href="mailto:jobs@hotel-duene.de">Bewerben</a></p>',
    });
    expect(detect(doc, 'https://hotel-duene.jobs.example/de/job/7L')?.title).toBe(
      'Servicekräfte (m/w)',
    );
  });
});
