import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { placesOf } from '../extract/kinds/place-line';
import { inputFromCapture } from '../extract/pipeline/input';
import type { PageCapture } from '../schema';
import { asStored } from './brand';
import { detect } from './index';
import { fromJsonLd } from './jsonld';
import { modelFieldLabels } from './model-field';
import { splitHeadTitle } from './page-meta';
import { page } from './test-helpers';

/** Detection, then what the engine reads of the capture, as the background stores it. */
function read(html: string, url: string) {
  const c = detect(page(html), url);
  if (!c) return null;
  const x = extract(inputFromCapture(asStored(c)));
  return { capture: c, posting: x.posting };
}

const items = (n: number, s: string) =>
  Array.from({ length: n }, (_, i) => `<li>${s} ${i + 1}</li>`).join('');

/** An older board's job view: a job summary list beside the advert, its sections underlined. */
const classicView = (before = '') => `${before}<!DOCTYPE html>
<html><head><title>Warehouse Lead Job in Dayton, Ohio US</title></head><body>
  <div id="nav"><a href="/">Home</a> <a href="/jobs">Jobs</a></div>
  <div id="summary"><h2>Job Summary</h2><dl>
    <dt>Company</dt><dd>Riverbend Supply Co</dd>
    <dt>Location</dt><dd>Dayton, OH 45402</dd>
    <dt>Job Type</dt><dd>Part Time</dd><dd>Employee</dd>
  </dl></div>
  <div id="copy"><h1>Warehouse Lead</h1><h2>About the Job</h2>
    <p>Riverbend Supply Co runs two depots in the Miami Valley and is looking for a lead for its
    evening shift, someone who keeps the loading docks safe and the orders moving on time.</p>
    <p><u>Duties and Responsibilities</u></p><ul>${items(4, 'Plan the evening loading schedule with the drivers, task')}</ul>
    <p><u>Skills</u></p><ul>${items(4, 'Forklift experience and a steady hand with inventory counts, point')}</ul>
  </div>
  <ul id="tools"><li><a href="javascript:openPanel()">Apply</a></li><li><a href="#">Print</a></li></ul>
</body></html>`;

describe("Monster's classic job view is a posting page", () => {
  it('names the job by the number ending its one path segment', () => {
    const r = read(
      classicView(),
      'http://jobview.monster.com/Warehouse-Lead-Job-Dayton-OH-US-123456789.aspx',
    );
    expect(r?.capture.jobKey).toBe('monster:123456789');
    expect(r?.capture.title).toBe('Warehouse Lead');
    expect(r?.capture.location).toBe('Dayton, OH 45402');
    expect(r?.posting.locations).toEqual(['Dayton, OH']);
  });

  it('names it by the JobID of getjob.aspx too, and keeps that parameter', () => {
    const c = detect(
      page(classicView()),
      'https://jobview.monster.com/getjob.aspx?JobID=987654321&from=search',
    );
    expect(c?.jobKey).toBe('monster:987654321');
    expect(c?.canonicalUrl).toContain('JobID=987654321');
  });

  it('still reads a Monster search page as no posting', () => {
    expect(
      detect(page(classicView()), 'https://www.monster.com/jobs/search?q=warehouse'),
    ).toBeNull();
  });

  it("reads the job summary's Job Type as the posting's hours", () => {
    const r = read(
      classicView(),
      'http://jobview.monster.com/Warehouse-Lead-Job-Dayton-OH-US-123456789.aspx',
    );
    expect(r?.capture.labels).toContain('Part Time');
    expect(r?.posting.employmentType).toBe('part_time');
  });
});

describe("the generic reader looks in the title's own body", () => {
  // A crawler's line before the doctype: some parsers then build a second, empty body element.
  it('finds the posting when a tag stands before <!DOCTYPE>', () => {
    const html = classicView('<base href="https://careers.riverbend.example/jobs/lead-77"/>\n');
    const c = detect(page(html), 'https://careers.riverbend.example/jobs/lead-77');
    expect(c?.title).toBe('Warehouse Lead');
  });
});

describe('job summary fields of the hours or the contract', () => {
  const sheet = (label: string, value: string) =>
    page(`<html><body><h1>Poste</h1><table><tr><th>${label}</th><td>${value}</td></tr>
      <tr><th>Ville</th><td>Nantes</td></tr></table></body></html>`);

  it('takes the value of "Type de contrat", "Employment type", "Vertragsart"', () => {
    expect(modelFieldLabels(sheet('Type de contrat', 'Stage'))).toEqual(['Stage']);
    expect(modelFieldLabels(sheet('Employment type', 'Full-time'))).toEqual(['Full-time']);
    expect(modelFieldLabels(sheet('Vertragsart', 'Teilzeit'))).toEqual(['Teilzeit']);
  });

  it('takes nothing from other fields', () => {
    expect(modelFieldLabels(sheet('Department', 'Logistics'))).toBeUndefined();
  });
});

describe("a document title's place after the company", () => {
  it('is cut from the company of "Title at Company in Place | Site"', () => {
    expect(
      splitHeadTitle('Data Analyst at Nordlicht Foods in Hamburg, Germany | StartupBoard.com'),
    ).toEqual({ title: 'Data Analyst', company: 'Nordlicht Foods' });
  });

  it('leaves "Title at Company" as it was', () => {
    expect(splitHeadTitle('Line Cook at Harbour Diner')).toEqual({
      title: 'Line Cook',
      company: 'Harbour Diner',
    });
  });
});

describe('a JSON-LD locality that already names its state and country', () => {
  const posting = (address: Record<string, string>) => ({
    '@type': 'JobPosting',
    title: 'Backend Engineer',
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } },
  });

  // The engine reads it so; the content script keeps its plain join (its size budget), which
  // fills a posting's place only when the engine finds none.
  it('is the place as written, without the state code repeated after it', () => {
    const full = posting({
      addressLocality: 'Toronto, Ontario, Canada',
      addressRegion: 'ON',
    });
    const x = extract({ text: 'Backend Engineer\n\nWe build payment software.', jsonLd: full });
    expect(x.posting.locations).toEqual(['Toronto, Ontario, Canada']);
  });

  it('still joins a town with its region and country', () => {
    const town = posting({ addressLocality: 'Lyon', addressRegion: 'Rhône', addressCountry: 'FR' });
    expect(fromJsonLd(town).location).toBe('Lyon, Rhône, FR');
  });
});

describe('a work model bracketed inside a place line', () => {
  it('reads "London [Remote], UK" and "Köln (Hybrid), Deutschland" as the places', () => {
    expect(placesOf('London [Remote], UK', true)).toEqual(['London, UK']);
    expect(placesOf('Köln (Hybrid), Deutschland', true)).toEqual(['Köln, Deutschland']);
  });

  it('drops no bracket that is not a work model', () => {
    expect(placesOf('Paris (Île-de-France), France', true)).not.toEqual(['Paris, France']);
    expect(placesOf('Lille (59), France', true)).not.toEqual(['Lille, France']);
  });

  it('gives a header its place and its model', () => {
    const x = extract({
      text: 'Product Designer\nBrightloom\nMadrid [Remote], España\nJornada completa\n\nDiseñamos herramientas para escuelas.',
    });
    expect(x.posting.locations).toEqual(['Madrid, España']);
    expect(x.posting.workplace).toBe('remote');
  });
});

describe('places a role serves are no work model', () => {
  const model = (sentence: string) =>
    extract({
      text: `Network Technician\nAcme Freight\nBoston, MA\n\n${sentence}\n\nFive years of networking experience.`,
    }).posting.workplace;

  it('reads nothing from "the head office and remote sites"', () => {
    expect(model('You maintain the servers of the head office and remote sites.')).toBeNull();
    expect(model('You look after the office and remote branches of the group.')).toBeNull();
  });

  it('still reads "office and remote" work as hybrid', () => {
    expect(model('The role is split between office and remote work.')).toBe('hybrid');
  });
});

describe("a page's place field with a postcode after the town or state", () => {
  const located = (location: string) =>
    extract(
      inputFromCapture({
        url: 'https://jobs.example.org/7',
        canonicalUrl: 'https://jobs.example.org/7',
        jobKey: 'url:https://jobs.example.org/7',
        site: 'generic',
        detectedBy: 'generic',
        title: 'Night Porter',
        company: 'Quayside Hotel',
        location,
        text: 'Night Porter\n\nYou welcome late guests and keep the lobby safe.',
        jsonLd: null,
      }),
    ).posting.locations;

  it('is the town and its state or country, without the postcode', () => {
    expect(located('Memphis, TN 38118')).toEqual(['Memphis, TN']);
    expect(located('Leeds LS1 4AP, United Kingdom')).toEqual(['Leeds, United Kingdom']);
  });
});

describe("a place's Remote that only repeats the JSON-LD's TELECOMMUTE", () => {
  const capture = (text: string): PageCapture => ({
    url: 'https://jobs.example.com/acme/42',
    canonicalUrl: 'https://jobs.example.com/acme/42',
    jobKey: 'url:https://jobs.example.com/acme/42',
    site: 'generic',
    detectedBy: 'jsonld',
    title: 'Supply Planner',
    company: 'Acme Cloud',
    location: 'Remote (United States); Austin, Texas, United States',
    text,
    jsonLd: JSON.stringify({
      '@type': 'JobPosting',
      title: 'Supply Planner',
      jobLocationType: 'TELECOMMUTE',
      jobLocation: { address: { addressLocality: 'Austin', addressRegion: 'Texas' } },
    }),
  });

  it('gives way to a text that asks for office days', () => {
    const x = extract(
      inputFromCapture(
        capture(
          'Supply Planner\n\nThis role requires presence in our Austin office 4 days per week; Friday is our home day.\n\nYou plan parts for our data centres.',
        ),
      ),
    );
    expect(x.posting.workplace).toBe('hybrid');
  });

  it('is remote when the text says nothing else', () => {
    const x = extract(
      inputFromCapture(
        capture('Supply Planner\n\nYou plan parts for our data centres and vendors.'),
      ),
    );
    expect(x.posting.workplace).toBe('remote');
  });
});
