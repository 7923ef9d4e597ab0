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

describe('a job heading whose words name no job, framed by a careers page title in another language', () => {
  const shop = (title: string, heading: string, extra = '') =>
    doc(
      `<title>${title}</title>`,
      `<nav><a href="/">Start</a><a href="/karriere">Karriere</a></nav>
       <main><p>Offene Stelle · Kalkfrei Wasser</p><h1>${heading}</h1>
       <p>Du besuchst Hotels und Bäckereien in deinem Gebiet und stellst unsere Filteranlagen vor.</p>
       <a class="btn" href="#form">Jetzt bewerben</a>
       <h2>Deine Aufgaben</h2><ul><li>Neue Kunden gewinnen</li><li>Bestehende Kunden betreuen</li></ul>
       <h2>Dein Profil</h2><ul><li>Freude am Verkauf</li><li>Ein eigenes Auto</li></ul>${extra}
       ${para(3, 'Wir sind ein kleiner Familienbetrieb und liefern seit vielen Jahren in die ganze Region')}</main>`,
    );

  it('"… | Karriere bei Kalkfrei Wasser" makes the heading a job, its employer the name after "bei"', () => {
    const html = shop('Gebietsbetreuer Süd | Karriere bei Kalkfrei Wasser', 'Gebietsbetreuer Süd');
    const r = read(html, 'https://www.kalkfrei.example/karriere/gebietsbetreuer');
    expect(r?.capture.title).toBe('Gebietsbetreuer Süd');
    expect(r?.capture.company).toBe('Kalkfrei Wasser');
    // "Offene Stelle · Kalkfrei Wasser" above the heading: the employer's name is no place.
    expect(r?.posting.locations).toEqual([]);
  });

  it('French and Dutch careers sections in the document title count the same way', () => {
    const fr = shop('Gebietsbetreuer Süd – Carrières', 'Gebietsbetreuer Süd');
    expect(read(fr, 'https://www.kalkfrei.example/fr/gebietsbetreuer')?.capture.title).toBe(
      'Gebietsbetreuer Süd',
    );
    const nl = shop('Gebietsbetreuer Süd - Vacatures', 'Gebietsbetreuer Süd');
    expect(read(nl, 'https://www.kalkfrei.example/nl/gebietsbetreuer')?.capture.title).toBe(
      'Gebietsbetreuer Süd',
    );
  });

  it('a document title that is only the site name still leaves such a heading unread', () => {
    const html = shop('Kalkfrei Wasser', 'Gebietsbetreuer Süd');
    expect(read(html, 'https://www.kalkfrei.example/gebietsbetreuer')).toBeNull();
  });

  it('"komplett online, von überall aus durchführbar": the work is remote', () => {
    const html = shop(
      'Gebietsbetreuer Süd | Karriere bei Kalkfrei Wasser',
      'Gebietsbetreuer Süd',
      '<h2>Wir bieten dir</h2><ul><li>Die Tätigkeit ist komplett online und von überall aus durchführbar</li></ul>',
    );
    expect(
      read(html, 'https://www.kalkfrei.example/karriere/gebietsbetreuer')?.posting.workplace,
    ).toBe('remote');
  });
});

describe('a board post headed by its employer and town, the job in the heading under it', () => {
  const post = (h1: string, title: string) =>
    doc(
      `<title>Prairie Python Users - ${title}</title>`,
      `<div class="header"><h1><a href="/">Prairie Python Users</a></h1></div>
       <div class="content"><h1>${h1}</h1><h3>${title}</h3><p>3 openings</p>
       <p>Our team builds the scheduling software used by clinics across the state.</p>
       <p>What You Will Do</p><ul><li>Write and review Django code</li><li>Keep the test suite green</li></ul>
       <p>Required Experience</p><ul><li>Three years of Python</li><li>Comfort with SQL</li></ul>
       ${para(3, 'We offer a good salary, health cover and a quiet office near the river')}
       <div class="info">A free service of the users group. To post a job, e-mail <a href="mailto:board@ppu.example">board@ppu.example</a>.</div></div>`,
    );

  it('"Northwind / Ames, IA" over "Python Developer": employer, town and title each read', () => {
    const r = read(
      post('Northwind / Ames, IA', 'Python Developer'),
      'https://ppu.example/jobs/northwind.html',
    );
    expect(r?.capture.title).toBe('Python Developer');
    expect(r?.capture.company).toBe('Northwind');
    expect(r?.capture.location).toBe('Ames, IA');
  });

  it('a plain heading above the job gives the title but no employer or town', () => {
    const r = read(post('Member news', 'Python Developer'), 'https://ppu.example/jobs/news.html');
    expect(r?.capture.title).toBe('Python Developer');
    expect(r?.capture.location ?? null).toBeNull();
  });

  it('the heading under it must be repeated by the document title', () => {
    const html = post('Northwind / Ames, IA', 'Python Developer').replace(
      '<title>Prairie Python Users - Python Developer</title>',
      '<title>Prairie Python Users</title>',
    );
    expect(read(html, 'https://ppu.example/jobs/northwind.html')).toBeNull();
  });

  it('short paragraphs heading a list are its sections; without the lists they are not', () => {
    const flat = post('Northwind / Ames, IA', 'Python Developer').replace(/<\/?ul>|<\/?li>/g, '');
    expect(read(flat, 'https://ppu.example/jobs/northwind.html')).toBeNull();
  });
});
