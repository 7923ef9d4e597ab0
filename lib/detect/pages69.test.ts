import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { asStored } from './brand';
import { hiringHeading, withoutInclusiveEndings } from './heading-words';
import { detect } from './index';
import { page } from './test-helpers';

/** Detection (the careers-page reader of the scan script), then what the engine reads of it. */
function read(html: string, url: string) {
  const c = detect(page(html), url);
  if (!c) return null;
  return { capture: c, posting: extract(inputFromCapture(asStored(c))).posting };
}

const doc = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const para = (n: number, s: string) =>
  Array.from({ length: n }, (_, i) => `<p>${s} (${i + 1})</p>`).join('');

/**
 * A small site's job page built by a static generator: a document title that only names the site,
 * one h1, sections and an e-mail to apply to.
 */
const sitePage = (site: string, heading: string, sections: string) =>
  doc(
    `<title>${site} - ${site}</title>`,
    `<header><nav><a href="/">Accueil</a><a href="/offres">Offres</a></nav></header>
     <main><h1>${heading}</h1>${sections}</main>
     <footer><p>${site}</p><a href="/mentions">Mentions légales</a></footer>`,
  );

const frenchSections = (extra = '') => `
  <p>Notre atelier restaure des vélos anciens et les loue aux écoles de la métropole.</p>
  <h2>Missions</h2><ul><li>Accueillir les classes et présenter les ateliers</li>
  <li>Tenir le planning des réservations avec l'équipe</li></ul>
  <h2>Profil recherché</h2><ul><li>Goût pour la pédagogie et le travail manuel</li>
  <li>Aisance à l'oral devant un groupe</li></ul>${extra}
  ${para(3, "L'association compte douze salariés et une trentaine de bénévoles actifs chaque semaine")}
  <h2>Candidater</h2><p>Envoyez votre CV et quelques lignes à equipe@velos-lumiere.example</p>`;

describe('a heading in French inclusive writing names a job', () => {
  it('"Chargé·e de médiation" reads as a job title though its ending follows a point', () => {
    const html = sitePage('Vélos Lumière', 'Chargé·e de médiation scolaire', frenchSections());
    const r = read(html, 'https://velos-lumiere.example/offres/mediation/');
    expect(r?.capture.title).toBe('Chargé·e de médiation scolaire');
  });

  it('the ending is dropped for the job words only, whatever the point', () => {
    expect(withoutInclusiveEndings('Développeur·euse back-end')).toBe('Développeur back-end');
    expect(withoutInclusiveEndings('Ingénieur.e.s systèmes')).toBe('Ingénieur systèmes');
    expect(withoutInclusiveEndings('Technicien·ne de maintenance')).toBe(
      'Technicien de maintenance',
    );
    // A domain or a version is no ending.
    expect(withoutInclusiveEndings('Node.js et Vue.js 3.5')).toBe('Node.js et Vue.js 3.5');
  });
});

describe("a heading framed by its employer's hiring verb", () => {
  it('"<employer> recrute : un·e <job>" names the job as the title and the employer', () => {
    const html = sitePage(
      'Vélos Lumière',
      'Atelier Vélos Lumière recrute : un·e développeur·euse web',
      frenchSections(),
    );
    const r = read(html, 'https://velos-lumiere.example/offres/developpement/');
    expect(r?.capture.title).toBe('développeur·euse web');
    expect(r?.capture.company).toBe('Atelier Vélos Lumière');
  });

  it('reads the frame in English, German, Dutch, Spanish, Italian and Portuguese', () => {
    expect(hiringHeading('Northwind Labs is hiring: Data Engineer')).toEqual({
      employer: 'Northwind Labs',
      job: 'Data Engineer',
    });
    expect(hiringHeading('Bäckerei Sonnenkorn sucht Verkäufer (m/w/d)')).toEqual({
      employer: 'Bäckerei Sonnenkorn',
      job: 'Verkäufer (m/w/d)',
    });
    expect(hiringHeading('Fietsfabriek Noord zoekt een Monteur')).toEqual({
      employer: 'Fietsfabriek Noord',
      job: 'Monteur',
    });
    expect(hiringHeading('Panadería Olmo busca un Repartidor')?.job).toBe('Repartidor');
    expect(hiringHeading('Cantina Ferri cerca un Magazziniere')?.employer).toBe('Cantina Ferri');
    expect(hiringHeading('Padaria Aurora contrata Motorista')?.job).toBe('Motorista');
  });

  it('a pronoun or "our team" before the verb names no employer ("Wir suchen: …")', () => {
    expect(hiringHeading('Wir suchen: Elektroniker (m/w/d)')).toEqual({
      job: 'Elektroniker (m/w/d)',
    });
    expect(hiringHeading('Our team is hiring a Support Engineer')).toEqual({
      job: 'Support Engineer',
    });
    expect(hiringHeading('Notre équipe recrute un·e comptable')).toEqual({ job: 'comptable' });
  });

  it('a job heading whose words hold a verb form stays whole ("… recherche clinique")', () => {
    // "Chef de projet" is a job, not an employer: the heading is read as written.
    expect(hiringHeading('Chef de projet recherche clinique')).toBeNull();
    const html = sitePage('Vélos Lumière', 'Responsable recherche et formation', frenchSections());
    const r = read(html, 'https://velos-lumiere.example/offres/formation/');
    expect(r?.capture.title).toBe('Responsable recherche et formation');
  });

  it('a careers page that only says the employer hires is still no posting', () => {
    const offers = Array.from(
      { length: 14 },
      (_, i) => `<li><a href="/offres/${i}">Animateur technique ${i + 1}</a></li>`,
    ).join('');
    const html = sitePage(
      'Vélos Lumière',
      'Atelier Vélos Lumière recrute',
      `<p>Rejoignez une équipe engagée.</p><ul>${offers}</ul>${frenchSections()}`,
    );
    expect(read(html, 'https://velos-lumiere.example/offres/')).toBeNull();
  });
});

describe('a location field written as prose is a note, not the place', () => {
  const facts = (first: string[], second: string, label = 'Location') => `
    <p>Tidewater Analytics builds forecasting tools for harbour authorities and shipping lines.</p>
    <h2>Responsibilities</h2><ul><li>Run demonstrations for port operators</li>
    <li>Gather feedback from daily users</li></ul>
    <h2>Requirements</h2><ul><li>Five years in maritime logistics</li></ul>
    <h3>${label}:</h3><ul>${first.map((l) => `<li>${l}</li>`).join('')}</ul>
    ${para(3, 'The team meets twice a year and otherwise works across three time zones')}
    <a href="mailto:jobs@tidewater.example">Apply via email</a>
    <ul><li><strong>Contract Type:</strong> Full Time</li>
    <li><strong>${label}:</strong> ${second}</li></ul>`;

  it('a later "Location:" field states the place', () => {
    const html = sitePage(
      'Tidewater',
      'Solutions Analyst',
      facts(
        ['Flexible, but Rotterdam preferred.', 'Some travel to Oslo will be needed.'],
        'Netherlands',
      ),
    );
    const r = read(html, 'https://tidewater.example/careers/solutions-analyst.html');
    expect(r?.capture.location).toBe('Netherlands');
  });

  it('reads the Spanish label the same way', () => {
    const html = sitePage(
      'Tidewater',
      'Analista de soluciones',
      facts(
        ['Flexible, preferiblemente Valencia.', 'Habrá viajes ocasionales a Bilbao.'],
        'Valencia, España',
        'Ubicación',
      ),
    );
    const r = read(html, 'https://tidewater.example/es/empleos/analista.html');
    expect(r?.capture.location).toBe('Valencia, España');
  });

  it('a one-sentence place value is kept as before', () => {
    const html = sitePage(
      'Tidewater',
      'Solutions Analyst',
      facts(['Rotterdam, Netherlands'], 'EU'),
    );
    const r = read(html, 'https://tidewater.example/careers/solutions-analyst.html');
    expect(r?.capture.location).toBe('Rotterdam, Netherlands');
  });
});

describe("a small company's job page with no document title: its job words and its brand", () => {
  /** An older static site: no <title>, the job in an h2 with a byline, bold paragraphs as sections. */
  const post = (job: string, byline: string, body: string) =>
    doc(
      '',
      `<header><a href="/"><img src="/logo.png" alt="Logo"></a>
       <a href="/blog">BLOG</a> <a href="/about">ABOUT US</a></header>
       <div class="container"><h2>${job}</h2><div class="byline">${byline}</div>
       <p><b>Role Overview</b></p><p>${body}</p>
       <p><b>Requirements</b></p><ul><li>Three years in a similar role</li>
       <li>Warm and clear on the phone</li></ul>
       ${para(3, 'We answer questions from families every day and follow each of them over months')}
       <p>To apply, send your resume and cover letter to careers@getlumaro.example</p></div>`,
    );

  it('"Care Advocate": an advocate (care, patient, customer) is a job', () => {
    const html = post(
      'Care Advocate',
      'March 2, 2024 by Lumaro Health',
      'You will guide members of Lumaro Health through their treatment and the paperwork around it.',
    );
    const r = read(html, 'https://www.getlumarohealth.example/careers/care-advocate.html');
    expect(r?.capture.title).toBe('Care Advocate');
  });

  it('the brand the host stands for, as the page spells it ("getlumarohealth" → "Lumaro Health")', () => {
    const html = post(
      'Product Manager',
      'March 2, 2024',
      'Lumaro Health builds tools for families; you will own the roadmap of the mobile app.',
    );
    const r = read(html, 'https://www.getlumarohealth.example/careers/product-manager.html');
    expect(r?.capture.company).toBe('Lumaro Health');
  });

  it('reads a suffixed host and a Dutch page the same way ("fietsnethq" → "FietsNet")', () => {
    const html = doc(
      '',
      `<main><h2>Monteur fietsenwerkplaats</h2>
       <p>Bij FietsNet repareer je elke dag stadsfietsen en bakfietsen voor onze klanten.</p>
       <p><b>Wat ga je doen</b></p><ul><li>Fietsen onderhouden</li><li>Klanten adviseren</li></ul>
       <p><b>Functie-eisen</b></p><ul><li>Een technische opleiding</li><li>Rijbewijs B</li></ul>
       ${para(3, 'De werkplaats ligt aan de rand van de stad en is goed bereikbaar met de fiets')}
       <p>Stuur je cv naar werken@fietsnethq.example</p></main>`,
    );
    const r = read(html, 'https://www.fietsnethq.example/vacatures/monteur.html');
    expect(r?.capture.company).toBe('FietsNet');
  });

  it('a brand the page never writes in words stays the host name; an e-mail address is no spelling', () => {
    const html = post(
      'Product Manager',
      'March 2, 2024',
      'You will own the roadmap of our mobile app and talk to families every week.',
    );
    const r = read(html, 'https://www.getlumaro.example/careers/product-manager.html');
    expect(r?.capture.company).toBe('Getlumaro');
    // "Work with us" is no spelling of "getwork": a single plain word may be any word.
    const work = post(
      'Product Manager',
      'March 2, 2024',
      'Work with us on the roadmap of our app.',
    );
    expect(read(work, 'https://www.getwork.example/careers/pm.html')?.capture.company).toBe(
      'Getwork',
    );
  });
});
