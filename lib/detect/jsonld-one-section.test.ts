import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { extensions } from './extensions';
import { detect } from './index';
import { page } from './test-helpers';

/**
 * A company's careers page whose JSON-LD carries only one section of the vacancy, while the page
 * shows the job's facts, the offer and the team around it, then an application form. Our own
 * markup and wording, shaped like the Dutch and German careers sites that write it this way.
 */
function careersPage(opts: { ldTitle?: string; ldText?: string } = {}): Document {
  const ld = {
    '@type': 'JobPosting',
    title: opts.ldTitle ?? 'Quality Lead Cheese Ripening',
    description:
      opts.ldText ??
      '<p>In our ripening halls you keep every batch on its path from curd to wheel. ' +
        'You plan the checks with the shift leads and report to the plant manager.</p>',
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Weidegold' },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Zwolle', addressCountry: 'NL' } },
  };
  const brands = Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="slide"><h2>Grow your career with brand ${i}</h2><a href="/b${i}">View</a></div>`,
  ).join('');
  return page(`<html><head><title>Quality Lead Cheese Ripening</title>
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
    <div class="carousel">${brands}</div>
    <main><h1>Quality Lead Cheese Ripening</h1>
    <ul class="facts"><li>Quality</li><li>Zwolle (NLD)</li><li>32-40 hours</li></ul>
    <h2>What we ask</h2><ul><li>A degree in food technology or dairy science.</li>
      <li>Five years of quality work in food production.</li>
      <li>You speak Dutch and English.</li></ul>
    <h2>What we offer</h2><ul><li>A salary between 4,100 and 5,600 euros a month.</li>
      <li>A 38-hour week, with room to work from home on your planning days.</li></ul>
    <h2>Vacancy description</h2><p>In our ripening halls you keep every batch on its path from curd
      to wheel. You plan the checks with the shift leads and report to the plant manager.</p>
    <h2>Team details</h2><p>The quality team meets in Zwolle on Tuesdays and works in a hybrid way
      for the rest of the week.</p>
    <form><label>CV<input type="file" name="cv"></label><button>Apply now</button></form>
    </main></body></html>`);
}
const url = 'https://careers.weidegold.example/en/vacancy/quality-lead-cheese-ripening';

describe('a careers page whose JSON-LD holds one section of the vacancy', () => {
  it('is read as the page shows it, with the offer and the team', () => {
    const c = detect(careersPage(), url);
    expect(c).toMatchObject({ title: 'Quality Lead Cheese Ripening', detectedBy: 'jsonld' });
    expect(c?.text).toContain('32-40 hours');
    expect(c?.text).toContain('hybrid way');
    expect(c?.text).not.toContain('brand 3');
    const x = extract(inputFromCapture(c as never));
    expect(x.posting.workplace).toBe('hybrid');
    expect(x.posting.locations[0]).toMatch(/^Zwolle/);
  });

  it('keeps the JSON-LD text when it already holds most of the page', () => {
    const line = 'You keep every batch on its path and plan the checks with the shift leads. ';
    const long = `<p>${line.repeat(20)}</p>`;
    const c = detect(careersPage({ ldText: long }), url);
    expect(c?.text).not.toContain('32-40 hours');
  });

  it('does not run the page reader when the JSON-LD text is a full posting (it is costly)', () => {
    const line = 'You keep every batch on its path and plan the checks with the shift leads. ';
    const reader = extensions.generic;
    let calls = 0;
    extensions.generic = (doc, page) => {
      calls++;
      return reader?.(doc, page) ?? null;
    };
    try {
      detect(careersPage({ ldText: `<p>${line.repeat(30)}</p>` }), url);
      expect(calls).toBe(0);
      detect(careersPage(), url);
      expect(calls).toBe(1);
    } finally {
      extensions.generic = reader;
    }
  });

  it('keeps the JSON-LD text when the page headline names another job', () => {
    const c = detect(careersPage({ ldTitle: 'Shift Lead Packaging' }), url);
    expect(c?.title).toBe('Shift Lead Packaging');
    expect(c?.text).not.toContain('What we offer');
  });
});
