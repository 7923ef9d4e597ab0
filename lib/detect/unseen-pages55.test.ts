import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { asStored } from './brand';
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

describe('small employers’ own job pages are taken', () => {
  it('a German care trade in its gender form, part-time, pay scale and an e-mail to apply', () => {
    const html = doc(
      '<title>Rehaklinik Sonnhalde – Ergotherapeutin</title>',
      `<header><img class="logo" alt="Logo der Rehaklinik Sonnhalde"></header>
       <main><p>Zur Verstärkung suchen wir Sie (m/w/d) als</p><h1>Ergotherapeutin</h1>
       <p>in unserer Klinik in Teilzeit (60 %)</p>
       <h2>Aufgaben:</h2><ul><li>Behandlungen planen und durchführen</li><li>Gruppen anleiten</li></ul>
       ${para(3, 'Wir zahlen nach TVöD und bieten eine betriebliche Altersvorsorge sowie Fortbildungen')}
       <p>Fragen beantwortet gern <a href="mailto:team@sonnhalde.example">unser Team</a>.</p></main>`,
    );
    const r = read(html, 'https://www.sonnhalde.example/jobs/ergotherapeutin/');
    expect(r?.capture.title).toBe('Ergotherapeutin');
    // "Logo der …": the name keeps no case form of the phrase it was cut from.
    expect(r?.posting.company).toBe('Rehaklinik Sonnhalde');
    expect(r?.posting.employmentTypes).toEqual(['part_time']);
  });

  it('pay beside a duties heading, hours as a time range, and "call us" instead of a button', () => {
    const html = doc(
      '<title>Stellenangebot: Lagerhelfer*in – Kistenwerk GmbH</title>',
      `<main><h1>Lagerhelfer*in im Versand (ab sofort)</h1>
       <h2>Deine Aufgaben</h2><ul><li>Pakete packen und etikettieren</li></ul>
       <h2>Arbeitszeit</h2><ul><li>Montag bis Freitag von 8:00 bis 14:00 Uhr</li></ul>
       <h2>Vergütung</h2><ul><li>15,20 € / Stunde</li></ul>
       <h2>Arbeitsort</h2><p>Am Hafen 7</p><p>60314 Frankfurt am Main</p>
       ${para(2, 'Wir sind ein kleines Team mit kurzen Wegen und einem freundlichen Umgangston')}
       <h2>Interessiert?</h2><p>Ruf uns einfach an und komm zum Kennenlernen vorbei.</p></main>`,
    );
    const r = read(html, 'https://kistenwerk.example/stellenangebot.html');
    expect(r?.capture.title).toBe('Lagerhelfer*in im Versand (ab sofort)');
    // The document title's first part words the job: the employer is the other part.
    expect(r?.capture.company).toBe('Kistenwerk GmbH');
    expect(r?.posting.locations).toEqual(['Frankfurt am Main']);
  });

  it('a Dutch page: pay and its duties heading, an e-mail link, no requirements heading', () => {
    const html = doc(
      '<title>Vacature: Backend Developer @ Tulpsoft</title><meta property="og:title" content="Vacature: Backend Developer @ Tulpsoft">',
      `<main><h1>Backend Developer</h1>
       <h2>Dit ga je verdienen</h2><p>Je krijgt €4.800 bruto per maand en een bonus.</p>
       <h2>Dit ga je doen</h2><ul><li>Services bouwen voor onze klanten</li><li>Code reviewen</li></ul>
       ${para(3, 'Je werkt in een klein team dat graag nieuwe technieken uitprobeert')}
       <p><a href="mailto:werk@tulpsoft.example">Mail ons</a></p></main>`,
    );
    const r = read(html, 'https://tulpsoft.example/vacature.html');
    expect(r?.capture.title).toBe('Backend Developer');
    expect(r?.capture.company).toBe('Tulpsoft');
  });

  it('a lab site: its name takes the first h1, the post the second, applications by letter', () => {
    const html = doc(
      '<title>Coastal Ecology Lab</title>',
      `<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/team">Team</a></li>
       <li><a href="/papers">Papers</a></li></ul></div>
       <div class="banner"><h1>Coastal Ecology Lab</h1><p>Understanding salt marshes since 2009, one transect at a time</p></div>
       <h1>Postdoctoral Researcher in Marsh Carbon Modelling</h1>
       ${para(3, 'A two-year position is open in the lab at Harbour University to model marsh carbon')}
       <h3>Qualifications:</h3><p>A doctorate in ecology or a related field, and experience with R.</p>
       <p>Interested applicants should submit a cover letter and CV to Dr. Ana Reyes.</p>
       <p>Harbour University is an Equal Opportunity Employer.</p>`,
    );
    const r = read(html, 'https://coastal-lab.github.io/postdoc.html');
    expect(r?.capture.title).toBe('Postdoctoral Researcher in Marsh Carbon Modelling');
    // The site's menu above the post is no header: neither "Team" nor "Papers" is read.
    expect(r?.posting.company).toBe('Harbour University');
    expect(r?.posting.locations).toEqual([]);
  });

  it('a Spanish and a French page that say how to apply in the text', () => {
    const es = doc(
      '<title>Técnico de mantenimiento – Frío Sur</title>',
      `<main><h1>Técnico de mantenimiento</h1>
       <h2>Requisitos</h2><ul><li>Formación en electricidad</li><li>Carnet de conducir</li></ul>
       ${para(5, 'Mantendrás las cámaras frigoríficas de nuestros clientes en toda la provincia')}
       <p>Envíanos tu CV a la dirección de la empresa.</p></main>`,
    );
    expect(read(es, 'https://friosur.example/empleo.html')?.capture.title).toBe(
      'Técnico de mantenimiento',
    );
    const fr = doc(
      '<title>Chef de chantier – Terrassements Alizé</title>',
      `<main><h1>Chef de chantier</h1>
       <h2>Profil recherché</h2><ul><li>Cinq ans de terrain</li><li>Permis B</li></ul>
       ${para(5, 'Vous dirigez les équipes de terrassement sur nos chantiers de la région')}
       <p>Envoyez votre CV par courrier à notre agence.</p></main>`,
    );
    expect(read(fr, 'https://alize.example/emploi.html')?.capture.title).toBe('Chef de chantier');
  });
});

describe('look-alikes stay out', () => {
  it('a careers page with no opening is no posting', () => {
    const html = doc(
      '<title>Stellenangebote – Tierpraxis am Fluss</title>',
      `<main><h1>Stellenangebote</h1><p>Aktuell haben wir leider keine offenen Stellen.</p>
       ${para(3, 'Wir freuen uns trotzdem über Ihre Initiativbewerbung per E-Mail')}
       <p><a href="mailto:praxis@fluss.example">praxis@fluss.example</a></p></main>`,
    );
    expect(read(html, 'https://fluss.example/stellenangebote.html')).toBeNull();
  });

  it('a lab page that invites fellowship applications names no post', () => {
    const html = doc(
      '<title>Work with us | Marsh Lab</title>',
      `<main><h1>Work with us</h1><h2>Postdoctoral Researchers</h2>
       ${para(3, 'We support applications for independent fellowships and help with the proposal')}
       <p>Please send your CV and a short statement of interests.</p></main>`,
    );
    expect(read(html, 'https://marsh-lab.example/postdoc.html')).toBeNull();
  });
});

describe('a question put to the reader names no contract', () => {
  it('reads no freelance contract from "Are you a freelancer now?" in Dutch and German', () => {
    const nl = extract({
      text:
        'Backend Developer\n\nJe werkt in loondienst bij een klant.\n\n' +
        'Ben je nu freelancer? Dan krijg je een extra bonus als je je opdracht meeneemt.',
    });
    expect(nl.posting.employmentTypes).not.toContain('contract');
    const de = extract({
      text:
        'Projektleiter (m/w/d)\n\nFestanstellung in unserem Team in Köln.\n\n' +
        'Bist du bisher als Freelancer tätig? Wir helfen dir beim Wechsel.',
    });
    expect(de.posting.employmentTypes).not.toContain('contract');
  });

  it('still reads a freelance contract the posting states', () => {
    const x = extract({
      text: 'Backend Developer\n\nDit is een freelance opdracht van zes maanden in Utrecht.',
    });
    expect(x.posting.employmentTypes).toContain('contract');
  });
});
