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

describe('careers pages whose section headings are styled paragraphs', () => {
  const studio = (heading: string, sections: string) =>
    doc(
      `<title>Careers at Quill &amp; Ink | ${heading}</title>`,
      `<nav><a href="/">Home</a><a href="/careers">Careers</a></nav>
       <section class="hero"><h1>${heading}</h1><p>We need one more person for our small office.</p></section>
       <section class="body">${sections}
       ${para(3, 'Our clients are publishers who want their back catalogue readable on every screen')}
       <h2>Apply Now</h2><a class="btn" href="mailto:jobs@quill.example">Apply Now</a></section>`,
    );

  it('"MADRID: Data Analyst": the city in capitals is the place, the rest the title', () => {
    const html = studio(
      'MADRID: Data Analyst',
      `<p class="subtitle">Role &amp; Responsibilities</p><ul><li>Build the weekly sales report</li><li>Clean the order data</li></ul>
       <p class="subtitle">What would make a perfect fit</p><ul><li>You write SQL every day</li><li>You speak Spanish</li></ul>`,
    );
    const r = read(html, 'https://quill.example/careers/MADRID-data-analyst/');
    expect(r?.capture.title).toBe('Data Analyst');
    expect(r?.capture.location).toBe('Madrid');
    // "Careers at Quill & Ink" names the careers site: its employer is the name after "at".
    expect(r?.capture.company).toBe('Quill & Ink');
  });

  it('German sections in paragraphs closed by a colon, the city before a gendered title', () => {
    const html = studio(
      'HAMBURG: Softwareentwickler (m/w/d)',
      `<p>Deine Aufgaben:</p><ul><li>Du pflegst unsere Lagerverwaltung</li><li>Du schreibst Tests</li></ul>
       <p>Das bringst du mit:</p><ul><li>Erfahrung mit TypeScript</li><li>Freude an sauberem Code</li></ul>`,
    );
    const r = read(html, 'https://quill.example/karriere/hamburg-entwickler/');
    expect(r?.capture.title).toBe('Softwareentwickler (m/w/d)');
    expect(r?.capture.location).toBe('Hamburg');
  });

  it('a word in capitals that is no place ("URGENT:") is dropped from the title, not kept as a place', () => {
    const html = studio(
      'URGENT: Night Nurse',
      `<p class="subtitle">Responsibilities</p><ul><li>Care for patients on the ward at night</li></ul>
       <p class="subtitle">Requirements</p><ul><li>A nursing registration</li></ul>`,
    );
    const r = read(html, 'https://quill.example/careers/night-nurse/');
    expect(r?.capture.title).toBe('Night Nurse');
    expect(r?.capture.location ?? null).toBeNull();
  });

  it('a long styled paragraph is no section heading', () => {
    const plain = studio(
      'Data Analyst',
      '<p class="subtitle">We like people who are curious about data and the requirements of our clients.</p>',
    );
    expect(read(plain, 'https://quill.example/careers/analyst/')).toBeNull();
  });
});

describe('a job board whose posts are typed as articles', () => {
  const board = (head: string, heading: string, under: string, extra: string) =>
    doc(
      `<title>${heading} | Nafasi Board</title><meta property="og:type" content="article">
       <meta property="article:published_time" content="2026-03-02T10:00:00Z">${head}
       <script type="application/ld+json">{"@type":"Article","headline":"${heading}"}</script>`,
      `<header><h1>NAFASI BOARD</h1><nav><a href="/jobs/">Jobs</a></nav></header>
       <main><article><h1>${heading}</h1>${under}
       <p>The role is based at the head office and reports to the finance lead.</p>
       <h2>Key Responsibilities</h2><ul><li>Keep the stock ledger up to date</li><li>Count the stores every month</li></ul>
       <h2>Requirements</h2><ul><li>A diploma in accounting</li><li>Two years in a similar post</li></ul>
       ${para(3, 'The employer offers medical cover and a transport allowance for every member of staff')}
       ${extra}</article></main>`,
    );

  it('"<job> Job at <employer>" in a post filed under the job section, applied for by a deadline', () => {
    const html = board(
      '<meta property="article:section" content="job">',
      'Stores Clerk Job at Lakeside Millers',
      '<p>Lakeside Millers</p><p>Kisumu, Kenya</p><p>Full-time</p>',
      '<p>Application deadline: 30 March 2026. Applications go through the employer’s own portal.</p>',
    );
    const r = read(html, 'https://nafasi.example/opportunities/stores-clerk-lakeside/');
    expect(r?.capture.title).toBe('Stores Clerk');
    expect(r?.capture.company).toBe('Lakeside Millers');
    expect(r?.capture.location).toBe('Kisumu, Kenya');
  });

  it('"<internship> at <employer> – <town>": the employer and the place after the dash', () => {
    const html = board(
      '<meta property="article:section" content="Internship">',
      'Finance Internship at Green Valley Co-op – Eldoret',
      '',
      '<a class="btn" href="https://apply.example/valley">Apply Now</a>',
    );
    const r = read(html, 'https://nafasi.example/opportunities/finance-internship/');
    expect(r?.capture.title).toBe('Finance Internship');
    expect(r?.capture.company).toBe('Green Valley Co-op');
    expect(r?.capture.location).toBe('Eldoret');
  });

  it('the same post filed under news stays an article', () => {
    const html = board(
      '<meta property="article:section" content="news">',
      'Stores Clerk Job at Lakeside Millers',
      '',
      '<a class="btn" href="https://apply.example/x">Apply Now</a>',
    );
    expect(read(html, 'https://nafasi.example/news/stores-clerk/')).toBeNull();
  });
});

describe('role pages named in unusual ways', () => {
  it('"… job description" under the site\'s own h1: the role without the tail, the site as employer', () => {
    const html = doc(
      '<title>Peer Mentoring job description · Campus Code Crew</title>',
      `<div class="masthead"><h1>Campus Code Crew</h1><p>Student software team</p>
       <a href="/apply">Apply to work with us</a></div>
       <div class="content"><h1>Peer Mentoring job description</h1><h2>Mentoring</h2>
       <p>Mentors help first-year members set up their tools and review their first changes.</p>
       <h2>Description</h2><ul><li>hold two help sessions a week</li><li>pair with new members</li></ul>
       <h2>Requirements</h2><ul><li>one year on the team</li><li>patience</li></ul>
       ${para(3, 'Mentors are paid by the hour and choose their own sessions during term time')}</div>`,
    );
    const r = read(html, 'https://campuscode.example/jobs/mentor.html');
    expect(r?.capture.title).toBe('Peer Mentoring');
    expect(r?.capture.company).toBe('Campus Code Crew');
  });

  it('no heading element at all: the line repeating the document title is the title', () => {
    const html = doc(
      '<title>Smart Contract Engineer</title>',
      `<div class="Nav_bar"><a href="/">Lumen Chain</a><a href="/hiring">Hiring</a></div>
       <section class="Job_section"><p class="Job_kicker">Vacancies</p><p class="Job_name">Smart Contract Engineer</p>
       <p class="Job_briefTitle">Job brief:</p><p>We are seeking an engineer for our audit tooling.</p></section>
       <section><div class="Desc_title">Required background &amp; competencies:</div>
       <div><p>Three years of Rust</p></div><div><p>Some experience with audits</p></div>
       <div class="Desc_title">What you will be working on:</div><div><p>Our open-source contract library</p></div>
       ${para(4, 'We are a remote team spread over four time zones and meet twice a year in person')}</section>
       <form><input name="name"><input type="file" name="cv"><button type="submit">Apply</button></form>`,
    );
    const r = read(html, 'https://lumenchain.example/engineer-hiring.html');
    expect(r?.capture.title).toBe('Smart Contract Engineer');
  });

  it('a page with no heading whose document title names no job is left alone', () => {
    const html = doc(
      '<title>Our story</title>',
      `<p>Our story</p><div class="Desc_title">Skills:</div><p>We teach Rust to teams.</p>
       ${para(6, 'Our trainers have built contract tooling for years and now share it')}
       <form><input type="file" name="cv"><button type="submit">Apply</button></form>`,
    );
    expect(read(html, 'https://lumenchain.example/story.html')).toBeNull();
  });
});
