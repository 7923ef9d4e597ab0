/**
 * Detection speed on 2 MB pages (issue 3 §5: within one frame, ~16 ms).
 *
 *   npx tsx scripts/bench-detect.ts
 *
 * Runs `detect()` on three generated pages — a LinkedIn split view with a long result list, a
 * career page that only the generic fallback can read, and a page with a large JSON-LD block —
 * in Node on linkedom, and in Chromium (/usr/bin/chromium through playwright-core) on the real
 * DOM, which is what the content script sees. Prints median and p95 per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { detect } from '../lib/detect';

const MB2 = 2 * 1024 * 1024;
const RUNS = 30;

function repeatUntil(size: number, make: (i: number) => string): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const part = make(i);
    parts.push(part);
    total += part.length;
  }
  return parts.join('\n');
}

const description = [
  '<p>We build logistics software used by 3,000 warehouses.</p>',
  '<h3>What you will do</h3><ul>',
  ...Array.from(
    { length: 40 },
    (_, i) => `<li>Own service number ${i} end to end, from design to on-call.</li>`,
  ),
  '</ul><h3>Requirements</h3><ul>',
  ...Array.from(
    { length: 40 },
    (_, i) => `<li>${i + 2}+ years with TypeScript, Postgres and Kafka in production.</li>`,
  ),
  '</ul>',
].join('');

const card = (i: number) =>
  `<li class="jobs-search-results__list-item" data-occludable-job-id="41${String(i).padStart(8, '0')}"><div class="job-card-container relative job-card-list" data-job-id="41${String(i).padStart(8, '0')}"><div class="job-card-list__entity-lockup artdeco-entity-lockup"><div class="artdeco-entity-lockup__image"><img class="ivm-view-attr__img--centered" src="https://media.example/logo${i}.png" alt="Company ${i} logo" width="56"></div><div class="artdeco-entity-lockup__content"><a class="job-card-list__title" href="/jobs/view/41${String(i).padStart(8, '0')}/?trk=flagship3_search">Senior Software Engineer ${i}</a><div class="artdeco-entity-lockup__subtitle"><span>Company ${i}</span></div><div class="artdeco-entity-lockup__caption"><ul class="job-card-container__metadata-wrapper"><li>Berlin, Germany (Hybrid)</li></ul></div></div></div><ul class="job-card-list__footer-wrapper"><li class="job-card-container__footer-item">Promoted</li><li><time datetime="2026-11-01">3 weeks ago</time></li></ul></div></li>`;

const linkedinPage = `<!DOCTYPE html><html><head><title>Jobs | LinkedIn</title></head><body><main class="scaffold-layout__main"><div class="scaffold-layout__list"><ul>${repeatUntil(MB2 - 20_000, card)}</ul></div><div class="scaffold-layout__detail"><div class="jobs-search__job-details--container" data-job-id="4100000007"><div class="job-details-jobs-unified-top-card__company-name"><a href="/company/x/">Northwind</a></div><div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/4100000007/">Staff Engineer</a></h1></div><div class="job-details-jobs-unified-top-card__primary-description-container">Berlin · 2 days ago</div><div id="job-details">${description}</div></div></div></main></body></html>`;

const article = (i: number) =>
  `<section class="block"><h2>Our story, chapter ${i}</h2><p>Since 1998 we have grown from a garage to a team of ${i} people. <a href="/about/${i}">Read more</a> about our values, our offices and the way we work together.</p><div class="grid"><div class="cell"><span>Fact ${i}</span></div><div class="cell"><span>Number ${i * 7}</span></div></div></section>`;

const genericPage = `<!DOCTYPE html><html><head><title>Careers</title><meta property="og:site_name" content="Acme"></head><body><header><nav><a href="/">Home</a><a href="/careers">Careers</a></nav></header><main><article><h1>Senior Platform Engineer (m/w/d)</h1>${description}<a href="/careers/platform/apply">Apply now</a></article>${repeatUntil(MB2, article)}</main></body></html>`;

const ld = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Data Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  description: repeatUntil(200_000, () => description),
});
const jsonLdPage = `<!DOCTYPE html><html><head><title>Data Engineer</title><script type="application/ld+json">${ld}</script></head><body>${repeatUntil(MB2 - ld.length, article)}</body></html>`;

const PAGES = [
  {
    name: 'LinkedIn split view',
    html: linkedinPage,
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000007',
  },
  {
    name: 'generic career page',
    html: genericPage,
    url: 'https://careers.acme.example/jobs/platform-engineer',
  },
  {
    name: '200 KB JSON-LD',
    html: jsonLdPage,
    url: 'https://careers.acme.example/jobs/data-engineer',
  },
];

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

function benchNode(): void {
  console.log(`Node ${process.version} + linkedom (${RUNS} runs each)`);
  for (const p of PAGES) {
    const doc = parseHTML(p.html).document as unknown as Document;
    const found = detect(doc, p.url);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      detect(doc, p.url);
      times.push(performance.now() - t);
    }
    const size = (p.html.length / 1024 / 1024).toFixed(2);
    console.log(`  ${p.name} (${size} MB, ${found ? found.detectedBy : 'none'}): ${stats(times)}`);
  }
}

async function benchChromium(): Promise<void> {
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log('Chromium: /usr/bin/chromium not found, skipped');
    return;
  }
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: ['lib/detect/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'ReqlensDetect',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // Offline: the generated pages reference images that must not be fetched.
    await page.route('**/*', (route) => route.abort());
    console.log(`Chromium ${browser.version()} real DOM (${RUNS} runs each)`);
    for (const p of PAGES) {
      await page.setContent(p.html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        ({ url, runs }) => {
          const api = (window as unknown as { ReqlensDetect: { detect: typeof detect } })
            .ReqlensDetect;
          const found = api.detect(document, url);
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            api.detect(document, url);
            times.push(performance.now() - t);
          }
          return { times, by: found?.detectedBy ?? 'none' };
        },
        { url: p.url, runs: RUNS },
      );
      console.log(`  ${p.name} (${result.by}): ${stats(result.times)}`);
    }
  } finally {
    await browser.close();
  }
}

/** Gzipped size of the built scripts (issue 10 §6: the declared content script at most 15 KB). */
function sizes() {
  const budget: [string, number | null][] = [
    ['.output/chrome-mv3/content-scripts/job.js', 15 * 1024],
    ['.output/chrome-mv3/content-scripts/scan.js', null],
  ];
  console.log('\nScript sizes (gzip; run `npm run build` first):');
  for (const [file, limit] of budget) {
    if (!existsSync(file)) {
      console.log(`  ${file}: not built`);
      continue;
    }
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    const verdict = limit === null ? 'injected on a click only' : size <= limit ? 'ok' : 'OVER';
    const target = limit === null ? '' : ` (target ≤ ${(limit / 1024).toFixed(0)} KB)`;
    console.log(`  ${file}: ${(size / 1024).toFixed(2)} KB${target} ${verdict}`);
  }
}

sizes();
benchNode();
await benchChromium();
