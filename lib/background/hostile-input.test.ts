import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, getPosting } from '../db';
import { detect } from '../detect';
import { page } from '../detect/test-helpers';
import type { PageCapture } from '../schema';
import { freshDb } from '../testing/db';
import { receiveCapture } from './capture-gate';
import type { Sender } from './sender';

/**
 * The security review's other attacks, kept as regression tests: what a hostile page puts in its
 * JSON-LD or its capture reaches the database as plain data, or not at all.
 */

vi.stubGlobal('chrome', fakeBrowser);

const own = (tabId: number, url: string): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId, url },
});

const jsonLdPage = (ld: string) =>
  page(
    `<html><head><title>Jobs</title><script type="application/ld+json">${ld}</script></head>` +
      '<body><h1>Stellenangebot</h1></body></html>',
  );

const posting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Technicien de maintenance',
  description: 'Vous assurez la maintenance préventive. Habilitation électrique exigée.',
  hiringOrganization: { '@type': 'Organization', name: 'Laiterie du Bocage' },
};

beforeAll(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
});

beforeEach(async () => {
  await freshDb();
  await fakeBrowser.storage.session.clear();
});

describe('hostile JSON-LD', () => {
  it('reads a posting whose JSON-LD carries prototype keys without polluting any object', async () => {
    const ld = JSON.stringify(posting).replace(
      '{',
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    const url = 'https://emplois.laiterie.example/offres/technicien';
    const capture = detect(jsonLdPage(ld), url);
    expect(capture?.title).toBe('Technicien de maintenance');
    expect((await receiveCapture(capture, own(1, url))).stored).toBe(true);
    const stored = await getPosting(`url:${url}`);
    expect(stored?.title).toBe('Technicien de maintenance');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('survives JSON-LD nested 20,000 levels deep, in bounded time', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const ld = JSON.stringify({ ...posting, extra: 0 }).replace('0}', `${deep}}`);
    const started = performance.now();
    const capture = detect(jsonLdPage(ld), 'https://emplois.laiterie.example/offres/profond');
    expect(performance.now() - started).toBeLessThan(2_000);
    if (capture) expect(capture.jsonLd?.length ?? 0).toBeLessThanOrEqual(200_000);
  });

  it('stores markup in a title as literal text, and a capture cannot add fields to the row', async () => {
    const url = 'https://emplois.laiterie.example/offres/balise';
    const capture: PageCapture & Record<string, unknown> = {
      url,
      canonicalUrl: url,
      jobKey: `url:${url}`,
      site: 'generic',
      detectedBy: 'generic',
      title: 'Technicien <img src=x onerror="alert(1)">',
      company: '<script>steal()</script>',
      location: null,
      text: 'Habilitation électrique exigée.',
      jsonLd: null,
      status: 'accepted',
      notes: ['planted'],
    };
    const parsed = JSON.parse(
      `{"__proto__":{"status":"offer"},${JSON.stringify(capture).slice(1)}`,
    );
    expect((await receiveCapture(parsed, own(2, url))).stored).toBe(true);
    const row = await db.postings.get(`url:${url}`);
    expect(row).toMatchObject({
      title: 'Technicien <img src=x onerror="alert(1)">',
      status: 'seen',
    });
    expect(row).not.toHaveProperty('notes');
  });
});

describe('many tabs', () => {
  it('gives one record when 10 tabs send the same job at once', async () => {
    const url = 'https://emplois.laiterie.example/offres/technicien?utm_source=mail';
    const capture = detect(jsonLdPage(JSON.stringify(posting)), url);
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => receiveCapture(capture, own(100 + i, url))),
    );
    expect(replies.every((r) => r.stored)).toBe(true);
    expect(new Set(replies.map((r) => r.jobKey)).size).toBe(1);
    expect(await db.postings.count()).toBe(1);
  });
});
