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

describe('job pages of small studios whose sections the reader did not know', () => {
  it('sections in h5 below a header block of the title alone, a studio name h1 in the menu', () => {
    const html = doc(
      '<title>Pinecone Labs : Senior Backend Engineer</title>',
      `<header><nav><h1 id="logo"><a href="/"><span>Pinecone Labs</span></a></h1><a href="/about">About</a></nav></header>
       <section><article><h2>Senior Backend Engineer (Leeds, UK)</h2><a class="button" href="/careers/apply">Apply Now</a></article></section>
       <section><article><h5>The Role</h5><p>You will design and run the services behind our booking apps.</p></article>
       <article><h5>Responsibilities</h5><ul><li>Plan each sprint with the product team</li><li>Review code</li></ul></article>
       <article><h5>Qualifications</h5><ul><li>Several years of building web services in Go or Java</li></ul>
       ${para(3, 'We ship small changes often and keep our on-call rota humane and well paid')}</article></section>`,
    );
    const r = read(html, 'https://pineconelabs.example/careers/backend-engineer.html');
    // The place the heading names after the job is its location, not part of its title.
    expect(r?.capture.title).toBe('Senior Backend Engineer');
    expect(r?.capture.location).toBe('Leeds, UK');
    // The studio's name heads the menu and stands beside the job in the document title.
    expect(r?.capture.company).toBe('Pinecone Labs');
  });

  it('"Required:" and "Desired:" head the requirements, "Essential Responsibilities" the duties', () => {
    const html = doc(
      '<title>Kestrel Studio</title>',
      `<header><h1><img src="/logo.svg" alt=""></h1></header>
       <main><h1>Mobile developer (Fieldbook) - Kotlin + Rails</h1><p>Location: Remote</p>
       <h3>Essential Responsibilities:</h3><ul><li>Keep the Android client healthy</li><li>Ship features</li></ul>
       <h3>Required:</h3><ul><li>Two years of Kotlin</li><li>Comfort with a Linux shell</li></ul>
       <h3>Desired:</h3><ul><li>Some Rails</li></ul>
       ${para(3, 'We are a handful of people who build open tools for field researchers and their data')}
       <h3>Apply</h3><p>Write to <a href="mailto:work@kestrel.example">work@kestrel.example</a> with your rate.</p></main>`,
    );
    const r = read(html, 'https://kestrel.example/jobs/mobile.html');
    expect(r?.capture.title).toBe('Mobile developer (Fieldbook) - Kotlin + Rails');
    expect(r?.posting.workplace).toBe('remote');
  });

  it('a site generator types the page "article": still a job in the site\'s jobs folder', () => {
    const html = doc(
      '<title>Kestrel Studio</title><meta property="og:type" content="article">',
      `<main><h1>Data Engineer (Fieldbook)</h1>
       <h3>Responsibilities</h3><ul><li>Keep the import pipeline healthy</li><li>Write tests</li></ul>
       <h3>Required:</h3><ul><li>Python and SQL</li></ul>
       ${para(3, 'We are a handful of people who build open tools for field researchers and their data')}
       <p>Write to <a href="mailto:work@kestrel.example">work@kestrel.example</a>.</p></main>`,
    );
    expect(read(html, 'https://kestrel.example/jobs/data.html')?.capture.title).toBe(
      'Data Engineer (Fieldbook)',
    );
    // The same page in the blog stays a blog post.
    expect(read(html, 'https://kestrel.example/blog/data.html')).toBeNull();
  });

  it('"about the job" and "who are we looking for?" as headings, the way to apply in the text', () => {
    const html = doc(
      '<title>Frontend Developer | Vue | Brasov · quillworks.example</title>',
      `<main><h1>Frontend Developer</h1><p>Quillworks is a team of five building shops for small brands.</p>
       <h2>about the job</h2><ul><li>Build storefronts with Vue</li><li>Measure what customers do</li></ul>
       <h2>who are we looking for</h2><ul><li>You write tidy CSS</li><li>You have used a JavaScript framework</li></ul>
       ${para(3, 'We keep normal hours, take long holidays and talk to our clients directly')}
       <h2>how to apply</h2><p>Please submit your application with the form below.</p></main>`,
    );
    const r = read(html, 'https://quillworks.example/jobs/frontend-developer');
    expect(r?.capture.title).toBe('Frontend Developer');
  });

  it('a Swiss German student job: a gender-colon noun as the heading, "Du bringst mit"', () => {
    const html = doc(
      '<title>Bist du Praktikant:in und suchst Praxis? – Bergwerk IT AG</title>',
      `<main><h2>Praktikant:in Softwaretest</h2>
       <p>Bei uns arbeitest du vorwiegend im Homeoffice, dazu an zwei Tagen im Büro in Luzern.</p>
       <h3>Das erwartet dich</h3><ul><li>Testfälle schreiben und automatisieren</li><li>Fehler melden</li></ul>
       <h3>Du bringst mit</h3><ul><li>Laufendes Studium der Informatik</li><li>Gute Deutschkenntnisse</li></ul>
       ${para(3, 'Wir sind ein kleines Beratungsteam und begleiten dich mit einem eigenen Lernpfad')}
       <p>Schick deine Unterlagen an <a href="mailto:jobs@bergwerk.example">jobs@bergwerk.example</a>.</p></main>`,
    );
    const r = read(html, 'https://www.bergwerk.example/jobs/praktikum/');
    expect(r?.capture.title).toBe('Praktikant:in Softwaretest');
  });
});

describe('a posting written as prose, with no section headings', () => {
  const prose = (sentence: string) =>
    para(
      6,
      'Our projects are varied and of a size you can get your teeth into without getting lost',
    ) +
    `<p>${sentence}</p>` +
    para(4, 'We work in small teams, review each other’s code and keep learning every week');

  it('is taken when a sentence hires one person for the job the heading names', () => {
    const html = doc(
      '<title>Fernhill Digital | Careers | Data Analyst</title>',
      `<main><h1>Data Analyst</h1><p>Posted on 3rd March</p>
       ${prose('So here is the news: we are looking for a curious data analyst to join our studio.')}
       <p>Email a CV and a short letter to <a href="mailto:hello@fernhill.example">hello@fernhill.example</a>.</p></main>`,
    );
    expect(read(html, 'https://fernhill.example/careers/data-analyst/')?.capture.title).toBe(
      'Data Analyst',
    );
  });

  it('is taken in German too ("Wir suchen eine …")', () => {
    const html = doc(
      '<title>Karriere – Holzwerk Brandt – Schreinerin</title>',
      `<main><h1>Schreinerin (m/w/d)</h1>
       ${prose('Für unsere Werkstatt wir suchen ab sofort eine erfahrene Schreinerin (m/w/d) mit Freude am Detail.')}
       <p>Bewerbung bitte an <a href="mailto:info@brandt.example">info@brandt.example</a>.</p></main>`,
    );
    expect(read(html, 'https://brandt.example/karriere/schreinerin/')?.capture.title).toBe(
      'Schreinerin (m/w/d)',
    );
  });

  it('is left out when the sentence hires no one', () => {
    const html = doc(
      '<title>Fernhill Digital | News</title>',
      `<main><h1>Meet our new Head of Operations</h1>
       ${prose('Meanwhile we are looking for a bigger office near the station.')}
       <p>Say hello at <a href="mailto:hello@fernhill.example">hello@fernhill.example</a>.</p></main>`,
    );
    expect(read(html, 'https://fernhill.example/news/operations/')).toBeNull();
  });
});

describe('look-alikes stay out', () => {
  it('a German heading that only names customers in a gender form is no job title', () => {
    const html = doc(
      '<title>Leistungen – Bergwerk IT AG</title>',
      `<main><h1>Für unsere Kund:innen</h1>
       <h3>Das erwartet dich</h3><p>Beratung, Umsetzung und Betrieb aus einer Hand.</p>
       <h3>Du bringst mit</h3><p>Ein Projekt, eine Idee oder eine Frage.</p>
       ${para(4, 'Wir begleiten Firmen in der Schweiz bei der Einführung neuer Werkzeuge')}
       <p>Schreib uns an <a href="mailto:info@bergwerk.example">info@bergwerk.example</a>.</p></main>`,
    );
    expect(read(html, 'https://www.bergwerk.example/leistungen/')).toBeNull();
  });

  it('a form\'s "Required" marker is no requirements heading', () => {
    const html = doc(
      '<title>Contact – Kestrel Studio</title>',
      `<main><h1>Project Manager wanted? Tell us about your project</h1>
       <form><label><b>Required</b> Your name <input name="n"></label></form>
       ${para(4, 'We design and build tools for researchers and small non-profits around the world')}
       <a href="/apply">Apply for a grant</a></main>`,
    );
    expect(read(html, 'https://kestrel.example/contact.html')).toBeNull();
  });
});
